// `force` and `only`: `true`, or a list of ids and globs (hero, social-*, og-?).
export type IdMatcher = (id: string) => boolean;

export const matchNone: IdMatcher = () => false;
export const matchAll: IdMatcher = () => true;

/** Parses `true`, `false`, '' or a comma/space/newline separated list of ids and globs. */
export function parseIdMatcher(text: string | undefined, whenEmpty: IdMatcher): IdMatcher {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return whenEmpty;
  if (trimmed === 'true' || trimmed === '*') return matchAll;
  if (trimmed === 'false') return matchNone;
  const patterns = trimmed
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(globToRegExp);
  return (id) => patterns.some((pattern) => pattern.test(id));
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

/**
 * The ids and globs of a `force`/`only` list that match none of `ids`: most often a typo, which
 * must not pass as "nothing to do".
 */
export function unmatchedPatterns(text: string | undefined, ids: readonly string[]): string[] {
  const trimmed = (text ?? '').trim();
  if (trimmed === '' || trimmed === 'true' || trimmed === 'false' || trimmed === '*') return [];
  return trimmed
    .split(/[\s,]+/)
    .filter(Boolean)
    .filter((pattern) => !ids.some((id) => globToRegExp(pattern).test(id)));
}
