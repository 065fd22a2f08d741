// Whole-file checks that catch truncated and damaged images without building their pixels
// (decoding a 4K JPEG in pure JS takes over half a second; at 4K these checks take about a
// millisecond for JPEG and WebP, and 0.1 s for PNG, most of it inflating the image data):
// - PNG: every chunk's CRC, IEND present, and the image data inflates to exactly the number
//   of bytes its header implies;
// - JPEG: every segment in bounds, a frame before the scans, the entropy-coded data followed
//   through to the EOI marker;
// - WebP: the RIFF length matches the file and every chunk lies within it.
import { crc32, inflateSync } from 'node:zlib';
import type { ImageFormat } from '../models.js';
import { ascii, u32le } from './bytes.js';
import { ImageCheckError } from './errors.js';
import { EOI, isStartOfFrame, jpegSegments, SOS } from './jpeg-segments.js';
import { pngChunks, pngDataLength, pngImageData, readPngHeader } from './png-chunks.js';

export function checkIntegrity(bytes: Uint8Array, format: ImageFormat): void {
  if (format === 'png') checkPng(bytes);
  else if (format === 'jpeg') checkJpeg(bytes);
  else checkWebp(bytes);
}

const truncated = (format: string, detail: string) =>
  new ImageCheckError('truncated', `the ${format} image is truncated: ${detail}`);
const corrupt = (format: string, detail: string) =>
  new ImageCheckError('corrupt', `the ${format} image is damaged: ${detail}`);

function checkPng(bytes: Uint8Array): void {
  for (const { type, offset, data, crc } of pngChunks(bytes)) {
    if (crc32(bytes.subarray(offset + 4, offset + 8 + data.length)) !== crc) {
      throw corrupt('PNG', `chunk ${type} at byte ${offset} fails its CRC`);
    }
  }
  const expected = pngDataLength(readPngHeader(bytes));
  let inflated: Buffer;
  try {
    // The cap also stops a compression bomb from allocating more than the header promises.
    inflated = inflateSync(pngImageData(bytes), { maxOutputLength: expected });
  } catch (error) {
    throw corrupt('PNG', `its image data does not inflate (${(error as Error).message})`);
  }
  if (inflated.length !== expected) {
    throw corrupt('PNG', `its image data holds ${inflated.length} bytes, ${expected} expected`);
  }
}

function checkJpeg(bytes: Uint8Array): void {
  let sawFrame = false;
  let sawScan = false;
  for (const { marker } of jpegSegments(bytes)) {
    sawFrame ||= isStartOfFrame(marker);
    if (marker === SOS && !sawFrame) throw corrupt('JPEG', 'image data before the frame header');
    sawScan ||= marker === SOS;
    if (marker === EOI && !sawScan) throw corrupt('JPEG', 'no image data before EOI');
  }
}

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
