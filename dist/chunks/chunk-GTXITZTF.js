import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);

// src/images/raster.ts
function createRaster({ width, height }) {
  return { width, height, data: new Uint8Array(width * height * 4) };
}
function isOpaque({ data }) {
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) return false;
  return true;
}

export {
  createRaster,
  isOpaque
};
