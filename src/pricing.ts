// Credits per image by model and size tier (SPEC §4), and the price of one attempt.
import { type ModelId, modelFamily, type Quality } from './models.js';
import { type GeminiTier, geminiTiers, priceTier, type SizeSpec } from './sizes.js';

/** One number when the price does not vary with quality. */
export type PriceCell = number | { low: number; medium: number; high: number };
/** Model id -> tier -> credits; the manifest's `pricing:` map has the same shape. */
export type PriceTable = Partial<Record<string, Partial<Record<GeminiTier, PriceCell>>>>;

export const DEFAULT_PRICES: PriceTable = {
  'gpt-image-2': {
    '1K': { low: 1, medium: 4, high: 14 },
    '2K': { low: 2, medium: 17, high: 67 },
    '4K': { low: 4, medium: 34, high: 133 },
  },
  'gemini-3-pro-image-preview': { '1K': 8, '2K': 8, '4K': 16 },
  'gemini-3.1-flash-image-preview': { '512': 4, '1K': 4, '2K': 6, '4K': 8 },
  'gemini-2.5-flash-image': { '1K': 2 },
};

export class PriceMissingError extends Error {
  override readonly name = 'PriceMissingError';
  constructor(
    readonly model: ModelId,
    readonly tier: GeminiTier,
  ) {
    super(`no price for ${model} at the ${tier} tier; add one under pricing: in the manifest`);
  }
}

/** The base table with every cell the overrides name replaced or added; neither is modified. */
export function mergePrices(base: PriceTable, overrides: PriceTable): PriceTable {
  const models = new Set([...Object.keys(base), ...Object.keys(overrides)]);
  // fromEntries defines own properties, so a model named like an Object member stays plain data.
  return Object.fromEntries(
    [...models].map((model) => [model, { ...base[model], ...overrides[model] }]),
  );
}

/** Credits one request costs: gpt-image-2 by its price tier and quality, Gemini by its tier. */
export function attemptCredits(
  prices: PriceTable,
  model: ModelId,
  size: SizeSpec,
  quality: Quality,
): number {
  const tier = billingTier(model, size);
  const cell = prices[model]?.[tier];
  if (cell === undefined) throw new PriceMissingError(model, tier);
  // `quality: auto` is billed as high.
  return typeof cell === 'number' ? cell : cell[quality === 'auto' ? 'high' : quality];
}

/**
 * The price tier of an output (SPEC §4: by the output's long edge, 1K <= 1536, 2K <= 2048,
 * 4K beyond; `auto` is 1K). A Gemini model bills its 512 tier for outputs up to 512 pixels,
 * and a model without the tier bills its largest one (gemini-2.5-flash-image: 1K only).
 */
export function billingTier(model: ModelId, size: SizeSpec): GeminiTier {
  const tier = priceTier(size);
  if (modelFamily(model) === 'gpt-image') return tier;
  const tiers = geminiTiers(model);
  if (size !== 'auto' && Math.max(size.width, size.height) <= 512 && tiers.includes('512'))
    return '512';
  return tiers.includes(tier) ? tier : tiers[tiers.length - 1]!;
}
