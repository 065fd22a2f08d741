// docs/providers.md against the code: its classification examples through classifyFailure, and
// the live smoke test's cost through the registry's prices.
import { describe, expect, it } from 'vitest';
import { builtInRegistry, DEFAULT_FALLBACK, DEFAULT_MODEL } from '../../src/models/registry.js';
import { attemptCredits } from '../../src/pricing.js';
import { classifyFailure } from '../../src/providers/classify.js';
import { read, tablesStartingWith } from './helpers.js';

const doc = read('docs/providers.md');

describe('docs/providers.md', () => {
  it('classifies its examples as the code does', () => {
    const tables = tablesStartingWith(doc, ['HTTP', 'code', 'message', 'scope']);
    expect(tables).toHaveLength(1);
    const rows = tables[0]!;
    expect(rows.length).toBeGreaterThan(6);
    for (const [http, code, message, scope] of rows) {
      const status = http === '-' || http === '200' ? undefined : Number(http);
      const facts = {
        ...(status !== undefined ? { status } : {}),
        ...(code !== '-' ? { code: /^\d+$/.test(code!) ? Number(code) : code } : {}),
        ...(message!.startsWith('(') ? {} : { message }),
      };
      expect(classifyFailure(facts), `${http} ${code} ${message}`).toBe(scope);
    }
  });

  it('quotes what the live smoke test costs', () => {
    const size = { width: 1024, height: 1024 };
    const costOn = (provider: string) => {
      const models = builtInRegistry(provider);
      const chain = [DEFAULT_MODEL, ...DEFAULT_FALLBACK].reduce(
        (sum, model) => sum + attemptCredits(models, model, size, 'low'),
        0,
      );
      const flash = attemptCredits(models, 'gemini-3.1-flash-image', size, 'low');
      // The edit on both; the async task on pixapi only.
      return chain + flash + (provider === 'pixapi' ? flash : 0);
    };
    const text = doc.replace(/\s+/g, ' ');
    expect(text).toContain(
      `It costs ${costOn('nanobanana')} credits on nanobanana and ${costOn('pixapi')} on pixapi`,
    );
  });
});
