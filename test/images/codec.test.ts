import { PNG, type PNGOptions } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodeImage, encodeImage } from '../../src/images/codec.js';
import { ImageCheckError } from '../../src/images/errors.js';
import { readImageHeader } from '../../src/images/format.js';
import type { Raster } from '../../src/images/raster.js';
import { verifyImageBytes } from '../../src/images/verify.js';
import { FORMATS, interlacedPng, meanError, photo, pixel, solid } from './samples.js';

const size = { width: 161, height: 97 }; // odd sizes catch stride and subsampling slips

describe.each(FORMATS)('%s', (format) => {
  it('round-trips real bytes at the same size and close colours', async () => {
    const original = photo(size);
    const bytes = await encodeImage(original, format);
    expect(readImageHeader(bytes)).toEqual({ format, ...size });
    const decoded = await decodeImage(bytes, format);
    expect({ width: decoded.width, height: decoded.height }).toEqual(size);
    expect(decoded.data.length).toBe(size.width * size.height * 4);
    expect(meanError(original, decoded)).toBeLessThan(format === 'png' ? 0.001 : 4);
  });

  it('refuses bytes that do not decode, as an ImageCheckError', async () => {
    const bytes = Buffer.from(await encodeImage(photo(size), format));
    bytes.fill(0x55, 40, bytes.length - 40);
    await expect(decodeImage(bytes, format)).rejects.toBeInstanceOf(ImageCheckError);
  });
});

describe('alpha', () => {
  it('PNG keeps transparency exactly', async () => {
    const original = photo(size, { alpha: true });
    expect(meanError(original, await decodeImage(await encodeImage(original, 'png'), 'png'))).toBe(
      0,
    );
  });

  it('WebP keeps transparency', async () => {
    const decoded = await decodeImage(
      await encodeImage(solid(size, [255, 0, 0, 0]), 'webp'),
      'webp',
    );
    expect(pixel(decoded, 10, 10)[3]).toBe(0);
  });

  it('JPEG lays transparent pixels on white', async () => {
    const decoded = await decodeImage(await encodeImage(solid(size, [0, 0, 0, 0]), 'jpeg'), 'jpeg');
    for (const channel of pixel(decoded, 50, 50)) expect(channel).toBeGreaterThan(250);
  });
});

describe('PNG from other encoders', () => {
  const withAlpha = photo(size, { alpha: true });
  const opaque = photo(size);
  const write = (raster: Raster, options: PNGOptions) =>
    PNG.sync.write(
      { width: raster.width, height: raster.height, data: Buffer.from(raster.data.buffer) } as PNG,
      options,
    );

  it.each([0, 1, 2, 3, 4])(
    'decodes RGB and RGBA rows filtered with filter %i exactly',
    async (filterType) => {
      expect(
        meanError(opaque, await decodeImage(write(opaque, { colorType: 2, filterType }), 'png')),
      ).toBe(0);
      expect(
        meanError(
          withAlpha,
          await decodeImage(write(withAlpha, { colorType: 6, filterType }), 'png'),
        ),
      ).toBe(0);
    },
  );

  it('decodes interlaced PNGs, and verifies their data length', async () => {
    for (const dimensions of [size, { width: 3, height: 1 }, { width: 1, height: 9 }]) {
      const raster = photo(dimensions, { alpha: true });
      const bytes = interlacedPng(raster);
      expect(verifyImageBytes(bytes, { exact: dimensions }).format).toBe('png');
      expect(meanError(raster, await decodeImage(bytes, 'png'))).toBe(0);
    }
  });

  it('decodes greyscale and 16-bit PNGs too', async () => {
    const grey = await decodeImage(write(opaque, { colorType: 0 }), 'png');
    expect(pixel(grey, 3, 3)[0]).toBe(pixel(grey, 3, 3)[1]);
    const wide = {
      ...withAlpha,
      data: new Uint8Array(Uint16Array.from(withAlpha.data, (v) => v * 257).buffer),
    };
    const sixteenBit = write(wide, { colorType: 6, bitDepth: 16 });
    expect(sixteenBit[24]).toBe(16);
    expect(meanError(withAlpha, await decodeImage(sixteenBit, 'png'))).toBe(0);
  });
});
