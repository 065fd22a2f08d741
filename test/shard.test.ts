// `shard: i/n`: which job generates which asset, and how n jobs share one budget so that
// together they never pass it (each job knows only the whole plan and its own share).
import { describe, expect, it } from 'vitest';
import type { Asset, Manifest } from '../src/manifest/types.js';
import { type Plan, planRun, shardCap } from '../src/plan.js';
import { matchAll, matchNone } from '../src/selection.js';
import { inShard, parseShard, type Shard, shardOf } from '../src/shard.js';
import { asset, manifest } from './plan-fixtures.js';

/** Every asset new (an empty lock file), this job being `shard`. */
function planShard(m: Manifest, shard: Shard | undefined, budget?: number): Plan {
  return planRun(m, {
    lock: { version: 1, assets: {} },
    files: { digest: () => undefined, referenceDigest: () => undefined },
    now: new Date('2026-06-01T00:00:00Z'),
    force: matchNone,
    only: matchAll,
    free: false,
    ...(budget !== undefined ? { budget } : {}),
    ...(shard ? { inShard: (id: string) => inShard(id, shard), shardCount: shard.count } : {}),
  });
}

const shards = (count: number): Shard[] =>
  Array.from({ length: count }, (_, i) => ({ index: i + 1, count }));

/** 1K gpt-image-2: low 1, medium 4, high 14 credits. */
const QUALITIES: Asset['quality'][] = ['low', 'medium', 'high'];
const ASSETS = Array.from({ length: 30 }, (_, i) =>
  asset(`asset-${i}`, { quality: QUALITIES[i % 3], fallback: [] }),
);
const TOTAL = 10 * (1 + 4 + 14);

describe('parseShard and shardOf', () => {
  it('reads 1-based i/n, and refuses anything else', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const text of ['0/3', '4/3', '1/0', '1', 'a/b', '-1/2', '1/2/3', '']) {
      expect(parseShard(text), text).toBeUndefined();
    }
  });

  it('puts every asset in exactly one shard, by its id alone, spread evenly', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `asset-${i}`);
    const counts = [0, 0, 0, 0];
    for (const id of ids) {
      const owners = shards(4).filter((shard) => inShard(id, shard));
      expect(owners).toHaveLength(1);
      counts[owners[0]!.index - 1]! += 1;
      expect(shardOf(id, 4)).toBe(owners[0]!.index); // the same answer every time
    }
    for (const count of counts) expect(count).toBeGreaterThan(3000 / 4 - 120);
  });
});

describe('shardCap', () => {
  it('within budget: the share and an equal part of what is left over', () => {
    expect(shardCap({ budget: 100, total: 70, share: 30, shards: 3 })).toBe(30 + 10);
    expect(shardCap({ budget: 100, total: 70, share: 0, shards: 3 })).toBe(10);
    expect(shardCap({ budget: 100, total: 100, share: 60, shards: 2 })).toBe(60);
  });

  it('over budget: the budget in proportion to the shares, rounded down', () => {
    expect(shardCap({ budget: 100, total: 300, share: 200, shards: 2 })).toBe(66);
    expect(shardCap({ budget: 100, total: 300, share: 100, shards: 2 })).toBe(33);
  });

  it('a single job gets the whole budget', () => {
    expect(shardCap({ budget: 100, total: 300, share: 300, shards: 1 })).toBe(100);
  });

  it('the shards together never pass the budget, whatever the shares', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let trial = 0; trial < 2000; trial++) {
      const count = 1 + Math.floor(random() * 8);
      const shares = Array.from({ length: count }, () => Math.floor(random() * 200));
      const total = shares.reduce((a, b) => a + b, 0);
      const budget = Math.floor(random() * 1.5 * (total + 1));
      const caps = shares.map((share) => shardCap({ budget, total, share, shards: count }));
      expect(caps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(budget);
      for (const cap of caps) expect(cap).toBeGreaterThanOrEqual(0);
      // Within budget every shard can pay for its whole share.
      if (total <= budget) {
        for (const [i, cap] of caps.entries()) expect(cap).toBeGreaterThanOrEqual(shares[i]!);
      }
    }
  });
});

describe('planRun with shards', () => {
  it('prices the whole plan in every shard, and selects only its own share', () => {
    const m = manifest(ASSETS, { maxCredits: 1000 });
    const plans = shards(3).map((shard) => planShard(m, shard));
    for (const plan of plans) {
      expect(plan.requiredCredits).toBe(TOTAL);
      expect(plan.overBudget).toBe(false);
    }
    // Every asset is selected by exactly one shard.
    const selected = plans.flatMap((plan) =>
      plan.items.filter((item) => item.selected).map((item) => item.asset.id),
    );
    expect(selected.sort()).toEqual(ASSETS.map((a) => a.id).sort());
    const share = plans.map((plan) => plan.selectedCredits);
    expect(share.reduce((a, b) => a + b, 0)).toBe(TOTAL);
    // Each cap: its share and a third of the room left.
    const room = Math.floor((1000 - TOTAL) / 3);
    expect(plans.map((plan) => plan.cap)).toEqual(share.map((s) => s + room));
    expect(plans.reduce((sum, plan) => sum + plan.cap!, 0)).toBeLessThanOrEqual(1000);
  });

  it('over budget, partial: each shard generates in manifest order up to its part', () => {
    const m = manifest(ASSETS, { maxCredits: 100, onOverBudget: 'partial' });
    const plans = shards(3).map((shard) => planShard(m, shard));
    let spent = 0;
    for (const plan of plans) {
      expect(plan.overBudget).toBe(true);
      expect(plan.selectedCredits).toBeLessThanOrEqual(plan.cap!);
      spent += plan.selectedCredits;
      // In manifest order: once one of its assets is skipped, every later one of its is too.
      const mine = plan.items.filter((item) => item.skipReason !== 'other-shard');
      const firstSkipped = mine.findIndex((item) => item.skipReason === 'over-budget');
      expect(firstSkipped).toBeGreaterThan(0);
      expect(mine.slice(firstSkipped).every((item) => !item.selected)).toBe(true);
    }
    expect(spent).toBeLessThanOrEqual(100);
    expect(plans.reduce((sum, plan) => sum + plan.cap!, 0)).toBeLessThanOrEqual(100);
  });

  it('over budget, fail: no shard sends anything', () => {
    const m = manifest(ASSETS, { maxCredits: 100, onOverBudget: 'fail' });
    for (const shard of shards(3)) {
      const plan = planShard(m, shard);
      expect(plan.overBudget).toBe(true);
      expect(plan.items.some((item) => item.selected)).toBe(false);
      expect(plan.selectedCredits).toBe(0);
    }
  });

  it('the budget input overrides the manifest for every shard alike', () => {
    const m = manifest(ASSETS, { maxCredits: 10_000 });
    const plans = shards(2).map((shard) => planShard(m, shard, TOTAL));
    expect(plans.map((plan) => plan.cap)).toEqual(plans.map((plan) => plan.selectedCredits));
  });

  it('without shards the cap is the budget, as before', () => {
    const plan = planShard(manifest(ASSETS, { maxCredits: 1000 }), undefined);
    expect(plan).toMatchObject({ cap: 1000, budget: 1000, selectedCredits: TOTAL });
    expect(planShard(manifest(ASSETS), undefined).cap).toBeUndefined();
  });
});
