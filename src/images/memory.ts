// The run's one bound on the memory its image work holds at once (docs/images.md, "Memory"):
// each received image takes its share, read from its header, before its check decodes
// anything, and keeps what its decoded pixels need until its transform is done. Work past the
// bound waits its turn, in order; it is never refused for waiting, and an image at the pixel
// cap always passes alone.
import type { ImageFormat } from '../models.js';
import type { Dimensions } from '../sizes.js';

/**
 * One JPEG or WebP at the pixel cap at a time (2 x 96 MiB), or three received Gemini 4K PNGs
 * (5504x3072, 65 MiB each).
 */
export const IMAGE_MEMORY_BYTES = 256 * 2 ** 20;

/** A decoded image: RGBA, 4 bytes a pixel. */
export const pixelBytes = ({ width, height }: Dimensions) => width * height * 4;

/**
 * What checking an image takes at its peak: its pixels; for JPEG and WebP, decoded inside a
 * WebAssembly instance, the instance's copy of them too; and for a progressive JPEG, the
 * coefficients its decoder holds until the last scan (2 bytes each, 64 per 8x8 block, for
 * up to 3 components at full resolution).
 */
export function checkBytes(image: Dimensions & { format: ImageFormat; progressive?: boolean }) {
  const pixels = pixelBytes(image);
  if (image.format === 'png') return pixels;
  const coefficients = image.progressive ? image.width * image.height * 3 * 2 : 0;
  return 2 * pixels + coefficients;
}

export interface MemoryShare {
  /** Gives back all of the share but `bytes` (the pixels kept for the transform). */
  keep(bytes: number): void;
  /** Gives back the whole share; once is enough, more calls do nothing. */
  release(): void;
}

export class ImageMemory {
  #free: number;
  readonly #waiting: { bytes: number; start(): void }[] = [];

  constructor(readonly bytes = IMAGE_MEMORY_BYTES) {
    this.#free = bytes;
  }

  /** Resolves once `bytes` (at most the whole bound) are free and every earlier ask is served. */
  async take(bytes: number): Promise<MemoryShare> {
    let held = Math.min(Math.max(0, bytes), this.bytes);
    if (this.#waiting.length > 0 || held > this.#free) {
      await new Promise<void>((start) => this.#waiting.push({ bytes: held, start }));
    } else {
      this.#free -= held;
    }
    const giveBack = (amount: number) => {
      held -= amount;
      this.#free += amount;
      this.#startWaiting();
    };
    return {
      keep: (bytes) => giveBack(Math.max(0, held - Math.max(0, bytes))),
      release: () => giveBack(held),
    };
  }

  #startWaiting(): void {
    while (this.#waiting.length > 0 && this.#waiting[0]!.bytes <= this.#free) {
      const next = this.#waiting.shift()!;
      this.#free -= next.bytes;
      next.start();
    }
  }
}
