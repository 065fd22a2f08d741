// What the pull request shows for review, from the plan and what the run did: every file
// written, with its asset, size, model and credits.
import type { RunResult } from '../generate/types.js';
import type { ReviewImage } from '../github/pull-request-body.js';
import type { Plan } from '../plan.js';
import { formatSize } from '../sizes.js';

export function reviewImages(
  plan: Plan,
  result: RunResult,
  toWorkspace: (path: string) => string,
): ReviewImage[] {
  const images: ReviewImage[] = [];
  for (const asset of result.results) {
    const planned = plan.items.find((item) => item.asset.id === asset.id)?.asset;
    if (!planned) continue;
    for (const file of asset.files) {
      const rendition = planned.renditions.find((r) => r.out === file);
      images.push({
        path: toWorkspace(file),
        id: asset.id,
        size: formatSize(rendition ? rendition.size : planned.size),
        ...(asset.model ? { model: asset.model } : {}),
        credits: asset.credits,
        rendition: rendition !== undefined,
      });
    }
  }
  return images;
}

/**
 * True when the plan found nothing to change anywhere (in this run's selection or outside
 * it): an open pull request of the tool's is then out of date and is closed.
 */
export function nothingLeftToChange(plan: Plan): boolean {
  return (
    plan.items.every((item) => item.change === 'unchanged') &&
    (!plan.manifest.prune || plan.removed.length === 0)
  );
}
