import { describe, expect, it } from 'vitest';
import { decodeImage } from '../../src/images/codec.js';
import { drawPlaceholder } from '../../src/images/placeholder.js';
import { verifyImageBytes } from '../../src/images/verify.js';
import { pixel } from './samples.js';

describe('drawPlaceholder', () => {
  it('draws a valid PNG of exactly the requested size', async () => {
    for (const size of [
      { width: 1, height: 1 },
      { width: 7, height: 300 },
      { width: 1024, height: 1024 },
      { width: 1200, height: 630 },
    ]) {
      expect(verifyImageBytes(await drawPlaceholder('hero', size), { exact: size })).toEqual({
        format: 'png',
        ...size,
      });
    }
  });

  it('is deterministic for a seed and differs between seeds', async () => {
    const size = { width: 320, height: 180 };
    expect((await drawPlaceholder('hero', size)).equals(await drawPlaceholder('hero', size))).toBe(
      true,
    );
    expect(
      (await drawPlaceholder('hero', size)).equals(await drawPlaceholder('og-card', size)),
    ).toBe(false);
  });

  it('frames the image and crosses it corner to corner', async () => {
    const image = await decodeImage(
      await drawPlaceholder('hero', { width: 400, height: 200 }),
      'png',
    );
    const ink = pixel(image, 0, 0);
    for (const [x, y] of [
      [399, 199],
      [200, 0],
      [0, 100],
      [200, 100],
      [100, 50],
      [300, 50],
    ] as const) {
      expect(pixel(image, x, y), `${x},${y}`).toEqual(ink);
    }
    expect(pixel(image, 120, 80)).not.toEqual(ink);
  });

  it('draws 3840x2160', async () => {
    const png = await drawPlaceholder('hero', { width: 3840, height: 2160 });
    expect(verifyImageBytes(png, { exact: { width: 3840, height: 2160 } }).format).toBe('png');
  });
});
