// Reads assets.yml: YAML with source positions, one zod schema, then the rules that need context.
// Every problem is collected (not only the first) and carries file:line:column and a fix.
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type Alias, type Document, LineCounter, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import { formatProblem, ManifestInvalidError, type ManifestProblem } from './errors.js';
import { describeIssue, type PathProblem } from './issues.js';
import { type ManifestPath, PositionFinder } from './positions.js';
import { resolveManifest } from './resolve.js';
import { manifestSchema, type RawAsset, type RawManifest } from './schema.js';
import type { Manifest } from './types.js';
import { firstLine, yamlSyntaxProblems } from './yaml-errors.js';

/** Large enough for thousands of assets; small enough that a hostile file cannot exhaust memory. */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
/** Aliases expand into copies: a cap stops "billion laughs" documents. */
export const MAX_ALIAS_COUNT = 100;

export interface LoadOptions {
  /** The repository root; no path in the manifest may leave it. Default: the manifest's folder. */
  root?: string;
  /** The provider of the run, for the rules that depend on it (file references need uploads). */
  provider?: string;
}

export function loadManifest(file: string, options: LoadOptions = {}): Manifest {
  const absolute = resolve(file);
  let text: string;
  try {
    const size = statSync(absolute).size;
    if (size > MAX_MANIFEST_BYTES) {
      throw new ManifestInvalidError([
        at(
          file,
          1,
          1,
          `the manifest is ${size} bytes; at most ${MAX_MANIFEST_BYTES} allowed`,
          'split it into several manifests',
        ),
      ]);
    }
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    if (error instanceof ManifestInvalidError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'the manifest file does not exist'
        : code === 'EISDIR'
          ? 'the manifest path is a folder, not a file'
          : `cannot read the manifest (${code ?? String(error)})`;
    throw new ManifestInvalidError([
      at(file, 1, 1, reason, 'check the manifest path (input `manifest` or the CLI argument)'),
    ]);
  }
  return parseManifest(text, { ...options, file, dir: dirname(absolute) });
}

export function parseManifest(
  text: string,
  options: LoadOptions & { file: string; dir: string },
): Manifest {
  const { file, dir } = options;
  const lines = new LineCounter();
  const document = parseDocument(text, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
    // A key that is a list or a map is reported as an unknown key; no process warning besides.
    logLevel: 'error',
  });
  const positions = new PositionFinder(document, lines, text);
  const fromPath = (problem: PathProblem): ManifestProblem => {
    const { line, column } = positions.find(problem.path, problem.key, problem.needle);
    return at(file, line, column, problem.message, problem.fix);
  };

  if (document.errors.length > 0) {
    const duplicates = document.errors
      .filter((error) => error.code === 'DUPLICATE_KEY')
      .map((error) => {
        const { line, column } = positions.position(error.pos[0]);
        const key = /^[^:\n]*/.exec(text.slice(error.pos[0]))?.[0].trim();
        return at(
          file,
          line,
          column,
          `YAML: the key ${key ? `'${key}' ` : ''}is written twice in the same map`,
          'keep one of them',
        );
      });
    const syntax = yamlSyntaxProblems(text, document.errors, (offset) =>
      positions.position(offset),
    ).map((problem) => at(file, problem.line, problem.column, problem.message, problem.fix));
    throw new ManifestInvalidError(sortedUnique([...syntax, ...duplicates]));
  }

  const unresolved = firstUnresolvedAlias(document, text);
  if (unresolved) {
    const { line, column } = positions.position(unresolved.range?.[0] ?? 0);
    throw new ManifestInvalidError([
      at(
        file,
        line,
        column,
        `YAML: the alias *${unresolved.source} has no anchor &${unresolved.source} before it`,
        `define &${unresolved.source} before this place, or write the value out`,
      ),
    ]);
  }

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new ManifestInvalidError([
      at(
        file,
        1,
        1,
        `YAML: the aliases (*name) expand into too many copies (${firstLine((error as Error).message)})`,
        `use at most ${MAX_ALIAS_COUNT} alias expansions; write the values out instead`,
      ),
    ]);
  }

  if (data === null || data === undefined) {
    throw new ManifestInvalidError([
      at(file, 1, 1, 'the manifest is empty', 'start it with version: 1 and a list of assets:'),
    ]);
  }

  const provider = options.provider ?? 'nanobanana';
  const resolveContext = {
    file,
    dir,
    root: resolve(options.root ?? dir),
    providerName: provider,
    acceptsFileReferences: provider !== 'nanobanana',
    lineOf: (path: ManifestPath) => positions.find(path).line,
  };
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => describeIssue(issue, data));
    // Report at once what the rest of the file breaks too (sizes, vars, paths), not after a rerun.
    const rest = validAssetsOnly(data, parsed.error.issues);
    if (rest) problems.push(...resolveManifest(rest, resolveContext).problems);
    throw new ManifestInvalidError(sortedUnique(problems.map(fromPath)));
  }

  const { manifest, problems } = resolveManifest(parsed.data, resolveContext);
  if (problems.length > 0) throw new ManifestInvalidError(sortedUnique(problems.map(fromPath)));
  return manifest;
}

/**
 * When every schema issue lies inside single assets, the manifest without those assets. They
 * are left as holes, so the others keep their index (forEach skips holes). The schema has no
 * defaults or transforms, so a valid part of the input is its own parsed value.
 */
function validAssetsOnly(
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
): RawManifest | undefined {
  const invalid = new Set<number>();
  for (const issue of issues) {
    const [first, index] = issue.path;
    if (first !== 'assets' || typeof index !== 'number') return undefined;
    invalid.add(index);
  }
  const all = (data as { assets: unknown[] }).assets;
  const assets: RawAsset[] = [];
  assets.length = all.length;
  all.forEach((asset, index) => {
    if (!invalid.has(index)) assets[index] = asset as RawAsset;
  });
  return { ...(data as RawManifest), assets };
}

/** A problem quotes the value it is about: a huge value must not make a huge message. */
const MAX_MESSAGE_CHARS = 1000;
const MAX_FIX_CHARS = 500;

function at(
  file: string,
  line: number,
  column: number,
  message: string,
  fix: string,
): ManifestProblem {
  return {
    file,
    line,
    column,
    message: shorten(message, MAX_MESSAGE_CHARS),
    fix: shorten(fix, MAX_FIX_CHARS),
  };
}

/** Its start and its end (where the reason of a message about a long value is). */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const tail = Math.floor(max / 3);
  return `${text.slice(0, max - tail - 1)}…${text.slice(-tail)}`;
}

/**
 * In file order; a problem reported once per asset from one place (an invalid size under
 * `defaults`) is listed once.
 */
function sortedUnique(problems: ManifestProblem[]): ManifestProblem[] {
  const seen = new Set<string>();
  return problems
    .filter((problem) => {
      const key = formatProblem(problem);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The first alias whose anchor is not defined before it (toJS would throw without a place). */
function firstUnresolvedAlias(document: Document, text: string): Alias | undefined {
  if (!text.includes('*')) return undefined; // no alias at all: no need to walk the document
  let found: Alias | undefined;
  visit(document, {
    Alias(_key, node) {
      if (node.resolve(document) === undefined) {
        found = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}
