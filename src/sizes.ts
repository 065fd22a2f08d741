// Size rules per family: gpt-image-2 takes WIDTHxHEIGHT within published limits, Gemini image
// models take an aspect ratio and a resolution tier (SPEC §3), from the model registry's data.

import type { ModelSpec, ProviderModel, Tier } from './models/registry.js';
import type { Quality } from './models.js';

export interface Dimensions {
  width: number;
  height: number;
}
export type SizeSpec = 'auto' | Dimensions;
/** A Gemini resolution tier (the registry's tiers). */
export type GeminiTier = Tier;
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

// Google's tables list 512 at half of 1K, 2K at double and 4K at four times, for every ratio.
const TIER_SCALE: Record<Tier, number> = { '512': 0.5, '1K': 1, '2K': 2, '4K': 4 };

/** What the model is asked for, in its family's size vocabulary. */
export type ModelTarget =
  | { family: 'gpt-image'; size: Dimensions | 'auto'; quality: Quality }
  | { family: 'gemini'; ratio: string; tier: Tier; pixels: Dimensions };

export interface GeminiTarget {
  ratio: string;
  tier: Tier;
  pixels: Dimensions;
}

/** The pixels Google documents for one of the model's ratios at one of its tiers. */
export function geminiPixels(model: ModelSpec, ratio: string, tier: Tier): Dimensions {
  const base = Object.hasOwn(model.pixels1K, ratio) ? model.pixels1K[ratio] : undefined;
  if (!base || !model.tiers.includes(tier)) {
    throw new RangeError(`${model.id} has no output size for ratio ${ratio} at tier ${tier}`);
  }
  const scale = TIER_SCALE[tier];
  return { width: base.width * scale, height: base.height * scale };
}

const logAspect = ({ width, height }: Dimensions) => Math.log(width / height);

function ratioDimensions(ratio: string): Dimensions {
  const [width, height] = ratio.split(':').map(Number);
  return { width: width!, height: height! };
}

/**
 * What to ask a Gemini model for on the run's provider: the ratio nearest the request among
 * those it takes there (in log space, so 2:1 and 1:2 are equally far from 1:1) and the
 * smallest tier whose long edge covers the requested long edge, capped at the model's
 * largest. 'auto' is 1:1 (else its first ratio) at the smallest tier of at least 1K.
 */
export function geminiTarget(model: ProviderModel, size: SizeSpec): GeminiTarget {
  const { ratios, tiers } = model;
  const target = (ratio: string, tier: Tier): GeminiTarget => ({
    ratio,
    tier,
    pixels: geminiPixels(model, ratio, tier),
  });
  if (ratios.length === 0 || tiers.length === 0) {
    throw new RangeError(`${model.id} has no ratio or tier on ${model.provider}`);
  }
  const firstTier = tiers.find((tier) => TIER_SCALE[tier] >= 1) ?? tiers.at(-1)!;
  if (size === 'auto') return target(ratios.includes('1:1') ? '1:1' : ratios[0]!, firstTier);

  const aspectGap = (ratio: string) =>
    Math.abs(logAspect(ratioDimensions(ratio)) - logAspect(size));
  const ratio = ratios.reduce((best, next) => (aspectGap(next) < aspectGap(best) ? next : best));
  const longEdge = Math.max(size.width, size.height);
  const covers = (tier: Tier) => {
    const pixels = geminiPixels(model, ratio, tier);
    return Math.max(pixels.width, pixels.height) >= longEdge;
  };
  return target(ratio, tiers.find(covers) ?? tiers.at(-1)!);
}

/**
 * The request for one attempt (SPEC 3): gpt-image gets the manifest's size and quality, a
 * Gemini model its ratio and tier. Pricing reads the tier from here too (SPEC 4).
 */
export function requestTarget(model: ProviderModel, size: SizeSpec, quality: Quality): ModelTarget {
  if (model.family === 'gpt-image') return { family: 'gpt-image', size, quality };
  return { family: 'gemini', ...geminiTarget(model, size) };
}

/** The tier a target is billed at: gpt-image by its long edge, Gemini at the tier requested. */
export function targetTier(target: ModelTarget): Tier {
  return target.family === 'gemini' ? target.tier : priceTier(target.size);
}

/**
 * Whether an image's aspect ratio is within `tolerance` (relative) of the expected one. The
 * default 5% lets through the small drift of real outputs from Google's table yet rejects the
 * nearest neighbouring ratio (5:4 against 4:3 is 6.7% apart).
 */
export function isAspectClose(actual: Dimensions, expected: Dimensions, tolerance = 0.05): boolean {
  return Math.abs(logAspect(actual) - logAspect(expected)) <= Math.log1p(tolerance);
}
