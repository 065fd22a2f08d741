// docs/models.md against the model registry: the table of built-in models, the default chain,
// the example manifest and the error it quotes.
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/manifest/load.js';
import {
  BUILT_IN_MODELS,
  builtInRegistry,
  DEFAULT_FALLBACK,
  DEFAULT_MODEL,
} from '../../src/models/registry.js';
import { codeBlocks, ROOT, read, tablesStartingWith } from './helpers.js';

const doc = read('docs/models.md');

describe('docs/models.md', () => {
  it('has one row per built-in model, as the registry has it', () => {
    const tables = tablesStartingWith(doc, [
      'Model',
      'Family',
      'Aliases',
      'Tiers',
      'Reference images',
    ]);
    expect(tables).toHaveLength(1);
    const rows = tables[0]!;
    expect(rows.map((row) => row[0]!.replaceAll('`', ''))).toEqual(
      BUILT_IN_MODELS.map((m) => m.id),
    );
    const nanobanana = builtInRegistry('nanobanana');
    const pixapi = builtInRegistry('pixapi');
    for (const [id, family, aliases, tiers, references] of rows) {
      const model = pixapi.get(id!.replaceAll('`', ''));
      expect(family).toBe(model.family);
      const written = model.aliases.map((alias) => `\`${alias}\``).join(', ') || '-';
      expect(aliases).toBe(written);
      expect(tiers).toBe(model.tiers.join(' '));
      const onNanobanana = nanobanana.get(model.id).maxImages;
      expect(references).toBe(
        onNanobanana === model.maxImages
          ? String(model.maxImages)
          : `${model.maxImages} (${onNanobanana} on nanobanana)`,
      );
    }
  });

  it('names the default chain', () => {
    expect(doc).toContain(`\`model: ${DEFAULT_MODEL}\``);
    expect(doc).toContain(`\`fallback: [${DEFAULT_FALLBACK.join(', ')}]\``);
  });

  it('quotes the error an undeclared model id gets', () => {
    const quoted = codeBlocks('docs/models.md')
      .find((block) => block.lang === '')!
      .text.trim();
    const manifest =
      'version: 1\nassets:\n  - id: hero\n    model: gemini-4-image\n    prompt: "A hero"\n';
    expect(() => parseManifest(manifest, { file: 'assets.yml', dir: ROOT, root: ROOT })).toThrow(
      quoted,
    );
  });
});
