// What a run would change and what it would cost (SPEC §4, §5). The disk is an in-memory probe;
// every price below is read off the SPEC §4 table by hand.
import { describe, expect, it } from 'vitest';
import { type LockEntry, type LockFile, normalizedSpec, specHash } from '../src/lockfile.js';
import type { Asset, Manifest } from '../src/manifest/types.js';
import { declareModels } from '../src/models/declare.js';
import { ModelRegistry } from '../src/models/registry.js';
import { type FileProbe, type PlanOptions, planRun } from '../src/plan.js';
import { matchAll, matchNone, parseIdMatcher } from '../src/selection.js';
import { asset, manifest } from './plan-fixtures.js';

const DAY = 86_400_000;
const NOW = new Date('2026-06-01T12:00:00.000Z');

/** The disk: path -> sha256 for outputs (from the manifest folder) and references (from the root). */
class MemoryDisk implements FileProbe {
  readonly files = new Map<string, string>();
  readonly references = new Map<string, string>();
  digest(path: string) {
    return this.files.get(path);
  }
  referenceDigest(path: string) {
    return this.references.get(path);
  }
}

/** The state after a successful run that generated `assets` at `generatedAt`. */
function generated(assets: Asset[], disk: MemoryDisk, generatedAt = NOW): LockFile {
  const lock: LockFile = { version: 1, assets: {} };
  for (const a of assets) {
    const paths = [a.out, ...a.renditions.map((r) => r.out)];
    for (const path of paths) disk.files.set(path, `sha-of-${path}`);
    lock.assets[a.id] = {
      specHash: specHash(a, (path) => disk.referenceDigest(path)),
      files: paths.map((path) => ({ path, sha256: `sha-of-${path}` })),
      model: a.model,
      provider: 'nanobanana',
      credits: 1,
      generatedAt: generatedAt.toISOString(),
    } satisfies LockEntry;
  }
  return lock;
}

function plan(m: Manifest, options: Partial<PlanOptions> & { disk?: MemoryDisk } = {}) {
  const { disk = new MemoryDisk(), ...rest } = options;
  return planRun(m, {
    lock: { version: 1, assets: {} },
    files: disk,
    now: NOW,
    force: matchNone,
    only: matchAll,
    free: false,
    ...rest,
  });
}

const item = (p: ReturnType<typeof plan>, id: string) => p.items.find((i) => i.asset.id === id)!;

describe('classification', () => {
  it('new: never generated', () => {
    const p = plan(manifest([asset('hero')]));
    expect(item(p, 'hero')).toMatchObject({ change: 'new', selected: true, credits: 14 });
  });

  it('unchanged: same spec, files intact; costs nothing and is not generated', () => {
    const disk = new MemoryDisk();
    const assets = [asset('hero')];
    const p = plan(manifest(assets), { disk, lock: generated(assets, disk) });
    expect(item(p, 'hero')).toMatchObject({
      change: 'unchanged',
      credits: 0,
      selected: false,
      skipReason: 'unchanged',
    });
    expect(p.requiredCredits).toBe(0);
  });

  it.each<[string, Partial<Asset>]>([
    ['prompt', { prompt: 'the hero image, at night' }],
    ['size', { size: { width: 1024, height: 1536 } }],
    ['quality', { quality: 'low' }],
    ['fallback', { fallback: [] }],
    ['format', { format: 'webp', out: 'img/hero.png' }],
  ])('changed: the %s was edited', (_what, edit) => {
    const disk = new MemoryDisk();
    const lock = generated([asset('hero')], disk);
    const p = plan(manifest([asset('hero', edit)]), { disk, lock });
    expect(item(p, 'hero')).toMatchObject({
      change: 'changed',
      reason: 'prompt or settings changed',
      selected: true,
    });
  });

  it("changed: a reference file's content changed", () => {
    const disk = new MemoryDisk();
    disk.references.set('ref/kettle.png', 'v1');
    const assets = [asset('duo', { images: [{ kind: 'file', path: 'ref/kettle.png' }] })];
    const lock = generated(assets, disk);
    expect(item(plan(manifest(assets), { disk, lock }), 'duo').change).toBe('unchanged');
    disk.references.set('ref/kettle.png', 'v2');
    expect(item(plan(manifest(assets), { disk, lock }), 'duo').change).toBe('changed');
  });

  it('changed: the file was edited outside asset-forge (its sha256 differs)', () => {
    const disk = new MemoryDisk();
    const assets = [asset('hero')];
    const lock = generated(assets, disk);
    disk.files.set('img/hero.png', 'hand-edited');
    expect(item(plan(manifest(assets), { disk, lock }), 'hero')).toMatchObject({
      change: 'changed',
      reason: 'img/hero.png was changed outside asset-forge',
      selected: true,
      credits: 14,
    });
  });

  it('missing: the file was deleted', () => {
    const disk = new MemoryDisk();
    const assets = [asset('hero')];
    const lock = generated(assets, disk);
    disk.files.delete('img/hero.png');
    expect(item(plan(manifest(assets), { disk, lock }), 'hero')).toMatchObject({
      change: 'missing',
      reason: 'img/hero.png is missing',
      selected: true,
    });
  });

  it('missing: a rendition was deleted (the master is intact)', () => {
    const disk = new MemoryDisk();
    const assets = [
      asset('og', {
        renditions: [{ out: 'web/og.png', size: { width: 1200, height: 630 }, format: 'png' }],
      }),
    ];
    const lock = generated(assets, disk);
    disk.files.delete('web/og.png');
    expect(item(plan(manifest(assets), { disk, lock }), 'og')).toMatchObject({
      change: 'missing',
      reason: 'web/og.png is missing',
      renditionsOnly: true, // made from the master on disk: nothing is bought (SPEC §4)
      credits: 0,
      selected: true,
    });
  });

  it('a deleted rendition with a master changed on disk buys the master again', () => {
    const disk = new MemoryDisk();
    const assets = [
      asset('og', {
        renditions: [{ out: 'web/og.png', size: { width: 1200, height: 630 }, format: 'png' }],
      }),
    ];
    const lock = generated(assets, disk);
    disk.files.delete('web/og.png');
    disk.files.set('img/og.png', 'sha-of-something-else');
    const og = item(plan(manifest(assets), { disk, lock }), 'og');
    expect(og).toMatchObject({ change: 'changed', credits: 14, selected: true });
    expect(og.renditionsOnly).toBeUndefined();
  });

  it('a deleted rendition of a forced asset buys the master again', () => {
    const disk = new MemoryDisk();
    const assets = [
      asset('og', {
        renditions: [{ out: 'web/og.png', size: { width: 1200, height: 630 }, format: 'png' }],
      }),
    ];
    const lock = generated(assets, disk);
    disk.files.delete('web/og.png');
    const og = item(plan(manifest(assets), { disk, lock, force: matchAll }), 'og');
    expect(og).toMatchObject({ change: 'missing', credits: 14 });
    expect(og.renditionsOnly).toBeUndefined();
  });

  it('missing: out moved to a new path (the spec hash ignores out)', () => {
    const disk = new MemoryDisk();
    const lock = generated([asset('hero')], disk);
    const moved = asset('hero', { out: 'web/hero.png' });
    expect(item(plan(manifest([moved]), { disk, lock }), 'hero')).toMatchObject({
      change: 'missing',
      reason: 'web/hero.png is missing',
    });
  });

  describe('stale: the refresh period has passed', () => {
    const refreshed = asset('banner', { refreshMs: 90 * DAY });
    const at = (ageMs: number) => {
      const disk = new MemoryDisk();
      const lock = generated([refreshed], disk, new Date(NOW.getTime() - ageMs));
      return item(plan(manifest([refreshed]), { disk, lock }), 'banner');
    };

    it('one millisecond before the period is up: unchanged', () => {
      expect(at(90 * DAY - 1).change).toBe('unchanged');
    });

    it('exactly the period: stale', () => {
      expect(at(90 * DAY)).toMatchObject({ change: 'stale', selected: true, credits: 14 });
    });

    it('long after: stale', () => {
      expect(at(400 * DAY).change).toBe('stale');
    });

    it('an unreadable generation time counts as stale, not as fresh', () => {
      const disk = new MemoryDisk();
      const lock = generated([refreshed], disk);
      lock.assets.banner!.generatedAt = 'yesterday-ish';
      expect(item(plan(manifest([refreshed]), { disk, lock }), 'banner').change).toBe('stale');
    });

    it('without refresh an asset never goes stale', () => {
      const plain = asset('banner');
      const disk = new MemoryDisk();
      const lock = generated([plain], disk, new Date(NOW.getTime() - 3650 * DAY));
      expect(item(plan(manifest([plain]), { disk, lock }), 'banner').change).toBe('unchanged');
    });
  });

  describe('forced', () => {
    const assets = [asset('hero'), asset('hero-mobile'), asset('og-card')];
    const forcedWith = (force: string) => {
      const disk = new MemoryDisk();
      const lock = generated(assets, disk);
      const p = plan(manifest(assets), { disk, lock, force: parseIdMatcher(force, matchNone) });
      return Object.fromEntries(p.items.map((i) => [i.asset.id, i.change]));
    };

    it('force: true regenerates every up-to-date asset, at full price', () => {
      expect(forcedWith('true')).toEqual({
        hero: 'forced',
        'hero-mobile': 'forced',
        'og-card': 'forced',
      });
      const disk = new MemoryDisk();
      const p = plan(manifest(assets), { disk, lock: generated(assets, disk), force: matchAll });
      expect(p.requiredCredits).toBe(3 * 14);
      expect(p.items.every((i) => i.selected)).toBe(true);
    });

    it('force by id', () => {
      expect(forcedWith('og-card')).toEqual({
        hero: 'unchanged',
        'hero-mobile': 'unchanged',
        'og-card': 'forced',
      });
    });

    it('force by glob', () => {
      expect(forcedWith('hero*')).toEqual({
        hero: 'forced',
        'hero-mobile': 'forced',
        'og-card': 'unchanged',
      });
    });

    it('a forced asset that is also new or changed reports the real reason', () => {
      const disk = new MemoryDisk();
      const lock = generated([asset('hero')], disk);
      const p = plan(manifest([asset('hero', { prompt: 'edited' }), asset('logo')]), {
        disk,
        lock,
        force: matchAll,
      });
      expect(item(p, 'hero').change).toBe('changed');
      expect(item(p, 'logo').change).toBe('new');
    });
  });

  it('an asset whose id is a name of Object.prototype is still new', () => {
    const p = plan(manifest([asset('constructor')]));
    expect(item(p, 'constructor')).toMatchObject({ change: 'new', reason: 'not generated yet' });
  });
});

describe('removed assets', () => {
  it('are listed with their files; the rest of the plan is unaffected', () => {
    const disk = new MemoryDisk();
    const old = asset('old-banner', {
      renditions: [{ out: 'web/old.webp', size: { width: 600, height: 400 }, format: 'webp' }],
    });
    const lock = generated([asset('hero'), old], disk);
    const p = plan(manifest([asset('hero')]), { disk, lock });
    expect(p.removed).toEqual([
      { id: 'old-banner', files: ['img/old-banner.png', 'web/old.webp'] },
    ]);
    expect(item(p, 'hero').change).toBe('unchanged');
    expect(p.requiredCredits).toBe(0);
  });

  it('none when the lock matches the manifest', () => {
    expect(plan(manifest([asset('hero')])).removed).toEqual([]);
  });
});

describe('credits at the primary model (SPEC §4)', () => {
  it.each<[string, Partial<Asset>, string, number]>([
    ['gpt-image-2 1K low', { size: { width: 1024, height: 1024 }, quality: 'low' }, '1K', 1],
    ['gpt-image-2 1K medium', { size: { width: 1536, height: 1024 }, quality: 'medium' }, '1K', 4],
    ['gpt-image-2 1K high', { size: { width: 1024, height: 1536 }, quality: 'high' }, '1K', 14],
    ['gpt-image-2 2K low', { size: { width: 2048, height: 1152 }, quality: 'low' }, '2K', 2],
    ['gpt-image-2 2K medium', { size: { width: 2048, height: 1152 }, quality: 'medium' }, '2K', 17],
    ['gpt-image-2 2K high', { size: { width: 2048, height: 2048 }, quality: 'high' }, '2K', 67],
    ['gpt-image-2 4K low', { size: { width: 3840, height: 2160 }, quality: 'low' }, '4K', 4],
    ['gpt-image-2 4K medium', { size: { width: 2400, height: 800 }, quality: 'medium' }, '4K', 34],
    ['gpt-image-2 4K high', { size: { width: 2160, height: 3840 }, quality: 'high' }, '4K', 133],
    [
      'gpt-image-2 quality auto is billed as high',
      { size: { width: 2048, height: 2048 }, quality: 'auto' },
      '2K',
      67,
    ],
    ['gpt-image-2 size auto is the 1K tier', { size: 'auto', quality: 'medium' }, '1K', 4],
    // 1:1 at 1K is 1024 wide, which does not cover 2048; 2K (2048) does.
    [
      'gemini-3-pro 2K',
      { model: 'gemini-3-pro-image', size: { width: 2048, height: 2048 } },
      '2K',
      8,
    ],
    // 16:9: 1K is 1376, 2K is 2752, neither covers 3840; 4K does.
    [
      'gemini-3-pro 4K',
      { model: 'gemini-3-pro-image', size: { width: 3840, height: 2160 } },
      '4K',
      16,
    ],
    [
      'gemini-3-pro, quality does not matter',
      { model: 'gemini-3-pro-image', size: { width: 1024, height: 1024 }, quality: 'low' },
      '1K',
      8,
    ],
    // 1:1 at 512 is 512 wide: enough for 512x512.
    [
      'gemini-3.1-flash 512',
      { model: 'gemini-3.1-flash-image', size: { width: 512, height: 512 } },
      '512',
      4,
    ],
    [
      'gemini-3.1-flash 1K',
      { model: 'gemini-3.1-flash-image', size: { width: 1024, height: 1024 } },
      '1K',
      4,
    ],
    [
      'gemini-3.1-flash 2K',
      { model: 'gemini-3.1-flash-image', size: { width: 2048, height: 1152 } },
      '2K',
      6,
    ],
    [
      'gemini-3.1-flash 4K',
      { model: 'gemini-3.1-flash-image', size: { width: 3840, height: 2160 } },
      '4K',
      8,
    ],
    [
      'gemini-2.5-flash 1K',
      { model: 'gemini-2.5-flash-image', size: { width: 1024, height: 1024 } },
      '1K',
      2,
    ],
  ])('%s', (_name, overrides, tier, credits) => {
    const p = plan(manifest([asset('a', { fallback: [], ...overrides })]));
    expect(item(p, 'a')).toMatchObject({ tier, credits });
  });

  it('the fallback chain does not change the plan price', () => {
    const cheap = asset('a', { fallback: ['gemini-2.5-flash-image'] });
    const dear = asset('a', { fallback: ['gemini-3-pro-image'] });
    expect(item(plan(manifest([cheap])), 'a').credits).toBe(
      item(plan(manifest([dear])), 'a').credits,
    );
  });

  it("the manifest's pricing overrides the built-in table", () => {
    const m = manifest([asset('a')]);
    const declared = declareModels({}, { 'gpt-image-2': { '1K': { low: 1, medium: 2, high: 3 } } });
    m.models = new ModelRegistry(declared.models, 'nanobanana');
    expect(item(plan(m), 'a').credits).toBe(3);
  });

  it('a free provider prices everything at 0, and nothing is over budget', () => {
    const p = plan(manifest([asset('a'), asset('b')], { maxCredits: 0 }), { free: true });
    expect(p.items.map((i) => [i.change, i.credits, i.selected])).toEqual([
      ['new', 0, true],
      ['new', 0, true],
    ]);
    expect(p).toMatchObject({ requiredCredits: 0, overBudget: false });
  });

  it('sums what would be generated', () => {
    const p = plan(
      manifest([
        asset('a', { quality: 'low' }),
        asset('b', { quality: 'medium' }),
        asset('c', { size: { width: 2048, height: 2048 } }),
      ]),
    );
    expect(p.requiredCredits).toBe(1 + 4 + 67);
    expect(p.selectedCredits).toBe(1 + 4 + 67);
  });
});

describe('budget', () => {
  // 14 + 67 + 14 + 1 = 96 credits, in manifest order.
  const assets = [
    asset('a'),
    asset('b', { size: { width: 2048, height: 2048 } }),
    asset('c'),
    asset('d', { quality: 'low' }),
  ];
  const selected = (p: ReturnType<typeof plan>) =>
    p.items.filter((i) => i.selected).map((i) => i.asset.id);

  it('within the cap: everything is selected', () => {
    const p = plan(manifest(assets, { maxCredits: 100 }));
    expect(selected(p)).toEqual(['a', 'b', 'c', 'd']);
    expect(p).toMatchObject({
      budget: 100,
      overBudget: false,
      requiredCredits: 96,
      selectedCredits: 96,
    });
  });

  it('exactly at the cap is within budget', () => {
    const p = plan(manifest(assets, { maxCredits: 96 }));
    expect(selected(p)).toEqual(['a', 'b', 'c', 'd']);
    expect(p.overBudget).toBe(false);
  });

  it('one credit over with fail: nothing is selected', () => {
    const p = plan(manifest(assets, { maxCredits: 95, onOverBudget: 'fail' }));
    expect(p).toMatchObject({ overBudget: true, requiredCredits: 96, selectedCredits: 0 });
    expect(selected(p)).toEqual([]);
    expect(p.items.map((i) => i.skipReason)).toEqual([
      'over-budget',
      'over-budget',
      'over-budget',
      'over-budget',
    ]);
  });

  it('over with partial: manifest order until the first asset that does not fit', () => {
    // a (14) fits in 90, b (67) fits in 76, c (14) does not fit in 9: c and everything after
    // it are skipped, even d (1), which alone would fit.
    const p = plan(manifest(assets, { maxCredits: 90, onOverBudget: 'partial' }));
    expect(selected(p)).toEqual(['a', 'b']);
    expect(p.items.map((i) => i.skipReason)).toEqual([
      undefined,
      undefined,
      'over-budget',
      'over-budget',
    ]);
    expect(p).toMatchObject({ overBudget: true, requiredCredits: 96, selectedCredits: 81 });
  });

  it('partial with an asset that fills the cap exactly', () => {
    const p = plan(manifest(assets, { maxCredits: 81, onOverBudget: 'partial' }));
    expect(selected(p)).toEqual(['a', 'b']);
    expect(p.selectedCredits).toBe(81);
  });

  it('unchanged assets take nothing from the cap', () => {
    const disk = new MemoryDisk();
    const lock = generated([assets[0]!], disk);
    const p = plan(manifest(assets, { maxCredits: 82, onOverBudget: 'partial' }), { disk, lock });
    // a is unchanged (0); b (67) and c (14) fit in 82, d (1) fits in the 1 left.
    expect(selected(p)).toEqual(['b', 'c', 'd']);
    expect(item(p, 'a').skipReason).toBe('unchanged');
    expect(p).toMatchObject({ requiredCredits: 82, overBudget: false });
  });

  it("the action's budget overrides the manifest's max-credits, both ways", () => {
    const lower = plan(manifest(assets, { maxCredits: 1000 }), { budget: 50 });
    expect(lower).toMatchObject({ budget: 50, overBudget: true, selectedCredits: 0 });
    const higher = plan(manifest(assets, { maxCredits: 10 }), { budget: 500 });
    expect(higher).toMatchObject({ budget: 500, overBudget: false, selectedCredits: 96 });
  });

  it('an action budget of 0 is a cap of 0, not "no budget"', () => {
    const p = plan(manifest(assets, { maxCredits: 1000 }), { budget: 0 });
    expect(p).toMatchObject({ budget: 0, overBudget: true, selectedCredits: 0 });
  });

  it('no budget anywhere: no cap', () => {
    const p = plan(manifest(assets));
    expect(p.budget).toBeUndefined();
    expect(p.overBudget).toBe(false);
    expect(selected(p)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('the plan reports the mode in force', () => {
    expect(plan(manifest(assets, { onOverBudget: 'partial' })).onOverBudget).toBe('partial');
  });
});

describe('selection', () => {
  const assets = [asset('hero'), asset('hero-mobile'), asset('og-card')];

  it('only: the others are not selected and not counted', () => {
    const p = plan(manifest(assets, { maxCredits: 14 }), {
      only: parseIdMatcher('og-*', matchAll),
    });
    expect(p.items.map((i) => [i.asset.id, i.selected, i.skipReason])).toEqual([
      ['hero', false, 'not-selected'],
      ['hero-mobile', false, 'not-selected'],
      ['og-card', true, undefined],
    ]);
    expect(p).toMatchObject({ requiredCredits: 14, overBudget: false });
  });

  it('shard: assets of other shards are excluded', () => {
    const mine = new Set(['hero', 'og-card']);
    const p = plan(manifest(assets), { inShard: (id) => mine.has(id) });
    expect(p.items.map((i) => [i.asset.id, i.selected, i.skipReason])).toEqual([
      ['hero', true, undefined],
      ['hero-mobile', false, 'other-shard'],
      ['og-card', true, undefined],
    ]);
    // The whole plan, every shard's assets: what the merge would generate.
    expect(p.requiredCredits).toBe(42);
    expect(p.selectedCredits).toBe(28);
  });

  it('an unchanged asset stays unchanged whatever the selection', () => {
    const disk = new MemoryDisk();
    const lock = generated(assets, disk);
    const p = plan(manifest(assets), { disk, lock, only: matchNone });
    expect(p.items.map((i) => i.skipReason)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });
});

describe('the plan as a diff (SPEC §8: which spec field changed, old and new, and the cost)', () => {
  /** A lock file written by this version: it keeps the normalized spec beside its hash. */
  function lockWithSpec(assets: Asset[], disk: MemoryDisk): LockFile {
    const lock = generated(assets, disk);
    for (const a of assets)
      lock.assets[a.id]!.spec = normalizedSpec(a, (p) => disk.referenceDigest(p));
    return lock;
  }

  it('names each changed field with its old and new value, and the old and new cost', () => {
    const disk = new MemoryDisk();
    const lock = lockWithSpec([asset('hero')], disk);
    const edited = asset('hero', {
      size: { width: 3840, height: 2160 },
      quality: 'medium',
      fallback: [],
    });

    const hero = item(plan(manifest([edited]), { disk, lock }), 'hero');

    expect(hero).toMatchObject({ change: 'changed', reason: 'size, quality, models changed' });
    expect(hero.changes).toEqual([
      { field: 'size', old: '1536x1024', new: '3840x2160' },
      { field: 'quality', old: 'high', new: 'medium' },
      { field: 'models', old: 'gpt-image-2 > gemini-3-pro-image', new: 'gpt-image-2' },
    ]);
    expect(hero.previousCredits).toBe(1); // what the lock file says it cost
    expect(hero.credits).toBe(34); // gpt-image-2 medium, 4K tier
  });

  it('shows a changed prompt and a new rendition', () => {
    const disk = new MemoryDisk();
    const lock = lockWithSpec([asset('og')], disk);
    const edited = asset('og', {
      prompt: 'the og image, at night',
      renditions: [{ out: 'web/og.png', size: { width: 1200, height: 630 }, format: 'png' }],
    });
    expect(item(plan(manifest([edited]), { disk, lock }), 'og').changes).toEqual([
      { field: 'prompt', old: 'the og image', new: 'the og image, at night' },
      { field: 'renditions', old: 'none', new: 'web/og.png 1200x630 png' },
    ]);
  });

  it('prices a rendition added to an intact master at 0: only the rendition is made', () => {
    const disk = new MemoryDisk();
    const lock = lockWithSpec([asset('og')], disk);
    const added = asset('og', {
      renditions: [{ out: 'web/og.png', size: { width: 1200, height: 630 }, format: 'png' }],
    });
    const p = plan(manifest([added]), { disk, lock });
    expect(item(p, 'og')).toMatchObject({
      change: 'changed',
      renditionsOnly: true,
      credits: 0,
      selected: true,
    });
    expect(p.selectedCredits).toBe(0);
    // The same rendition added to a master missing from disk buys the master.
    disk.files.delete('img/og.png');
    expect(item(plan(manifest([added]), { disk, lock }), 'og')).toMatchObject({ credits: 14 });
  });

  it('keeps the hash of a lock file written before specs were kept', () => {
    const disk = new MemoryDisk();
    const a = asset('hero');
    expect(lockWithSpec([a], disk).assets.hero!.specHash).toBe(specHash(a, () => undefined));
  });

  it("gives every shard's credits and cap; the caps add up to at most the budget", () => {
    const shardOf = (id: string) => (id === 'hero' ? 1 : 2);
    const assets = [asset('hero'), asset('hero-mobile'), asset('og-card')];
    const p = plan(manifest(assets, { maxCredits: 50 }), {
      inShard: (id) => shardOf(id) === 1,
      shardCount: 2,
      shardOf,
    });
    // hero 14 in shard 1; hero-mobile 14 and og-card 14 in shard 2; 8 left over, split in two.
    expect(p.shards).toEqual([
      { index: 1, count: 2, credits: 14, cap: 18 },
      { index: 2, count: 2, credits: 28, cap: 32 },
    ]);
    expect(p.cap).toBe(18);
    expect(p.shards!.reduce((total, shard) => total + shard.cap!, 0)).toBeLessThanOrEqual(50);
  });
});
