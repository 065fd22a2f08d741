// Every credit number in the docs is checked against the model registry's credits and
// attemptCredits, so the pages say what a run charges.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyLock } from '../../src/lockfile.js';
import { parseManifest } from '../../src/manifest/load.js';
import {
  BUILT_IN_MODELS,
  builtInRegistry,
  type PriceCell,
  TIERS,
} from '../../src/models/registry.js';
import type { Quality } from '../../src/models.js';
import { loadAndPlan } from '../../src/pipeline.js';
import { planRun } from '../../src/plan.js';
import { attemptCredits } from '../../src/pricing.js';
import { budgetLine, planMarkdown } from '../../src/report/markdown.js';
import { toPlanDocument } from '../../src/report/plan-document.js';
import { matchAll, matchNone } from '../../src/selection.js';
import { parseSize } from '../../src/sizes.js';
import { codeBlocks, ROOT, read, tablesStartingWith } from './helpers.js';

const HEADER = ['model', '512', '1K', '2K', '4K'];
const MODELS = builtInRegistry('nanobanana');

/** What a cell of the credit table should say for a price. */
function written(cell: PriceCell | undefined): string {
  if (cell === undefined) return '-';
  return typeof cell === 'number' ? String(cell) : `${cell.low} / ${cell.medium} / ${cell.high}`;
}

function checkCreditTable(file: string): void {
  const tables = tablesStartingWith(read(file), HEADER);
  expect(tables, `${file} has the credit table`).toHaveLength(1);
  const rows = tables[0]!;
  const models = rows.map((row) => row[0]!.split(' ')[0]!);
  expect(new Set(models), `${file}: one row per priced model`).toEqual(
    new Set(BUILT_IN_MODELS.map((spec) => spec.id)),
  );
  for (const row of rows) {
    const model = row[0]!.split(' ')[0]!;
    const prices = MODELS.get(model).credits;
    TIERS.forEach((tier, column) => {
      expect(row[column + 1], `${file}: ${model} at ${tier}`).toBe(written(prices[tier]));
    });
    const qualities = Object.values(prices).some((cell) => typeof cell === 'object');
    expect(row[0]!.includes('low / medium / high'), `${file}: ${model} says its qualities`).toBe(
      qualities,
    );
  }
}

describe('credit tables', () => {
  it('docs/pricing.md has the registry’s credits', () => checkCreditTable('docs/pricing.md'));
  it('README.md has the registry’s credits', () => checkCreditTable('README.md'));

  it('docs/pricing.md prices its examples as attemptCredits does', () => {
    const tables = tablesStartingWith(read('docs/pricing.md'), [
      'model',
      'size',
      'quality',
      'credits',
    ]);
    expect(tables).toHaveLength(1);
    for (const [model, size, quality, credits] of tables[0]!) {
      expect(MODELS.has(model!), model).toBe(true);
      const spec = parseSize(size!);
      expect(spec, size).toBeDefined();
      const charged = attemptCredits(
        MODELS,
        model!,
        spec!,
        (quality === '-' ? 'auto' : quality) as Quality,
      );
      expect(credits, `${model} ${size} ${quality}`).toBe(String(charged));
    }
  });

  it('quotes the credits of the examples it names in the text', () => {
    const text = read('docs/pricing.md').replace(/\s+/g, ' ');
    const at = (model: string, size: string, quality: Quality) =>
      attemptCredits(MODELS, model, parseSize(size)!, quality);
    expect(text).toContain(
      `a 4K gpt-image-2 image at high quality is ${at('gpt-image-2', '3840x2160', 'high')} credits`,
    );
    expect(text).toContain(
      `on gemini-3-pro-image it is ${at('gemini-3-pro-image', '3840x2160', 'auto')}`,
    );
    expect(text).toContain(
      `gpt-image-2 at low quality is ${at('gpt-image-2', '1024x1024', 'low')} credit at 1K`,
    );
  });
});

describe('planned totals quoted in the docs', () => {
  it('examples/assets.yml plans at the credits docs/pricing.md says', () => {
    const { plan } = loadAndPlan({
      manifest: join(ROOT, 'examples', 'assets.yml'),
      provider: 'nanobanana',
    });
    const text = read('docs/pricing.md').replace(/\s+/g, ' ');
    expect(text).toContain(
      `plans at ${plan.requiredCredits} credits against its budget of ${plan.budget}`,
    );
  });

  it("the README's sample comment is what plan mode writes for the quick-start manifest", () => {
    const readme = read('README.md');
    const manifestBlock = codeBlocks('README.md').find(
      (block) => block.lang === 'yaml' && /^version: 1$/m.test(block.text),
    )!;
    const manifest = parseManifest(manifestBlock.text, {
      file: 'assets.yml',
      dir: ROOT,
      root: ROOT,
    });
    const plan = planRun(manifest, {
      lock: emptyLock(),
      files: { digest: () => undefined, referenceDigest: () => undefined },
      now: new Date(),
      force: matchNone,
      only: matchAll,
      free: false,
    });
    const markdown = planMarkdown(toPlanDocument(plan));
    const header = ['Asset', 'Change', 'Size', 'Tier', 'Quality', 'Model', 'Credits'];
    expect(tablesStartingWith(readme, header)).toEqual(tablesStartingWith(markdown, header));
    expect(readme).toContain(budgetLine(toPlanDocument(plan)));
  });
});
