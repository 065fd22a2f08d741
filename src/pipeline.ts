// The one pipeline the action and the CLI share: load -> plan -> generate -> prune.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type GenerateOptions, generatePlan } from './generate/run.js';
import type { RunResult } from './generate/types.js';
import { type LockFile, lockPathFor, readLock, writeLock } from './lockfile.js';
import { loadManifest } from './manifest/load.js';
import type { Manifest } from './manifest/types.js';
import { type FileProbe, type Plan, planRun } from './plan.js';
import type { ProviderName } from './providers/types.js';
import { type LeftAlone, pruneRemoved } from './prune.js';
import { type IdMatcher, matchAll, matchNone, parseIdMatcher } from './selection.js';
import { inShard, type Shard, shardOf } from './shard.js';

export interface PlanSettings {
  manifest: string;
  /** The repository root: no manifest path may leave it. */
  root?: string;
  provider: ProviderName;
  budget?: number;
  force?: string;
  only?: string;
  shard?: Shard;
  now?: Date;
}

export interface PlannedRun {
  manifest: Manifest;
  plan: Plan;
  lock: LockFile;
  lockPath: string;
}

/** Loads the manifest and the lock file and plans the run. Throws ManifestInvalidError. */
export function loadAndPlan(settings: PlanSettings): PlannedRun {
  const manifest = loadManifest(settings.manifest, {
    ...(settings.root ? { root: settings.root } : {}),
    provider: settings.provider,
  });
  const lockPath = lockPathFor(resolve(settings.manifest));
  const lock = readLock(lockPath);
  const force: IdMatcher = parseIdMatcher(settings.force, matchNone);
  const only: IdMatcher = parseIdMatcher(settings.only, matchAll);
  const plan = planRun(manifest, {
    lock,
    files: diskProbe(manifest),
    now: settings.now ?? new Date(),
    ...(settings.budget !== undefined ? { budget: settings.budget } : {}),
    force,
    only,
    free: settings.provider === 'offline',
    ...(settings.shard
      ? {
          inShard: (id: string) => inShard(id, settings.shard!),
          shardCount: settings.shard.count,
          shardOf: (id: string) => shardOf(id, settings.shard!.count),
        }
      : {}),
  });
  return { manifest, plan, lock, lockPath };
}

/**
 * Generates what the plan selected, then prunes removed assets when the manifest asks to:
 * `pruned` were deleted, `notPruned` were named by the lock file but left alone (and why).
 */
export async function generateRun(
  planned: PlannedRun,
  options: Omit<GenerateOptions, 'lock' | 'lockPath'>,
): Promise<RunResult & { pruned: string[]; notPruned: LeftAlone[] }> {
  const result = await generatePlan(planned.plan, {
    ...options,
    lock: planned.lock,
    lockPath: planned.lockPath,
  });
  if (!planned.manifest.prune || planned.plan.removed.length === 0) {
    return { ...result, pruned: [], notPruned: [] };
  }
  const { lock, lockPath, manifest } = planned;
  const { deleted, leftAlone } = pruneRemoved(planned.plan.removed, lock, manifest);
  await writeLock(lockPath, lock, manifest.root);
  return { ...result, pruned: deleted, notPruned: leftAlone };
}

/** The plan's view of the disk, with each file hashed at most once. */
function diskProbe(manifest: Manifest): FileProbe {
  const cache = new Map<string, string | undefined>();
  const digestOf = (absolute: string) => {
    if (!cache.has(absolute)) {
      cache.set(absolute, fileDigest(absolute));
    }
    return cache.get(absolute);
  };
  return {
    digest: (path) => digestOf(join(manifest.dir, ...path.split('/'))),
    referenceDigest: (path) => digestOf(join(manifest.root, ...path.split('/'))),
  };
}

/** The sha256 of a file, or undefined when there is none (one open, no separate exists check). */
function fileDigest(absolute: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
  return createHash('sha256').update(bytes).digest('hex');
}
