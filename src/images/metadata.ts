// The blocks that change how an image's pixels are shown, found where each format keeps them:
// the EXIF block (orientation) and the ICC colour profile. A JPEG keeps them in APP1 "Exif"
// and APP2 "ICC_PROFILE" segments (a profile may be split over several, numbered), a PNG in
// its eXIf and iCCP (compressed) chunks, a WebP in its EXIF and ICCP chunks.
import { inflateSync } from 'node:zlib';
import type { ImageFormat } from '../models.js';
import { ascii, u32le } from './bytes.js';
import { ImageCheckError } from './errors.js';
import { isStartOfFrame, jpegSegments, SOS } from './jpeg-segments.js';
import { pngChunks } from './png-chunks.js';

export interface ImageMetadata {
  exif?: Uint8Array;
  icc?: Uint8Array;
}

/** Larger than any real profile (Display P3's is 536 bytes; a LUT profile some hundred KB). */
const MAX_PROFILE_BYTES = 4 * 1024 * 1024;

export function readMetadata(bytes: Uint8Array, format: ImageFormat): ImageMetadata {
  if (format === 'png') return pngMetadata(bytes);
  if (format === 'jpeg') return jpegMetadata(bytes);
  return webpMetadata(bytes);
}

const startsWith = (bytes: Uint8Array, text: string) => ascii(bytes, 0, text.length) === text;

function jpegMetadata(bytes: Uint8Array): ImageMetadata {
  const metadata: ImageMetadata = {};
  const iccParts: Uint8Array[] = [];
  for (const { marker, start, end } of jpegSegments(bytes)) {
    if (isStartOfFrame(marker) || marker === SOS) break; // both come before the frame
    const payload = bytes.subarray(start, end);
    if (marker === 0xe1 && !metadata.exif && startsWith(payload, 'Exif\0\0')) {
      metadata.exif = payload;
    } else if (marker === 0xe2 && startsWith(payload, 'ICC_PROFILE\0') && payload.length > 14) {
      iccParts[payload[12]! - 1] = payload.subarray(14); // numbered from 1
    }
  }
  if (iccParts.length > 0) {
    if (Array.from(iccParts).includes(undefined as never)) {
      throw new ImageCheckError(
        'corrupt',
        'the JPEG image is damaged: its ICC profile is incomplete',
      );
    }
    metadata.icc = Buffer.concat(iccParts);
  }
  return metadata;
}

function pngMetadata(bytes: Uint8Array): ImageMetadata {
  const metadata: ImageMetadata = {};
  for (const { type, data } of pngChunks(bytes)) {
    if (type === 'IDAT' || type === 'IEND') break; // both come before the image data
    if (type === 'eXIf') metadata.exif = data;
    if (type === 'iCCP') metadata.icc = inflateProfile(data);
  }
  return metadata;
}

/** iCCP: a name of 1-79 bytes, a zero, the compression method (0), then the zlib stream. */
function inflateProfile(data: Uint8Array): Uint8Array {
  const nameEnd = data.indexOf(0);
  try {
    if (nameEnd < 1 || nameEnd > 79 || data[nameEnd + 1] !== 0) throw new Error('bad header');
    return inflateSync(data.subarray(nameEnd + 2), { maxOutputLength: MAX_PROFILE_BYTES });
  } catch (error) {
    throw new ImageCheckError(
      'corrupt',
      `the PNG image is damaged: its ICC profile (iCCP) does not read (${(error as Error).message})`,
    );
  }
}

function webpMetadata(bytes: Uint8Array): ImageMetadata {
  const metadata: ImageMetadata = {};
  if (ascii(bytes, 12, 4) !== 'VP8X') return metadata; // only the extended format has them
  const end = Math.min(bytes.length, 8 + u32le(bytes, 4));
  for (let offset = 12; offset + 8 <= end; ) {
    const type = ascii(bytes, offset, 4);
    const size = u32le(bytes, offset + 4);
    const data = bytes.subarray(offset + 8, Math.min(end, offset + 8 + size));
    if (type === 'EXIF') metadata.exif = data;
    if (type === 'ICCP') metadata.icc = data;
    offset += 8 + size + (size & 1);
  }
  return metadata;
}
