import { describe, expect, it } from 'vitest';
import { readImageHeader, sniffFormat } from '../../src/images/format.js';
import { encoded, expectCheckError, FORMATS } from './samples.js';

const riff = (chunk: string, payload: number[]) => {
  const body = Buffer.concat([Buffer.from(`WEBP${chunk}`), Buffer.alloc(4), Buffer.from(payload)]);
  const head = Buffer.alloc(8);
  head.write('RIFF');
  head.writeUInt32LE(body.length, 4);
  return Buffer.concat([head, body]);
};

describe('readImageHeader', () => {
  it.each(FORMATS)('reads format and size of a real %s', async (format) => {
    const bytes = await encoded({ width: 123, height: 45 }, format);
    expect(sniffFormat(bytes)).toBe(format);
    expect(readImageHeader(bytes)).toEqual({ format, width: 123, height: 45 });
  });

  it('finds a JPEG frame header behind a large APP segment', async () => {
    const jpeg = await encoded({ width: 40, height: 30 }, 'jpeg');
    const app1 = Buffer.alloc(4 + 60_000);
    app1.writeUInt16BE(0xffe1, 0);
    app1.writeUInt16BE(60_002, 2);
    const bytes = Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
    expect(readImageHeader(bytes)).toEqual({ format: 'jpeg', width: 40, height: 30 });
    const prefix = expectCheckError(() => readImageHeader(bytes.subarray(0, 4096)), 'truncated');
    expect(prefix).toMatch(/truncated/);
  });

  it('reads lossless (VP8L) and extended (VP8X) WebP headers', () => {
    // VP8L: signature 0x2f, then 14 bits width-1 and 14 bits height-1.
    const bits = (300 - 1) | ((200 - 1) << 14);
    const lossless = riff('VP8L', [
      0x2f,
      bits & 255,
      (bits >> 8) & 255,
      (bits >> 16) & 255,
      bits >>> 24,
      0,
      0,
      0,
      0,
      0,
    ]);
    expect(readImageHeader(lossless)).toEqual({ format: 'webp', width: 300, height: 200 });
    // VP8X: flags, 3 reserved bytes, 24-bit width-1, 24-bit height-1.
    const extended = riff('VP8X', [0, 0, 0, 0, 0xbf, 0x0f, 0, 0x6f, 0x08, 0]);
    expect(readImageHeader(extended)).toEqual({ format: 'webp', width: 4032, height: 2160 });
  });

  it('refuses empty, unknown, cut and absurd headers', async () => {
    expectCheckError(() => readImageHeader(new Uint8Array()), 'empty');
    expectCheckError(() => readImageHeader(Buffer.from('<html>Not found</html>')), 'not-an-image');
    expectCheckError(() => readImageHeader(Buffer.from('{"error":"x"}')), 'not-an-image');
    const png = await encoded({ width: 8, height: 8 }, 'png');
    expectCheckError(() => readImageHeader(png.subarray(0, 20)), 'truncated');
    const huge = Buffer.from(png);
    huge.writeUInt32BE(100_000, 16);
    huge.writeUInt32BE(100_000, 20);
    expectCheckError(() => readImageHeader(huge), 'too-large');
    const empty = Buffer.from(png);
    empty.writeUInt32BE(0, 16);
    expectCheckError(() => readImageHeader(empty), 'corrupt');
  });
});

describe('readImageHeader, small and unusual files', () => {
  it('reads a 1x1 lossless WebP of 28 bytes (cwebp -lossless -exact, one transparent pixel)', () => {
    const tiny = Buffer.from(
      '524946461400000057454250565038' + '4c080000002f00000010888808',
      'hex',
    );
    expect(tiny.length).toBe(28);
    expect(readImageHeader(tiny)).toEqual({ format: 'webp', width: 1, height: 1 });
  });

  it('refuses JPEGs a decoder would misread: arithmetic, lossless, 12-bit, CMYK', async () => {
    const jpeg = Buffer.from(await encoded({ width: 16, height: 16 }, 'jpeg'));
    const frame = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    const variant = (at: number, value: number) => {
      const copy = Buffer.from(jpeg);
      copy[at] = value;
      return copy;
    };
    const messages = [
      variant(frame + 1, 0xc9), // SOF9
      variant(frame + 1, 0xc3), // SOF3
      variant(frame + 4, 12), // sample precision
      variant(frame + 9, 4), // component count
    ].map((bytes) => expectCheckError(() => readImageHeader(bytes), 'unsupported'));
    expect(messages).toEqual([
      'arithmetic-coded JPEG is not supported',
      'lossless JPEG is not supported',
      '12-bit JPEG is not supported (8 bits a sample only)',
      'CMYK (4 components) JPEG is not supported (grey or RGB only)',
    ]);
  });
});
