// The chunk layout of a PNG file, shared by the integrity check and the decoder.
import { ascii, u32be } from './bytes.js';
import { ImageCheckError } from './errors.js';

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlaced: boolean;
}

export interface PngChunk {
  type: string;
  /** Offset of the chunk's length field. */
  offset: number;
  data: Uint8Array;
  crc: number;
}

/** IHDR, which the signature check (format.ts) has already found at byte 8. */
export function readPngHeader(bytes: Uint8Array): PngHeader {
  return {
    width: u32be(bytes, 16),
    height: u32be(bytes, 20),
    bitDepth: bytes[24]!,
    colourType: bytes[25]!,
    interlaced: bytes[28] !== 0,
  };
}

/** Every chunk up to and including IEND; throws when the bytes end before it. */
export function* pngChunks(bytes: Uint8Array): Generator<PngChunk> {
  for (let offset = 8; ; ) {
    if (offset + 12 > bytes.length) throw truncated(`no IEND chunk after byte ${offset}`);
    const dataEnd = offset + 8 + u32be(bytes, offset);
    if (dataEnd + 4 > bytes.length) throw truncated(`chunk at byte ${offset} runs past the end`);
    const type = ascii(bytes, offset + 4, 4);
    yield { type, offset, data: bytes.subarray(offset + 8, dataEnd), crc: u32be(bytes, dataEnd) };
    if (type === 'IEND') return;
    offset = dataEnd + 4;
  }
}

/** The zlib stream split across the IDAT chunks, in one piece. */
export function pngImageData(bytes: Uint8Array): Buffer {
  const parts: Uint8Array[] = [];
  for (const { type, data } of pngChunks(bytes)) if (type === 'IDAT') parts.push(data);
  // One IDAT (as many encoders write): a view, not a copy of a 4K image's 10-25 MB.
  const [only] = parts;
  if (parts.length === 1 && only) return Buffer.from(only.buffer, only.byteOffset, only.length);
  return Buffer.concat(parts);
}

/** The zlib stream's pieces as the IDAT chunks hold them, for streamed inflating (no copy). */
export function* pngImageDataParts(bytes: Uint8Array): Generator<Uint8Array> {
  for (const { type, data } of pngChunks(bytes)) if (type === 'IDAT' && data.length > 0) yield data;
}

/** Output pieces of a streamed inflate: few thread-pool round trips, little held at once. */
export const INFLATE_CHUNK = 256 * 1024;

const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

// Adam7: each pass's first column/row and step.
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** Bytes of filtered scanlines (a filter byte, then the packed row) that IHDR implies. */
export function pngDataLength({
  width,
  height,
  bitDepth,
  colourType,
  interlaced,
}: PngHeader): number {
  const channels = PNG_CHANNELS[colourType];
  if (!channels || ![1, 2, 4, 8, 16].includes(bitDepth)) {
    throw new ImageCheckError(
      'corrupt',
      `the PNG image is damaged: bit depth ${bitDepth} with colour type ${colourType} is invalid`,
    );
  }
  const scanlines = (w: number, h: number) =>
    w > 0 && h > 0 ? h * (1 + Math.ceil((w * channels * bitDepth) / 8)) : 0;
  if (!interlaced) return scanlines(width, height);
  return ADAM7.reduce(
    (sum, [x0, y0, dx, dy]) =>
      sum + scanlines(Math.ceil((width - x0) / dx), Math.ceil((height - y0) / dy)),
    0,
  );
}

const truncated = (detail: string) =>
  new ImageCheckError('truncated', `the PNG image is truncated: ${detail}`);
