// What a run's credits bought (docs/performance.md, "Credit efficiency"): the credits of the
// images needed, priced by the plan's own pricing, against what the fake gateway billed; and
// which of its charges no client could have turned into an image.
import type { Step } from '../test/fakes/gateway.js';
import type { BenchProject } from './common.js';
import type { RemoteBill } from './gateway-process.js';

/**
 * Steps of the fake gateway (test/fakes/gateway.ts) that it bills and after which no client can
 * have the image whole: the answer never comes or cannot be read (hang, reset, garbage); the
 * image it names is bad on every fetch (garbage bytes, half a PNG, the wrong size, a 404, a
 * download cut or stalled: the fake serves an image by its step each time it is asked); a URL
 * that is not http(s); or the task never ends. Anything else billed and not used is the
 * engine's waste: an image that could be fetched again, or one refused by the engine's own
 * limits (more redirects than it follows).
 */
const LOST_BY_PROVIDER = new Set<Step>([
  'hang',
  'hang-mid-body',
  'reset',
  'reset-mid-body',
  'garbage',
  'image-garbage',
  'image-truncated',
  'image-404',
  'image-reset',
  'image-stall',
  'task-stuck',
]);

export function lostByProvider(step: Step): boolean {
  if (typeof step === 'string') return LOST_BY_PROVIDER.has(step);
  return 'imageSize' in step || 'imageUrl' in step;
}

export interface Needed {
  /** Assets in the lock file at the end. */
  locked: number;
  /** Their credits: the registry's price of the model that made each, at its size and quality. */
  credits: number;
}

/** The images the project's lock file holds, priced as the plan prices an attempt. */
export async function neededCredits(
  project: BenchProject,
  provider: 'nanobanana' | 'pixapi',
): Promise<Needed> {
  const { loadAndPlan } = await import('../src/pipeline.js');
  const { attemptCredits } = await import('../src/pricing.js');
  const { manifest, lock } = loadAndPlan({
    manifest: project.manifest,
    root: project.dir,
    provider,
  });
  const assets = new Map(manifest.assets.map((asset) => [asset.id, asset]));
  let credits = 0;
  for (const [id, entry] of Object.entries(lock.assets)) {
    const asset = assets.get(id)!;
    credits += attemptCredits(manifest.models, entry.model, asset.size, asset.quality);
  }
  return { locked: Object.keys(lock.assets).length, credits };
}

/** Assets whose image reached the workspace: locked, or in the journal (kept or re-fetchable). */
export async function heldAssets(project: BenchProject, journalKey: string): Promise<Set<string>> {
  const { loadAndPlan } = await import('../src/pipeline.js');
  const { Journal } = await import('../src/generate/journal.js');
  const planned = loadAndPlan({
    manifest: project.manifest,
    root: project.dir,
    provider: 'nanobanana',
  });
  const journal = new Journal(planned.lockPath, journalKey);
  const held = new Set(Object.keys(planned.lock.assets));
  for (const item of planned.plan.items) {
    if (journal.read(item.specHash)) held.add(item.asset.id);
  }
  return held;
}

export interface Efficiency {
  billed: number;
  needed: number;
  locked: number;
  /** Credits of the charges whose step lost the output (LOST_BY_PROVIDER). */
  lostByProvider: number;
  /** billed / needed. */
  efficiency: number;
  /** (billed - lost by the provider) / needed: what the engine itself wasted. */
  engineEfficiency: number;
}

export function efficiencyOf(bill: RemoteBill, needed: Needed): Efficiency {
  const lost = bill.charges
    .filter((charge) => lostByProvider(charge.step))
    .reduce((sum, charge) => sum + charge.credits, 0);
  return {
    billed: bill.credits,
    needed: needed.credits,
    locked: needed.locked,
    lostByProvider: lost,
    efficiency: bill.credits / needed.credits,
    engineEfficiency: (bill.credits - lost) / needed.credits,
  };
}
