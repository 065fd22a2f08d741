// Test images: seeded, photo-like rasters and their bytes in every format.
import { crc32, deflateSync } from 'node:zlib';
import { expect } from 'vitest';
import { encodeImage } from '../../src/images/codec.js';
import { ImageCheckError } from '../../src/images/errors.js';
import { createRaster, type Raster } from '../../src/images/raster.js';
import type { ImageFormat } from '../../src/models.js';
import type { Dimensions } from '../../src/sizes.js';
import { seededRandom } from '../seeded-random.js';

/** Smooth gradients with a little noise; `alpha` makes the left half fade out. */
export function photo(size: Dimensions, { seed = 1, alpha = false } = {}): Raster {
  const raster = createRaster(size);
  const random = seededRandom(seed);
  const { width, height, data } = raster;
  for (let y = 0, i = 0; y < height; y++) {
    for (let x = 0; x < width; x++, i += 4) {
      data[i] = 128 + 100 * Math.sin(x / 37 + y / 53) + random() * 6;
      data[i + 1] = 128 + 100 * Math.cos(y / 29) * Math.sin(x / 41);
      data[i + 2] = (255 * (x + y)) / (width + height);
      data[i + 3] = alpha && x < width / 2 ? (510 * x) / width : 255;
    }
  }
  return raster;
}

export function solid(size: Dimensions, rgba: [number, number, number, number]): Raster {
  const raster = createRaster(size);
  for (let i = 0; i < raster.data.length; i += 4) raster.data.set(rgba, i);
  return raster;
}

export const encoded = (size: Dimensions, format: ImageFormat, seed = 1) =>
  encodeImage(photo(size, { seed }), format);

export const FORMATS: ImageFormat[] = ['png', 'jpeg', 'webp'];

/** Mean absolute difference per channel, 0-255. */
export function meanError(a: Raster, b: Raster): number {
  let total = 0;
  for (let i = 0; i < a.data.length; i++) total += Math.abs(a.data[i]! - b.data[i]!);
  return total / a.data.length;
}

export const pixel = ({ width, data }: Raster, x: number, y: number) =>
  Array.from(data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4));

/** Runs `action`, expects an ImageCheckError for `reason`, and returns its message. */
export function expectCheckError(action: () => unknown, reason: ImageCheckError['reason']): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ImageCheckError);
    expect((error as ImageCheckError).reason).toBe(reason);
    return (error as ImageCheckError).message;
  }
  throw new Error(`expected an ImageCheckError (${reason})`);
}

const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** A PNG chunk: its length, type, data and CRC. */
export function pngChunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body, crc32(head.subarray(4))));
  return Buffer.concat([head, body, crc]);
}

/** An Adam7-interlaced RGBA PNG, which neither our encoder nor pngjs writes. */
export function interlacedPng(raster: Raster): Buffer {
  const { width, height, data } = raster;
  const rows: number[] = [];
  for (const [x0, y0, dx, dy] of ADAM7) {
    if (x0 >= width) continue; // an empty pass has no rows at all
    for (let y = y0; y < height; y += dy) {
      rows.push(0);
      for (let x = x0; x < width; x += dx)
        rows.push(...data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4));
    }
  }
  const header = Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 8, 6, 0, 0, 1]);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.from(rows))),
    pngChunk('IEND', new Uint8Array()),
  ]);
}
