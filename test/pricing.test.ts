import { describe, expect, it } from 'vitest';
import { type ModelId, QUALITIES } from '../src/models.js';
import {
  attemptCredits,
  DEFAULT_PRICES,
  mergePrices,
  PriceMissingError,
  type PriceTable,
} from '../src/pricing.js';
import type { Dimensions, GeminiTier } from '../src/sizes.js';

const size = (width: number, height: number): Dimensions => ({ width, height });

// SPEC §4, written out again independently of src/pricing.ts: [model, tier, low, medium, high].
const SPEC_PRICES: [ModelId, GeminiTier, number, number, number][] = [
  ['gpt-image-2', '1K', 1, 4, 14],
  ['gpt-image-2', '2K', 2, 17, 67],
  ['gpt-image-2', '4K', 4, 34, 133],
  ['gemini-3-pro-image-preview', '1K', 8, 8, 8],
  ['gemini-3-pro-image-preview', '2K', 8, 8, 8],
  ['gemini-3-pro-image-preview', '4K', 16, 16, 16],
  ['gemini-3.1-flash-image-preview', '512', 4, 4, 4],
  ['gemini-3.1-flash-image-preview', '1K', 4, 4, 4],
  ['gemini-3.1-flash-image-preview', '2K', 6, 6, 6],
  ['gemini-3.1-flash-image-preview', '4K', 8, 8, 8],
  ['gemini-2.5-flash-image', '1K', 2, 2, 2],
];

// A request each model serves at the tier: gpt-image-2 by long edge, Gemini by covering tier.
const SIZE_FOR_TIER: Record<GeminiTier, Dimensions> = {
  '512': size(256, 256),
  '1K': size(1024, 1024),
  '2K': size(2048, 2048),
  '4K': size(3840, 2160),
};

describe('DEFAULT_PRICES', () => {
  it('has exactly the cells of the SPEC table', () => {
    const cells = Object.entries(DEFAULT_PRICES).flatMap(([model, tiers]) =>
      Object.keys(tiers ?? {}).map((tier) => `${model} ${tier}`),
    );
    expect(cells.sort()).toEqual(SPEC_PRICES.map(([model, tier]) => `${model} ${tier}`).sort());
  });

  it.each(SPEC_PRICES)('prices %s at %s as %i / %i / %i', (model, tier, low, medium, high) => {
    const expected = { low, medium, high, auto: high };
    for (const quality of QUALITIES) {
      expect(attemptCredits(DEFAULT_PRICES, model, SIZE_FOR_TIER[tier], quality), quality).toBe(
        expected[quality],
      );
    }
  });
});

describe('attemptCredits', () => {
  it('bills quality auto as high and size auto at the 1K tier', () => {
    expect(attemptCredits(DEFAULT_PRICES, 'gpt-image-2', 'auto', 'auto')).toBe(14);
    expect(attemptCredits(DEFAULT_PRICES, 'gpt-image-2', 'auto', 'low')).toBe(1);
    expect(attemptCredits(DEFAULT_PRICES, 'gemini-3-pro-image-preview', 'auto', 'auto')).toBe(8);
    expect(attemptCredits(DEFAULT_PRICES, 'gemini-3.1-flash-image-preview', 'auto', 'low')).toBe(4);
    expect(attemptCredits(DEFAULT_PRICES, 'gemini-2.5-flash-image', 'auto', 'high')).toBe(2);
  });

  it.each([
    [size(1536, 1024), 14],
    [size(1024, 1536), 14],
    [size(1537, 1024), 67],
    [size(2048, 1152), 67],
    [size(1152, 2048), 67],
    [size(2049, 1024), 133],
    [size(3840, 2160), 133],
  ])('gpt-image-2 high at %j costs %i', (requested, credits) => {
    expect(attemptCredits(DEFAULT_PRICES, 'gpt-image-2', requested, 'high')).toBe(credits);
  });

  it('prices Gemini by the output long edge, like gpt-image-2', () => {
    // SPEC §4: the tier is the output's long edge (1K <= 1536, 2K <= 2048, 4K beyond).
    expect(
      attemptCredits(DEFAULT_PRICES, 'gemini-3-pro-image-preview', size(1040, 1040), 'low'),
    ).toBe(8);
    expect(
      attemptCredits(DEFAULT_PRICES, 'gemini-3-pro-image-preview', size(2800, 1575), 'low'),
    ).toBe(16);
    expect(
      attemptCredits(DEFAULT_PRICES, 'gemini-3.1-flash-image-preview', size(512, 512), 'high'),
    ).toBe(4);
    expect(
      attemptCredits(DEFAULT_PRICES, 'gemini-3.1-flash-image-preview', size(1536, 1024), 'high'),
    ).toBe(4);
    expect(
      attemptCredits(DEFAULT_PRICES, 'gemini-3.1-flash-image-preview', size(1552, 1024), 'high'),
    ).toBe(6);
    // Gemini 2.5 Flash Image serves every size at 1K.
    expect(attemptCredits(DEFAULT_PRICES, 'gemini-2.5-flash-image', size(3840, 2160), 'high')).toBe(
      2,
    );
  });

  it('fails with PriceMissingError when the table has no cell', () => {
    const withoutFlash: PriceTable = { 'gpt-image-2': DEFAULT_PRICES['gpt-image-2'] };
    expect(() => attemptCredits(withoutFlash, 'gemini-2.5-flash-image', 'auto', 'auto')).toThrow(
      PriceMissingError,
    );
    const withoutPro4K: PriceTable = { 'gemini-3-pro-image-preview': { '1K': 8, '2K': 8 } };
    const error = (() => {
      try {
        attemptCredits(withoutPro4K, 'gemini-3-pro-image-preview', size(4096, 4096), 'low');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(PriceMissingError);
    expect(error).toMatchObject({ model: 'gemini-3-pro-image-preview', tier: '4K' });
    expect((error as Error).message).toContain('gemini-3-pro-image-preview at the 4K tier');
  });
});

describe('mergePrices', () => {
  it('replaces and adds single cells, keeping the rest and leaving both tables untouched', () => {
    const overrides: PriceTable = {
      'gpt-image-2': { '4K': { low: 5, medium: 40, high: 150 } },
      'gemini-2.5-flash-image': { '1K': 3 },
      'gemini-3-pro-image-preview': { '512': 5 },
      'some-other-model': { '1K': 1 },
    };
    const before = JSON.stringify([DEFAULT_PRICES, overrides]);
    const merged = mergePrices(DEFAULT_PRICES, overrides);
    expect(JSON.stringify([DEFAULT_PRICES, overrides])).toBe(before);

    expect(attemptCredits(merged, 'gpt-image-2', size(3840, 2160), 'auto')).toBe(150);
    expect(attemptCredits(merged, 'gpt-image-2', size(2048, 2048), 'auto')).toBe(67);
    expect(attemptCredits(merged, 'gemini-2.5-flash-image', 'auto', 'auto')).toBe(3);
    expect(merged['gemini-3-pro-image-preview']).toEqual({ '512': 5, '1K': 8, '2K': 8, '4K': 16 });
    expect(merged['gemini-3.1-flash-image-preview']).toEqual(
      DEFAULT_PRICES['gemini-3.1-flash-image-preview'],
    );
    expect(merged['some-other-model']).toEqual({ '1K': 1 });
  });

  it('honours quality in a Gemini cell given per quality, auto as high', () => {
    const merged = mergePrices(DEFAULT_PRICES, {
      'gemini-3-pro-image-preview': { '1K': { low: 5, medium: 7, high: 9 } },
    });
    const credits = (quality: 'low' | 'medium' | 'high' | 'auto') =>
      attemptCredits(merged, 'gemini-3-pro-image-preview', 'auto', quality);
    expect([credits('low'), credits('medium'), credits('high'), credits('auto')]).toEqual([
      5, 7, 9, 9,
    ]);
  });

  it('charges a gpt-image-2 cell given as one number at every quality', () => {
    const merged = mergePrices(DEFAULT_PRICES, { 'gpt-image-2': { '1K': 10 } });
    for (const quality of QUALITIES) {
      expect(attemptCredits(merged, 'gpt-image-2', size(1024, 1024), quality)).toBe(10);
    }
  });

  it('keeps a model named like an Object member as plain data', () => {
    const merged = mergePrices({}, JSON.parse('{"__proto__": {"1K": 1}}') as PriceTable);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
  });
});
