// `force` and `only` (SPEC §7): true, false, empty, or lists of ids and globs.
import { describe, expect, it } from 'vitest';
import {
  type IdMatcher,
  matchAll,
  matchNone,
  parseIdMatcher,
  SelectionError,
  unmatchedPatterns,
  unmatchedWithHints,
} from '../src/selection.js';
import { makeProject } from './generate/helpers.js';
import { spawnCli, within } from './reliability/helpers.js';

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

describe('picomatch globs', () => {
  it('braces and character classes', () => {
    expect(matching(parseIdMatcher('{hero,team}', matchNone))).toEqual(['hero', 'team']);
    expect(matching(parseIdMatcher('og-card-[0-9]x', matchNone))).toEqual(['og-card-2x']);
  });
});

describe('bounded cost: a pattern cannot hang the run', () => {
  const PATHOLOGICAL = `${'*a'.repeat(12)}*b`;

  it('a glob with more than two * is refused with what to do instead, at once', () => {
    expect(() => parseIdMatcher(PATHOLOGICAL, matchNone)).toThrow(SelectionError);
    expect(() => parseIdMatcher('*a*a*b', matchNone)).toThrow(
      'the glob *a*a*b has more than 2 *; asset-forge takes at most 2 in one glob (its cost grows with each): list the ids, or split it into simpler globs',
    );
    expect(() => unmatchedPatterns(PATHOLOGICAL, IDS)).toThrow(SelectionError);
  });

  it('an over-long glob and an over-long list are refused', () => {
    expect(() => parseIdMatcher('a'.repeat(101), matchNone)).toThrow(
      /^the glob a{40}… is 101 characters long; asset-forge takes globs of at most 100$/,
    );
    const many = Array.from({ length: 101 }, (_, i) => `id-${i}`).join(',');
    expect(() => parseIdMatcher(many, matchNone)).toThrow(
      '101 ids and globs in one list; asset-forge takes at most 100: use fewer, broader globs',
    );
  });

  it('the worst glob allowed, over 2,000 long ids that almost match, ends within seconds', () => {
    const ids = Array.from({ length: 2_000 }, (_, i) => `${'a'.repeat(250)}${i}`);
    const matcher = parseIdMatcher('*a*b', matchNone);
    const started = Date.now();
    expect(ids.filter(matcher)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('the built CLI: --only with a pathological glob exits 2 at once, without a hang', async () => {
    const project = makeProject({ assets: [{ id: 'a'.repeat(40) }] });
    const cli = spawnCli(['plan', project.manifest, '--only', PATHOLOGICAL]);
    try {
      const exit = await within(20_000, 'the CLI', cli.exited);
      expect(exit.code, exit.stderr).toBe(2);
      expect(exit.stderr).toContain(`the glob ${PATHOLOGICAL} has more than 2 *`);
    } finally {
      cli.process.kill('SIGKILL'); // a hang must not outlive the test
      project.remove();
    }
  });
});

describe('unmatchedWithHints (what the CLI and the action refuse)', () => {
  it('names each id or glob that matches nothing, with the id it was probably meant to be', () => {
    expect(unmatchedWithHints('heor, social-*, zzz-*', IDS)).toEqual([
      'heor (did you mean hero?)',
      'zzz-*',
    ]);
    expect(unmatchedWithHints('hero,team', IDS)).toEqual([]);
    expect(unmatchedWithHints('true', IDS)).toEqual([]);
  });
});
