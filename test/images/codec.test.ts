import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodeImage, encodeImage } from '../../src/images/codec.js';
import { ImageCheckError } from '../../src/images/errors.js';
import { readImageHeader } from '../../src/images/format.js';
import { FORMATS, meanError, photo, pixel, solid } from './samples.js';

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
  const original = photo(size, { alpha: true });
  const source = Buffer.from(original.data.buffer);

  it.each([0, 1, 2, 3, 4])('decodes rows filtered with filter %i exactly', async (filterType) => {
    for (const colorType of [2, 6] as const) {
      const bytes = PNG.sync.write(
        { width: size.width, height: size.height, data: source } as PNG,
        {
          colorType,
          filterType,
        },
      );
      const decoded = await decodeImage(bytes, 'png');
      const expected = colorType === 6 ? original : { ...original, data: opaque(original.data) };
      expect(meanError(expected, decoded), `colour type ${colorType}`).toBe(0);
    }
  });

  it('decodes greyscale, 16-bit and interlaced PNGs too', async () => {
    const grey = PNG.sync.write({ width: size.width, height: size.height, data: source } as PNG, {
      colorType: 0,
    });
    const decoded = await decodeImage(grey, 'png');
    expect(pixel(decoded, 3, 3)[0]).toBe(pixel(decoded, 3, 3)[1]);
    const sixteenBit = PNG.sync.write(
      { width: size.width, height: size.height, data: source } as PNG,
      { colorType: 6, bitDepth: 16 },
    );
    expect(meanError(original, await decodeImage(sixteenBit, 'png'))).toBe(0);
  });
});

function opaque(data: Uint8Array): Uint8Array {
  const copy = Uint8Array.from(data);
  for (let i = 3; i < copy.length; i += 4) copy[i] = 255;
  return copy;
}
