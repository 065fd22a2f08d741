// EXIF orientation (TIFF tag 274): how the stored pixels are turned for display. Cameras and
// some editors store a portrait as landscape pixels with orientation 6; a file written without
// applying it shows sideways wherever the tag is dropped (SPEC §6: outputs are upright).
// The tag lives in a JPEG's APP1 "Exif" segment, a PNG's eXIf chunk or a WebP's EXIF chunk;
// format.ts finds that block, this module reads it and turns the pixels.
import { u16be, u16le, u32be, u32le } from './bytes.js';
import { createRaster, type Raster } from './raster.js';

/** 1 upright (or no tag); 2-8 as EXIF numbers them. */
export type Orientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

const ORIENTATION_TAG = 0x0112;
const SHORT = 3;

/**
 * The orientation in a TIFF block (an optional "Exif\0\0" first). A damaged or hostile block
 * is ignored, as viewers ignore it: the image is then taken as stored.
 */
export function readOrientation(exif: Uint8Array): Orientation {
  const tiff = exif[0] === 0x45 && exif[1] === 0x78 ? exif.subarray(6) : exif; // "Exif\0\0"
  if (tiff.length < 8) return 1;
  const little = tiff[0] === 0x49 && tiff[1] === 0x49; // "II"
  if (!little && !(tiff[0] === 0x4d && tiff[1] === 0x4d)) return 1; // nor "MM"
  const u16 = little ? u16le : u16be;
  const u32 = little ? u32le : u32be;
  if (u16(tiff, 2) !== 42) return 1;
  const ifd = u32(tiff, 4);
  if (ifd + 2 > tiff.length) return 1;
  const entries = u16(tiff, ifd);
  for (let i = 0, at = ifd + 2; i < entries && at + 12 <= tiff.length; i++, at += 12) {
    if (u16(tiff, at) !== ORIENTATION_TAG) continue;
    if (u16(tiff, at + 2) !== SHORT || u32(tiff, at + 4) !== 1) return 1;
    const value = u16(tiff, at + 8);
    return value >= 1 && value <= 8 ? (value as Orientation) : 1;
  }
  return 1;
}

/** Orientations 5 to 8 swap width and height. */
export const swapsAxes = (orientation: Orientation) => orientation >= 5;

/** The raster as it is displayed: turned and mirrored as its orientation says. */
export function applyOrientation(raster: Raster, orientation: Orientation): Raster {
  if (orientation === 1) return raster;
  const { width, height, data } = raster;
  const swapped = swapsAxes(orientation);
  const out = createRaster(swapped ? { width: height, height: width } : raster);
  // Whole pixels at once; a view needs a 4-byte-aligned start, which a pooled Buffer may lack.
  const aligned = data.byteOffset % 4 === 0 ? data : data.slice();
  const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  const turned = new Uint32Array(out.data.buffer);
  const source = SOURCE[orientation];
  for (let y = 0, i = 0; y < out.height; y++) {
    for (let x = 0; x < out.width; x++, i++) {
      const [sx, sy] = source(x, y, width, height);
      turned[i] = pixels[sy * width + sx]!;
    }
  }
  return out;
}

/** For a displayed pixel (x, y), the stored pixel it comes from (stored size w x h). */
const SOURCE: Record<
  Exclude<Orientation, 1>,
  (x: number, y: number, w: number, h: number) => [number, number]
> = {
  2: (x, y, w) => [w - 1 - x, y], // mirrored left to right
  3: (x, y, w, h) => [w - 1 - x, h - 1 - y], // turned 180°
  4: (x, y, _w, h) => [x, h - 1 - y], // mirrored top to bottom
  5: (x, y) => [y, x], // transposed
  6: (x, y, _w, h) => [y, h - 1 - x], // to be turned 90° clockwise
  7: (x, y, w, h) => [w - 1 - y, h - 1 - x], // transversed
  8: (x, y, w) => [w - 1 - y, x], // to be turned 90° anticlockwise
};
