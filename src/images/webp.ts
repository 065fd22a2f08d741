// WebP through libwebp compiled to WebAssembly (@jsquash/webp's Emscripten builds). codec.ts
// imports this module only when a WebP is decoded or encoded, so the bundle keeps it, with
// the .wasm bytes, in a chunk of its own, and each codec is compiled on first use only.
//
// Each image gets a fresh instance of the codec: see emscripten.ts.

import decoderFactory from '@jsquash/webp/codec/dec/webp_dec.js';
import decoderWasm from '@jsquash/webp/codec/dec/webp_dec.wasm';
import encoderFactory from '@jsquash/webp/codec/enc/webp_enc_simd.js';
import encoderWasm from '@jsquash/webp/codec/enc/webp_enc_simd.wasm';
import { defaultOptions, type EncodeOptions } from '@jsquash/webp/meta.js';
import { instantiate, pixelsOf } from './emscripten.js';
import type { Raster } from './raster.js';

// Quality 85 keeps detail in illustrations; method 2 of 0-6 encodes a 4K image ~2.5x faster
// than the default 4, for a file about 1% larger.
const ENCODE_OPTIONS: EncodeOptions = { ...defaultOptions, quality: 85, method: 2 };

interface Decoder {
  decode(data: Uint8Array): { width: number; height: number; data: Uint8ClampedArray } | null;
}
interface Encoder {
  encode(
    data: Uint8Array,
    width: number,
    height: number,
    options: EncodeOptions,
  ): Uint8Array | null;
}

let decoder: WebAssembly.Module | undefined;
let encoder: WebAssembly.Module | undefined;

export async function decodeWebp(bytes: Uint8Array): Promise<Raster> {
  decoder ??= new WebAssembly.Module(decoderWasm);
  const image = (await instantiate<Decoder>(decoderFactory, decoder)).decode(bytes);
  if (!image) throw new Error('libwebp could not decode it');
  return { width: image.width, height: image.height, data: pixelsOf(image) };
}

export async function encodeWebp({ width, height, data }: Raster): Promise<Buffer> {
  // Only the SIMD build is bundled: every Node this action supports runs WebAssembly SIMD.
  encoder ??= new WebAssembly.Module(encoderWasm);
  const bytes = (await instantiate<Encoder>(encoderFactory, encoder)).encode(
    data,
    width,
    height,
    ENCODE_OPTIONS,
  );
  if (!bytes) throw new Error('libwebp could not encode the image');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
