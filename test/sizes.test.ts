import { describe, expect, it } from 'vitest';
import { BUILT_IN_MODELS, builtInRegistry } from '../src/models/registry.js';
import {
  checkGptImage2Size,
  type Dimensions,
  describeInvalidSize,
  formatSize,
  GPT_IMAGE_2_PRESETS,
  geminiPixels,
  geminiTarget,
  isAspectClose,
  nearestValidSize,
  parseSize,
  priceTier,
} from '../src/sizes.js';
import { seededRandom } from './seeded-random.js';

const size = (width: number, height: number): Dimensions => ({ width, height });

/** The rules of SPEC §3, written out again independently of src/sizes.ts. */
function referenceBrokenRules(width: number, height: number): string[] {
  const longEdge = Math.max(width, height);
  const shortEdge = Math.min(width, height);
  const broken: string[] = [];
  if (width % 16 !== 0 || height % 16 !== 0) broken.push('multiple-of-16');
  if (longEdge > 3840) broken.push('max-edge');
  if (longEdge > 3 * shortEdge) broken.push('max-aspect-ratio');
  if (width * height < 655_360) broken.push('min-pixels');
  if (width * height > 8_294_400) broken.push('max-pixels');
  return broken;
}

const brokenRules = (width: number, height: number) =>
  checkGptImage2Size(size(width, height)).map((broken) => broken.rule);

/** An integer spread evenly on the log scale between min and max. */
const logUniform = (random: () => number, min: number, max: number) =>
  Math.round(Math.exp(Math.log(min) + random() * Math.log(max / min)));

describe('parseSize and formatSize', () => {
  it('reads auto and WIDTHxHEIGHT and writes them back', () => {
    expect(parseSize('auto')).toBe('auto');
    expect(parseSize('1536x1024')).toEqual(size(1536, 1024));
    for (const text of ['auto', '1536x1024', '3x5']) {
      expect(formatSize(parseSize(text)!)).toBe(text);
    }
  });

  it.each([
    '',
    'AUTO',
    '1024',
    '1024x',
    'x1024',
    '0x1024',
    '1024x0',
    '-16x16',
    '1.5x2',
    '01024x1024',
    '1024X1024',
    ' 1024x1024',
    '1024x1024 ',
    '1024*1024',
  ])('rejects %j', (text) => {
    expect(parseSize(text)).toBeUndefined();
  });
});

describe('gpt-image-2 size rules', () => {
  it('accepts every preset', () => {
    expect(GPT_IMAGE_2_PRESETS).toContain('auto');
    for (const preset of GPT_IMAGE_2_PRESETS.filter((text) => text !== 'auto')) {
      const parsed = parseSize(preset);
      expect(parsed, preset).not.toBe('auto');
      expect(checkGptImage2Size(parsed as Dimensions), preset).toEqual([]);
    }
  });

  it.each([
    [1024, 1040, []],
    [1024, 1032, ['multiple-of-16']],
    [1032, 1024, ['multiple-of-16']],
    [3840, 2160, []],
    [3856, 2160, ['max-edge', 'max-pixels']],
    [2160, 3856, ['max-edge', 'max-pixels']],
    [3840, 1280, []],
    [3072, 1024, []],
    [1024, 3072, []],
    [3088, 1024, ['max-aspect-ratio']],
    [3073, 1024, ['multiple-of-16', 'max-aspect-ratio']],
    [1024, 640, []],
    [640, 1024, []],
    [1024, 639, ['multiple-of-16', 'min-pixels']],
    [1008, 640, ['min-pixels']],
    [3840, 2161, ['multiple-of-16', 'max-pixels']],
    [3840, 2176, ['max-pixels']],
    [2880, 2880, []],
    [2896, 2880, ['max-pixels']],
  ])('%ix%i breaks %j', (width, height, expected) => {
    expect(brokenRules(width, height)).toEqual(expected);
  });

  it('agrees with the rule text on every multiple of 8 up to 4096 on each edge', () => {
    const disagreements: string[] = [];
    for (let width = 8; width <= 4096; width += 8) {
      for (let height = 8; height <= 4096; height += 8) {
        const actual = brokenRules(width, height).join(',');
        const expected = referenceBrokenRules(width, height).join(',');
        if (actual !== expected) disagreements.push(`${width}x${height}: ${actual} != ${expected}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('agrees with the rule text on arbitrary integer sizes', () => {
    const random = seededRandom(16);
    const disagreements: string[] = [];
    for (let sample = 0; sample < 20_000; sample++) {
      const width = 1 + Math.floor(random() * 6000);
      const height = 1 + Math.floor(random() * 6000);
      const actual = brokenRules(width, height).join(',');
      const expected = referenceBrokenRules(width, height).join(',');
      if (actual !== expected) disagreements.push(`${width}x${height}: ${actual} != ${expected}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('says which edge is off the 16-pixel grid', () => {
    expect(checkGptImage2Size(size(3850, 1024))[0]?.message).toBe(
      'width 3850 is not a multiple of 16',
    );
    expect(checkGptImage2Size(size(1000, 1010))[0]?.message).toBe(
      'width 1000 and height 1010 are not multiples of 16',
    );
  });
});

describe('nearestValidSize', () => {
  it('clamps 3840x1024 to 3:1 keeping the short edge', () => {
    expect(nearestValidSize(size(3840, 1024))).toEqual(size(3072, 1024));
    expect(nearestValidSize(size(1024, 3840))).toEqual(size(1024, 3072));
  });

  it.each([
    [4000, 4000, 2880, 2880],
    [100, 100, 816, 816],
    [1000, 1000, 1008, 1008],
  ])('moves %ix%i to %ix%i', (width, height, expectedWidth, expectedHeight) => {
    expect(nearestValidSize(size(width, height))).toEqual(size(expectedWidth, expectedHeight));
  });

  it('returns valid sizes unchanged', () => {
    const random = seededRandom(7);
    const samples = [size(1024, 1024), size(3840, 2160), size(3072, 1024), size(1024, 640)];
    while (samples.length < 200) {
      const candidate = size(16 * logUniform(random, 1, 240), 16 * logUniform(random, 1, 240));
      if (referenceBrokenRules(candidate.width, candidate.height).length === 0) {
        samples.push(candidate);
      }
    }
    for (const sample of samples) expect(nearestValidSize(sample)).toEqual(sample);
  });

  it('always gives a valid size with the requested aspect ratio, clamped to 3:1', () => {
    const random = seededRandom(42);
    let checked = 0;
    while (checked < 1000) {
      const width = logUniform(random, 1, 20_000);
      const height = logUniform(random, 1, 20_000);
      if (referenceBrokenRules(width, height).length === 0) continue;
      checked++;
      const nearest = nearestValidSize(size(width, height));
      const label = `${width}x${height} -> ${formatSize(nearest)}`;
      expect(referenceBrokenRules(nearest.width, nearest.height), label).toEqual([]);
      const clampedRatio = Math.min(3, Math.max(1 / 3, width / height));
      const ratioGap = Math.abs(Math.log(nearest.width / nearest.height / clampedRatio));
      expect(ratioGap, label).toBeLessThan(0.02);
    }
  });
});

describe('describeInvalidSize', () => {
  // Words the sentence must contain for each rule, taken from the rule text.
  const ruleWords: Record<string, string> = {
    'multiple-of-16': 'of 16',
    'max-edge': 'over 3840',
    'max-aspect-ratio': 'more than 3 times',
    'min-pixels': '655,360',
    'max-pixels': '8,294,400',
  };

  it('names the SPEC example and its fix', () => {
    expect(describeInvalidSize(size(3840, 1024))).toBe(
      '3840x1024 is not a valid gpt-image-2 size: the long edge 3840 is more than 3 times the ' +
        'short edge 1024; use 3072x1024 instead.',
    );
  });

  it('names every broken rule and the nearest valid size', () => {
    const random = seededRandom(3);
    for (let sample = 0; sample < 300; sample++) {
      const width = logUniform(random, 1, 10_000);
      const height = logUniform(random, 1, 10_000);
      const broken = referenceBrokenRules(width, height);
      if (broken.length === 0) continue;
      const sentence = describeInvalidSize(size(width, height));
      for (const rule of broken) expect(sentence, `${width}x${height}`).toContain(ruleWords[rule]);
      expect(sentence).toContain(
        `use ${formatSize(nearestValidSize(size(width, height)))} instead`,
      );
    }
  });

  // The pixel rules exclude each other, so four is the most a size can break.
  it.each([
    [99_999, 1, 'max-pixels'],
    [12_001, 1001, 'min-pixels'],
  ])('names four broken rules at once in %ix%i', (width, height, unbroken) => {
    const sentence = describeInvalidSize(size(width, height));
    for (const [rule, words] of Object.entries(ruleWords)) {
      if (rule !== unbroken) expect(sentence).toContain(words);
    }
  });
});

describe('priceTier', () => {
  it.each([
    [size(1536, 1024), '1K'],
    [size(1024, 1536), '1K'],
    [size(1537, 1024), '2K'],
    [size(2048, 2048), '2K'],
    [size(1024, 2049), '4K'],
    [size(3840, 2160), '4K'],
    ['auto', '1K'],
  ] as const)('%j is %s', (spec, tier) => {
    expect(priceTier(spec)).toBe(tier);
  });
});

/** A built-in model as the run's provider sees it. */
const model = (id: string, provider = 'pixapi') => builtInRegistry(provider).get(id);
const GEMINI_IDS = BUILT_IN_MODELS.filter((spec) => spec.family === 'gemini').map(
  (spec) => spec.id,
);
const PRO = 'gemini-3-pro-image';
const FLASH = 'gemini-3.1-flash-image';
const FLASH_25 = 'gemini-2.5-flash-image';

describe('Gemini sizes', () => {
  const commonRatios = ['1:1', '2:3', '3:2', '3:4', '4:3', '4:5', '5:4', '9:16', '16:9', '21:9'];

  it('knows each model’s ratios and tiers, per provider', () => {
    expect([...model(PRO).ratios].sort()).toEqual([...commonRatios].sort());
    expect([...model(FLASH_25).ratios].sort()).toEqual([...commonRatios].sort());
    expect([...model(FLASH_25, 'nanobanana').ratios]).not.toContain('21:9');
    expect(model(FLASH_25, 'nanobanana').ratios).toHaveLength(9);
    expect([...model(FLASH).ratios].sort()).toEqual(
      [...commonRatios, '1:4', '4:1', '1:8', '8:1'].sort(),
    );
    expect(model(PRO).tiers).toEqual(['1K', '2K', '4K']);
    expect(model(FLASH).tiers).toEqual(['512', '1K', '2K', '4K']);
    expect(model(FLASH_25).tiers).toEqual(['1K']);
    expect(model('gemini-3.1-flash-lite-image').tiers).toEqual(['1K']);
    expect(model('gpt-image-2').ratios).toEqual([]);
  });

  it.each([
    ['1:1', '1K', 1024, 1024],
    ['16:9', '1K', 1376, 768],
    ['16:9', '2K', 2752, 1536],
    ['16:9', '4K', 5504, 3072],
    ['21:9', '1K', 1584, 672],
    ['21:9', '512', 792, 336],
    ['9:16', '1K', 768, 1376],
    ['2:3', '1K', 848, 1264],
    ['3:2', '4K', 5056, 3392],
    ['3:4', '1K', 896, 1200],
    ['4:3', '2K', 2400, 1792],
    ['4:5', '1K', 928, 1152],
    ['5:4', '1K', 1152, 928],
    ['1:4', '1K', 512, 2048],
    ['4:1', '512', 1024, 256],
    ['1:8', '4K', 1536, 12288],
    ['8:1', '1K', 3072, 384],
  ] as const)('Gemini 3 gives %s at %s as %ix%i', (ratio, tier, width, height) => {
    expect(geminiPixels(model(FLASH), ratio, tier)).toEqual(size(width, height));
  });

  it('uses the Gemini 2.5 Flash Image table for that model', () => {
    expect(geminiPixels(model(FLASH_25), '16:9', '1K')).toEqual(size(1344, 768));
    expect(geminiPixels(model(FLASH_25), '3:4', '1K')).toEqual(size(864, 1184));
    expect(() => geminiPixels(model(FLASH_25), '16:9', '2K')).toThrow(RangeError);
    expect(() => geminiPixels(model(PRO), '1:8', '1K')).toThrow(RangeError);
    expect(() => geminiPixels(model(FLASH), '2:1', '1K')).toThrow(RangeError);
  });

  it('documents pixels whose shape matches their ratio', () => {
    for (const id of GEMINI_IDS) {
      for (const ratio of model(id).ratios) {
        const [width, height] = ratio.split(':').map(Number);
        for (const tier of model(id).tiers) {
          const pixels = geminiPixels(model(id), ratio, tier);
          expect(isAspectClose(pixels, size(width!, height!)), `${id} ${ratio} ${tier}`).toBe(true);
        }
      }
    }
  });

  it.each([
    [PRO, size(1920, 1080), '16:9', '2K'],
    [PRO, size(1024, 1024), '1:1', '1K'],
    [PRO, size(1040, 1040), '1:1', '2K'],
    [PRO, size(256, 256), '1:1', '1K'],
    [PRO, size(8000, 8000), '1:1', '4K'],
    [PRO, size(1376, 768), '16:9', '1K'],
    [PRO, size(1392, 768), '16:9', '2K'],
    [PRO, size(3000, 1000), '21:9', '2K'],
    [PRO, size(800, 1000), '4:5', '1K'],
    [FLASH, size(256, 256), '1:1', '512'],
    [FLASH, size(512, 512), '1:1', '512'],
    [FLASH, size(513, 513), '1:1', '1K'],
    [FLASH, size(4000, 1000), '4:1', '2K'],
    [FLASH, size(20_000, 2500), '8:1', '4K'],
    // 0.18 is nearer 1:8 than 1:4 on the linear scale, nearer 1:4 on the log scale.
    [FLASH, size(180, 1000), '1:4', '512'],
    [FLASH_25, size(4000, 2000), '16:9', '1K'],
    [FLASH_25, size(3840, 2160), '16:9', '1K'],
    [FLASH_25, size(4000, 1000), '21:9', '1K'],
  ] as const)('%s maps %j to %s at %s', (id, requested, ratio, tier) => {
    const target = geminiTarget(model(id), requested);
    expect(target).toEqual({ ratio, tier, pixels: geminiPixels(model(id), ratio, tier) });
  });

  it('sends only the ratios a model takes on the run’s provider: the nearest other one', () => {
    // No 21:9 for gemini-2.5-flash-image on nanobanana (SPEC 3): 16:9 is the nearest.
    expect(geminiTarget(model(FLASH_25, 'nanobanana'), size(4000, 1000)).ratio).toBe('16:9');
    expect(geminiTarget(model(FLASH_25, 'pixapi'), size(4000, 1000)).ratio).toBe('21:9');
  });

  it('maps auto to 1:1 at the smallest tier of at least 1K', () => {
    for (const id of GEMINI_IDS) {
      expect(geminiTarget(model(id), 'auto')).toEqual({
        ratio: '1:1',
        tier: '1K',
        pixels: geminiPixels(model(id), '1:1', '1K'),
      });
    }
  });

  it('always picks the smallest tier that covers, capped at the largest', () => {
    const random = seededRandom(9);
    for (const id of GEMINI_IDS) {
      const spec = model(id, 'nanobanana');
      const tiers = spec.tiers;
      for (let sample = 0; sample < 300; sample++) {
        const requested = size(logUniform(random, 16, 16_000), logUniform(random, 16, 16_000));
        const { ratio, tier } = geminiTarget(spec, requested);
        expect(spec.ratios).toContain(ratio);
        const longEdge = (tierName: (typeof tiers)[number]) => {
          const pixels = geminiPixels(spec, ratio, tierName);
          return Math.max(pixels.width, pixels.height);
        };
        const requestedLongEdge = Math.max(requested.width, requested.height);
        const index = tiers.indexOf(tier);
        if (index < tiers.length - 1)
          expect(longEdge(tier)).toBeGreaterThanOrEqual(requestedLongEdge);
        if (index > 0) expect(longEdge(tiers[index - 1]!)).toBeLessThan(requestedLongEdge);
      }
    }
  });
});

describe('isAspectClose', () => {
  it('accepts small drift and rejects a neighbouring ratio', () => {
    expect(isAspectClose(size(1344, 768), size(1376, 768))).toBe(true);
    expect(isAspectClose(size(1376, 768), size(16, 9))).toBe(true);
    expect(isAspectClose(size(1152, 928), size(1200, 896))).toBe(false);
    expect(isAspectClose(size(1024, 1024), size(1376, 768))).toBe(false);
    expect(isAspectClose(size(1090, 1000), size(1000, 1000), 0.1)).toBe(true);
    expect(isAspectClose(size(1100, 1000), size(1000, 1000))).toBe(false);
  });
});
