// Placeholder images for the offline provider (docs/providers.md#offline): the same asset always
// draws the same PNG. Each is labelled with its id and size, coloured by its id (a hue from a
// hash, so a layout review tells assets apart), striped, framed, with a grid of eighths and the
// two diagonals to show the exact size, centre and crop.
import { createHash } from 'node:crypto';
import type { Dimensions } from '../sizes.js';
import { GLYPH_HEIGHT, GLYPH_WIDTH, glyphPixel } from './placeholder-font.js';
import { encodePng } from './png.js';
import { createRaster } from './raster.js';

type Rgb = [number, number, number];

export interface PlaceholderPalette {
  background: Rgb;
  stripe: Rgb;
  ink: Rgb;
  label: Rgb;
}

/** 360 / golden ratio²: consecutive multiples land far apart on the colour wheel. */
const GOLDEN_ANGLE = 137.508;
const LIGHTNESS = [0.58, 0.7, 0.82];

/**
 * An asset's colour: a hue and a lightness. Ids that differ only in a trailing number (asset-9,
 * asset-10) or last letter (og-a, og-b) step a golden angle round the colour wheel and change
 * lightness, so neighbours never look alike; the rest comes from a hash of the id's stem.
 */
export function placeholderColour(id: string): { hue: number; lightness: number } {
  const number = /(\d+)$/.exec(id);
  const stem = number ? id.slice(0, number.index) : id.slice(0, -1);
  const step = number
    ? Number(number[1]!.slice(-6))
    : id.length > 0
      ? id.charCodeAt(id.length - 1)
      : 0;
  const hash = createHash('sha256').update(stem).digest();
  return {
    hue: ((hash.readUInt16BE(0) / 65536) * 360 + step * GOLDEN_ANGLE) % 360,
    lightness: LIGHTNESS[(hash[2]! + step) % LIGHTNESS.length]!,
  };
}

export function placeholderPalette(id: string): PlaceholderPalette {
  const { hue, lightness } = placeholderColour(id);
  return {
    background: hslToRgb(hue, 0.65, lightness),
    stripe: hslToRgb(hue, 0.65, lightness - 0.08),
    ink: hslToRgb((hue + 180) % 360, 0.6, 0.22),
    label: [255, 255, 255],
  };
}

/** `id` labels and colours it; `seed` (default the id) varies the stripes. */
export function drawPlaceholder(id: string, size: Dimensions, seed = id): Promise<Buffer> {
  const hash = createHash('sha256').update(seed).digest();
  const palette = placeholderPalette(id);
  const background = rgba(palette.background);
  const stripe = rgba(palette.stripe);
  const ink = rgba(palette.ink);

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
  drawLabel(pixels, size, [id, `${width}x${height}`], rgba(palette.label), ink);
  return encodePng(raster);
}

/**
 * The lines of text, centred on a white box, as large as fits in 80% of the width and a third
 * of the height. Text that cannot fit even at one pixel per dot is cut at the box's edge.
 */
function drawLabel(
  pixels: Uint32Array,
  { width, height }: Dimensions,
  lines: string[],
  boxColour: number,
  ink: number,
) {
  const cellWidth = GLYPH_WIDTH + 1;
  const cellHeight = GLYPH_HEIGHT + 3;
  const longest = Math.max(...lines.map((text) => text.length));
  const scale = Math.max(
    1,
    Math.floor(
      Math.min((width * 0.8) / (longest * cellWidth), height / 3 / (lines.length * cellHeight)),
    ),
  );
  const pad = 2 * scale;
  const boxWidth = Math.min(width, longest * cellWidth * scale + 2 * pad);
  const boxHeight = Math.min(height, lines.length * cellHeight * scale + 2 * pad);
  const left = Math.floor((width - boxWidth) / 2);
  const top = Math.floor((height - boxHeight) / 2);
  for (let y = top; y < top + boxHeight; y++)
    pixels.fill(boxColour, y * width + left, y * width + left + boxWidth);

  lines.forEach((text, lineIndex) => {
    const textLeft = Math.floor((width - text.length * cellWidth * scale + scale) / 2);
    const textTop = top + pad + (lineIndex * cellHeight + 1) * scale;
    [...text].forEach((char, charIndex) => {
      for (let row = 0; row < GLYPH_HEIGHT; row++) {
        for (let column = 0; column < GLYPH_WIDTH; column++) {
          if (!glyphPixel(char, column, row)) continue;
          const x0 = textLeft + (charIndex * cellWidth + column) * scale;
          const y0 = textTop + row * scale;
          for (let y = y0; y < y0 + scale; y++) {
            if (y < top || y >= top + boxHeight) continue;
            const from = Math.max(x0, left);
            const to = Math.min(x0 + scale, left + boxWidth);
            if (from < to) pixels.fill(ink, y * width + from, y * width + to);
          }
        }
      }
    });
  });
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
function rgba([r, g, b]: Rgb): number {
  return new Uint32Array(new Uint8Array([r, g, b, 255]).buffer)[0]!;
}

function hslToRgb(hue: number, saturation: number, lightness: number): Rgb {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = lightness - (chroma / 2) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255);
  };
  return [channel(0), channel(8), channel(4)];
}
