// Decoded pixels: the one in-memory image shape every codec and the resizer share.
import type { Dimensions } from '../sizes.js';

export interface Raster {
  width: number;
  height: number;
  /** RGBA, 8 bits a channel, straight (not premultiplied) alpha, rows top to bottom. */
  data: Uint8Array;
}

export function createRaster({ width, height }: Dimensions): Raster {
  return { width, height, data: new Uint8Array(width * height * 4) };
}

export function isOpaque({ data }: Raster): boolean {
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) return false;
  return true;
}
