// Placeholder images for the offline provider: the same seed always draws the same PNG.
// Diagonal stripes in colours drawn from the seed tell assets apart; a frame, a grid of
// eighths and the two diagonals show the exact size, centre and crop in a layout review.
import { createHash } from 'node:crypto';
import type { Dimensions } from '../sizes.js';
import { encodePng } from './png.js';
import { createRaster } from './raster.js';

export function drawPlaceholder(seed: string, size: Dimensions): Promise<Buffer> {
  const hash = createHash('sha256').update(seed).digest();
  const hue = (hash.readUInt16BE(0) / 65536) * 360;
  const background = rgba(hslToRgb(hue, 0.45, 0.82));
  const stripe = rgba(hslToRgb(hue, 0.45, 0.72));
  const ink = rgba(hslToRgb((hue + 180) % 360, 0.6, 0.3));

  const { width, height } = size;
  const shortEdge = Math.min(width, height);
  const line = Math.max(1, Math.round(shortEdge / 540));
  const period = Math.max(4, Math.round(shortEdge / (6 + (hash[2]! % 10))));
  const slant = hash[3]! & 1 ? 1 : -1;
  // Wide enough along each row that a shallow diagonal stays unbroken.
  const diagonalReach = line * Math.max(1, width / height);
  const inkColumn = lineMask(width, line);
  const inkRow = lineMask(height, line);

  const raster = createRaster(size);
  const pixels = new Uint32Array(raster.data.buffer);
  for (let y = 0; y < height; y++) {
    const row = pixels.subarray(y * width, (y + 1) * width);
    if (inkRow[y]) {
      row.fill(ink);
      continue;
    }
    const diagonal = (y * width) / height;
    const phase = period * height + slant * y; // keeps the stripe index non-negative
    for (let x = 0; x < width; x++) {
      const onDiagonal =
        Math.abs(x - diagonal) < diagonalReach ||
        Math.abs(width - 1 - x - diagonal) < diagonalReach;
      if (inkColumn[x] || onDiagonal) row[x] = ink;
      else row[x] = ((x + phase) / period) & 1 ? stripe : background;
    }
  }
  return encodePng(raster);
}

/** 1 where a frame or grid line (every eighth of the edge) crosses, `thickness` wide. */
function lineMask(length: number, thickness: number): Uint8Array {
  const mask = new Uint8Array(length);
  const paint = (from: number, to: number) => mask.fill(1, Math.max(0, from), Math.min(length, to));
  paint(0, thickness * 2);
  paint(length - thickness * 2, length);
  for (let i = 1; i < 8; i++) {
    const centre = Math.round((length * i) / 8);
    paint(centre - (thickness >> 1), centre - (thickness >> 1) + thickness);
  }
  return mask;
}

/** A colour as one 32-bit pixel, in the byte order of this machine's typed arrays. */
function rgba([r, g, b]: [number, number, number]): number {
  return new Uint32Array(new Uint8Array([r, g, b, 255]).buffer)[0]!;
}

function hslToRgb(hue: number, saturation: number, lightness: number): [number, number, number] {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = lightness - (chroma / 2) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255);
  };
  return [channel(0), channel(8), channel(4)];
}
