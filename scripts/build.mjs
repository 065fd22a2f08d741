// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

export const buildOptions = {
  entryPoints: { index: 'src/index.ts', cli: 'src/cli-main.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  loader: { '.wasm': 'binary' },
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies call require() for Node built-ins; give the ESM bundle one.
  banner: {
    js: "import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);",
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  // Chunk names carry a hash: the last build's chunks would linger beside the new ones.
  rmSync('dist/chunks', { recursive: true, force: true });
  await build(buildOptions);
}
