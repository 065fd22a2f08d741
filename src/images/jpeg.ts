// JPEG: decoded by libjpeg-turbo's decoder (mozjpeg, through @jsquash/jpeg's WebAssembly
// build), which reads what libjpeg reads, Adobe RGB (APP14 transform 0) and progressive
// files included; encoded by jpeg-js (pure JS). codec.ts imports this module only when a JPEG
// is decoded or encoded: it carries the .wasm bytes. JPEG has no alpha: transparent pixels
// are laid on white, not left to show whatever colour the transparent pixels happened to keep.
import decoderFactory from '@jsquash/jpeg/codec/dec/mozjpeg_dec.js';
import decoderWasm from '@jsquash/jpeg/codec/dec/mozjpeg_dec.wasm';
import jpeg from 'jpeg-js';
import { instantiate, pixelsOf } from './emscripten.js';
import { createRaster, isOpaque, type Raster } from './raster.js';

const QUALITY = 90;

interface Decoder {
  /** The pixels as stored (false: the EXIF orientation is applied by orient.ts, for every format). */
  decode(
    data: Uint8Array,
    rotateByExif: false,
  ): { width: number; height: number; data: Uint8ClampedArray } | null;
}

let decoder: WebAssembly.Module | undefined;

/**
 * Throws with libjpeg's own words. A warning counts as a failure too: libjpeg warns about
 * damaged entropy data ("Corrupt JPEG data", "Premature end of JPEG file") and goes on with
 * made-up pixels, which would be written as if they were the image.
 */
export async function decodeJpeg(bytes: Uint8Array): Promise<Raster> {
  decoder ??= new WebAssembly.Module(decoderWasm);
  const messages: string[] = [];
  const codec = await instantiate<Decoder>(decoderFactory, decoder, messages);
  let image: ReturnType<Decoder['decode']>;
  try {
    image = codec.decode(bytes, false);
  } catch (error) {
    throw new Error(messages.join('; ') || (error as Error).message);
  }
  if (!image || messages.length > 0) throw new Error(messages.join('; ') || 'libjpeg failed');
  return { width: image.width, height: image.height, data: pixelsOf(image) };
}

export function encodeJpeg(raster: Raster): Buffer {
  return jpeg.encode(isOpaque(raster) ? raster : onWhite(raster), QUALITY).data;
}

function onWhite(raster: Raster): Raster {
  const flat = createRaster(raster);
  const { data } = raster;
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3]!;
    const white = 255 - alpha;
    for (let c = 0; c < 3; c++) flat.data[i + c] = (data[i + c]! * alpha + 255 * white + 127) / 255;
    flat.data[i + 3] = 255;
  }
  return flat;
}
