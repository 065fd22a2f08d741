// Runs a plan: the selected assets through their chains, at most `concurrency` at a time; each
// finished asset's files written atomically and its lock entry saved at once, so a killed run
// keeps everything it paid for and a re-run continues where it stopped.

import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ImageMemory } from '../images/memory.js';
import { produceImages } from '../images/transform.js';
import { type CheckedImage, checkReceivedImage, type VerifiedImage } from '../images/verify.js';
import {
  type LockFile,
  LockWriter,
  sha256Bytes,
  sha256File,
  writeFileAtomicAsync,
} from '../lockfile.js';
import { confinePath } from '../manifest/paths.js';
import type { Asset, Manifest } from '../manifest/types.js';
import type { Plan, PlannedAsset } from '../plan.js';
import type { Provider } from '../providers/types.js';
import { requestTarget } from '../sizes.js';
import { requestFor } from './attempt.js';
import type { BreakerOptions } from './breaker.js';
import { type ChainResult, runChain } from './chain.js';
import { Hold, Slots } from './gate.js';
import { Journal } from './journal.js';
import { createRunFolder, removeLeftovers } from './leftovers.js';
import type { RetryPolicy } from './policy.js';
import { acquireRunLock } from './run-lock.js';
import { createSession, type RunSession } from './session.js';
import type { AssetResult, Attempt, RunResult } from './types.js';

export interface GenerateOptions {
  provider: Provider;
  lock: LockFile;
  lockPath: string;
  concurrency: number;
  policy?: RetryPolicy;
  breaker?: Omit<BreakerOptions, 'now'>;
  /** Aborts requests in flight (a hard stop). */
  signal?: AbortSignal;
  /** Stops sending; requests in flight finish and what they bought is written (a cancel). */
  stop?: AbortSignal;
  /**
   * The provider's API key: it authenticates the journal's entries (delivered images kept for
   * a re-run, SPEC 4). Without it no journal is kept.
   */
  journalKey?: string;
  /** Past this time (ms since the epoch) no request is sent (SPEC 6, the run deadline). */
  deadline?: number;
  now?: () => Date;
  random?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  onAssetStart?(id: string): void;
  onAttempt?(id: string, attempt: Attempt): void;
  onAssetDone?(result: AssetResult): void;
}

export async function generatePlan(plan: Plan, options: GenerateOptions): Promise<RunResult> {
  // One run at a time per workspace: a second one stops here, before anything is spent.
  const releaseRunLock = acquireRunLock(options.lockPath);
  try {
    return await generateLocked(plan, options);
  } finally {
    releaseRunLock();
  }
}

async function generateLocked(plan: Plan, options: GenerateOptions): Promise<RunResult> {
  const { manifest } = plan;
  // What a killed run left (temporaries beside the outputs, its download folder) goes first.
  removeLeftovers(manifest, options.lockPath);
  const tempDir = createRunFolder();
  const journal = options.journalKey
    ? new Journal(options.lockPath, options.journalKey)
    : undefined;
  journal?.forgetLocked(new Set(Object.values(options.lock.assets).map((entry) => entry.specHash)));
  const hashOf = new Map(plan.items.map((item) => [item.asset.id, item.specHash]));
  const session = createSession({
    provider: options.provider,
    // A shard's cap is its part of the budget: the shards together stay within it.
    cap: plan.cap ?? plan.budget,
    registry: manifest.models,
    root: manifest.root,
    tempDir,
    concurrency: options.concurrency,
    sleep: options.sleep ?? sleep,
    ...pick(options, ['policy', 'breaker', 'signal', 'stop', 'deadline', 'random', 'onAttempt']),
    ...(journal
      ? {
          onDelivered: (asset, delivery, paid) =>
            journal.delivered(
              { specHash: hashOf.get(asset.id)!, assetId: asset.id, ...paid },
              delivery,
            ),
        }
      : {}),
  });
  const now = options.now ?? (() => new Date());
  const transforms = new Slots(1);
  const lockWriter = new LockWriter(options.lockPath, options.lock, manifest.root);

  /** `earlier`: what a run before this one paid for the image taken from the journal. */
  const finish = async (
    item: PlannedAsset,
    chain: ChainResult,
    earlier = 0,
  ): Promise<AssetResult> => {
    const { asset } = item;
    const base = { id: asset.id, credits: chain.charged, attempts: chain.attempts };
    if (!chain.ok) {
      // Nothing delivered nor possibly billed (a journaled task that failed): nothing to fetch.
      if (chain.charged === 0) journal?.remove(item.specHash);
      return { ...base, outcome: chain.outcome, files: [], reason: chain.reason };
    }
    const paid = { specHash: item.specHash, assetId: asset.id, model: chain.model };
    try {
      // Kept before any transform: a transform that fails, or a kill, does not lose it.
      journal?.keep({ ...paid, credits: chain.charged + earlier }, chain.image.file);
      const files = await transforms.run(() => writeOutputs(asset, chain.image, manifest));
      options.lock.assets[asset.id] = {
        specHash: item.specHash,
        spec: item.spec,
        files,
        model: chain.model,
        provider: options.provider.name,
        credits: chain.charged + earlier,
        generatedAt: now().toISOString(),
        ...(chain.requestId ? { requestId: chain.requestId } : {}),
      };
      await lockWriter.save();
      journal?.remove(item.specHash);
      const paths = files.map((file) => file.path);
      return { ...base, outcome: 'generated', model: chain.model, files: paths };
    } catch (error) {
      const reason = `the image could not be written: ${(error as Error).message}`;
      return { ...base, outcome: 'failed', model: chain.model, files: [], reason };
    } finally {
      chain.image.release();
      await rm(chain.image.file, { force: true });
    }
  };

  // Only renditions changed and the master on disk is the one locked: made from it, unpaid.
  const renderFromMaster = async (item: PlannedAsset): Promise<AssetResult> => {
    const { asset } = item;
    const base = { id: asset.id, credits: 0, attempts: [] };
    let master: Awaited<ReturnType<typeof lockedMaster>> | undefined;
    try {
      const previous = options.lock.assets[asset.id]!;
      master = await lockedMaster(asset, previous.files, manifest, session.checks);
      const { image } = master;
      const renditions = await transforms.run(() =>
        writeOutputs(asset, image, manifest, { master: false }),
      );
      const files = [master.file, ...renditions];
      options.lock.assets[asset.id] = {
        ...previous,
        specHash: item.specHash,
        spec: item.spec,
        files,
      };
      await lockWriter.save();
      const paths = files.map((file) => file.path);
      return { ...base, outcome: 'generated', model: previous.model, files: paths };
    } catch (error) {
      const reason = `the renditions could not be made from ${asset.out}: ${(error as Error).message}`;
      return { ...base, outcome: 'failed', files: [], reason };
    } finally {
      master?.image.release();
    }
  };

  const generateOne = async (item: PlannedAsset): Promise<AssetResult> => {
    options.onAssetStart?.(item.asset.id);
    if (item.renditionsOnly) return renderFromMaster(item);
    const hold = new Hold(session.chains);
    try {
      const kept = journal ? await fromJournal(item, journal, session) : undefined;
      if (kept) return await finish(item, kept.chain, kept.paid);
      return await finish(item, await runChain(item.asset, session, hold));
    } catch (error) {
      // Never the run: an unexpected error fails this asset alone (SPEC 6).
      return failedBy(item.asset, error);
    } finally {
      hold.letGo();
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
    session.close();
    rmSync(tempDir, { recursive: true, force: true });
  }
  const result = summarize(plan, results, session);
  return journal && journal.ignored.length > 0
    ? { ...result, journalIgnored: journal.ignored }
    : result;
}

/**
 * The image a run before this one was delivered for the same spec: its kept bytes, or fetched
 * again from the provider without a new paid request. Checked again either way; anything
 * amiss and the asset is bought as usual.
 */
async function fromJournal(
  item: PlannedAsset,
  journal: Journal,
  session: RunSession,
): Promise<{ chain: ChainResult; paid: number } | undefined> {
  const { asset } = item;
  const entry = journal.read(item.specHash);
  if (!entry || ![asset.model, ...asset.fallback].includes(entry.model)) return undefined;
  const expected = asset.size === 'auto' ? { any: true as const } : { aspect: asset.size };
  const file = join(session.tempDir, `${randomUUID()}.journal`);
  try {
    const bytes = journal.keptBytes(entry);
    if (bytes) {
      await writeFile(file, bytes);
    } else {
      const { provider } = session;
      if (!entry.delivery || !provider.redeliver) return undefined;
      const spec = session.registry.get(entry.model);
      const target = requestTarget(spec, asset.size, asset.quality);
      const received = await provider.redeliver(
        entry.delivery,
        requestFor(session, asset, entry.model, target),
      );
      await rename(received.file, file);
    }
    const image = await checkReceivedImage(file, expected, session.checks);
    const requestId = entry.delivery?.requestId;
    const chain: ChainResult = {
      ok: true,
      image,
      model: entry.model,
      credits: 0,
      attempts: [],
      charged: 0,
      ...(requestId ? { requestId } : {}),
    };
    return { chain, paid: entry.credits };
  } catch (error) {
    journal.ignored.push(
      `the image delivered for ${asset.id} could not be used again: ${(error as Error).message}`,
    );
    journal.remove(item.specHash);
    await rm(file, { force: true });
    return undefined;
  }
}

function summarize(plan: Plan, results: Map<string, AssetResult>, session: RunSession): RunResult {
  const fault = session.fault();
  const interrupted = fault ? undefined : session.stopReason();
  return {
    results: plan.items.map((item) => results.get(item.asset.id) ?? skipped(item)),
    creditsSpent: session.ledger.charged + session.ledger.possiblySpent,
    possiblySpent: session.ledger.possiblySpent,
    modelsUnavailable: [...session.retired].map(([model, replacement]) => ({
      model,
      ...(replacement ? { replacement } : {}),
    })),
    ...(fault ? { stoppedBecause: fault } : {}),
    ...(interrupted ? { interrupted } : {}),
    remaining: plan.items
      .filter((item) => item.selected && results.get(item.asset.id)?.outcome !== 'generated')
      .map((item) => item.asset.id),
  };
}

function failedBy(asset: Asset, error: unknown): AssetResult {
  const message = error instanceof Error ? error.message : 'unknown error';
  return {
    id: asset.id,
    outcome: 'failed',
    credits: 0,
    attempts: [],
    files: [],
    reason: `unexpected error: ${message}`,
  };
}

function pick<T extends object, K extends keyof T>(object: T, keys: K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) if (object[key] !== undefined) picked[key] = object[key];
  return picked;
}

/** The master file on disk, checked again: whole, of its size, and still the one locked. */
async function lockedMaster(
  asset: Asset,
  locked: readonly LockedFile[],
  manifest: Pick<Manifest, 'dir' | 'root'>,
  memory: ImageMemory,
): Promise<{ image: CheckedImage; file: LockedFile }> {
  const confined = confinePath(manifest.root, manifest.dir, asset.out);
  if (!confined.ok) throw new Error(`output path ${asset.out} is not allowed: ${confined.reason}`);
  const sha256 = await sha256File(confined.absolute);
  const file = locked.find((entry) => entry.path === asset.out);
  if (!file || file.sha256 !== sha256) throw new Error('it is not the file the lock records');
  const size = asset.size === 'auto' ? { any: true as const } : { exact: asset.size };
  return { image: await checkReceivedImage(confined.absolute, size, memory), file };
}

type LockedFile = { path: string; sha256: string };

async function writeOutputs(
  asset: Asset,
  image: VerifiedImage,
  manifest: Pick<Manifest, 'dir' | 'root'>,
  { master }: { master: boolean } = { master: true },
): Promise<LockedFile[]> {
  const outputs = [asset.out, ...asset.renditions.map((rendition) => rendition.out)];
  const files: LockedFile[] = [];
  for await (const produced of produceImages({
    image,
    size: asset.size === 'auto' ? undefined : asset.size,
    format: asset.format,
    renditions: asset.renditions,
  })) {
    if (produced.rendition === undefined && !master) continue;
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
