// Every image model as data (docs/models.md): family, tiers and their pixels, ratios, reference
// limits per provider, credits per tier, and the other ids a gateway may serve it under. The
// manifest's `models:` and `pricing:` adjust or add entries; nothing else knows a model by name.

/** gpt-image takes WIDTHxHEIGHT; Gemini image models take an aspect ratio and a resolution tier. */
export type ModelFamily = 'gpt-image' | 'gemini';
export const MODEL_FAMILIES = ['gpt-image', 'gemini'] as const;

/** Model ids are open: built in, or declared under `models:`. */
export type ModelId = string;

/** Size tiers: Gemini's resolution tiers, and gpt-image's price tiers by long edge. */
export type Tier = '512' | '1K' | '2K' | '4K';
export const TIERS: readonly Tier[] = ['512', '1K', '2K', '4K'];

/** Credits of one image: one number when the price does not vary with quality. */
export type PriceCell = number | { low: number; medium: number; high: number };
export type Credits = Partial<Record<Tier, PriceCell>>;

export interface Pixels {
  width: number;
  height: number;
}

/** What a model takes on one provider, where that differs from what the model takes. */
export interface ProviderLimits {
  /** Reference images at most. */
  maxImages?: number;
  /** Ratios the provider sends for it (a subset of the model's). */
  ratios?: readonly string[];
}

export interface ModelSpec {
  id: ModelId;
  family: ModelFamily;
  /** Other ids a gateway may serve it under, tried in order after `id`. */
  aliases: readonly string[];
  tiers: readonly Tier[];
  /** Gemini: the 1K output per ratio, in the model's order (other tiers scale it); gpt-image: none. */
  pixels1K: Readonly<Record<string, Pixels>>;
  /** Reference images at most, where no provider limit says less. */
  maxImages: number;
  providers: Readonly<Record<string, ProviderLimits>>;
  credits: Credits;
  /** Said in docs/models.md and in `doctor`. */
  note?: string;
}

const px = (width: number, height: number): Pixels => ({ width, height });

// 1K output of the Gemini 3 image models, from Google's Gemini API image-generation guide
// (https://ai.google.dev/gemini-api/docs/image-generation). Its 512 column gives 21:9 as
// 792x168, evidently a typo for 792x336 (half of 1584x672).
/** The ten ratios every Gemini 3 image model takes. */
export const GEMINI_3_COMMON_PIXELS_1K: Readonly<Record<string, Pixels>> = {
  '1:1': px(1024, 1024),
  '2:3': px(848, 1264),
  '3:2': px(1264, 848),
  '3:4': px(896, 1200),
  '4:3': px(1200, 896),
  '4:5': px(928, 1152),
  '5:4': px(1152, 928),
  '9:16': px(768, 1376),
  '16:9': px(1376, 768),
  '21:9': px(1584, 672),
};
/** The ratios only gemini-3.1-flash-image adds. */
const GEMINI_3_EXTREME = {
  '1:4': px(512, 2048),
  '4:1': px(2048, 512),
  '1:8': px(384, 3072),
  '8:1': px(3072, 384),
};
/** Every ratio Google documents for its Gemini 3 image models: what `models:` may choose from. */
export const GEMINI_3_PIXELS_1K: Readonly<Record<string, Pixels>> = {
  ...GEMINI_3_COMMON_PIXELS_1K,
  ...GEMINI_3_EXTREME,
};

// Gemini 2.5 Flash Image has its own (1K only) table in the same guide.
const GEMINI_2_5_FLASH_PIXELS_1K = {
  '1:1': px(1024, 1024),
  '2:3': px(832, 1248),
  '3:2': px(1248, 832),
  '3:4': px(864, 1184),
  '4:3': px(1184, 864),
  '4:5': px(896, 1152),
  '5:4': px(1152, 896),
  '9:16': px(768, 1344),
  '16:9': px(1344, 768),
  '21:9': px(1536, 672),
};

const withoutUltrawide = (pixels: Record<string, Pixels>) =>
  Object.keys(pixels).filter((ratio) => ratio !== '21:9');

/** SPEC 2: `images` takes up to 14 references. */
export const MAX_REFERENCE_IMAGES = 14;

// Credits: SPEC 4, from the providers' price pages (docs/pricing.md).
export const BUILT_IN_MODELS: readonly ModelSpec[] = [
  {
    id: 'gpt-image-2',
    family: 'gpt-image',
    aliases: [],
    tiers: ['1K', '2K', '4K'],
    pixels1K: {},
    maxImages: MAX_REFERENCE_IMAGES,
    providers: {},
    credits: {
      '1K': { low: 1, medium: 4, high: 14 },
      '2K': { low: 2, medium: 17, high: 67 },
      '4K': { low: 4, medium: 34, high: 133 },
    },
  },
  {
    id: 'gemini-3-pro-image',
    family: 'gemini',
    aliases: ['gemini-3-pro-image-preview'],
    tiers: ['1K', '2K', '4K'],
    pixels1K: GEMINI_3_COMMON_PIXELS_1K,
    maxImages: 14,
    providers: {},
    credits: { '1K': 8, '2K': 8, '4K': 16 },
  },
  {
    id: 'gemini-3.1-flash-image',
    family: 'gemini',
    aliases: ['gemini-3.1-flash-image-preview'],
    tiers: ['512', '1K', '2K', '4K'],
    pixels1K: GEMINI_3_PIXELS_1K,
    maxImages: 14,
    providers: { nanobanana: { maxImages: 10 } },
    credits: { '512': 4, '1K': 4, '2K': 6, '4K': 8 },
  },
  {
    id: 'gemini-3.1-flash-lite-image',
    family: 'gemini',
    aliases: [],
    tiers: ['1K'],
    pixels1K: GEMINI_3_COMMON_PIXELS_1K,
    maxImages: 1,
    providers: {},
    credits: { '1K': 2 },
  },
  {
    id: 'gemini-2.5-flash-image',
    family: 'gemini',
    aliases: [],
    tiers: ['1K'],
    pixels1K: GEMINI_2_5_FLASH_PIXELS_1K,
    maxImages: 3,
    providers: { nanobanana: { ratios: withoutUltrawide(GEMINI_2_5_FLASH_PIXELS_1K) } },
    credits: { '1K': 2 },
    note: 'shut down by Google in October 2026; kept for gateways that still serve it',
  },
];

export const BUILT_IN_MODEL_IDS: readonly ModelId[] = BUILT_IN_MODELS.map((model) => model.id);

/** SPEC 2: the default chain, gpt-image-2 first, then the Gemini models. */
export const DEFAULT_MODEL: ModelId = 'gpt-image-2';
export const DEFAULT_FALLBACK: readonly ModelId[] = [
  'gemini-3-pro-image',
  'gemini-3.1-flash-image',
];

/** A model as it is on the run's provider: the provider's limits already applied. */
export interface ProviderModel extends ModelSpec {
  provider: string;
  /** The ratios it is sent with on this provider, in the model's order. */
  ratios: readonly string[];
}

export class UnknownModelError extends Error {
  override readonly name = 'UnknownModelError';
  constructor(readonly model: string) {
    super(
      `model ${model} is not built in and not declared under models: (built in: ${BUILT_IN_MODEL_IDS.join(', ')})`,
    );
  }
}

/**
 * The models of one run: the built-in entries merged with the manifest's, seen on the run's
 * provider. An id is found under its own name or any of its aliases.
 */
export class ModelRegistry {
  private readonly byId = new Map<string, ModelSpec>();

  constructor(
    models: readonly ModelSpec[],
    /** The run's provider: its per-model limits apply. */
    readonly provider: string,
  ) {
    for (const model of models) this.byId.set(model.id, model);
    for (const model of models) {
      for (const alias of model.aliases) if (!this.byId.has(alias)) this.byId.set(alias, model);
    }
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The model under this id or alias, on the run's provider; throws UnknownModelError. */
  get(id: string): ProviderModel {
    const model = this.byId.get(id);
    if (!model) throw new UnknownModelError(id);
    const limits = model.providers[this.provider] ?? {};
    const ratios = Object.keys(model.pixels1K);
    return {
      ...model,
      provider: this.provider,
      maxImages: Math.min(model.maxImages, limits.maxImages ?? model.maxImages),
      ratios: limits.ratios ? ratios.filter((ratio) => limits.ratios!.includes(ratio)) : ratios,
    };
  }

  /** Every model, in registry order (built in first). */
  models(): ModelSpec[] {
    return [...new Set(this.byId.values())];
  }

  /** The ids to try for a model, in order: its own, then its aliases (SPEC 6). */
  idsOf(id: string): string[] {
    const model = this.get(id);
    return [model.id, ...model.aliases];
  }
}

/** The registry with only the built-in models (tests, and runs whose manifest adds none). */
export function builtInRegistry(provider = 'nanobanana'): ModelRegistry {
  return new ModelRegistry(BUILT_IN_MODELS, provider);
}

/**
 * Whether a model can take an asset on the run's provider: its reference images within the
 * model's limit there (SPEC 3: a model that cannot is skipped, with this note in the report).
 */
export function modelAccepts(
  model: ProviderModel,
  asset: { images: readonly unknown[] },
): { ok: true } | { ok: false; note: string } {
  const count = asset.images.length;
  if (count <= model.maxImages) return { ok: true };
  const most = `${model.maxImages} reference image${model.maxImages === 1 ? '' : 's'}`;
  return {
    ok: false,
    note: `${model.id} takes at most ${most} on ${model.provider}, the asset has ${count}: skipped`,
  };
}
