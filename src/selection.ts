// `force` and `only`: `true`, or a list of ids and globs (hero, social-*, og-?, {hero,team}).
// Globs are picomatch's. Its patterns become regular expressions, whose cost grows with the
// power of the number of `*` in them (`*a*a*a*a*b` takes seconds on one id), so a pattern is
// held to MAX_STARS and MAX_PATTERN_LENGTH, and a list to MAX_PATTERNS: matching stays well
// under a second for 10,000 ids. See docs/reliability.md.
import picomatch from 'picomatch';
import { closestName } from './manifest/errors.js';

export type IdMatcher = (id: string) => boolean;

export const matchNone: IdMatcher = () => false;
export const matchAll: IdMatcher = () => true;

const MAX_STARS = 2;
const MAX_PATTERN_LENGTH = 100;
const MAX_PATTERNS = 100;

/** A `force`/`only` value that is not a list of ids and globs asset-forge takes. */
export class SelectionError extends Error {
  override readonly name = 'SelectionError';
}

/**
 * Parses `true`, `false`, '' or a comma/space/newline separated list of ids and globs.
 * Throws SelectionError for a pattern beyond the bounds.
 */
export function parseIdMatcher(text: string | undefined, whenEmpty: IdMatcher): IdMatcher {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return whenEmpty;
  if (trimmed === 'true' || trimmed === '*') return matchAll;
  if (trimmed === 'false') return matchNone;
  const matchers = patternsOf(trimmed).map(compile);
  return (id) => matchers.some((matches) => matches(id));
}

/**
 * The ids and globs of a `force`/`only` list that match none of `ids`: most often a typo, which
 * must not pass as "nothing to do".
 */
export function unmatchedPatterns(text: string | undefined, ids: readonly string[]): string[] {
  const trimmed = (text ?? '').trim();
  if (trimmed === '' || trimmed === 'true' || trimmed === 'false' || trimmed === '*') return [];
  return patternsOf(trimmed).filter((pattern) => !ids.some(compile(pattern)));
}

/**
 * The same, each with the id it was probably meant to be: `heor (did you mean hero?)`.
 * Empty when every pattern names an asset.
 */
export function unmatchedWithHints(text: string | undefined, ids: readonly string[]): string[] {
  return unmatchedPatterns(text, ids).map((pattern) => {
    const guess = closestName(pattern, ids);
    return guess ? `${pattern} (did you mean ${guess}?)` : pattern;
  });
}

/** The list's items: separated by commas, spaces or newlines, except commas inside `{a,b}`. */
function patternsOf(text: string): string[] {
  const patterns: string[] = [];
  let current = '';
  let depth = 0;
  for (const c of text) {
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    if (/\s/.test(c) || (c === ',' && depth === 0)) {
      if (current) patterns.push(current);
      current = '';
    } else current += c;
  }
  if (current) patterns.push(current);
  if (patterns.length > MAX_PATTERNS) {
    throw new SelectionError(
      `${patterns.length} ids and globs in one list; asset-forge takes at most ${MAX_PATTERNS}: use fewer, broader globs`,
    );
  }
  return patterns;
}

function compile(pattern: string): IdMatcher {
  const shown = pattern.length > 40 ? `${pattern.slice(0, 40)}…` : pattern;
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new SelectionError(
      `the glob ${shown} is ${pattern.length} characters long; asset-forge takes globs of at most ${MAX_PATTERN_LENGTH}`,
    );
  }
  if ((pattern.match(/\*/g)?.length ?? 0) > MAX_STARS) {
    throw new SelectionError(
      `the glob ${shown} has more than ${MAX_STARS} *; asset-forge takes at most ${MAX_STARS} in one glob (its cost grows with each): list the ids, or split it into simpler globs`,
    );
  }
  // Ids are plain names: no extglobs, and a dot or a slash in an id is literal.
  const matches = picomatch(pattern, { noextglob: true, dot: true });
  return (id) => matches(id);
}
