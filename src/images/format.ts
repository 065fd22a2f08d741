// What an image is and how large, from its first bytes, without decoding it.
//
// The functions take the bytes read so far. PNG and WebP keep their size in the first 30
// bytes; a JPEG's frame header (SOF) follows its APP segments (EXIF, ICC profiles), which can
// be tens of kilobytes. We do not stream: verification reads whole files anyway (it checks
// every byte), so callers pass the whole file, and a prefix that stops before the size is
// reported as truncated.
import type { ImageFormat } from '../models.js';
import { ascii, u16be, u16le, u24le, u32be, u32le } from './bytes.js';
import { conversionToSrgb, type ToSrgb } from './colour.js';
import { ImageCheckError } from './errors.js';
import { isStartOfFrame, jpegSegments, SOS } from './jpeg-segments.js';
import { type ImageMetadata, readMetadata } from './metadata.js';
import { type Orientation, readOrientation, swapsAxes } from './orientation.js';

export interface ImageHeader {
  format: ImageFormat;
  /** As displayed: after the EXIF orientation. */
  width: number;
  height: number;
  /** Present when the stored pixels are to be turned for display (EXIF orientation 2-8). */
  orientation?: Exclude<Orientation, 1>;
  /** Present when the pixels are in another colour space than sRGB (an ICC profile). */
  toSrgb?: ToSrgb;
}

/**
 * The most pixels an image may have, refused from its header before a decoder allocates
 * anything: the largest output of any model (Gemini 4K: 6336x2688, 17 MP) with room to spare.
 * It is the one bound on a decode's memory, whatever the file's size: docs/performance.md
 * gives what an image at the cap costs.
 */
export const MAX_PIXELS = 24 * 1024 * 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function sniffFormat(bytes: Uint8Array): ImageFormat | undefined {
  if (PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  return undefined;
}

/** The format and size in the header; throws an ImageCheckError when there is none. */
export function readImageHeader(bytes: Uint8Array): ImageHeader {
  if (bytes.length === 0) throw new ImageCheckError('empty', 'the image is empty (0 bytes)');
  const format = sniffFormat(bytes);
  if (!format) {
    throw new ImageCheckError('not-an-image', 'not a PNG, JPEG or WebP image (unknown signature)');
  }
  const size =
    format === 'png' ? pngSize(bytes) : format === 'jpeg' ? jpegSize(bytes) : webpSize(bytes);
  if (size.width < 1 || size.height < 1) {
    throw new ImageCheckError(
      'corrupt',
      `the ${format} header gives a size of ${size.width}x${size.height}`,
    );
  }
  if (size.width * size.height > MAX_PIXELS) {
    throw new ImageCheckError(
      'too-large',
      `${size.width}x${size.height} is more pixels than any model returns`,
    );
  }
  return { format, ...displayed(size, readMetadata(bytes, format)) };
}

function displayed(stored: Size, { exif, icc }: ImageMetadata): Omit<ImageHeader, 'format'> {
  const orientation = exif ? readOrientation(exif) : 1;
  const toSrgb = icc && conversionToSrgb(icc);
  const { width, height } = stored;
  return {
    ...(swapsAxes(orientation) ? { width: height, height: width } : stored),
    ...(orientation !== 1 && { orientation }),
    ...(toSrgb && { toSrgb }),
  };
}

type Size = Pick<ImageHeader, 'width' | 'height'>;

function pngSize(bytes: Uint8Array): Size {
  need(bytes, 24, 'png');
  if (ascii(bytes, 12, 4) !== 'IHDR')
    throw new ImageCheckError('corrupt', 'PNG does not start with IHDR');
  return { width: u32be(bytes, 16), height: u32be(bytes, 20) };
}

function jpegSize(bytes: Uint8Array): Size {
  for (const { marker, start, end } of jpegSegments(bytes)) {
    if (isStartOfFrame(marker)) {
      if (start + 6 > end) throw new ImageCheckError('corrupt', 'JPEG frame header is too short');
      checkJpegFrame(marker, bytes[start]!, bytes[start + 5]!);
      return { height: u16be(bytes, start + 1), width: u16be(bytes, start + 3) };
    }
    if (marker === SOS) break;
  }
  throw new ImageCheckError('corrupt', 'JPEG has no frame header before its image data');
}

/** A progressive JPEG: its decoder holds every coefficient of the image until the last scan. */
export function isProgressiveJpeg(bytes: Uint8Array): boolean {
  for (const { marker } of jpegSegments(bytes)) {
    if (isStartOfFrame(marker)) return marker === SOF_PROGRESSIVE;
    if (marker === SOS) break;
  }
  return false;
}

const SOF_PROGRESSIVE = 0xc2;

// SOF0 baseline, SOF1 extended and SOF2 progressive, Huffman-coded. The rest (lossless,
// hierarchical, arithmetic-coded) no image API writes, and not every decoder reads them.
const JPEG_PROCESSES: Record<number, string> = {
  195: 'lossless',
  197: 'hierarchical',
  198: 'hierarchical progressive',
  199: 'hierarchical lossless',
  201: 'arithmetic-coded',
  202: 'arithmetic-coded progressive',
  203: 'arithmetic-coded lossless',
  205: 'arithmetic-coded hierarchical',
  206: 'arithmetic-coded hierarchical progressive',
  207: 'arithmetic-coded hierarchical lossless',
};

/** Refused before any decoding, with the reason: what the decoder would not read right. */
function checkJpegFrame(marker: number, precision: number, components: number): void {
  const process = JPEG_PROCESSES[marker];
  if (process) throw new ImageCheckError('unsupported', `${process} JPEG is not supported`);
  if (precision !== 8) {
    throw new ImageCheckError(
      'unsupported',
      `${precision}-bit JPEG is not supported (8 bits a sample only)`,
    );
  }
  if (components !== 1 && components !== 3) {
    const kind = components === 4 ? 'CMYK (4 components)' : `${components}-component`;
    throw new ImageCheckError('unsupported', `${kind} JPEG is not supported (grey or RGB only)`);
  }
}

// The smallest valid files are short: a 1x1 lossless WebP takes 26 bytes, its size ending
// at byte 25, so each chunk type is held to its own header's length, not to 30 bytes.
function webpSize(bytes: Uint8Array): Size {
  need(bytes, 20, 'webp');
  const chunk = ascii(bytes, 12, 4);
  if (chunk === 'VP8 ') {
    need(bytes, 30, 'webp');
    if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) {
      throw new ImageCheckError('corrupt', 'WebP VP8 frame has no start code');
    }
    return { width: u16le(bytes, 26) & 0x3fff, height: u16le(bytes, 28) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    need(bytes, 25, 'webp');
    if (bytes[20] !== 0x2f)
      throw new ImageCheckError('corrupt', 'WebP VP8L frame has no signature');
    const bits = u32le(bytes, 21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    need(bytes, 30, 'webp');
    return { width: u24le(bytes, 24) + 1, height: u24le(bytes, 27) + 1 };
  }
  throw new ImageCheckError('corrupt', `WebP starts with an unknown chunk '${chunk}'`);
}

function need(bytes: Uint8Array, length: number, format: ImageFormat): void {
  if (bytes.length < length) {
    throw new ImageCheckError(
      'truncated',
      `the ${format} image is truncated: ${bytes.length} bytes, inside its header`,
    );
  }
}
