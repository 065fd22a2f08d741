// tsx, unlike the bundle and vitest, has no loader that turns a .wasm import into bytes: this
// module, imported before any engine code, adds one.
import { registerHooks } from 'node:module';

registerHooks({
  load(url, context, nextLoad) {
    if (!url.endsWith('.wasm')) return nextLoad(url, context);
    const source = `import { readFileSync } from 'node:fs';
      export default new Uint8Array(readFileSync(new URL(import.meta.url)));`;
    return { format: 'module', source, shortCircuit: true };
  },
});
