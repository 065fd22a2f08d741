import { describe, expect, it } from 'vitest';
import { createRaster } from '../../src/images/raster.js';
import { centreCrop, resizeRaster } from '../../src/images/resize.js';
import { seededRandom } from '../seeded-random.js';
import { photo, pixel, solid } from './samples.js';

const RED = [255, 0, 0, 255];
const GREEN = [0, 200, 0, 255];
const BLUE = [0, 0, 255, 255];

/** Left and right bands of `bands` pixels each, green between. */
function banded(width: number, height: number, bands: number) {
  const raster = createRaster({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      raster.data.set(x < bands ? RED : x >= width - bands ? BLUE : GREEN, (y * width + x) * 4);
    }
  }
  return raster;
}

describe('centreCrop', () => {
  it('keeps the largest centred window of the target ratio', () => {
    expect(centreCrop({ width: 300, height: 100 }, { width: 2, height: 1 })).toEqual({
      x: 50,
      y: 0,
      width: 200,
      height: 100,
    });
    expect(centreCrop({ width: 100, height: 300 }, { width: 1, height: 1 })).toEqual({
      x: 0,
      y: 100,
      width: 100,
      height: 100,
    });
    const gemini = centreCrop({ width: 5504, height: 3072 }, { width: 3840, height: 2160 });
    expect(gemini.width / gemini.height).toBeCloseTo(16 / 9, 10);
    expect(gemini.x * 2 + gemini.width).toBeCloseTo(5504, 10);
  });
});

describe('resizeRaster', () => {
  it('outputs exactly the target size for many source and target pairs', () => {
    const random = seededRandom(42);
    const side = () => 1 + Math.floor(random() * 300);
    for (let i = 0; i < 200; i++) {
      const source = photo({ width: side(), height: side() }, { seed: i });
      const target = { width: side(), height: side() };
      const output = resizeRaster(source, target);
      expect(
        [output.width, output.height],
        `${source.width}x${source.height} to ${target.width}x${target.height}`,
      ).toEqual([target.width, target.height]);
      expect(output.data.length).toBe(target.width * target.height * 4);
    }
  });

  it('crops the bands outside the target ratio away', () => {
    const output = resizeRaster(banded(300, 100, 50), { width: 100, height: 50 });
    for (let y = 0; y < 50; y++) {
      expect(pixel(output, 0, y)).toEqual(GREEN);
      expect(pixel(output, 99, y)).toEqual(GREEN);
    }
  });

  it('keeps what the crop does not cut', () => {
    // 16:9 source whose 10-pixel bands survive a same-ratio resize.
    const output = resizeRaster(banded(320, 180, 10), { width: 160, height: 90 });
    expect(pixel(output, 0, 45)).toEqual(RED);
    expect(pixel(output, 159, 45)).toEqual(BLUE);
    expect(pixel(output, 80, 45)).toEqual(GREEN);
  });

  it('averages the area each output pixel covers when shrinking', () => {
    const source = createRaster({ width: 4, height: 2 });
    source.data.set([
      ...[0, 0, 0, 255],
      ...[100, 100, 100, 255],
      ...[10, 20, 30, 255],
      ...[30, 40, 50, 255],
    ]);
    source.data.set(
      [
        ...[200, 200, 200, 255],
        ...[100, 100, 100, 255],
        ...[10, 20, 30, 255],
        ...[30, 40, 50, 255],
      ],
      16,
    );
    const output = resizeRaster(source, { width: 2, height: 1 });
    expect(pixel(output, 0, 0)).toEqual([100, 100, 100, 255]);
    expect(pixel(output, 1, 0)).toEqual([20, 30, 40, 255]);
  });

  it('keeps flat colours exact at any scale, up or down', () => {
    const flat = solid({ width: 37, height: 23 }, [12, 34, 56, 255]);
    for (const target of [
      { width: 5, height: 3 },
      { width: 400, height: 250 },
      { width: 10, height: 90 },
    ]) {
      const output = resizeRaster(flat, target);
      expect(pixel(output, 0, 0)).toEqual([12, 34, 56, 255]);
      expect(pixel(output, target.width - 1, target.height - 1)).toEqual([12, 34, 56, 255]);
    }
  });

  it('interpolates when enlarging', () => {
    const source = createRaster({ width: 2, height: 1 });
    source.data.set([0, 0, 0, 255, 200, 200, 200, 255]);
    const output = resizeRaster(source, { width: 4, height: 2 });
    expect([0, 1, 2, 3].map((x) => pixel(output, x, 0)[0])).toEqual([0, 50, 150, 200]);
  });

  it('does not bleed the colour of transparent pixels into visible ones', () => {
    const source = createRaster({ width: 2, height: 2 });
    source.data.set([255, 0, 0, 0, 0, 0, 255, 255, 255, 0, 0, 0, 0, 0, 255, 255]);
    expect(pixel(resizeRaster(source, { width: 1, height: 1 }), 0, 0)).toEqual([0, 0, 255, 128]);
  });

  it('returns the source itself when it already has the size', () => {
    const source = photo({ width: 10, height: 10 });
    expect(resizeRaster(source, { width: 10, height: 10 })).toBe(source);
  });
});
