// Size rules per model: gpt-image-2 takes WIDTHxHEIGHT within published limits, Gemini image
// models take an aspect ratio and a resolution tier (SPEC §3).
import type { ModelId } from './models.js';

export interface Dimensions {
  width: number;
  height: number;
}
export type SizeSpec = 'auto' | Dimensions;
export type GeminiTier = '512' | '1K' | '2K' | '4K';
/** gpt-image-2 price tier, by the output's long edge. */
export type PriceTier = '1K' | '2K' | '4K';

export const GPT_IMAGE_2_PRESETS: readonly string[] = [
  '1024x1024',
  '1536x1024',
  '1024x1536',
  '2048x2048',
  '2048x1152',
  '3840x2160',
  '2160x3840',
  'auto',
];

const EDGE_STEP = 16;
const MAX_EDGE = 3840;
const MAX_ASPECT = 3;
const MIN_PIXELS = 655_360;
const MAX_PIXELS = 8_294_400;

/** 'auto' or WIDTHxHEIGHT with positive integers; undefined for anything else. */
export function parseSize(text: string): SizeSpec | undefined {
  if (text === 'auto') return 'auto';
  const match = /^([1-9]\d*)x([1-9]\d*)$/.exec(text);
  if (!match) return undefined;
  return { width: Number(match[1]), height: Number(match[2]) };
}

export function formatSize(size: SizeSpec): string {
  return size === 'auto' ? 'auto' : `${size.width}x${size.height}`;
}

export type SizeRule =
  | 'multiple-of-16'
  | 'max-edge'
  | 'max-aspect-ratio'
  | 'min-pixels'
  | 'max-pixels';

export interface SizeRuleBreak {
  rule: SizeRule;
  message: string;
}

const formatCount = (count: number) => count.toLocaleString('en-US');

/** Every gpt-image-2 rule the size breaks; [] when it is valid. */
export function checkGptImage2Size({ width, height }: Dimensions): SizeRuleBreak[] {
  const breaks: SizeRuleBreak[] = [];
  const longEdge = Math.max(width, height);
  const shortEdge = Math.min(width, height);
  const pixels = width * height;
  const offGrid = Object.entries({ width, height })
    .filter(([, edge]) => edge % EDGE_STEP !== 0)
    .map(([name, edge]) => `${name} ${edge}`);
  if (offGrid.length > 0) {
    const verb = offGrid.length === 1 ? 'is not a multiple' : 'are not multiples';
    breaks.push({ rule: 'multiple-of-16', message: `${offGrid.join(' and ')} ${verb} of 16` });
  }
  if (longEdge > MAX_EDGE) {
    breaks.push({ rule: 'max-edge', message: `the long edge ${longEdge} is over ${MAX_EDGE}` });
  }
  if (longEdge > MAX_ASPECT * shortEdge) {
    breaks.push({
      rule: 'max-aspect-ratio',
      message: `the long edge ${longEdge} is more than ${MAX_ASPECT} times the short edge ${shortEdge}`,
    });
  }
  if (pixels < MIN_PIXELS) {
    breaks.push({
      rule: 'min-pixels',
      message: `${formatCount(pixels)} pixels is under the minimum ${formatCount(MIN_PIXELS)}`,
    });
  }
  if (pixels > MAX_PIXELS) {
    breaks.push({
      rule: 'max-pixels',
      message: `${formatCount(pixels)} pixels is over the maximum ${formatCount(MAX_PIXELS)}`,
    });
  }
  return breaks;
}

let validSizesCache: Dimensions[] | undefined;

/** Every valid custom gpt-image-2 size (about 20,000), built on first use. */
function validGptImage2Sizes(): Dimensions[] {
  if (!validSizesCache) {
    validSizesCache = [];
    for (let width = EDGE_STEP; width <= MAX_EDGE; width += EDGE_STEP) {
      for (let height = EDGE_STEP; height <= MAX_EDGE; height += EDGE_STEP) {
        if (checkGptImage2Size({ width, height }).length === 0) {
          validSizesCache.push({ width, height });
        }
      }
    }
  }
  return validSizesCache;
}

/**
 * The size the request most likely meant, ignoring the 16-pixel grid: the aspect ratio clamped
 * to 3:1 keeping the short edge, then scaled uniformly into the edge and pixel limits.
 */
function idealSize({ width, height }: Dimensions): Dimensions {
  const clampedWidth = Math.min(width, MAX_ASPECT * height);
  const clampedHeight = Math.min(height, MAX_ASPECT * width);
  const pixels = clampedWidth * clampedHeight;
  const scale =
    pixels < MIN_PIXELS
      ? Math.sqrt(MIN_PIXELS / pixels)
      : Math.min(
          1,
          MAX_EDGE / Math.max(clampedWidth, clampedHeight),
          Math.sqrt(MAX_PIXELS / pixels),
        );
  return { width: clampedWidth * scale, height: clampedHeight * scale };
}

// Off-ratio means cropping part of the picture away, off-scale only resizing it, so in the
// distance to the ideal size an aspect gap weighs four times a scale gap.
const ASPECT_WEIGHT = 4;

/**
 * The valid gpt-image-2 size nearest to the ideal size (see idealSize), measured on the log
 * scale so that gaps are relative; ties go to the smaller width, then the smaller height.
 */
export function nearestValidSize(size: Dimensions): Dimensions {
  const ideal = idealSize(size);
  const distance = (candidate: Dimensions) => {
    const widthGap = Math.log(candidate.width / ideal.width);
    const heightGap = Math.log(candidate.height / ideal.height);
    return Math.hypot(ASPECT_WEIGHT * (widthGap - heightGap), widthGap + heightGap);
  };
  let nearest = validGptImage2Sizes()[0]!;
  let nearestDistance = distance(nearest);
  for (const candidate of validGptImage2Sizes()) {
    const candidateDistance = distance(candidate);
    if (candidateDistance < nearestDistance) {
      nearest = candidate;
      nearestDistance = candidateDistance;
    }
  }
  return { ...nearest };
}

/** One sentence naming every rule the size breaks and the nearest valid size. */
export function describeInvalidSize(size: Dimensions): string {
  const breaks = checkGptImage2Size(size);
  if (breaks.length === 0) return `${formatSize(size)} is a valid gpt-image-2 size.`;
  const reasons = breaks.map((broken) => broken.message).join('; ');
  const suggestion = formatSize(nearestValidSize(size));
  return `${formatSize(size)} is not a valid gpt-image-2 size: ${reasons}; use ${suggestion} instead.`;
}

/** Long edge up to 1536 is 1K, up to 2048 is 2K, beyond is 4K; 'auto' is billed as 1K. */
export function priceTier(size: SizeSpec): PriceTier {
  if (size === 'auto') return '1K';
  const longEdge = Math.max(size.width, size.height);
  if (longEdge <= 1536) return '1K';
  if (longEdge <= 2048) return '2K';
  return '4K';
}

export const GEMINI_TIERS: readonly GeminiTier[] = ['512', '1K', '2K', '4K'];

// Google's tables list 512 at half of 1K, 2K at double and 4K at four times, for every ratio.
const TIER_SCALE: Record<GeminiTier, number> = { '512': 0.5, '1K': 1, '2K': 2, '4K': 4 };

const dimensions = (width: number, height: number): Dimensions => ({ width, height });

// 1K output of the Gemini 3 image models, from Google's Gemini API image-generation guide. Its
// 512 column gives 21:9 as 792x168, evidently a typo for 792x336 (half of 1584x672).
const GEMINI_3_PIXELS_1K: Record<string, Dimensions> = {
  '1:1': dimensions(1024, 1024),
  '2:3': dimensions(848, 1264),
  '3:2': dimensions(1264, 848),
  '3:4': dimensions(896, 1200),
  '4:3': dimensions(1200, 896),
  '4:5': dimensions(928, 1152),
  '5:4': dimensions(1152, 928),
  '9:16': dimensions(768, 1376),
  '16:9': dimensions(1376, 768),
  '21:9': dimensions(1584, 672),
  '1:4': dimensions(512, 2048),
  '4:1': dimensions(2048, 512),
  '1:8': dimensions(384, 3072),
  '8:1': dimensions(3072, 384),
};

// Gemini 2.5 Flash Image has its own (1K only) table in the same guide.
const GEMINI_2_5_FLASH_PIXELS_1K: Record<string, Dimensions> = {
  '1:1': dimensions(1024, 1024),
  '2:3': dimensions(832, 1248),
  '3:2': dimensions(1248, 832),
  '3:4': dimensions(864, 1184),
  '4:3': dimensions(1184, 864),
  '4:5': dimensions(896, 1152),
  '5:4': dimensions(1152, 896),
  '9:16': dimensions(768, 1344),
  '16:9': dimensions(1344, 768),
  '21:9': dimensions(1536, 672),
};

const GEMINI_COMMON_RATIOS = [
  '1:1',
  '2:3',
  '3:2',
  '3:4',
  '4:3',
  '4:5',
  '5:4',
  '9:16',
  '16:9',
  '21:9',
];

interface GeminiModelSizes {
  ratios: readonly string[];
  tiers: readonly GeminiTier[];
  pixels1K: Record<string, Dimensions>;
}

const GEMINI_MODEL_SIZES: Partial<Record<ModelId, GeminiModelSizes>> = {
  'gemini-3-pro-image-preview': {
    ratios: GEMINI_COMMON_RATIOS,
    tiers: ['1K', '2K', '4K'],
    pixels1K: GEMINI_3_PIXELS_1K,
  },
  'gemini-3.1-flash-image-preview': {
    ratios: [...GEMINI_COMMON_RATIOS, '1:4', '4:1', '1:8', '8:1'],
    tiers: GEMINI_TIERS,
    pixels1K: GEMINI_3_PIXELS_1K,
  },
  'gemini-2.5-flash-image': {
    ratios: GEMINI_COMMON_RATIOS,
    tiers: ['1K'],
    pixels1K: GEMINI_2_5_FLASH_PIXELS_1K,
  },
};

function geminiModelSizes(model: ModelId): GeminiModelSizes {
  const sizes = GEMINI_MODEL_SIZES[model];
  if (!sizes) throw new RangeError(`${model} is not a Gemini image model`);
  return sizes;
}

export function geminiRatios(model: ModelId): readonly string[] {
  return geminiModelSizes(model).ratios;
}

export function geminiTiers(model: ModelId): readonly GeminiTier[] {
  return geminiModelSizes(model).tiers;
}

export interface GeminiTarget {
  ratio: string;
  tier: GeminiTier;
  pixels: Dimensions;
}

/**
 * The pixels Google documents for a ratio at a tier. The Gemini 3 models share one table (used
 * when no model is given); with a model, the ratio and tier must be ones it offers.
 */
export function geminiPixels(ratio: string, tier: GeminiTier, model?: ModelId): Dimensions {
  const sizes = model ? geminiModelSizes(model) : undefined;
  const base = (sizes?.pixels1K ?? GEMINI_3_PIXELS_1K)[ratio];
  const offered = !sizes || (sizes.ratios.includes(ratio) && sizes.tiers.includes(tier));
  if (!base || !offered) {
    throw new RangeError(`no Gemini output size for ratio ${ratio} at tier ${tier}`);
  }
  const scale = TIER_SCALE[tier];
  return dimensions(base.width * scale, base.height * scale);
}

const logAspect = ({ width, height }: Dimensions) => Math.log(width / height);

function ratioDimensions(ratio: string): Dimensions {
  const [width, height] = ratio.split(':').map(Number);
  return dimensions(width!, height!);
}

/**
 * What to ask a Gemini model for: the ratio nearest the request (in log space, so 2:1 and 1:2
 * are equally far from 1:1) and the smallest tier whose long edge covers the requested long
 * edge, capped at the model's largest. 'auto' is 1:1 at the smallest tier of at least 1K.
 */
export function geminiTarget(model: ModelId, size: SizeSpec): GeminiTarget {
  const { ratios, tiers } = geminiModelSizes(model);
  const target = (ratio: string, tier: GeminiTier): GeminiTarget => ({
    ratio,
    tier,
    pixels: geminiPixels(ratio, tier, model),
  });
  if (size === 'auto') return target('1:1', tiers.find((tier) => TIER_SCALE[tier] >= 1)!);

  const aspectGap = (ratio: string) =>
    Math.abs(logAspect(ratioDimensions(ratio)) - logAspect(size));
  const ratio = ratios.reduce((best, next) => (aspectGap(next) < aspectGap(best) ? next : best));
  const longEdge = Math.max(size.width, size.height);
  const covers = (tier: GeminiTier) => {
    const pixels = geminiPixels(ratio, tier, model);
    return Math.max(pixels.width, pixels.height) >= longEdge;
  };
  return target(ratio, tiers.find(covers) ?? tiers.at(-1)!);
}

/**
 * Whether an image's aspect ratio is within `tolerance` (relative) of the expected one. The
 * default 5% lets through the small drift of real outputs from Google's table yet rejects the
 * nearest neighbouring ratio (5:4 against 4:3 is 6.7% apart).
 */
export function isAspectClose(actual: Dimensions, expected: Dimensions, tolerance = 0.05): boolean {
  return Math.abs(logAspect(actual) - logAspect(expected)) <= Math.log1p(tolerance);
}
