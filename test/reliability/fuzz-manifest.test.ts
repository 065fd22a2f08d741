// Fuzzing the manifest (SPEC §2: every error names the file, line and column and says how to
// fix it): generated documents, valid and broken, through parseManifest and through the built
// CLI's `validate`. Never a crash or a stack trace: a Manifest, or a ManifestInvalidError (exit 2)
// whose every problem has a place in the file and a fix.
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ManifestInvalidError } from '../../src/manifest/errors.js';
import { parseManifest } from '../../src/manifest/load.js';
import { seededRandom } from '../seeded-random.js';
import { billionLaughs, deepNesting, generatedManifest } from './generators.js';
import { type Exit, spawnCli } from './helpers.js';

const repo = realpathSync(mkdtempSync(join(tmpdir(), 'af-fuzz-manifest-')));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const PROBLEM_LINE = /^assets\.yml:(\d+):(\d+): \S[\s\S]*\. Fix: \S/;

/** Parses the text; returns what happened, failing the test on anything but the two outcomes. */
function outcomeOf(text: string): 'valid' | 'invalid' {
  let error: unknown;
  try {
    parseManifest(text, { file: 'assets.yml', dir: repo, root: repo, provider: 'pixapi' });
    return 'valid';
  } catch (caught) {
    error = caught;
  }
  if (!(error instanceof ManifestInvalidError)) {
    throw new Error(`not a ManifestInvalidError: ${(error as Error)?.stack ?? String(error)}`);
  }
  const lines = text.split(/\r\n|\r|\n/).length;
  expect(error.problems.length).toBeGreaterThan(0);
  for (const problem of error.problems) {
    expect(problem.file).toBe('assets.yml');
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(lines + 1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.message.trim().length).toBeGreaterThan(0);
    expect(problem.fix.trim().length).toBeGreaterThan(0);
    expect(problem.message.length).toBeLessThanOrEqual(1_000);
    expect(problem.fix.length).toBeLessThanOrEqual(500);
  }
  for (const line of error.message.split('\n')) expect(line).toMatch(PROBLEM_LINE);
  return 'invalid';
}

const SEEDS = Array.from({ length: 40 }, (_, i) => 7_000 + i);
const PER_SEED = 10;

describe('parseManifest on generated manifests', () => {
  it.each(SEEDS)('seed %i: a Manifest or a ManifestInvalidError with file:line:col', (seed) => {
    const random = seededRandom(seed);
    for (let i = 0; i < PER_SEED; i++) {
      const { kind, text } = generatedManifest(random);
      const started = performance.now();
      try {
        outcomeOf(text);
      } catch (error) {
        throw new Error(
          `seed ${seed} #${i} (${kind}): ${(error as Error).message}\n--- document ---\n${text.slice(0, 2_000)}`,
        );
      }
      expect(performance.now() - started, `seed ${seed} #${i} (${kind})`).toBeLessThan(5_000);
    }
  });

  it('covers valid and invalid documents of every kind', () => {
    const seen = new Map<string, Set<string>>();
    for (const seed of SEEDS) {
      const random = seededRandom(seed);
      for (let i = 0; i < PER_SEED; i++) {
        const { kind, text } = generatedManifest(random);
        const kinds = seen.get(kind) ?? new Set();
        kinds.add(outcomeOf(text));
        seen.set(kind, kinds);
      }
    }
    expect([...seen.keys()].sort()).toEqual(
      [
        'anchors and aliases',
        'billion laughs',
        'broken YAML',
        'deep nesting',
        'random document',
        'random text',
        'valid',
        'wrong types and values',
      ].sort(),
    );
    expect(seen.get('valid')).toEqual(new Set(['valid']));
    expect(seen.get('billion laughs')).toEqual(new Set(['invalid']));
  });

  it('a billion-laughs document of a billion nodes is refused in a moment', () => {
    const started = performance.now();
    expect(outcomeOf(billionLaughs(9, 10))).toBe('invalid');
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('asset-forge validate (the built CLI) on a sample', () => {
  it('exits 0 or 2, never with a stack trace; every error line is file:line:col', async () => {
    const random = seededRandom(99);
    const sample = [
      billionLaughs(8, 9),
      deepNesting(random, 3_000),
      'version: 1\nassets: [\n',
      'version: "1"\nassets:\n  - id: Hero!\n    prompt: 42\n    size: 3840x1024\n',
      '\u0000\u0001\u0002 not yaml at all {{{',
      '? [a, b]\n: 1\nversion: 1\nassets: []\n',
      ...Array.from({ length: 7 }, () => generatedManifest(random).text),
    ];
    const files = sample.map((text, i) => {
      const file = join(repo, `case-${i}.yml`);
      writeFileSync(file, text);
      return file;
    });
    const exits: Exit[] = await Promise.all(
      files.map((file) => spawnCli(['validate', file, '--provider', 'pixapi'], {}, repo).exited),
    );
    exits.forEach((exit, i) => {
      const what = `case ${i}: ${exit.stderr.slice(0, 500)}`;
      expect([0, 2], what).toContain(exit.code);
      const output = exit.stdout + exit.stderr;
      expect(output, what).not.toMatch(/^\s+at .+(:\d+:\d+\)?|native\))$/m);
      expect(output, what).not.toMatch(/TypeError|RangeError|ReferenceError|SyntaxError:/);
      expect(output, what).not.toMatch(/\(node:\d+\) \w*Warning/);
      if (exit.code === 0) return;
      const problems = exit.stderr.split('\n').filter((line) => line.startsWith(files[i]!));
      expect(problems.length, what).toBeGreaterThan(0);
      for (const line of problems) {
        expect(line.slice(files[i]!.length)).toMatch(/^:\d+:\d+: \S.*\. Fix: \S/);
      }
    });
    expect(exits.filter((exit) => exit.code === 2).length).toBeGreaterThanOrEqual(5);
  });
});
