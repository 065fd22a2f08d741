// What a run would change and what it would cost. Pure: the caller says what is on disk.
import { type LockEntry, type LockFile, specHash } from './lockfile.js';
import type { Asset, Manifest } from './manifest/types.js';
import type { ModelRegistry } from './models/registry.js';
import { attemptCredits, billingTier } from './pricing.js';
import type { IdMatcher } from './selection.js';

export type Change = 'new' | 'changed' | 'missing' | 'stale' | 'forced' | 'unchanged';
export type SkipReason = 'unchanged' | 'over-budget' | 'not-selected' | 'other-shard';

export interface PlannedAsset {
  asset: Asset;
  change: Change;
  /** Why, in words: "prompt or settings changed", "web/og.png is missing". */
  reason: string;
  specHash: string;
  /** The primary model's tier: gpt-image-2 1K/2K/4K, or the Gemini tier. */
  tier: string;
  /** Credits at the primary model (0 when unchanged or the provider is free). */
  credits: number;
  /** True when this run generates it. */
  selected: boolean;
  skipReason?: SkipReason;
}

export interface RemovedAsset {
  id: string;
  files: string[];
}

export interface Plan {
  manifest: Manifest;
  items: PlannedAsset[];
  removed: RemovedAsset[];
  /** The cap of this run, if any (the action's budget input, else the manifest's max-credits). */
  budget?: number;
  /**
   * What this job may charge: the budget, or for one shard of n its part of it (`shardCap`),
   * so that the n jobs together never pass the budget.
   */
  cap?: number;
  onOverBudget: 'fail' | 'partial';
  /** Credits of every asset that changes (what the merge would generate), every shard's. */
  requiredCredits: number;
  /** Credits of the assets this run will generate. */
  selectedCredits: number;
  overBudget: boolean;
}

/** What the plan needs to know of the disk: the sha256 of a file relative to the manifest folder. */
export interface FileProbe {
  digest(pathFromManifestDir: string): string | undefined;
  /** The digest of a reference image, relative to the repository root. */
  referenceDigest(pathFromRoot: string): string | undefined;
}

export interface PlanOptions {
  lock: LockFile;
  files: FileProbe;
  now: Date;
  budget?: number;
  force: IdMatcher;
  only: IdMatcher;
  /** Price at 0: the provider charges nothing (offline). */
  free: boolean;
  /** This job's share of the assets, for matrix jobs. */
  inShard?: (id: string) => boolean;
  /** How many shards share the budget (n of `shard: i/n`); 1 without shards. */
  shardCount?: number;
}

export function planRun(manifest: Manifest, options: PlanOptions): Plan {
  const budget = options.budget ?? manifest.budget.maxCredits;
  const items = manifest.assets.map((asset) => planAsset(asset, manifest.models, options));
  // Every shard plans the same assets, so each knows the whole (and prices it the same way).
  const changing = items.filter(
    (item) => item.change !== 'unchanged' && item.skipReason !== 'not-selected',
  );
  const mine = changing.filter((item) => item.skipReason === undefined);
  const requiredCredits = sum(changing);
  const overBudget = budget !== undefined && requiredCredits > budget;
  const onOverBudget = manifest.budget.onOverBudget;
  const cap =
    budget === undefined
      ? undefined
      : shardCap({
          budget,
          total: requiredCredits,
          share: sum(mine),
          shards: options.inShard ? Math.max(1, options.shardCount ?? 1) : 1,
        });

  let room = cap ?? Number.POSITIVE_INFINITY;
  let capReached = false;
  for (const item of mine) {
    // partial: in manifest order until the first asset that does not fit; fail: nothing at all.
    capReached ||= overBudget && (onOverBudget === 'fail' || item.credits > room);
    if (capReached) {
      item.skipReason = 'over-budget';
      continue;
    }
    item.selected = true;
    room -= item.credits;
  }

  const ids = new Set(manifest.assets.map((asset) => asset.id));
  const removed = Object.entries(options.lock.assets)
    .filter(([id]) => !ids.has(id))
    .map(([id, entry]) => ({ id, files: entry.files.map((file) => file.path) }));

  return {
    manifest,
    items,
    removed,
    ...(budget !== undefined ? { budget } : {}),
    ...(cap !== undefined ? { cap } : {}),
    onOverBudget,
    requiredCredits,
    selectedCredits: sum(items.filter((item) => item.selected)),
    overBudget,
  };
}

/**
 * One shard's cap, so that n shards, each knowing only the whole plan and its own share, never
 * charge more than the budget together. Within budget: its share and an equal part of what is
 * left over (room for retries on dearer fallbacks). Over budget (partial): the budget split in
 * proportion to the shares. A single job's cap is the budget.
 */
export function shardCap(split: {
  budget: number;
  total: number;
  share: number;
  shards: number;
}): number {
  const { budget, total, share, shards } = split;
  if (shards <= 1) return budget;
  if (total <= budget) return share + Math.floor((budget - total) / shards);
  return Math.floor((budget * share) / total);
}

function planAsset(asset: Asset, models: ModelRegistry, options: PlanOptions): PlannedAsset {
  const hash = specHash(asset, (path) => options.files.referenceDigest(path));
  // Own entries only: an asset called `constructor` must not find Object.prototype's.
  const entry = Object.hasOwn(options.lock.assets, asset.id)
    ? options.lock.assets[asset.id]
    : undefined;
  const { change, reason } = classify(asset, hash, entry, options);
  const base = {
    asset,
    change,
    reason,
    specHash: hash,
    tier: billingTier(models, asset.model, asset.size),
    credits:
      change === 'unchanged' || options.free
        ? 0
        : attemptCredits(models, asset.model, asset.size, asset.quality),
    selected: false,
  };
  if (change === 'unchanged') return { ...base, skipReason: 'unchanged' };
  if (!options.only(asset.id)) return { ...base, skipReason: 'not-selected' };
  if (options.inShard && !options.inShard(asset.id)) return { ...base, skipReason: 'other-shard' };
  return base;
}

/** Why the asset is generated; `forced` only when nothing else would generate it. */
function classify(
  asset: Asset,
  hash: string,
  entry: LockEntry | undefined,
  options: PlanOptions,
): { change: Change; reason: string } {
  const found = classifyFromLock(asset, hash, entry, options);
  if (found.change === 'unchanged' && options.force(asset.id)) {
    return { change: 'forced', reason: 'forced' };
  }
  return found;
}

function classifyFromLock(
  asset: Asset,
  hash: string,
  entry: LockEntry | undefined,
  options: PlanOptions,
): { change: Change; reason: string } {
  if (!entry) return { change: 'new', reason: 'not generated yet' };
  if (entry.specHash !== hash) return { change: 'changed', reason: 'prompt or settings changed' };
  if (entry.provider === 'offline' && !options.free) {
    return { change: 'changed', reason: 'a placeholder from the offline provider' };
  }
  const expected = [asset.out, ...asset.renditions.map((r) => r.out)];
  for (const path of expected) {
    const locked = entry.files.find((file) => file.path === path);
    const digest = options.files.digest(path);
    if (!locked || digest === undefined) return { change: 'missing', reason: `${path} is missing` };
    if (digest !== locked.sha256) {
      return { change: 'changed', reason: `${path} was changed outside asset-forge` };
    }
  }
  const age = options.now.getTime() - Date.parse(entry.generatedAt);
  if (asset.refreshMs !== undefined && !(age < asset.refreshMs)) {
    return { change: 'stale', reason: `older than its refresh period` };
  }
  return { change: 'unchanged', reason: 'up to date' };
}

function sum(items: PlannedAsset[]): number {
  return items.reduce((total, item) => total + item.credits, 0);
}
