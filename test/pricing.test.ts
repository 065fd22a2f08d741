import { describe, expect, it } from 'vitest';
import { declareModels } from '../src/models/declare.js';
import {
  BUILT_IN_MODELS,
  builtInRegistry,
  ModelRegistry,
  type Tier,
} from '../src/models/registry.js';
import { QUALITIES } from '../src/models.js';
import { attemptCredits, billingTier, PriceMissingError } from '../src/pricing.js';
import { type Dimensions, geminiTarget } from '../src/sizes.js';
import { seededRandom } from './seeded-random.js';

const size = (width: number, height: number): Dimensions => ({ width, height });

// SPEC §4, written out again independently of the registry: [model, tier, low, medium, high].
const SPEC_PRICES: [string, Tier, number, number, number][] = [
  ['gpt-image-2', '1K', 1, 4, 14],
  ['gpt-image-2', '2K', 2, 17, 67],
  ['gpt-image-2', '4K', 4, 34, 133],
  ['gemini-3-pro-image', '1K', 8, 8, 8],
  ['gemini-3-pro-image', '2K', 8, 8, 8],
  ['gemini-3-pro-image', '4K', 16, 16, 16],
  ['gemini-3.1-flash-image', '512', 4, 4, 4],
  ['gemini-3.1-flash-image', '1K', 4, 4, 4],
  ['gemini-3.1-flash-image', '2K', 6, 6, 6],
  ['gemini-3.1-flash-image', '4K', 8, 8, 8],
  ['gemini-3.1-flash-lite-image', '1K', 2, 2, 2],
  ['gemini-2.5-flash-image', '1K', 2, 2, 2],
];
const specCredits = (model: string, tier: string) =>
  SPEC_PRICES.find(([m, t]) => m === model && t === tier)?.[4];

// A request each model serves at the tier: gpt-image-2 by long edge, Gemini by covering tier.
const SIZE_FOR_TIER: Record<Tier, Dimensions> = {
  '512': size(256, 256),
  '1K': size(1024, 1024),
  '2K': size(2048, 2048),
  '4K': size(3840, 2160),
};

const models = builtInRegistry('nanobanana');

describe('the registry’s prices', () => {
  it('have exactly the cells of the SPEC table', () => {
    const cells = BUILT_IN_MODELS.flatMap((model) =>
      Object.keys(model.credits).map((tier) => `${model.id} ${tier}`),
    );
    expect(cells.sort()).toEqual(SPEC_PRICES.map(([model, tier]) => `${model} ${tier}`).sort());
  });

  it.each(SPEC_PRICES)('price %s at %s as %i / %i / %i', (model, tier, low, medium, high) => {
    const expected = { low, medium, high, auto: high };
    for (const quality of QUALITIES) {
      expect(attemptCredits(models, model, SIZE_FOR_TIER[tier], quality), quality).toBe(
        expected[quality],
      );
    }
  });

  it('are found under a model’s aliases too', () => {
    expect(attemptCredits(models, 'gemini-3-pro-image-preview', 'auto', 'auto')).toBe(8);
    expect(attemptCredits(models, 'gemini-3.1-flash-image-preview', size(2048, 2048), 'low')).toBe(
      6,
    );
  });
});

describe('attemptCredits', () => {
  it('bills quality auto as high and size auto at the 1K tier', () => {
    expect(attemptCredits(models, 'gpt-image-2', 'auto', 'auto')).toBe(14);
    expect(attemptCredits(models, 'gpt-image-2', 'auto', 'low')).toBe(1);
    expect(attemptCredits(models, 'gemini-3-pro-image', 'auto', 'auto')).toBe(8);
    expect(attemptCredits(models, 'gemini-3.1-flash-image', 'auto', 'low')).toBe(4);
    expect(attemptCredits(models, 'gemini-2.5-flash-image', 'auto', 'high')).toBe(2);
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
    expect(attemptCredits(models, 'gpt-image-2', requested, 'high')).toBe(credits);
  });

  it('prices Gemini at the tier requested for it, not by gpt-image-2’s thresholds', () => {
    // 1536x1024 is 3:2, whose 1K output is 1264 wide: the request asks for 2K (6 credits).
    expect(billingTier(models, 'gemini-3.1-flash-image', size(1536, 1024))).toBe('2K');
    expect(attemptCredits(models, 'gemini-3.1-flash-image', size(1536, 1024), 'high')).toBe(6);
    // 1040x1040 needs the 2K tier of the pro model (8), 2800x1575 its 4K tier (16).
    expect(attemptCredits(models, 'gemini-3-pro-image', size(1040, 1040), 'low')).toBe(8);
    expect(attemptCredits(models, 'gemini-3-pro-image', size(2800, 1575), 'low')).toBe(16);
    expect(attemptCredits(models, 'gemini-3.1-flash-image', size(512, 512), 'high')).toBe(4);
    // Gemini 2.5 Flash Image serves every size at 1K.
    expect(attemptCredits(models, 'gemini-2.5-flash-image', size(3840, 2160), 'high')).toBe(2);
  });

  it('prices every size of a sweep at the tier its request asks for, on every provider', () => {
    const random = seededRandom(41);
    const geminiIds = BUILT_IN_MODELS.filter((m) => m.family === 'gemini').map((m) => m.id);
    for (const provider of ['nanobanana', 'pixapi']) {
      const registry = builtInRegistry(provider);
      for (let sample = 0; sample < 400; sample++) {
        const requested = size(
          16 * (1 + Math.floor(random() * 300)),
          16 * (1 + Math.floor(random() * 300)),
        );
        for (const id of geminiIds) {
          const requestedTier = geminiTarget(registry.get(id), requested).tier;
          expect(billingTier(registry, id, requested)).toBe(requestedTier);
          expect(attemptCredits(registry, id, requested, 'low')).toBe(
            specCredits(id, requestedTier),
          );
        }
      }
    }
  });

  it('fails with PriceMissingError when the model has no price at the tier', () => {
    const pro = BUILT_IN_MODELS.find((model) => model.id === 'gemini-3-pro-image')!;
    const unpriced = new ModelRegistry([{ ...pro, credits: { '1K': 8, '2K': 8 } }], 'pixapi');
    const error = (() => {
      try {
        attemptCredits(unpriced, 'gemini-3-pro-image', size(4096, 4096), 'low');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(PriceMissingError);
    expect(error).toMatchObject({ model: 'gemini-3-pro-image', tier: '4K' });
    expect((error as Error).message).toContain('gemini-3-pro-image at the 4K tier');
  });
});

describe('pricing: in the manifest', () => {
  const registryOf = (pricing: Parameters<typeof declareModels>[1], declared = {}) => {
    const { models: specs, problems } = declareModels(declared, pricing);
    expect(problems).toEqual([]);
    return new ModelRegistry(specs, 'pixapi');
  };

  it('replaces and adds single cells, keeping the rest', () => {
    const merged = registryOf({
      'gpt-image-2': { '4K': { low: 5, medium: 40, high: 150 } },
      'gemini-2.5-flash-image': { '1K': 3 },
      'gemini-3-pro-image-preview': { '512': 5 },
    });
    expect(attemptCredits(merged, 'gpt-image-2', size(3840, 2160), 'auto')).toBe(150);
    expect(attemptCredits(merged, 'gpt-image-2', size(2048, 2048), 'auto')).toBe(67);
    expect(attemptCredits(merged, 'gemini-2.5-flash-image', 'auto', 'auto')).toBe(3);
    expect(merged.get('gemini-3-pro-image').credits).toEqual({
      '512': 5,
      '1K': 8,
      '2K': 8,
      '4K': 16,
    });
    expect(merged.get('gemini-3.1-flash-image').credits).toEqual(
      models.get('gemini-3.1-flash-image').credits,
    );
  });

  it('prices a model declared under models:', () => {
    const merged = registryOf(
      { 'acme-image-1': { '2K': 9 } },
      { 'acme-image-1': { family: 'gemini', tiers: ['1K', '2K'], credits: { '1K': 3 } } },
    );
    expect(attemptCredits(merged, 'acme-image-1', size(1024, 1024), 'auto')).toBe(3);
    expect(attemptCredits(merged, 'acme-image-1', size(2048, 1024), 'auto')).toBe(9);
  });

  it('honours quality in a Gemini cell given per quality, auto as high', () => {
    const merged = registryOf({ 'gemini-3-pro-image': { '1K': { low: 5, medium: 7, high: 9 } } });
    const credits = (quality: 'low' | 'medium' | 'high' | 'auto') =>
      attemptCredits(merged, 'gemini-3-pro-image', 'auto', quality);
    expect([credits('low'), credits('medium'), credits('high'), credits('auto')]).toEqual([
      5, 7, 9, 9,
    ]);
  });

  it('charges a gpt-image-2 cell given as one number at every quality', () => {
    const merged = registryOf({ 'gpt-image-2': { '1K': 10 } });
    for (const quality of QUALITIES) {
      expect(attemptCredits(merged, 'gpt-image-2', size(1024, 1024), quality)).toBe(10);
    }
  });

  it('names a model that is neither built in nor declared', () => {
    const { problems } = declareModels({}, { 'some-other-model': { '1K': 1 } });
    expect(problems).toEqual([
      expect.objectContaining({
        path: ['pricing'],
        key: 'some-other-model',
        message: expect.stringContaining('not built in and not declared under models:'),
      }),
    ]);
    expect(problems[0]!.fix).toContain('gpt-image-2, gemini-3-pro-image');
  });

  it('keeps a model named like an Object member as plain data', () => {
    const { problems } = declareModels({}, JSON.parse('{"__proto__": {"1K": 1}}'));
    expect(problems).toHaveLength(1);
    expect(Object.getPrototypeOf(models.get('gpt-image-2'))).toBe(Object.prototype);
  });
});
