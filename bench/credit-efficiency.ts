// What a run's credits bought (docs/performance.md, "Credit efficiency"): the credits of the
// images needed, priced by the plan's own pricing, against what the fake gateway billed; and
// which of its charges no client could have turned into an image.
import { PROVIDER_DEFAULTS } from '../src/providers/http.js';
import type { Step } from '../test/fakes/gateway.js';
import type { BenchProject } from './common.js';
import type { RemoteBill } from './gateway-process.js';

/**
 * Steps of the fake gateway (test/fakes/gateway.ts) that it bills and after which no client can
 * have the image whole: the answer never comes or cannot be read (hang, reset, garbage); the
 * image it names is bad on every fetch (garbage bytes, half a PNG, a JPEG that does not decode,
 * the wrong size, a 404, a download cut or stalled: the fake serves an image by its step each
 * time it is asked); a URL
 * that is not http(s), or more redirects away than the documented loop guard (a bound we
 * chose: docs/performance.md says so); or the task never ends. Anything else billed and not
 * used is the engine's waste, such as an image that could be fetched again.
 */
const LOST_BY_PROVIDER = new Set<Step>([
  'hang',
  'hang-mid-body',
  'reset',
  'reset-mid-body',
  'garbage',
  'image-garbage',
  'image-truncated',
  'image-undecodable',
  'image-404',
  'image-reset',
  'image-stall',
  'task-stuck',
]);

export function lostByProvider(step: Step): boolean {
  if (typeof step === 'string') return LOST_BY_PROVIDER.has(step);
  if ('imageRedirects' in step) return step.imageRedirects > PROVIDER_DEFAULTS.maxRedirects;
  return 'imageSize' in step || 'imageUrl' in step;
}

export interface Needed {
  /** Assets in the lock file at the end. */
  locked: number;
  /** Their credits: the registry's price of the model that made each, at its size and quality. */
  credits: number;
  /** The model that made each locked asset, by id. */
  models: Map<string, string>;
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
  const models = new Map<string, string>();
  for (const [id, entry] of Object.entries(lock.assets)) {
    const asset = assets.get(id)!;
    credits += attemptCredits(manifest.models, entry.model, asset.size, asset.quality);
    models.set(id, entry.model);
  }
  return { locked: models.size, credits, models };
}

/** Assets whose image reached the workspace: locked, or in the journal (kept or re-fetchable). */
export async function heldAssets(
  project: BenchProject,
  provider: 'nanobanana' | 'pixapi',
  journalKey: string,
): Promise<Set<string>> {
  const { loadAndPlan } = await import('../src/pipeline.js');
  const { Journal } = await import('../src/generate/journal.js');
  const planned = loadAndPlan({ manifest: project.manifest, root: project.dir, provider });
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
  /** Credits of the other charges whose step lost the output (LOST_BY_PROVIDER). */
  lostByProvider: number;
  /** billed / needed. */
  efficiency: number;
  /** (billed - lost by the provider) / needed: what the engine itself wasted. */
  engineEfficiency: number;
  /** The engine's waste by step: charges neither lost by the provider nor the locked image. */
  wasted: string;
}

/**
 * Per asset, the last charge of the model its lock entry names bought the image (a chain stops
 * at its first success, and a locked asset is not asked for again). Every other charge is lost
 * by the provider (its step) or wasted by the engine, named by step and model ("ok
 * gemini-3-pro-image 8").
 */
export function efficiencyOf(bill: RemoteBill, needed: Needed): Efficiency {
  const used = new Set<string>();
  let lost = 0;
  const wasted = new Map<string, number>();
  for (const charge of [...bill.charges].reverse()) {
    const id = assetOfPrompt(charge.prompt);
    if (!used.has(id) && needed.models.get(id) === charge.model) {
      used.add(id);
    } else if (lostByProvider(charge.step)) {
      lost += charge.credits;
    } else {
      const step = typeof charge.step === 'string' ? charge.step : JSON.stringify(charge.step);
      const key = `${step} ${charge.model}`;
      wasted.set(key, (wasted.get(key) ?? 0) + charge.credits);
    }
  }
  return {
    billed: bill.credits,
    needed: needed.credits,
    locked: needed.locked,
    lostByProvider: lost,
    efficiency: bill.credits / needed.credits,
    engineEfficiency: (bill.credits - lost) / needed.credits,
    wasted: [...wasted].map(([key, credits]) => `${key} ${credits}`).join(', '),
  };
}

/** The asset a request was for: bench/common.ts prompts "Picture for asset <id>". */
export function assetOfPrompt(prompt: string): string {
  return prompt.replace(/^Picture for asset /, '');
}
