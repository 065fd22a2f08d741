// Bytes to pixels and back, for the three formats asset-forge writes.
import type { ImageFormat } from '../models.js';
import type { Dimensions } from '../sizes.js';
import { ImageCheckError } from './errors.js';
import { decodeJpeg, encodeJpeg } from './jpeg.js';
import { decodePng, decodePngResized, encodePng } from './png.js';
import type { Raster } from './raster.js';
import { resizeRaster } from './resize.js';

// Loaded on first use: it carries the WebAssembly codecs.
const webp = () => import('./webp.js');

/** A decoder's failure is the image's fault: an ImageCheckError, like a failed verification. */
export async function decodeImage(bytes: Uint8Array, format: ImageFormat): Promise<Raster> {
  try {
    if (format === 'png') return await decodePng(bytes);
    if (format === 'jpeg') return decodeJpeg(bytes);
    return await (await webp()).decodeWebp(bytes);
  } catch (error) {
    throw asCheckError(error, format);
  }
}

function asCheckError(error: unknown, format: ImageFormat): ImageCheckError {
  if (error instanceof ImageCheckError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new ImageCheckError('corrupt', `the ${format} image does not decode: ${reason}`);
}

/**
 * The image decoded and centre-cropped and resized to exactly `size`, in one go: a common PNG
 * goes into the resizer row by row as it inflates, never whole (scanlines or RGBA).
 */
export async function decodeResized(
  bytes: Uint8Array,
  format: ImageFormat,
  size: Dimensions,
): Promise<Raster> {
  if (format === 'png') {
    try {
      const resized = await decodePngResized(bytes, size);
      if (resized) return resized;
    } catch (error) {
      throw asCheckError(error, format);
    }
  }
  return resizeRaster(await decodeImage(bytes, format), size);
}

export async function encodeImage(raster: Raster, format: ImageFormat): Promise<Buffer> {
  if (format === 'png') return encodePng(raster);
  if (format === 'jpeg') return encodeJpeg(raster);
  return (await webp()).encodeWebp(raster);
}
