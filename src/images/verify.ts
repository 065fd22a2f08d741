// The check every received image passes before it is written (SPEC §6): real PNG, JPEG or
// WebP bytes, whole, that decode in full (not only a sound structure), of the expected size
// after their EXIF orientation (exact for gpt-image-2; the aspect ratio for Gemini, before
// the exact-size step; anything for 'auto').
import { open, readFile } from 'node:fs/promises';
import { type Dimensions, isAspectClose } from '../sizes.js';
import { decodeInFull } from './codec.js';
import { ImageCheckError } from './errors.js';
import { type ImageHeader, isProgressiveJpeg, MAX_PIXELS, readImageHeader } from './format.js';
import { checkIntegrity, checkPngChunks } from './integrity.js';
import { checkBytes, ImageMemory, pixelBytes } from './memory.js';
import type { Raster } from './raster.js';

export type SizeExpectation = { exact: Dimensions } | { aspect: Dimensions } | { any: true };

export interface VerifiedImage extends ImageHeader {
  file: string;
  /** Decoded by the check (JPEG, WebP, a rare PNG), as displayed and in sRGB, for the transform. */
  pixels?: Raster;
}

/** A received image that passed its check, holding its share of the run's image memory. */
export interface CheckedImage extends VerifiedImage {
  /** Drops the pixels and gives the share back: once the transform that follows is done. */
  release(): void;
}

/**
 * Throws an ImageCheckError that says what is wrong; a failed attempt, never a success. The
 * image's share of `memory` is taken before anything is decoded; on success it keeps what the
 * returned pixels take, until `release`.
 */
export async function checkReceivedImage(
  file: string,
  expectation: SizeExpectation,
  memory: ImageMemory,
): Promise<CheckedImage> {
  const share = await memory.take(await checkBytesOf(file));
  try {
    const bytes = await readFile(file);
    const header = readImageHeader(bytes);
    checkSize(header, expectation); // before the whole-file checks, which cost more
    // A PNG's image data is inflated once, by the decode check, off the event loop.
    if (header.format === 'png') checkPngChunks(bytes);
    else checkIntegrity(bytes, header.format);
    const pixels = await decodeInFull(bytes, header.format);
    share.keep(pixels ? pixelBytes(pixels) : 0);
    const checked: CheckedImage = {
      file,
      ...header,
      ...(pixels && { pixels }),
      release() {
        delete checked.pixels; // garbage from now on, as the share says
        share.release();
      },
    };
    return checked;
  } catch (error) {
    share.release();
    throw error;
  }
}

/** The same check, the pixels dropped, outside any run's memory bound. */
export async function verifyImageFile(
  file: string,
  expectation: SizeExpectation,
): Promise<VerifiedImage> {
  const { pixels, release, ...image } = await checkReceivedImage(
    file,
    expectation,
    new ImageMemory(),
  );
  return image;
}

/** Enough of any file for its header, short of JPEG APP segments that run past it. */
const HEADER_BYTES = 1024 * 1024;

/**
 * What the check of the file will take, from its header alone: the file is not read whole
 * while it waits its turn. A whole file without a header is refused before any decoding; a
 * start of one that is not enough for its header counts as an image at the cap.
 */
async function checkBytesOf(file: string): Promise<number> {
  const handle = await open(file);
  try {
    const start = Buffer.allocUnsafe(HEADER_BYTES); // only the bytes read are looked at
    const { bytesRead } = await handle.read(start, 0, HEADER_BYTES, 0);
    try {
      const header = start.subarray(0, bytesRead);
      const image = readImageHeader(header);
      return checkBytes({
        ...image,
        progressive: image.format === 'jpeg' && isProgressiveJpeg(header),
      });
    } catch {
      return bytesRead < HEADER_BYTES
        ? 0
        : checkBytes({ format: 'jpeg', progressive: true, width: MAX_PIXELS, height: 1 });
    }
  } finally {
    await handle.close();
  }
}

/**
 * The same checks short of decoding the pixels: the file is whole, sound and of the size
 * expected. For files this program wrote itself (tests, the lock's files on disk).
 */
export function verifyImageBytes(bytes: Uint8Array, expectation: SizeExpectation): ImageHeader {
  const header = readImageHeader(bytes);
  checkSize(header, expectation);
  checkIntegrity(bytes, header.format);
  return header;
}

const show = ({ width, height }: Dimensions) => `${width}x${height}`;

function checkSize(actual: ImageHeader, expectation: SizeExpectation): void {
  if ('exact' in expectation) {
    const { exact } = expectation;
    if (actual.width !== exact.width || actual.height !== exact.height) {
      throw new ImageCheckError(
        'wrong-dimensions',
        `the image is ${show(actual)}, ${show(exact)} expected`,
      );
    }
  } else if ('aspect' in expectation && !isAspectClose(actual, expectation.aspect)) {
    const ratio = (actual.width / actual.height).toFixed(3);
    const expected = (expectation.aspect.width / expectation.aspect.height).toFixed(3);
    throw new ImageCheckError(
      'wrong-aspect',
      `the image is ${show(actual)} (aspect ${ratio}), the aspect of ${show(expectation.aspect)} (${expected}) expected`,
    );
  }
}
