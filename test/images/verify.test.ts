import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImageCheckError } from '../../src/images/errors.js';
import { verifyImageBytes, verifyImageFile } from '../../src/images/verify.js';
import { seededRandom } from '../seeded-random.js';
import { encoded, expectCheckError, FORMATS, pngChunk } from './samples.js';

const size = { width: 96, height: 64 };
let tempDir: string;
beforeAll(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'verify-'));
});
afterAll(() => rm(tempDir, { recursive: true, force: true }));

describe.each(FORMATS)('a %s image', (format) => {
  it('passes with its exact size, its aspect, or any size', async () => {
    const bytes = await encoded(size, format);
    const header = { format, ...size };
    expect(verifyImageBytes(bytes, { exact: size })).toEqual(header);
    expect(verifyImageBytes(bytes, { aspect: { width: 3, height: 2 } })).toEqual(header);
    expect(verifyImageBytes(bytes, { any: true })).toEqual(header);
  });

  it('is refused when cut short anywhere', async () => {
    const bytes = await encoded(size, format);
    const random = seededRandom(7);
    const cuts = [
      16,
      bytes.length - 1,
      ...Array.from({ length: 40 }, () => 16 + Math.floor(random() * (bytes.length - 16))),
    ];
    for (const cut of cuts) {
      expectCheckError(
        () => verifyImageBytes(bytes.subarray(0, cut), { exact: size }),
        'truncated',
      );
    }
  });

  it('is refused at the wrong size or aspect, saying what it got', async () => {
    const bytes = await encoded(size, format);
    const message = expectCheckError(
      () => verifyImageBytes(bytes, { exact: { width: 64, height: 64 } }),
      'wrong-dimensions',
    );
    expect(message).toBe('the image is 96x64, 64x64 expected');
    expectCheckError(
      () => verifyImageBytes(bytes, { aspect: { width: 16, height: 9 } }),
      'wrong-aspect',
    );
  });
});

describe('verifyImageBytes', () => {
  it("accepts Gemini's own drift from the ratio it was asked for", async () => {
    const bytes = await encoded({ width: 1376, height: 768 }, 'png'); // Gemini's 16:9 at 1K
    expect(verifyImageBytes(bytes, { aspect: { width: 16, height: 9 } }).width).toBe(1376);
  });

  it('refuses empty input and bytes that are no image', () => {
    expectCheckError(() => verifyImageBytes(Buffer.alloc(0), { any: true }), 'empty');
    expectCheckError(
      () => verifyImageBytes(Buffer.from('{"code":1}'), { any: true }),
      'not-an-image',
    );
  });

  it('refuses a PNG with a damaged byte (CRC) and one whose data is short', async () => {
    const png = await encoded(size, 'png');
    const damaged = Buffer.from(png);
    damaged[60] = damaged[60]! ^ 0xff;
    expect(expectCheckError(() => verifyImageBytes(damaged, { any: true }), 'corrupt')).toMatch(
      /CRC/,
    );
    // A valid PNG of a smaller image, relabelled as larger: the data does not fill it.
    const short = Buffer.from(await encoded({ width: 96, height: 60 }, 'png'));
    short.writeUInt32BE(64, 20);
    const { crc32 } = await import('node:zlib');
    short.writeUInt32BE(crc32(short.subarray(12, 29)), 29);
    expect(expectCheckError(() => verifyImageBytes(short, { any: true }), 'corrupt')).toMatch(
      /expected/,
    );
  });

  it('refuses a JPEG without image data and an animated WebP', async () => {
    const jpeg = await encoded(size, 'jpeg');
    const bare = Buffer.from([0xff, 0xd8, 0xff, 0xd9]);
    expect(expectCheckError(() => verifyImageBytes(bare, { any: true }), 'corrupt')).toMatch(
      /frame/,
    );
    const headersOnly = Buffer.concat([
      jpeg.subarray(0, jpeg.indexOf(Buffer.from([0xff, 0xda]))),
      bare.subarray(2),
    ]);
    expect(expectCheckError(() => verifyImageBytes(headersOnly, { any: true }), 'corrupt')).toMatch(
      /no image data/,
    );
    const webp = Buffer.from(await encoded(size, 'webp'));
    const anim = Buffer.from('ANIM\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00', 'latin1');
    const animated = Buffer.concat([webp, anim]);
    animated.writeUInt32LE(animated.length - 8, 4);
    expectCheckError(() => verifyImageBytes(animated, { any: true }), 'unsupported');
  });
});

describe('verifyImageFile', () => {
  it('reads the file and returns its path with the header', async () => {
    const file = join(tempDir, 'ok.webp');
    await writeFile(file, await encoded(size, 'webp'));
    await expect(verifyImageFile(file, { exact: size })).resolves.toEqual({
      file,
      format: 'webp',
      ...size,
    });
  });

  it.each(FORMATS)(
    'refuses a %s whose structure is sound but whose pixels do not decode',
    async (format) => {
      const bytes = Buffer.from(await encoded({ width: 64, height: 64 }, format));
      // Every chunk or segment, length and checksum in place; the compressed data made noise.
      const damaged = {
        png: () => {
          // A row filter type past 4, in a zlib stream that inflates to the right length.
          const rows = Buffer.alloc(64 * (1 + 64 * 3), 7);
          const idat = deflateSync(rows);
          const head = Buffer.alloc(8);
          head.writeUInt32BE(idat.length);
          head.write('IDAT', 4, 'latin1');
          const crc = Buffer.alloc(4);
          crc.writeUInt32BE(crc32(idat, crc32(head.subarray(4))));
          const ihdr = Buffer.from(bytes.subarray(0, 33));
          ihdr[25] = 2; // RGB
          ihdr.writeUInt32BE(crc32(ihdr.subarray(12, 29)), 29);
          return Buffer.concat([ihdr, head, idat, crc, bytes.subarray(bytes.length - 12)]);
        },
        jpeg: () => {
          const scan = bytes.indexOf(Buffer.from([0xff, 0xda]));
          const dqt = bytes.indexOf(Buffer.from([0xff, 0xdb]));
          return Buffer.concat([
            bytes.subarray(0, dqt),
            bytes.subarray(dqt + 2 + bytes.readUInt16BE(dqt + 2), scan),
            bytes.subarray(scan),
          ]);
        },
        webp: () => {
          const copy = Buffer.from(bytes);
          for (let i = 40; i < copy.length - 4; i++) copy[i] = 0xff;
          return copy;
        },
      }[format]();
      expect(verifyImageBytes(damaged, { any: true }).format).toBe(format); // structure: sound
      const file = join(tempDir, `undecodable.${format}`);
      await writeFile(file, damaged);
      await expect(verifyImageFile(file, { any: true })).rejects.toMatchObject({
        name: 'ImageCheckError',
        reason: 'corrupt',
      });
    },
  );

  it('finds one unknown row filter far into a large image, in a row that spans inflated pieces', async () => {
    // 901x400 RGB: rows of 2,704 bytes, cut anywhere by the 256 KiB pieces the data inflates in.
    const width = 901;
    const height = 400;
    const rowLength = 1 + width * 3;
    const random = seededRandom(11);
    const rows = Buffer.alloc(rowLength * height);
    for (let i = 0; i < rows.length; i++) rows[i] = i % rowLength === 0 ? 0 : random() * 256;
    const png = (data: Buffer) => {
      const ihdr = Buffer.alloc(13);
      ihdr.writeUInt32BE(width, 0);
      ihdr.writeUInt32BE(height, 4);
      ihdr[8] = 8; // bit depth
      ihdr[9] = 2; // RGB
      const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      return Buffer.concat([
        signature,
        pngChunk('IHDR', ihdr),
        pngChunk('IDAT', deflateSync(data)),
        pngChunk('IEND', Buffer.alloc(0)),
      ]);
    };
    const sound = join(tempDir, 'sound-large.png');
    await writeFile(sound, png(rows));
    await expect(verifyImageFile(sound, { any: true })).resolves.toMatchObject({ width, height });
    for (const row of [97, 293, height - 1]) {
      const damaged = Buffer.from(rows);
      damaged[row * rowLength] = 5;
      const file = join(tempDir, `bad-filter-${row}.png`);
      await writeFile(file, png(damaged));
      await expect(verifyImageFile(file, { any: true }), `row ${row}`).rejects.toMatchObject({
        name: 'ImageCheckError',
        reason: 'corrupt',
      });
    }
  });

  it('rejects a truncated file with an ImageCheckError', async () => {
    const file = join(tempDir, 'cut.png');
    const png = await encoded(size, 'png');
    await writeFile(file, png.subarray(0, png.length - 20));
    await expect(verifyImageFile(file, { exact: size })).rejects.toBeInstanceOf(ImageCheckError);
  });
});
