// SPEC §7: user text (ids, prompts, models, provider messages, manifest problems; and in comment
// mode, everything in an untrusted plan file) is escaped so that it cannot break the table,
// mention people, link issues or inject HTML. Seeded hostile strings through escapeCell and the
// two markdown tables: a row always has exactly its cells, and no '<', no '@' or '#' that
// GitHub would link, no markdown that would render.
import { describe, expect, it } from 'vitest';
import type { AssetResult, RunResult } from '../../src/generate/types.js';
import type { ModelId } from '../../src/models.js';
import { escapeCell } from '../../src/report/escape.js';
import { planMarkdown, resultsMarkdown } from '../../src/report/markdown.js';
import type { PlanDocument } from '../../src/report/plan-document.js';
import { seededRandom } from '../seeded-random.js';
import { randomText } from './generators.js';
import { int, pick, type Random } from './helpers.js';

const HOSTILE = [
  'hero\u202egnp.exe',
  '\u2066isolated\u2069 \u200fmarks\u200e',
  'zero\u200bwidth\u2060joiner\ufeff\u061c',
  '@octocat',
  '@acme/security-team',
  'hi@octocat',
  '#1',
  'acme/site#12',
  'GH-12',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<!-- ',
  ' -->',
  '<details open>',
  '| a | b |',
  '||',
  '\\|',
  '&#124;',
  '&lt;b&gt;',
  '&#64;octocat',
  '`code`',
  '```',
  '[click](javascript:alert(1))',
  '![x](https://evil.example/x.png)',
  '<https://evil.example>',
  '**bold** __under__ ~~gone~~',
  '\n| injected | row |\n',
  'line\r\nbreak',
  '\u2028\u2029',
  '\u0000\u001b[31mred\u001b[0m',
  ':warning:',
  '\n::error::fake annotation',
  '$(rm -rf /)',
  "'; DROP TABLE assets; --",
  '\u202eevil',
  '@\u200boctocat',
  '🙂',
];

function hostile(random: Random): string {
  const parts = Array.from({ length: int(random, 1, 4) }, () =>
    random() < 0.7 ? pick(random, HOSTILE) : randomText(random, int(random, 1, 30)),
  );
  const text = parts.join(pick(random, ['', ' ', '\n', '|']));
  return random() < 0.05 ? text.repeat(int(random, 50, 200)) : text;
}

/** The text GitHub shows: entities decoded (which is where it looks for mentions and links). */
function rendered(markdown: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
  return markdown.replace(/&(#\d+|amp|lt|gt|quot);/g, (_, entity: string) =>
    entity.startsWith('#') ? String.fromCodePoint(Number(entity.slice(1))) : named[entity]!,
  );
}

/** What the markdown must never hold, whatever the text. */
function expectSafe(markdown: string): void {
  // As written: no HTML, no code, no image or link, no line break or control character.
  expect(markdown).not.toMatch(/[<>`]/);
  expect(markdown).not.toMatch(/!\[|\]\(/);
  expect(markdown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
  // No bidirectional control or zero-width character (the zero-width spaces we add are entities).
  expect(markdown).not.toMatch(/[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/);
  // As shown: no mention, no issue or pull-request reference.
  const shown = rendered(markdown);
  expect(shown).not.toMatch(/@[\p{L}\p{N}_]/u);
  expect(shown).not.toMatch(/#\d/);
  expect(shown).not.toMatch(/GH-\d/i);
}

/** The cells of a table row: between the outer pipes, split on the others. */
const cellsOf = (row: string) => row.slice(1, -1).split('|');

const SEEDS = Array.from({ length: 25 }, (_, i) => 500 + i);

describe('escapeCell', () => {
  it.each(SEEDS)('seed %i: one line, no markup, no mention, no HTML, bounded', (seed) => {
    const random = seededRandom(seed);
    for (let i = 0; i < 40; i++) {
      const text = hostile(random);
      const max = pick(random, [40, 200, 500]);
      const cell = escapeCell(text, max);
      expectSafe(cell);
      expect(cell).not.toMatch(/[|\n\r*_~[\]\\]/);
      // Every entity is one of ours, so the text reads as written.
      for (const entity of cell.match(/&[^;\s]*;?/g) ?? []) {
        expect(entity).toMatch(/^&(amp|lt|gt|quot|#\d+);$/);
      }
      // Bounded: at most max characters of text, each at most one entity.
      expect(cell.length).toBeLessThanOrEqual(max * 9);
    }
  });

  it('keeps the text readable: the same words, with entities and zero-width spaces', () => {
    expect(escapeCell('Rejected | @octocat <b>#1</b>')).toBe(
      'Rejected &#124; @&#8203;octocat &lt;b&gt;#&#8203;1&lt;/b&gt;',
    );
    expect(escapeCell('a\n\n| b |\u0000c')).toBe('a &#124; b &#124; c');
  });

  it('bidirectional controls and zero-width characters cannot disguise a name', () => {
    expect(escapeCell('hero\u202egnp.exe')).toBe('hero gnp.exe');
    expect(escapeCell('a\u2066b\u2069c\u200bd\u200fe\ufeff')).toBe('a b c d e');
  });
});

function planDocument(random: Random): PlanDocument {
  const assets = Array.from({ length: int(random, 1, 6) }, () => ({
    id: hostile(random),
    change: pick(random, ['new', 'changed', 'missing', 'stale', 'forced'] as const),
    reason: hostile(random),
    size: hostile(random),
    tier: hostile(random),
    quality: hostile(random),
    model: hostile(random),
    credits: int(random, 0, 100),
    selected: random() < 0.5,
    ...(random() < 0.3 ? { skipReason: 'over-budget' as const } : {}),
  }));
  return {
    version: 1,
    manifest: hostile(random),
    onOverBudget: pick(random, ['fail', 'partial'] as const),
    requiredCredits: int(random, 0, 500),
    selectedCredits: int(random, 0, 500),
    overBudget: random() < 0.5,
    ...(random() < 0.5 ? { budget: int(random, 0, 500) } : {}),
    assets,
    removed: Array.from({ length: int(random, 0, 2) }, () => ({ id: hostile(random), files: [] })),
    problems: Array.from({ length: int(random, 0, 3) }, () => ({
      file: hostile(random),
      line: int(random, 1, 99),
      column: int(random, 1, 99),
      message: hostile(random),
      fix: hostile(random),
    })),
  };
}

function runResult(random: Random): RunResult {
  const results: AssetResult[] = Array.from({ length: int(random, 1, 6) }, () => {
    const outcome = pick(random, ['generated', 'failed', 'skipped'] as const);
    return {
      id: hostile(random),
      outcome,
      model: hostile(random) as ModelId,
      credits: int(random, 0, 50),
      files: [],
      attempts: Array.from({ length: int(random, 0, 3) }, () => ({
        model: hostile(random) as ModelId,
        status: hostile(random),
        message: hostile(random),
        waitMs: int(random, 0, 5000),
        credits: 0,
      })),
      ...(outcome === 'generated' ? {} : { reason: hostile(random) }),
    };
  });
  return {
    results,
    creditsSpent: int(random, 0, 500),
    possiblySpent: 0,
    modelsUnavailable: [],
    remaining: [],
    ...(random() < 0.3 ? { stoppedBecause: hostile(random) } : {}),
  };
}

describe('the markdown tables (PR comment, job summary)', () => {
  it.each(SEEDS)('seed %i: the cost preview: every row has 7 cells, nothing unsafe', (seed) => {
    const random = seededRandom(seed);
    const plan = planDocument(random);
    const markdown = planMarkdown(plan);
    expectSafe(markdown.replace(/^#+ /gm, ''));
    const rows = markdown.split('\n').filter((line) => line.startsWith('|'));
    expect(rows).toHaveLength(2 + plan.assets.length + plan.removed.length);
    for (const row of rows) {
      expect(row.endsWith('|'), row).toBe(true);
      expect(cellsOf(row), row).toHaveLength(7);
    }
    // The "Why" list's lines start with the bold id; a problem's text has no raw `*`.
    const problems = markdown
      .split('\n')
      .filter((line) => line.startsWith('- ') && !line.startsWith('- **'));
    expect(problems).toHaveLength(plan.problems.length);
  });

  it.each(SEEDS)('seed %i: the run report: every row has 5 cells, nothing unsafe', (seed) => {
    const random = seededRandom(seed);
    const run = runResult(random);
    const markdown = resultsMarkdown(run);
    expectSafe(markdown.replace(/^#+ /gm, ''));
    const rows = markdown.split('\n').filter((line) => line.startsWith('|'));
    const shown = run.results.filter((r) => r.outcome !== 'skipped' || r.reason !== 'unchanged');
    expect(rows).toHaveLength(2 + shown.length);
    for (const row of rows) {
      expect(row.endsWith('|'), row).toBe(true);
      expect(cellsOf(row), row).toHaveLength(5);
    }
    if (run.stoppedBecause) {
      const stopped = markdown.split('\n').filter((line) => line.startsWith('**Stopped:**'));
      expect(stopped).toHaveLength(1);
    }
  });
});
