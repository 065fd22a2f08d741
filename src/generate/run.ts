// Runs a plan: the selected assets through their chains, at most `concurrency` at a time; each
// finished asset's files written atomically and its lock entry saved at once, so a killed run
// keeps everything it paid for and a re-run continues where it stopped.
import { rmSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { BudgetLedger } from '../budget.js';
import { produceImages } from '../images/transform.js';
import { type LockFile, LockWriter, sha256Bytes, writeFileAtomicAsync } from '../lockfile.js';
import { confinePath } from '../manifest/paths.js';
import type { Asset, Manifest } from '../manifest/types.js';
import type { Plan, PlannedAsset } from '../plan.js';
import type { Provider } from '../providers/types.js';
import { CircuitBreaker } from './breaker.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, runChain } from './chain.js';
import { Hold, RateGate, Slots } from './gate.js';
import { createRunFolder, removeLeftovers } from './leftovers.js';
import type { AssetResult, Attempt, RunResult } from './types.js';

export interface GenerateOptions {
  provider: Provider;
  lock: LockFile;
  lockPath: string;
  concurrency: number;
  policy?: RetryPolicy;
  breaker?: { threshold: number; coolDownMs: number };
  signal?: AbortSignal;
  now?: () => Date;
  random?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  onAssetStart?(id: string): void;
  onAttempt?(id: string, attempt: Attempt): void;
  onAssetDone?(result: AssetResult): void;
}

export async function generatePlan(plan: Plan, options: GenerateOptions): Promise<RunResult> {
  const { manifest } = plan;
  // A shard's cap is its part of the budget: the shards together stay within it.
  const ledger = new BudgetLedger(plan.cap ?? plan.budget);
  const run: { stoppedBecause?: string } = {};
  const signal = options.signal ?? new AbortController().signal;
  // What a killed run left (temporaries beside the outputs, its download folder) goes first.
  removeLeftovers(manifest, options.lockPath);
  const tempDir = createRunFolder();
  const context = {
    provider: options.provider,
    ledger,
    breaker: new CircuitBreaker(options.breaker ?? { threshold: 5, coolDownMs: 60_000 }),
    gate: new RateGate({ sleep: options.sleep ?? sleep }),
    checks: new Slots(CHECKS_AT_ONCE),
    models: manifest.models,
    policy: options.policy ?? DEFAULT_RETRY_POLICY,
    root: manifest.root,
    tempDir,
    signal,
    run,
    sleep: options.sleep ?? sleep,
    random: options.random ?? Math.random,
    ...(options.onAttempt ? { onAttempt: options.onAttempt } : {}),
  };
  const now = options.now ?? (() => new Date());
  // `concurrency` assets in their chains (requests and waits); checking and writing take none.
  const chains = new Slots(options.concurrency);
  const transforms = new Slots(1);
  const lockWriter = new LockWriter(options.lockPath, options.lock);

  const generateOne = async (item: PlannedAsset): Promise<AssetResult> => {
    options.onAssetStart?.(item.asset.id);
    const hold = new Hold(chains);
    let outcome: Awaited<ReturnType<typeof runChain>>;
    try {
      await hold.take(signal);
      outcome = await runChain(item.asset, { ...context, hold });
    } finally {
      hold.letGo();
    }
    if (!outcome.ok) {
      return {
        id: item.asset.id,
        outcome: outcome.outcome,
        credits: 0,
        attempts: outcome.attempts,
        files: [],
        reason: outcome.reason,
      };
    }
    try {
      const files = await transforms.run(() => writeOutputs(item.asset, outcome.image, manifest));
      options.lock.assets[item.asset.id] = {
        specHash: item.specHash,
        spec: item.spec,
        files,
        model: outcome.model,
        provider: options.provider.name,
        credits: outcome.credits,
        generatedAt: now().toISOString(),
        ...(outcome.requestId ? { requestId: outcome.requestId } : {}),
      };
      await lockWriter.save();
      return {
        id: item.asset.id,
        outcome: 'generated',
        model: outcome.model,
        credits: outcome.credits,
        attempts: outcome.attempts,
        files: files.map((file) => file.path),
      };
    } catch (error) {
      return {
        id: item.asset.id,
        outcome: 'failed',
        model: outcome.model,
        credits: outcome.credits,
        attempts: outcome.attempts,
        files: [],
        reason: `the image could not be written: ${(error as Error).message}`,
      };
    } finally {
      await rm(outcome.image.file, { force: true });
    }
  };

  const selected = plan.items.filter((item) => item.selected);
  const results = new Map<string, AssetResult>();
  try {
    // `concurrency` assets in their chains, and as many again checking and writing the images
    // that came in (waiting their turn costs no memory): the next request waits for neither.
    const inProgress = 2 * options.concurrency;
    await forEachConcurrently(selected, inProgress, async (item) => {
      const result = await generateOne(item);
      results.set(item.asset.id, result);
      options.onAssetDone?.(result);
    });
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }

  return {
    results: plan.items.map((item) => results.get(item.asset.id) ?? skipped(item)),
    creditsSpent: ledger.charged,
    ...(run.stoppedBecause ? { stoppedBecause: run.stoppedBecause } : {}),
  };
}

/** Received images checked at once (on the thread pool; each holds its file in memory). */
const CHECKS_AT_ONCE = 2;

async function writeOutputs(
  asset: Asset,
  image: Parameters<typeof produceImages>[0]['image'],
  manifest: Pick<Manifest, 'dir' | 'root'>,
): Promise<{ path: string; sha256: string }[]> {
  const outputs = [asset.out, ...asset.renditions.map((rendition) => rendition.out)];
  const files: { path: string; sha256: string }[] = [];
  for await (const produced of produceImages({
    image,
    size: asset.size === 'auto' ? undefined : asset.size,
    format: asset.format,
    renditions: asset.renditions,
  })) {
    const path = outputs[produced.rendition === undefined ? 0 : produced.rendition + 1]!;
    // Checked at load, and again now: a link swapped in since must not lead the write out.
    const confined = confinePath(manifest.root, manifest.dir, path);
    if (!confined.ok) throw new Error(`output path ${path} is not allowed: ${confined.reason}`);
    const absolute = confined.absolute;
    await mkdir(dirname(absolute), { recursive: true });
    await writeFileAtomicAsync(absolute, produced.bytes, manifest.root);
    files.push({ path, sha256: sha256Bytes(produced.bytes) });
  }
  return files;
}

function skipped(item: PlannedAsset): AssetResult {
  const reasons = {
    unchanged: 'unchanged',
    'over-budget': 'over budget',
    'not-selected': 'not in `only`',
    'other-shard': 'in another shard',
  } as const;
  return {
    id: item.asset.id,
    outcome: 'skipped',
    credits: 0,
    attempts: [],
    files: [],
    reason: item.skipReason ? reasons[item.skipReason] : 'not run',
  };
}

/**
 * Runs `work` over `items` with at most `limit` in flight, starting them in order. When one
 * throws (the run was aborted), no new item starts, and the error is thrown only once the items
 * in flight have ended: an asset already paid for is still written and locked, and nothing
 * touches the run's temp folder after it is removed.
 */
export async function forEachConcurrently<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
  const settled = await Promise.allSettled(workers);
  const rejected = settled.find((outcome) => outcome.status === 'rejected');
  if (rejected) throw rejected.reason;
}

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
