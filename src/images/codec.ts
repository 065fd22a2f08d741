// Bytes to pixels and back, for the three formats asset-forge writes.
import type { ImageFormat } from '../models.js';
import type { Dimensions } from '../sizes.js';
import { ImageCheckError } from './errors.js';
import { decodeJpeg, encodeJpeg } from './jpeg.js';
import { decodePng, decodePngRows, encodePng } from './png.js';
import type { Raster } from './raster.js';
import { type RowSource, resizeRaster, resizeRows } from './resize.js';

// Loaded on first use: it carries the WebAssembly codecs.
const webp = () => import('./webp.js');

/** A decoder's failure is the image's fault: an ImageCheckError, like a failed verification. */
export async function decodeImage(bytes: Uint8Array, format: ImageFormat): Promise<Raster> {
  try {
    if (format === 'png') return decodePng(bytes);
    if (format === 'jpeg') return decodeJpeg(bytes);
    return await (await webp()).decodeWebp(bytes);
  } catch (error) {
    if (error instanceof ImageCheckError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImageCheckError('corrupt', `the ${format} image does not decode: ${reason}`);
  }
}

/**
 * The image decoded and centre-cropped and resized to exactly `size`, in one go: a common PNG
 * goes row by row from its scanlines into the resizer, without its whole RGBA image.
 */
export async function decodeResized(
  bytes: Uint8Array,
  format: ImageFormat,
  size: Dimensions,
): Promise<Raster> {
  if (format === 'png') {
    let rows: RowSource | undefined;
    try {
      rows = decodePngRows(bytes);
    } catch (error) {
      if (error instanceof ImageCheckError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new ImageCheckError('corrupt', `the png image does not decode: ${reason}`);
    }
    if (rows && (rows.width !== size.width || rows.height !== size.height)) {
      return resizeRows(rows, size);
    }
  }
  return resizeRaster(await decodeImage(bytes, format), size);
}

export async function encodeImage(raster: Raster, format: ImageFormat): Promise<Buffer> {
  if (format === 'png') return encodePng(raster);
  if (format === 'jpeg') return encodeJpeg(raster);
  return (await webp()).encodeWebp(raster);
}
