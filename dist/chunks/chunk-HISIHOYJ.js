import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);

// src/images/emscripten.ts
globalThis.ImageData ??= class ImageData {
  constructor(data, width, height) {
    this.data = data;
    this.width = width;
    this.height = height;
  }
  data;
  width;
  height;
};
async function instantiate(factory, module, messages = []) {
  const keep = (text) => void messages.push(text);
  return await factory({
    noInitialRun: true,
    print: keep,
    printErr: keep,
    instantiateWasm(imports, done) {
      const instance = new WebAssembly.Instance(module, imports);
      done(instance);
      return instance.exports;
    }
  });
}
var pixelsOf = ({ data }) => new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

export {
  instantiate,
  pixelsOf
};
