// `force` and `only` (SPEC §7): true, false, empty, or lists of ids and globs.
import { describe, expect, it } from 'vitest';
import { type IdMatcher, matchAll, matchNone, parseIdMatcher } from '../src/selection.js';

const IDS = ['hero', 'hero-mobile', 'og-card', 'og-card-2x', 'social-x', 'social-in', 'team'];
const matching = (matcher: IdMatcher) => IDS.filter(matcher);

describe('parseIdMatcher', () => {
  it('true and * match every id', () => {
    expect(matching(parseIdMatcher('true', matchNone))).toEqual(IDS);
    expect(matching(parseIdMatcher('*', matchNone))).toEqual(IDS);
    expect(matching(parseIdMatcher('  true\n', matchNone))).toEqual(IDS);
  });

  it('false matches none', () => {
    expect(matching(parseIdMatcher('false', matchAll))).toEqual([]);
  });

  it('empty or missing gives the default: none for force, all for only', () => {
    for (const text of ['', '   ', '\n', undefined]) {
      expect(matching(parseIdMatcher(text, matchNone))).toEqual([]);
      expect(matching(parseIdMatcher(text, matchAll))).toEqual(IDS);
    }
  });

  it('a list of ids, separated by commas, spaces or newlines', () => {
    for (const text of ['hero,team', 'hero team', 'hero\nteam', ' hero , team ,', 'hero,,team']) {
      expect(matching(parseIdMatcher(text, matchNone))).toEqual(['hero', 'team']);
    }
  });

  it('an id matches whole ids only', () => {
    expect(matching(parseIdMatcher('hero', matchNone))).toEqual(['hero']);
    expect(matching(parseIdMatcher('card', matchNone))).toEqual([]);
  });

  it('* matches any run of characters, also none', () => {
    expect(matching(parseIdMatcher('social-*', matchNone))).toEqual(['social-x', 'social-in']);
    expect(matching(parseIdMatcher('og-card*', matchNone))).toEqual(['og-card', 'og-card-2x']);
    expect(matching(parseIdMatcher('*-mobile', matchNone))).toEqual(['hero-mobile']);
  });

  it('? matches exactly one character', () => {
    expect(matching(parseIdMatcher('social-?', matchNone))).toEqual(['social-x']);
    expect(matching(parseIdMatcher('tea?', matchNone))).toEqual(['team']);
  });

  it('globs and ids mix in one list', () => {
    expect(matching(parseIdMatcher('team, social-*', matchNone))).toEqual([
      'social-x',
      'social-in',
      'team',
    ]);
  });

  it('regular-expression characters in a pattern are literal', () => {
    const matcher = parseIdMatcher('a.b,c+', matchNone);
    expect(matcher('a.b')).toBe(true);
    expect(matcher('axb')).toBe(false);
    expect(matcher('c+')).toBe(true);
    expect(matcher('cc')).toBe(false);
  });
});
