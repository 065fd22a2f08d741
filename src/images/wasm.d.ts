// A .wasm import is its bytes: esbuild's `binary` loader in the bundle, the `wasm-bytes`
// plugin of vitest.config.ts in tests.
declare module '*.wasm' {
  const bytes: Uint8Array;
  export default bytes;
}

// Node has WebAssembly, but TypeScript types it only in its DOM libraries, which this
// project leaves out; these are the parts src/images/webp.ts uses.
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module, imports: object);
    readonly exports: object;
  }
}
