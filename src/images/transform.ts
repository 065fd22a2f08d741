// From a verified received image to the files the manifest asks for: the master at its exact
// size and format, then each rendition, made from the master's pixels. Outputs come one at
// a time, so at most the master and one rendition are in memory; an output whose format and
// size the received file already has reuses its bytes, and when every output does, nothing
// is decoded at all. Pixels the check decoded (JPEG, WebP) are used, not decoded again.
import { readFile } from 'node:fs/promises';
import type { ImageFormat } from '../models.js';
import type { Dimensions } from '../sizes.js';
import { decodeResized, encodeImage } from './codec.js';
import type { Raster } from './raster.js';
import { resizeRaster } from './resize.js';
import type { VerifiedImage } from './verify.js';

export interface OutputSpec {
  size: Dimensions;
  format: ImageFormat;
}

export interface TransformRequest {
  image: VerifiedImage;
  /** The master's exact size; undefined keeps the received size (`size: auto`). */
  size: Dimensions | undefined;
  format: ImageFormat;
  renditions: readonly OutputSpec[];
}

export interface ProducedImage extends OutputSpec {
  /** Index into the request's renditions; undefined for the master. */
  rendition: number | undefined;
  bytes: Buffer;
}

/** Yields the master first, then the renditions in order. Decoding failures are ImageCheckErrors. */
export async function* produceImages(request: TransformRequest): AsyncGenerator<ProducedImage> {
  const { image, renditions } = request;
  const master: OutputSpec = { size: request.size ?? image, format: request.format };
  const outputs = [master, ...renditions];
  // Read only when an output is the received file itself (a 4K PNG: 10-25 MB), or when the
  // check did not keep the pixels (a common PNG, decoded again as a stream into the resizer).
  const reused = outputs.some((spec) => isReceived(image, spec));
  let received = reused || !image.pixels ? await readFile(image.file) : undefined;
  let masterPixels: Raster | undefined;
  const pixelsOf = async (spec: OutputSpec) => {
    if (!masterPixels) {
      masterPixels = image.pixels
        ? resizeRaster(image.pixels, master.size)
        : await decodeResized(received!, image.format, master.size);
      if (!reused) received = undefined;
      await settle();
    }
    return resizeRaster(masterPixels, spec.size);
  };

  for (const [index, spec] of outputs.entries()) {
    if (index > 0) await settle();
    const bytes = isReceived(image, spec)
      ? received!
      : await encodeImage(await pixelsOf(spec), spec.format);
    yield {
      rendition: index === 0 ? undefined : index - 1,
      size: { width: spec.size.width, height: spec.size.height },
      format: spec.format,
      bytes,
    };
  }
}

/** The received file is an output as it is: same format and size, upright, sRGB. */
const isReceived = (image: VerifiedImage, { size, format }: OutputSpec) =>
  image.format === format &&
  image.width === size.width &&
  image.height === size.height &&
  !image.orientation &&
  !image.toSrgb;

/**
 * Lets the event loop turn between the steps of a large image: V8 finishes the garbage
 * collection it has begun (the last step's tens of megabytes of pixels) instead of the next
 * step piling its own on top. A 4K asset's peak memory is measurably lower for it.
 */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
