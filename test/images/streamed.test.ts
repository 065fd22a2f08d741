// The memory-lean paths of the image step give the same answers as the plain ones: a PNG
// decoded row by row into the resizer (decodeResized), and the check that inflates a PNG's
// data on the thread pool in pieces (checkIntegrityAsync).
import { deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodeImage, decodeResized, encodeImage } from '../../src/images/codec.js';
import { checkIntegrity, checkIntegrityAsync } from '../../src/images/integrity.js';
import { pngChunks } from '../../src/images/png-chunks.js';
import { resizeRaster } from '../../src/images/resize.js';
import { photo, pngChunk } from './samples.js';

describe('decodeResized', () => {
  it.each([
    ['RGB', false],
    ['RGBA', true],
  ])('a %s PNG: the same pixels as decode, then crop and resize', async (_name, alpha) => {
    const png = await encodeImage(photo({ width: 330, height: 180 }, { alpha, seed: 3 }), 'png');
    for (const size of [
      { width: 160, height: 90 }, // down, crop the sides
      { width: 100, height: 100 }, // down, square crop
      { width: 500, height: 240 }, // up
    ]) {
      const plain = resizeRaster(await decodeImage(png, 'png'), size);
      const streamed = await decodeResized(png, 'png', size);
      expect(streamed.width).toBe(size.width);
      expect(streamed.height).toBe(size.height);
      expect(Buffer.from(streamed.data).equals(Buffer.from(plain.data))).toBe(true);
    }
  });

  it.each([
    ['RGB', false],
    ['RGBA', true],
  ])(
    'a %s PNG larger than the stream pieces: rows that span pieces and IDAT chunks',
    async (_name, alpha) => {
      // 901 pixels a row: rows of 2,704 or 3,605 bytes, which the 256 KiB pieces cut anywhere.
      const original = photo({ width: 901, height: 500 }, { alpha, seed: 5 });
      const png = await encodeImage(original, 'png');
      const idats = [...pngChunks(png)].filter((chunk) => chunk.type === 'IDAT');
      expect(idats.length).toBeGreaterThan(1);
      // pngjs, another decoder, reads what we wrote; ours reads it back, whole and resized.
      expect(Buffer.from(PNG.sync.read(png).data).equals(Buffer.from(original.data))).toBe(true);
      expect(
        Buffer.from((await decodeImage(png, 'png')).data).equals(Buffer.from(original.data)),
      ).toBe(true);
      const size = { width: 300, height: 300 };
      const resized = await decodeResized(png, 'png', size);
      expect(Buffer.from(resized.data).equals(Buffer.from(resizeRaster(original, size).data))).toBe(
        true,
      );
    },
  );

  it('a damaged PNG is an image check error, as with decode', async () => {
    const png = await encodeImage(photo({ width: 64, height: 64 }), 'png');
    const cut = png.subarray(0, png.length - 40);
    await expect(decodeResized(cut, 'png', { width: 32, height: 32 })).rejects.toMatchObject({
      name: 'ImageCheckError',
    });
  });
});

/** A 4x4 RGB PNG whose image data (split over two IDAT chunks) is `data`. */
function pngWith(data: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(4, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', data.subarray(0, 6)),
    pngChunk('IDAT', data.subarray(6)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('checkIntegrityAsync', () => {
  const rows = Buffer.alloc(4 * (1 + 4 * 3), 1);
  const cases: [string, Buffer, RegExp | undefined][] = [
    ['whole', deflateSync(rows), undefined],
    ['cut short', deflateSync(rows).subarray(0, 8), /does not inflate/],
    ['too little data', deflateSync(rows.subarray(0, 30)), /holds 30 bytes, 52 expected/],
    ['too much data (a bomb)', deflateSync(Buffer.alloc(100_000)), /does not inflate/],
    ['not zlib', Buffer.from('certainly not a zlib stream'), /does not inflate/],
  ];

  it.each(cases)(
    '%s: the same verdict as the check on the event loop',
    async (_name, data, error) => {
      const png = pngWith(data);
      const sync = (() => {
        try {
          checkIntegrity(png, 'png');
          return undefined;
        } catch (caught) {
          return caught as Error;
        }
      })();
      const async = await checkIntegrityAsync(png, 'png').then(
        () => undefined,
        (caught: Error) => caught,
      );
      if (!error) {
        expect(sync).toBeUndefined();
        expect(async).toBeUndefined();
        return;
      }
      expect(sync?.name).toBe('ImageCheckError');
      expect(async?.name).toBe('ImageCheckError');
      expect(async?.message).toMatch(error);
    },
  );
});
