import { describe, expect, it } from 'vitest';
import { decodeImage } from '../../src/images/codec.js';
import { drawPlaceholder, placeholderPalette } from '../../src/images/placeholder.js';
import { verifyImageBytes } from '../../src/images/verify.js';
import { deltaE } from './colour-distance.js';
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
      [50, 25],
      [350, 25],
    ] as const) {
      expect(pixel(image, x, y), `${x},${y}`).toEqual(ink);
    }
    expect(pixel(image, 120, 30)).not.toEqual(ink);
  });

  it('labels the image with its id and size on a white box in the middle', async () => {
    const size = { width: 400, height: 200 };
    const decode = async (id: string) => decodeImage(await drawPlaceholder(id, size), 'png');
    const box = (image: Awaited<ReturnType<typeof decode>>) => {
      const white = '255,255,255,255';
      let [left, top, right, bottom] = [size.width, size.height, -1, -1];
      for (let y = 0; y < size.height; y++) {
        for (let x = 0; x < size.width; x++) {
          if (pixel(image, x, y).join() !== white) continue;
          [left, top] = [Math.min(left, x), Math.min(top, y)];
          [right, bottom] = [Math.max(right, x), Math.max(bottom, y)];
        }
      }
      const inside: string[][] = [];
      for (let y = top; y <= bottom; y++) {
        inside.push(
          Array.from({ length: right - left + 1 }, (_, i) => pixel(image, left + i, y).join()),
        );
      }
      return { left, top, right, bottom, inside, ink: pixel(image, 0, 0).join() };
    };
    const one = box(await decode('hero-1'));
    const two = box(await decode('hero-2'));

    // Centred, and holding nothing but white and the ink of the letters (plenty of it).
    expect(Math.abs(one.left + one.right - size.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(one.top + one.bottom - size.height)).toBeLessThanOrEqual(2);
    const cells = one.inside.flat();
    expect(new Set(cells)).toEqual(new Set(['255,255,255,255', one.ink]));
    expect(cells.filter((cell) => cell === one.ink).length).toBeGreaterThan(300);
    // Same size, other id: the upper line (the id) is drawn differently, the lower (the size)
    // the same, each in its own ink.
    const half = Math.floor(one.inside.length / 2);
    const shape = (b: typeof one, rows: string[][]) =>
      rows.map((row) => row.map((c) => (c === b.ink ? 1 : 0)).join(''));
    expect(shape(one, one.inside.slice(0, half))).not.toEqual(
      shape(two, two.inside.slice(0, half)),
    );
    expect(shape(one, one.inside.slice(half))).toEqual(shape(two, two.inside.slice(half)));
  });

  it('colours neighbouring ids (a trailing number or letter apart) clearly apart', () => {
    const neighbours = [
      ...Array.from({ length: 200 }, (_, i) => [`asset-${i}`, `asset-${i + 1}`]),
      ...Array.from({ length: 25 }, (_, i) => [
        `og-${String.fromCharCode(97 + i)}`,
        `og-${String.fromCharCode(98 + i)}`,
      ]),
    ];
    for (const [a, b] of neighbours) {
      const distance = deltaE(placeholderPalette(a!).background, placeholderPalette(b!).background);
      expect(distance, `${a} / ${b}`).toBeGreaterThan(30);
    }
  });

  it('draws 3840x2160', async () => {
    const png = await drawPlaceholder('hero', { width: 3840, height: 2160 });
    expect(verifyImageBytes(png, { exact: { width: 3840, height: 2160 } }).format).toBe('png');
  });
});
