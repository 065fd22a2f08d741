import { defineConfig, type Plugin } from 'vitest/config';

// A .wasm import is its bytes, as esbuild's `binary` loader makes it in the bundle
// (scripts/build.mjs), so src/images/webp.ts has one code path in tests and in dist.
const wasmBytes: Plugin = {
  name: 'wasm-bytes',
  enforce: 'pre',
  load(id) {
    if (!id.endsWith('.wasm')) return null;
    return `import { readFileSync } from 'node:fs';\nexport default new Uint8Array(readFileSync(${JSON.stringify(id)}));`;
  },
};

export default defineConfig({
  plugins: [wasmBytes],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Through the plugin, not Node's own (instantiating) WebAssembly import.
    server: { deps: { inline: [/\.wasm$/] } },
  },
});
