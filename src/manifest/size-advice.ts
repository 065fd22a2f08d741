// What to do about a size gpt-image-2 cannot make. A common web size (1920x1080, 1200x630,
// 800x600) has a valid size of exactly its shape that is at least as large: generate that and
// keep the asked size as a rendition (resized locally, no crop, no credits), as docs/sizes.md
// advises. Otherwise the nearest valid size of the same aspect ratio.
import { checkGptImage2Size, type Dimensions, formatSize, nearestValidSize } from '../sizes.js';

const MAX_EDGE = 3840;

/** The smallest valid size of exactly `size`'s shape that is at least as large, if any. */
export function sameShapeMaster({ width, height }: Dimensions): Dimensions | undefined {
  const divisor = gcd(width, height);
  const [a, b] = [width / divisor, height / divisor];
  for (let m = Math.max(1, Math.ceil(width / a)); Math.max(a, b) * m <= MAX_EDGE; m++) {
    const candidate = { width: a * m, height: b * m };
    if (checkGptImage2Size(candidate).length === 0) return candidate;
  }
  return undefined;
}

export function invalidSizeFix(size: Dimensions): string {
  const master = sameShapeMaster(size);
  if (!master) {
    return `use ${formatSize(nearestValidSize(size))}, the nearest valid size with the same aspect ratio`;
  }
  const asked = formatSize(size);
  return `use ${formatSize(master)} (the same shape) and add ${asked} as a rendition, resized from it at no extra credits: renditions: [{ out: <file>, size: ${asked} }]`;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
