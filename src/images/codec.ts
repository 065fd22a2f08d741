// Bytes to pixels and back, for the three formats asset-forge writes. Decoded pixels are as
// displayed and in sRGB: turned by their EXIF orientation, converted from their ICC profile.
import type { ImageFormat } from '../models.js';
import type { Dimensions } from '../sizes.js';
import { ImageCheckError } from './errors.js';
import { readImageHeader } from './format.js';
import { checkIntegrityAsync } from './integrity.js';
import { applyOrientation } from './orientation.js';
import { decodePng, decodePngResized, encodePng, pngDataDecodes } from './png.js';
import type { Raster } from './raster.js';
import { resizeRaster } from './resize.js';

// Loaded on first use: they carry the WebAssembly codecs.
const jpeg = () => import('./jpeg.js');
const webp = () => import('./webp.js');

/** A decoder's failure is the image's fault: an ImageCheckError, like a failed verification. */
export async function decodeImage(bytes: Uint8Array, format: ImageFormat): Promise<Raster> {
  const { orientation, toSrgb } = readImageHeader(bytes);
  const stored = await decodeStored(bytes, format);
  toSrgb?.(stored);
  return orientation ? applyOrientation(stored, orientation) : stored;
}

async function decodeStored(bytes: Uint8Array, format: ImageFormat): Promise<Raster> {
  try {
    if (format === 'png') return await decodePng(bytes);
    if (format === 'jpeg') return await (await jpeg()).decodeJpeg(bytes);
    return await (await webp()).decodeWebp(bytes);
  } catch (error) {
    throw asCheckError(error, format);
  }
}

/**
 * Throws an ImageCheckError unless every pixel decodes (with the whole-file checks of
 * integrity.ts done first). Returns the pixels (as decodeImage gives them) when they had to be
 * decoded whole, so the transform need not decode them again: a JPEG, a WebP, a rare PNG (its
 * data's length checked, then through pngjs). A common PNG is inflated once, on the thread
 * pool, held to its exact length and to known row filters (png.ts pngDataDecodes).
 */
export async function decodeInFull(
  bytes: Uint8Array,
  format: ImageFormat,
): Promise<Raster | undefined> {
  if (format === 'png') {
    try {
      if (await pngDataDecodes(bytes)) return undefined;
    } catch (error) {
      throw asCheckError(error, 'png');
    }
    await checkIntegrityAsync(bytes, format);
  }
  return decodeImage(bytes, format);
}

function asCheckError(error: unknown, format: ImageFormat): ImageCheckError {
  if (error instanceof ImageCheckError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new ImageCheckError('corrupt', `the ${format} image does not decode: ${reason}`);
}

async function pngResized(bytes: Uint8Array, size: Dimensions): Promise<Raster | undefined> {
  try {
    return await decodePngResized(bytes, size);
  } catch (error) {
    throw asCheckError(error, 'png');
  }
}

/**
 * The image decoded and centre-cropped and resized to exactly `size`, in one go: a common PNG
 * (upright, sRGB) goes into the resizer row by row as it inflates, never whole.
 */
export async function decodeResized(
  bytes: Uint8Array,
  format: ImageFormat,
  size: Dimensions,
): Promise<Raster> {
  const { orientation, toSrgb } = readImageHeader(bytes);
  if (format === 'png' && !orientation && !toSrgb) {
    const resized = await pngResized(bytes, size);
    if (resized) return resized;
  }
  return resizeRaster(await decodeImage(bytes, format), size);
}

export async function encodeImage(raster: Raster, format: ImageFormat): Promise<Buffer> {
  if (format === 'png') return encodePng(raster);
  if (format === 'jpeg') return (await jpeg()).encodeJpeg(raster);
  return (await webp()).encodeWebp(raster);
}
