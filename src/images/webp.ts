// WebP through libwebp compiled to WebAssembly (@jsquash/webp's Emscripten builds). codec.ts
// imports this module only when a WebP is decoded or encoded, so the bundle keeps it, with
// the .wasm bytes, in a chunk of its own, and each codec is compiled on first use only.
//
// The bytes are imported (esbuild's binary loader; a vitest plugin in tests) rather than
// fetched by the Emscripten glue, which looks for them beside itself: there is no
// node_modules beside the bundle. We call the glue's factories, not @jsquash/webp's
// encode/decode wrappers, because those keep one instance for good, and a WebAssembly
// memory never shrinks: after one 4K encode it would hold ~270 MB for the rest of the run.
// Here each image gets a fresh instance (a few ms), garbage-collected with its memory after.

import decoderFactory from '@jsquash/webp/codec/dec/webp_dec.js';
import decoderWasm from '@jsquash/webp/codec/dec/webp_dec.wasm';
import encoderFactory from '@jsquash/webp/codec/enc/webp_enc_simd.js';
import encoderWasm from '@jsquash/webp/codec/enc/webp_enc_simd.wasm';
import { defaultOptions, type EncodeOptions } from '@jsquash/webp/meta.js';
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

// Where there is no ImageData, the glue defines one inside its factory, and that global class
// would keep the first instance, memory and all, alive for good. Ours keeps nothing.
(globalThis as { ImageData?: unknown }).ImageData ??= class ImageData {
  constructor(
    readonly data: Uint8ClampedArray,
    readonly width: number,
    readonly height: number,
  ) {}
};

let decoder: WebAssembly.Module | undefined;
let encoder: WebAssembly.Module | undefined;

export async function decodeWebp(bytes: Uint8Array): Promise<Raster> {
  decoder ??= new WebAssembly.Module(decoderWasm);
  const image = (await instantiate<Decoder>(decoderFactory, decoder)).decode(bytes);
  if (!image) throw new Error('libwebp could not decode it');
  // A copy made by the glue, not a view of the instance's memory.
  const { width, height, data } = image;
  return { width, height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
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

type EmscriptenFactory = (options: {
  noInitialRun: boolean;
  instantiateWasm: (imports: object, done: (instance: WebAssembly.Instance) => void) => object;
}) => Promise<unknown>;

/** A new instance of a compiled codec, ready to use. */
async function instantiate<Codec>(factory: unknown, module: WebAssembly.Module): Promise<Codec> {
  return (await (factory as EmscriptenFactory)({
    noInitialRun: true,
    instantiateWasm(imports, done) {
      const instance = new WebAssembly.Instance(module, imports);
      done(instance);
      return instance.exports;
    },
  })) as Codec;
}
