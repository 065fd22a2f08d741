// Exact output sizes: centre-crop to the target's aspect ratio, then resample to exactly
// WIDTHxHEIGHT. Downscaling averages the area each output pixel covers (no aliasing, no
// ringing); upscaling interpolates bilinearly. The passes are separable and streamed: each
// source row is resampled horizontally once, into a ring of a few float rows, and the
// vertical pass combines those, so the only large allocation is the output itself. A decoder
// may also push the rows in one at a time as it inflates them (createRowResizer), without a
// whole RGBA image.
// Colours are weighted by alpha (premultiplied), so transparent pixels do not bleed into
// their neighbours.
import type { Dimensions } from '../sizes.js';
import { createRaster, type Raster } from './raster.js';

/** A window of the source in pixels; fractional, so the crop has the target's exact ratio. */
export interface Window {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The largest centred window of `source` with the aspect ratio of `target`. */
export function centreCrop(source: Dimensions, target: Dimensions): Window {
  const widthAtFullHeight = (source.height * target.width) / target.height;
  if (widthAtFullHeight < source.width) {
    return {
      x: (source.width - widthAtFullHeight) / 2,
      y: 0,
      width: widthAtFullHeight,
      height: source.height,
    };
  }
  const heightAtFullWidth = (source.width * target.height) / target.width;
  return {
    x: 0,
    y: (source.height - heightAtFullWidth) / 2,
    width: source.width,
    height: heightAtFullWidth,
  };
}

/**
 * A source read one RGBA row at a time: a decoder can hand its rows to the resizer without
 * building the whole RGBA image first. A row is read once, before the next is asked for.
 */
export interface RowSource extends Dimensions {
  row(y: number): Uint8Array;
}

/** The source centre-cropped and resampled to exactly `target`; the source itself if it fits. */
export function resizeRaster(source: Raster, target: Dimensions): Raster {
  if (source.width === target.width && source.height === target.height) return source;
  const rowBytes = source.width * 4;
  return resizeRows(
    {
      width: source.width,
      height: source.height,
      row: (y) => source.data.subarray(y * rowBytes, (y + 1) * rowBytes),
    },
    target,
  );
}

/** `resizeRaster` from a source read row by row (only the rows inside the crop are read). */
export function resizeRows(source: RowSource, target: Dimensions): Raster {
  const resizer = createRowResizer(source, target);
  for (let y = resizer.firstRow; y <= resizer.lastRow; y++) resizer.push(source.row(y));
  return resizer.finish();
}

/**
 * A resizer fed the source's rows in order, from `firstRow` to `lastRow` (those the crop
 * needs), each only while it is pushed: a decoder can stream its rows in as it inflates them.
 * `finish` returns the output once every row has come.
 */
export interface RowResizer {
  readonly firstRow: number;
  readonly lastRow: number;
  push(row: Uint8Array): void;
  finish(): Raster;
}

export function createRowResizer(source: Dimensions, target: Dimensions): RowResizer {
  const output = createRaster(target);
  const rowLength = target.width * 4;
  if (source.width === target.width && source.height === target.height) {
    let y = 0;
    return {
      firstRow: 0,
      lastRow: source.height - 1,
      push: (row) => output.data.set(row.subarray(0, rowLength), rowLength * y++),
      finish: () => complete(output, y === source.height),
    };
  }
  const window = centreCrop(source, target);
  const columns = axisWeights(window.x, window.width, source.width, target.width);
  const rows = axisWeights(window.y, window.height, source.height, target.height);
  const pixels = new Uint8ClampedArray(output.data.buffer); // rounds and clamps on write
  // The last `taps` source rows, resampled to the output width: all an output row is made of.
  const ring = Array.from({ length: rows.taps }, () => new Float64Array(rowLength));
  const sum = new Float64Array(rowLength);
  const lastOf = (y: number) => rows.first[y]! + rows.count[y]! - 1;
  const firstRow = rows.first[0]!;
  let next = firstRow;
  let y = 0;
  return {
    firstRow,
    lastRow: lastOf(target.height - 1),
    push(row) {
      const sourceRow = next++;
      resampleRow(row, columns, ring[sourceRow % rows.taps]!);
      for (; y < target.height && lastOf(y) <= sourceRow; y++) {
        sum.fill(0);
        for (let k = 0; k < rows.count[y]!; k++) {
          const weight = rows.weights[y * rows.taps + k]!;
          const resampled = ring[(rows.first[y]! + k) % rows.taps]!;
          for (let i = 0; i < rowLength; i++) sum[i]! += weight * resampled[i]!;
        }
        unpremultiply(sum, pixels, y * rowLength);
      }
    },
    finish: () => complete(output, y === target.height),
  };
}

function complete(output: Raster, allRows: boolean): Raster {
  if (!allRows) throw new Error('the image ended before its last row');
  return output;
}

/** For each output pixel on one axis: its first source pixel, how many, and their weights. */
interface AxisWeights {
  first: Int32Array;
  count: Int32Array;
  /** `taps` slots per output pixel, `count` of them used. */
  weights: Float32Array;
  taps: number;
}

function axisWeights(
  start: number,
  length: number,
  sourceSize: number,
  outputSize: number,
): AxisWeights {
  const scale = length / outputSize;
  const taps = scale > 1 ? Math.ceil(scale) + 1 : 2;
  const axis: AxisWeights = {
    first: new Int32Array(outputSize),
    count: new Int32Array(outputSize),
    weights: new Float32Array(outputSize * taps),
    taps,
  };
  const lowest = Math.max(0, Math.floor(start));
  const highest = Math.min(sourceSize - 1, Math.ceil(start + length) - 1);
  for (let o = 0; o < outputSize; o++) {
    const slot = o * taps;
    if (scale > 1) {
      // Area: the share of the output pixel's span [from, to) that each source pixel covers.
      const from = start + o * scale;
      const to = from + scale;
      const first = Math.floor(from);
      const last = Math.min(Math.ceil(to) - 1, highest);
      for (let i = first; i <= last; i++) {
        axis.weights[slot + i - first] = (Math.min(to, i + 1) - Math.max(from, i)) / scale;
      }
      axis.first[o] = first;
      axis.count[o] = last - first + 1;
    } else {
      // Bilinear between the two source pixels around the output pixel's centre.
      const centre = Math.min(Math.max(start + (o + 0.5) * scale - 0.5, lowest), highest);
      const first = Math.floor(centre);
      const fraction = centre - first;
      axis.weights[slot] = 1 - fraction;
      axis.weights[slot + 1] = fraction;
      axis.first[o] = first;
      axis.count[o] = fraction > 0 ? 2 : 1;
    }
  }
  return axis;
}

/** One source row, resampled to the output width, as premultiplied RGBA floats. */
function resampleRow(data: Uint8Array, columns: AxisWeights, out: Float64Array): void {
  const { first, count, weights, taps } = columns;
  for (let x = 0, o = 0; o < out.length; x++, o += 4) {
    let r = 0;
    let g = 0;
    let b = 0;
    let a = 0;
    for (let k = 0, p = first[x]! * 4; k < count[x]!; k++, p += 4) {
      const weight = weights[x * taps + k]! * data[p + 3]!;
      r += weight * data[p]!;
      g += weight * data[p + 1]!;
      b += weight * data[p + 2]!;
      a += weight;
    }
    out[o] = r;
    out[o + 1] = g;
    out[o + 2] = b;
    out[o + 3] = a;
  }
}

function unpremultiply(sum: Float64Array, pixels: Uint8ClampedArray, offset: number): void {
  for (let i = 0; i < sum.length; i += 4) {
    const alpha = sum[i + 3]!;
    const scale = alpha > 0 ? 1 / alpha : 0;
    pixels[offset + i] = sum[i]! * scale;
    pixels[offset + i + 1] = sum[i + 1]! * scale;
    pixels[offset + i + 2] = sum[i + 2]! * scale;
    pixels[offset + i + 3] = alpha;
  }
}
