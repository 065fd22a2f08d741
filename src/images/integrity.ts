// Whole-file checks that catch truncated and damaged images without building their pixels
// (decoding a 4K JPEG in pure JS takes over half a second; at 4K these checks take about a
// millisecond for JPEG and WebP, and 0.1 s for PNG, most of it inflating the image data):
// - PNG: every chunk's CRC, IEND present, and the image data inflates to exactly the number
//   of bytes its header implies;
// - JPEG: every segment in bounds, a frame before the scans, the entropy-coded data followed
//   through to the EOI marker;
// - WebP: the RIFF length matches the file and every chunk lies within it.
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createInflate, inflateSync } from 'node:zlib';
import type { ImageFormat } from '../models.js';
import { ascii, u32le } from './bytes.js';
import { ImageCheckError } from './errors.js';
import { EOI, isStartOfFrame, jpegSegments, SOS } from './jpeg-segments.js';
import {
  INFLATE_CHUNK,
  pngChunks,
  pngDataLength,
  pngImageData,
  pngImageDataParts,
  readPngHeader,
} from './png-chunks.js';

export function checkIntegrity(bytes: Uint8Array, format: ImageFormat): void {
  if (format === 'png') checkPng(bytes);
  else if (format === 'jpeg') checkJpeg(bytes);
  else checkWebp(bytes);
}

/**
 * The same checks, with a PNG's image data inflated on libuv's thread pool, fed chunk by chunk
 * from the file's bytes (no copy) and counted in small pieces that are dropped at once: the
 * event loop stays free for the run's other requests, and checking a 4K image costs a few
 * hundred kilobytes besides its file, not the tens of megabytes of its pixels.
 */
export async function checkIntegrityAsync(bytes: Uint8Array, format: ImageFormat): Promise<void> {
  if (format !== 'png') return checkIntegrity(bytes, format);
  const expected = checkPngChunks(bytes);
  let inflated = 0;
  const counter = new Writable({
    write(chunk: Buffer, _encoding, done) {
      inflated += chunk.length;
      // More than the header promises: a compression bomb, or damage. Stop inflating.
      done(inflated > expected ? new Error(`more than the ${expected} bytes expected`) : null);
    },
  });
  try {
    await pipeline(
      Readable.from(pngImageDataParts(bytes), { objectMode: false }),
      createInflate({ chunkSize: INFLATE_CHUNK }),
      counter,
    );
  } catch (error) {
    throw corrupt('PNG', `its image data does not inflate (${(error as Error).message})`);
  }
  if (inflated !== expected) {
    throw corrupt('PNG', `its image data holds ${inflated} bytes, ${expected} expected`);
  }
}

const truncated = (format: string, detail: string) =>
  new ImageCheckError('truncated', `the ${format} image is truncated: ${detail}`);
const corrupt = (format: string, detail: string) =>
  new ImageCheckError('corrupt', `the ${format} image is damaged: ${detail}`);

/** Every chunk's CRC; returns the length the image data must inflate to. */
export function checkPngChunks(bytes: Uint8Array): number {
  for (const { type, offset, data, crc } of pngChunks(bytes)) {
    if (crc32(bytes.subarray(offset + 4, offset + 8 + data.length)) !== crc) {
      throw corrupt('PNG', `chunk ${type} at byte ${offset} fails its CRC`);
    }
  }
  return pngDataLength(readPngHeader(bytes));
}

function checkPng(bytes: Uint8Array): void {
  const expected = checkPngChunks(bytes);
  let inflated: Buffer;
  try {
    // The cap also stops a compression bomb from allocating more than the header promises.
    inflated = inflateSync(pngImageData(bytes), {
      maxOutputLength: expected,
      chunkSize: Math.max(64, expected),
    });
  } catch (error) {
    throw corrupt('PNG', `its image data does not inflate (${(error as Error).message})`);
  }
  if (inflated.length !== expected) {
    throw corrupt('PNG', `its image data holds ${inflated.length} bytes, ${expected} expected`);
  }
}

function checkJpeg(bytes: Uint8Array): void {
  let frame: JpegFrame | undefined;
  let sawScan = false;
  for (const { marker, start, end } of jpegSegments(bytes)) {
    if (isStartOfFrame(marker)) frame = readFrame(bytes, start, end, marker);
    if (marker === SOS) {
      if (!frame) throw corrupt('JPEG', 'image data before the frame header');
      addScan(frame, bytes, start, end);
      sawScan = true;
    }
    if (marker === EOI && !sawScan) throw corrupt('JPEG', 'no image data before EOI');
  }
  if (frame && !isComplete(frame)) {
    throw truncated('JPEG', 'it stops before its last scan (part of the image is missing)');
  }
}

/**
 * Which coefficients of each component the scans have brought in full (a scan with Al = 0).
 * A progressive JPEG cut short, even one that ends in EOI, is a blurred or grey image: libjpeg
 * decodes it without a warning.
 */
interface JpegFrame {
  progressive: boolean;
  /** Per component id: 64 flags, one a coefficient. */
  done: Map<number, boolean[]>;
}

function readFrame(bytes: Uint8Array, start: number, end: number, marker: number): JpegFrame {
  const done = new Map<number, boolean[]>();
  const count = bytes[start + 5] ?? 0;
  if (start + 6 + count * 3 > end) throw corrupt('JPEG', 'the frame header is too short');
  for (let i = 0; i < count; i++) done.set(bytes[start + 6 + i * 3]!, new Array(64).fill(false));
  return { progressive: marker === 0xc2, done };
}

function addScan(frame: JpegFrame, bytes: Uint8Array, start: number, end: number): void {
  const count = bytes[start] ?? 0;
  const parameters = start + 1 + count * 2;
  if (parameters + 3 > end) throw corrupt('JPEG', 'a scan header is too short');
  // Sequential scans carry every coefficient at once.
  const [first, last, low] = frame.progressive
    ? [bytes[parameters]!, bytes[parameters + 1]!, bytes[parameters + 2]! & 15]
    : [0, 63, 0];
  for (let i = 0; i < count; i++) {
    const coefficients = frame.done.get(bytes[start + 1 + i * 2]!);
    if (!coefficients) throw corrupt('JPEG', 'a scan names a component the frame lacks');
    if (low !== 0) continue;
    for (let k = first; k <= Math.min(last, 63); k++) coefficients[k] = true;
  }
}

const isComplete = (frame: JpegFrame) =>
  [...frame.done.values()].every((coefficients) => coefficients.every(Boolean));

function checkWebp(bytes: Uint8Array): void {
  const end = 8 + u32le(bytes, 4);
  if (end > bytes.length) throw truncated('WebP', `${bytes.length} of its ${end} bytes`);
  let sawImage = false;
  for (let offset = 12; offset < end; ) {
    if (offset + 8 > end) throw corrupt('WebP', `chunk header at byte ${offset} runs past the end`);
    const type = ascii(bytes, offset, 4);
    const size = u32le(bytes, offset + 4);
    if (offset + 8 + size > end) throw corrupt('WebP', `chunk ${type} runs past the end`);
    if (type === 'ANIM') throw new ImageCheckError('unsupported', 'animated WebP is not supported');
    sawImage ||= type === 'VP8 ' || type === 'VP8L';
    offset += 8 + size + (size & 1); // chunks are padded to even lengths
  }
  if (!sawImage) throw corrupt('WebP', 'no VP8 or VP8L image chunk');
}
