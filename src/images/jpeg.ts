// JPEG through jpeg-js (pure JS). JPEG has no alpha: transparent pixels are laid on white,
// not left to show whatever colour the transparent pixels happened to keep.
import jpeg from 'jpeg-js';
import { createRaster, isOpaque, type Raster } from './raster.js';

const QUALITY = 90;

export function decodeJpeg(bytes: Uint8Array): Raster {
  return jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, tolerantDecoding: false });
}

export function encodeJpeg(raster: Raster): Buffer {
  return jpeg.encode(isOpaque(raster) ? raster : onWhite(raster), QUALITY).data;
}

function onWhite(raster: Raster): Raster {
  const flat = createRaster(raster);
  const { data } = raster;
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3]!;
    const white = 255 - alpha;
    for (let c = 0; c < 3; c++) flat.data[i + c] = (data[i + c]! * alpha + 255 * white + 127) / 255;
    flat.data[i + 3] = 255;
  }
  return flat;
}
