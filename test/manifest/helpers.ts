// Shared by the manifest tests: parse YAML text, collect the problems, find text in the source.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, expect } from 'vitest';
import { ManifestInvalidError, type ManifestProblem } from '../../src/manifest/errors.js';
import { type LoadOptions, parseManifest } from '../../src/manifest/load.js';
import type { Manifest } from '../../src/manifest/types.js';

const made: string[] = [];

/** A fresh folder that is removed after the test (real path: macOS /tmp is a symlink). */
export function tempDir(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'af-manifest-test-')));
  made.push(dir);
  return dir;
}

/** A repository folder whose `link` is a symbolic link to a folder outside it. */
export function repoWithLinkOut(link: string): string {
  const base = tempDir();
  const repo = join(base, 'repo');
  mkdirSync(repo);
  mkdirSync(join(base, 'outside'));
  symlinkSync(join(base, 'outside'), join(repo, link), 'dir');
  return repo;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

let scratch: string | undefined;
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});
/** An empty repository folder shared by tests that touch no files. */
function scratchRepo(): string {
  scratch ??= realpathSync(mkdtempSync(join(tmpdir(), 'af-manifest-repo-')));
  return scratch;
}

export interface ParseOptions extends LoadOptions {
  dir?: string;
}

export function parse(text: string, options: ParseOptions = {}): Manifest {
  const dir = options.dir ?? scratchRepo();
  return parseManifest(text, { file: 'assets.yml', ...options, dir, root: options.root ?? dir });
}

/** The problems the text has; fails the test when it loads. */
export function problemsOf(text: string, options: ParseOptions = {}): ManifestProblem[] {
  try {
    parse(text, options);
  } catch (error) {
    if (error instanceof ManifestInvalidError) return error.problems;
    throw error;
  }
  expect.fail('the manifest loaded, but it should have been rejected');
}

/** The single problem of the text (fails when there are none or several). */
export function onlyProblem(text: string, options: ParseOptions = {}): ManifestProblem {
  const problems = problemsOf(text, options);
  expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
  return problems[0]!;
}

/**
 * Where `needle` is written in `text` (its nth occurrence), 1-based: found by plain string
 * search, independently of the YAML parser the loader uses.
 */
export function where(text: string, needle: string, nth = 1): { line: number; column: number } {
  let offset = -1;
  for (let i = 0; i < nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`'${needle}' (#${nth}) is not in the text`);
  }
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Lines joined with newlines and a final newline: the YAML of a test, readable in the source. */
export const yaml = (...lines: string[]): string => `${lines.join('\n')}\n`;
