// PNG, decoded and encoded here for speed, with pngjs for the PNGs APIs rarely send.
//
// The decoder handles what image APIs return, 8-bit RGB or RGBA without interlacing, itself:
// streamed, each row unfiltered as it inflates and handed on as RGBA (to the resizer, or into
// the whole image); faster than pngjs on a 5504x3072 image, and without its 50 MB of
// scanlines. Anything else (grey, palette, 16-bit, interlaced, a transparent colour key) goes
// to pngjs, which handles every variant.
//
// The encoder trades the last few percent of file size for time: one filter for every row
// (Up, which suits the smooth images generators make) instead of trying five per row, and
// zlib's run-length strategy, which on filtered rows is about as small as level 6 and more
// than ten times faster (a 3840x2160 photo: ~0.3 s instead of ~3 s). Opaque images are
// written as RGB, a quarter fewer bytes to filter and deflate.
import { once } from 'node:events';
import { pipeline, Readable } from 'node:stream';
import { constants, crc32, createDeflate, createInflate } from 'node:zlib';
import { PNG } from 'pngjs';
import type { Dimensions } from '../sizes.js';
import {
  INFLATE_CHUNK,
  type PngHeader,
  pngChunks,
  pngImageDataParts,
  readPngHeader,
} from './png-chunks.js';
import { isOpaque, type Raster } from './raster.js';
import { createRowResizer } from './resize.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOUR_TYPE_RGB = 2;
const COLOUR_TYPE_RGBA = 6;
const FILTER_UP = 2;
const LAST_FILTER = 4; // Paeth

/** The whole image as RGBA. */
export async function decodePng(bytes: Uint8Array): Promise<Raster> {
  // Resized to its own size: the rows go straight into the output.
  return (await decodePngResized(bytes, readPngHeader(bytes))) ?? decodeRarePng(bytes);
}

/**
 * The common PNG centre-cropped and resized to `size` as it inflates (on the thread pool),
 * row by row into the resizer: neither its scanlines (50 MB for a 5504x3072 Gemini image) nor
 * its RGBA image is ever whole in memory. Undefined for the rare variants.
 */
export async function decodePngResized(
  bytes: Uint8Array,
  size: Dimensions,
): Promise<Raster | undefined> {
  const header = readPngHeader(bytes);
  if (!isCommon(bytes, header)) return undefined;
  const resizer = createRowResizer(header, size);
  const rgba = new Uint8Array(header.width * 4);
  await unfilteredRows(bytes, header, (y, pixels, channels) => {
    if (y >= resizer.firstRow && y <= resizer.lastRow) {
      resizer.push(channels === 4 ? pixels : rgbToRgba(pixels, rgba));
    }
  });
  return resizer.finish();
}

/**
 * A common PNG's image data inflated in full (on the thread pool) and held to its exact length,
 * every row starting with a known filter: all that can fail in decoding it, since unfiltering
 * such rows always succeeds. True once it decodes, false for the rare variants. The rows are
 * not unfiltered: for a photo that is most of the decode's CPU, and the check drops them.
 */
export async function pngDataDecodes(bytes: Uint8Array): Promise<boolean> {
  const header = readPngHeader(bytes);
  if (!isCommon(bytes, header)) return false;
  const rowLength = header.width * (header.colourType === COLOUR_TYPE_RGBA ? 4 : 3) + 1;
  const total = rowLength * header.height;
  let position = 0; // bytes inflated so far
  for await (const chunk of inflatedData(bytes)) {
    if (position + chunk.length > total) throw new Error('its image data runs past the last row');
    // The first row start at or after this chunk's first byte, then every rowLength.
    for (let at = (rowLength - (position % rowLength)) % rowLength; at < chunk.length; ) {
      const filter = chunk[at]!;
      if (filter > LAST_FILTER) throw new Error(`unknown row filter ${filter}`);
      at += rowLength;
    }
    position += chunk.length;
  }
  if (position !== total) throw new Error('its image data does not fill the image');
  return true;
}

/** The image data as it inflates, on the thread pool; errors reach the reader. */
function inflatedData(bytes: Uint8Array): AsyncIterable<Buffer> {
  return pipeline(
    Readable.from(pngImageDataParts(bytes)),
    createInflate({ chunkSize: INFLATE_CHUNK }),
    () => {},
  ) as AsyncIterable<Buffer>;
}

/** Inflates on the thread pool and hands on each row, unfiltered, as it comes. */
async function unfilteredRows(
  bytes: Uint8Array,
  header: PngHeader,
  onRow: (y: number, pixels: Uint8Array, channels: 3 | 4) => void,
): Promise<void> {
  const channels = header.colourType === COLOUR_TYPE_RGBA ? 4 : 3;
  const rowLength = header.width * channels;
  // The row being filled (its filter byte first) and the one above it, unfiltered.
  let row = new Uint8Array(rowLength + 1);
  let above = new Uint8Array(rowLength + 1);
  let filled = 0;
  let y = 0;
  for await (const chunk of inflatedData(bytes)) {
    for (let offset = 0; offset < chunk.length; ) {
      if (y === header.height) throw new Error('its image data runs past the last row');
      const taken = Math.min(chunk.length - offset, row.length - filled);
      row.set(chunk.subarray(offset, offset + taken), filled);
      offset += taken;
      filled += taken;
      if (filled < row.length) continue;
      const pixels = row.subarray(1);
      unfilterRow(row[0]!, pixels, above.subarray(1), channels);
      onRow(y, pixels, channels);
      [row, above] = [above, row];
      filled = 0;
      y += 1;
    }
  }
  if (y !== header.height || filled !== 0)
    throw new Error('its image data does not fill the image');
}

function rgbToRgba(rgb: Uint8Array, rgba: Uint8Array): Uint8Array {
  for (let s = 0, p = 0; p < rgba.length; s += 3, p += 4) {
    rgba[p] = rgb[s]!;
    rgba[p + 1] = rgb[s + 1]!;
    rgba[p + 2] = rgb[s + 2]!;
    rgba[p + 3] = 255;
  }
  return rgba;
}

function decodeRarePng(bytes: Uint8Array): Raster {
  const { width, height, data } = PNG.sync.read(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length),
  );
  return { width, height, data };
}

/** 8-bit RGB or RGBA, not interlaced, no colour key: what image APIs send, decoded here. */
function isCommon(bytes: Uint8Array, header: PngHeader): boolean {
  return (
    header.bitDepth === 8 &&
    (header.colourType === COLOUR_TYPE_RGB || header.colourType === COLOUR_TYPE_RGBA) &&
    !header.interlaced &&
    ![...pngChunks(bytes)].some((chunk) => chunk.type === 'tRNS')
  );
}

function unfilterRow(filter: number, row: Uint8Array, above: Uint8Array, bpp: number): void {
  const n = row.length;
  switch (filter) {
    case 0: // None
      return;
    case 1: // Sub
      for (let i = bpp; i < n; i++) row[i] = row[i]! + row[i - bpp]!;
      return;
    case FILTER_UP:
      for (let i = 0; i < n; i++) row[i] = row[i]! + above[i]!;
      return;
    case 3: // Average
      for (let i = 0; i < bpp; i++) row[i] = row[i]! + (above[i]! >> 1);
      for (let i = bpp; i < n; i++) row[i] = row[i]! + ((row[i - bpp]! + above[i]!) >> 1);
      return;
    case 4: // Paeth
      for (let i = 0; i < bpp; i++) row[i] = row[i]! + above[i]!;
      for (let i = bpp; i < n; i++) {
        const left = row[i - bpp]!;
        const up = above[i]!;
        const diagonal = above[i - bpp]!;
        const towardsLeft = Math.abs(up - diagonal);
        const towardsUp = Math.abs(left - diagonal);
        const towardsDiagonal = Math.abs(left + up - 2 * diagonal);
        row[i] =
          row[i]! +
          (towardsLeft <= towardsUp && towardsLeft <= towardsDiagonal
            ? left
            : towardsUp <= towardsDiagonal
              ? up
              : diagonal);
      }
      return;
    default:
      throw new Error(`unknown row filter ${filter}`);
  }
}

/**
 * Filtered rows go into zlib on the thread pool a block at a time, and come out as IDAT
 * chunks: a 4K image's 25 MB of scanlines are never whole, and the event loop stays free.
 */
export async function encodePng(raster: Raster): Promise<Buffer> {
  const channels = isOpaque(raster) ? 3 : 4;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(raster.width, 0);
  header.writeUInt32BE(raster.height, 4);
  header[8] = 8; // bits per channel
  header[9] = channels === 3 ? COLOUR_TYPE_RGB : COLOUR_TYPE_RGBA;
  const deflate = createDeflate({ strategy: constants.Z_RLE, chunkSize: DEFLATE_CHUNK });
  const parts: Buffer[] = [SIGNATURE, ...chunk('IHDR', header)];
  deflate.on('data', (data: Buffer) => parts.push(...chunk('IDAT', data)));
  const ended = once(deflate, 'end');
  for (const block of filteredBlocks(raster, channels)) {
    if (!deflate.write(block)) await once(deflate, 'drain');
  }
  deflate.end();
  await ended;
  parts.push(...chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts); // the one copy of the compressed data
}

const DEFLATE_CHUNK = 256 * 1024;
/** Bytes of filtered rows handed to zlib at once. */
const BLOCK_BYTES = 512 * 1024;

/** Scanlines with the Up filter (each byte minus the one above it), a few rows per block. */
function* filteredBlocks({ width, height, data }: Raster, channels: number): Generator<Buffer> {
  const stride = width * 4;
  const rowBytes = 1 + width * channels;
  const rowsPerBlock = Math.max(1, Math.floor(BLOCK_BYTES / rowBytes));
  const nothingAbove = new Uint8Array(stride);
  for (let first = 0; first < height; first += rowsPerBlock) {
    const rows = Math.min(rowsPerBlock, height - first);
    const out = Buffer.allocUnsafe(rows * rowBytes); // zlib may hold it until it is read
    let o = 0;
    for (let y = first; y < first + rows; y++) {
      out[o++] = FILTER_UP;
      const [above, aboveStart] = y === 0 ? [nothingAbove, 0] : [data, (y - 1) * stride];
      for (let p = y * stride, q = aboveStart, end = p + stride; p < end; p += 4, q += 4) {
        for (let c = 0; c < channels; c++) out[o++] = data[p + c]! - above[q + c]!;
      }
    }
    yield out;
  }
}

/** A chunk's length and type, its data, its CRC: to be joined with the rest. */
function chunk(type: string, data: Buffer): Buffer[] {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return [head, data, tail];
}
