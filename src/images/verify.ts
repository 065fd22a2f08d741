// The check every received image passes before it is written (SPEC §6): real PNG, JPEG or
// WebP bytes, whole, that decode in full (not only a sound structure), of the expected size
// after their EXIF orientation (exact for gpt-image-2; the aspect ratio for Gemini, before
// the exact-size step; anything for 'auto').
import { readFile } from 'node:fs/promises';
import { type Dimensions, isAspectClose } from '../sizes.js';
import { decodesInFull } from './codec.js';
import { ImageCheckError } from './errors.js';
import { type ImageHeader, readImageHeader } from './format.js';
import { checkIntegrity, checkPngChunks } from './integrity.js';

export type SizeExpectation = { exact: Dimensions } | { aspect: Dimensions } | { any: true };

export interface VerifiedImage extends ImageHeader {
  file: string;
}

/** Throws an ImageCheckError that says what is wrong; a failed attempt, never a success. */
export async function verifyImageFile(
  file: string,
  expectation: SizeExpectation,
): Promise<VerifiedImage> {
  const bytes = await readFile(file);
  const header = readImageHeader(bytes);
  checkSize(header, expectation); // before the whole-file checks, which cost more
  // A PNG's image data is inflated once, by the decode check, off the event loop.
  if (header.format === 'png') checkPngChunks(bytes);
  else checkIntegrity(bytes, header.format);
  await decodesInFull(bytes, header.format);
  return { file, ...header };
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
