// What a run would change and what it would cost. Pure: the caller says what is on disk.
import {
  hashSpec,
  type LockEntry,
  type LockFile,
  lockEntry,
  type NormalizedSpec,
  normalizedSpec,
} from './lockfile.js';
import type { Asset, Manifest } from './manifest/types.js';
import type { ModelRegistry } from './models/registry.js';
import { attemptCredits, billingTier } from './pricing.js';
import type { IdMatcher } from './selection.js';

export type Change = 'new' | 'changed' | 'missing' | 'stale' | 'forced' | 'unchanged';
export type SkipReason = 'unchanged' | 'over-budget' | 'not-selected' | 'other-shard';

/** One field of the spec that differs from the lock file's, in words (as a plan diff shows it). */
export interface SpecChange {
  field: keyof NormalizedSpec;
  old: string;
  new: string;
}

export interface PlannedAsset {
  asset: Asset;
  change: Change;
  /** Why, in words: "size changed", "web/og.png is missing". */
  reason: string;
  specHash: string;
  /** What the hash is of; the lock file keeps it for the next plan's diff. */
  spec: NormalizedSpec;
  /** For `changed`: the fields that differ from the lock file (empty when it did not keep them). */
  changes: SpecChange[];
  /** What the lock file says the last generation cost. */
  previousCredits?: number;
  /** The primary model's tier: gpt-image-2 1K/2K/4K, or the Gemini tier. */
  tier: string;
  /** Credits at the primary model (0 when unchanged or the provider is free). */
  credits: number;
  /**
   * Only renditions are to be made: the master on disk is the one the lock records (sha256)
   * and nothing but renditions changed, so they are rendered from it and nothing is bought.
   */
  renditionsOnly?: true;
  /** True when this run generates it. */
  selected: boolean;
  skipReason?: SkipReason;
}

export interface RemovedAsset {
  id: string;
  files: string[];
}

/** One matrix job's part of the run: what it would generate and what it may charge. */
export interface ShardShare {
  index: number;
  count: number;
  credits: number;
  cap?: number;
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
  /** With shards: every shard's share and cap (this job's is `cap`). */
  shards?: ShardShare[];
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
  /** The shard (1..shardCount) an asset belongs to, to show every shard's cap. */
  shardOf?: (id: string) => number;
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

  const shards = options.shardOf
    ? shardShares(changing, options.shardOf, options.shardCount ?? 1, budget, requiredCredits)
    : undefined;
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
    ...(shards ? { shards } : {}),
  };
}

function shardShares(
  changing: readonly PlannedAsset[],
  shardOf: (id: string) => number,
  count: number,
  budget: number | undefined,
  total: number,
): ShardShare[] {
  return Array.from({ length: count }, (_, i) => {
    const index = i + 1;
    const credits = sum(changing.filter((item) => shardOf(item.asset.id) === index));
    const cap =
      budget === undefined ? undefined : shardCap({ budget, total, share: credits, shards: count });
    return { index, count, credits, ...(cap !== undefined ? { cap } : {}) };
  });
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
  const spec = normalizedSpec(asset, (path) => options.files.referenceDigest(path));
  const hash = hashSpec(spec);
  const entry = lockEntry(options.lock, asset.id);
  const { change, reason, renditionsOnly } = classify(asset, spec, hash, entry, options);
  const changes = change === 'changed' && entry?.spec ? specChanges(entry.spec, spec) : [];
  const base = {
    asset,
    change,
    reason: changes.length > 0 ? `${changes.map((c) => c.field).join(', ')} changed` : reason,
    specHash: hash,
    spec,
    changes,
    ...(entry ? { previousCredits: entry.credits } : {}),
    tier: billingTier(models, asset.model, asset.size),
    credits:
      change === 'unchanged' || renditionsOnly || options.free
        ? 0
        : attemptCredits(models, asset.model, asset.size, asset.quality),
    ...(renditionsOnly ? { renditionsOnly } : {}),
    selected: false,
  };
  if (change === 'unchanged') return { ...base, skipReason: 'unchanged' };
  if (!options.only(asset.id)) return { ...base, skipReason: 'not-selected' };
  if (options.inShard && !options.inShard(asset.id)) return { ...base, skipReason: 'other-shard' };
  return base;
}

interface Classified {
  change: Change;
  reason: string;
  renditionsOnly?: true;
}

/** Why the asset is generated; `forced` only when nothing else would generate it. */
function classify(
  asset: Asset,
  spec: NormalizedSpec,
  hash: string,
  entry: LockEntry | undefined,
  options: PlanOptions,
): Classified {
  const found = classifyFromLock(asset, spec, hash, entry, options);
  if (!options.force(asset.id)) return found;
  // Forced: bought again, even when its master is on disk.
  if (found.change === 'unchanged') return { change: 'forced', reason: 'forced' };
  return { change: found.change, reason: found.reason };
}

function classifyFromLock(
  asset: Asset,
  spec: NormalizedSpec,
  hash: string,
  entry: LockEntry | undefined,
  options: PlanOptions,
): Classified {
  if (!entry) return { change: 'new', reason: 'not generated yet' };
  if (entry.provider === 'offline' && !options.free) {
    return { change: 'changed', reason: 'a placeholder from the offline provider' };
  }
  const lockedMaster = lockedDigest(entry, asset.out);
  const masterIntact =
    lockedMaster !== undefined && lockedMaster === options.files.digest(asset.out);
  let renditions: Classified | undefined;
  if (entry.specHash !== hash) {
    if (!masterIntact || !entry.spec || !onlyRenditionsDiffer(entry.spec, spec)) {
      return { change: 'changed', reason: 'prompt or settings changed' };
    }
    renditions = { change: 'changed', reason: 'renditions changed', renditionsOnly: true };
  }
  for (const path of [asset.out, ...asset.renditions.map((r) => r.out)]) {
    if (renditions) break;
    const locked = lockedDigest(entry, path);
    const digest = options.files.digest(path);
    const found: Classified =
      !locked || digest === undefined
        ? { change: 'missing', reason: `${path} is missing` }
        : { change: 'changed', reason: `${path} was changed outside asset-forge` };
    if (locked !== undefined && digest === locked) continue;
    if (path === asset.out || !masterIntact) return found;
    renditions = { ...found, renditionsOnly: true };
  }
  const age = options.now.getTime() - Date.parse(entry.generatedAt);
  if (asset.refreshMs !== undefined && !(age < asset.refreshMs)) {
    return { change: 'stale', reason: `older than its refresh period` };
  }
  return renditions ?? { change: 'unchanged', reason: 'up to date' };
}

const lockedDigest = (entry: LockEntry, path: string) =>
  entry.files.find((file) => file.path === path)?.sha256;

/** The two specs make the same master: they differ in their renditions at most. */
function onlyRenditionsDiffer(old: NormalizedSpec, current: NormalizedSpec): boolean {
  return specChanges(old, current).every((change) => change.field === 'renditions');
}

/** The fields of two specs that differ, each written as the plan shows it. */
export function specChanges(old: NormalizedSpec, current: NormalizedSpec): SpecChange[] {
  const fields = Object.keys(current) as (keyof NormalizedSpec)[];
  return fields
    .map((field) => ({ field, old: specField(old, field), new: specField(current, field) }))
    .filter((change) => change.old !== change.new);
}

function specField(spec: NormalizedSpec, field: keyof NormalizedSpec): string {
  const value = spec[field];
  switch (field) {
    case 'models':
      return spec.models.join(' > ');
    case 'images':
      return (
        spec.images
          .map((image) =>
            typeof image === 'string'
              ? image
              : `${image.file} (${image.sha256?.slice(0, 8) ?? 'missing'})`,
          )
          .join(', ') || 'none'
      );
    case 'renditions':
      return spec.renditions.map((r) => r.join(' ')).join('; ') || 'none';
    default:
      return String(value);
  }
}

function sum(items: PlannedAsset[]): number {
  return items.reduce((total, item) => total + item.credits, 0);
}
