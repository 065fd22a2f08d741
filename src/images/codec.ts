// Bytes to pixels and back, for the three formats asset-forge writes.
import type { ImageFormat } from '../models.js';
import { ImageCheckError } from './errors.js';
import { decodeJpeg, encodeJpeg } from './jpeg.js';
import { decodePng, encodePng } from './png.js';
import type { Raster } from './raster.js';

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

export async function encodeImage(raster: Raster, format: ImageFormat): Promise<Buffer> {
  if (format === 'png') return encodePng(raster);
  if (format === 'jpeg') return encodeJpeg(raster);
  return (await webp()).encodeWebp(raster);
}
