// docs/manifest.md documents every key the manifest schema accepts: the keys are read from the
// zod schema itself, so a new key without documentation fails here.
import { describe, expect, it } from 'vitest';
import type { ZodObject, ZodOptional } from 'zod';
import { BUILT_IN_DEFAULTS } from '../../src/manifest/resolve.js';
import { manifestSchema } from '../../src/manifest/schema.js';
import { BUILT_IN_MODEL_IDS } from '../../src/models/registry.js';
import { schemaKeys } from '../schema-keys.js';
import { read } from './helpers.js';

const doc = read('docs/manifest.md');

describe('docs/manifest.md', () => {
  const keys = schemaKeys(manifestSchema);

  it('walks the whole schema: top level, budget, defaults, assets, renditions, pricing', () => {
    for (const key of [
      'version',
      'budget',
      'max-credits',
      'on-over-budget',
      'defaults',
      'vars',
      'pricing',
      'prune',
      'assets',
      'id',
      'prompt',
      'out',
      'renditions',
      'model',
      'fallback',
      'quality',
      'size',
      'format',
      'out-dir',
      'refresh',
      'images',
      'async',
      '4K',
      'low',
    ]) {
      expect(keys.has(key), key).toBe(true);
    }
  });

  it.each([...keys].map(([key, path]) => [key, path]))('documents `%s` (at %s)', (key) => {
    expect(doc).toContain(`\`${key}\``);
  });

  it('documents every key `defaults` takes', () => {
    const defaults = (manifestSchema.shape.defaults as ZodOptional<ZodObject>).unwrap();
    const section = doc.slice(doc.indexOf('### `defaults`'), doc.indexOf('### `vars`'));
    for (const key of Object.keys(defaults.shape)) expect(section).toContain(`\`${key}\``);
  });

  it('names every model id and the built-in defaults', () => {
    for (const model of BUILT_IN_MODEL_IDS) expect(doc).toContain(model);
    expect(doc).toContain(`\`${BUILT_IN_DEFAULTS.model}\``);
    expect(doc).toContain(`[${BUILT_IN_DEFAULTS.fallback.join(', ')}]`);
    expect(doc).toContain(`\`${BUILT_IN_DEFAULTS['out-dir']}\``);
    expect(doc).toContain(`\`${BUILT_IN_DEFAULTS.quality}\``);
  });
});
