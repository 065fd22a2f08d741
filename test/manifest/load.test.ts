// Reading the file: YAML errors with their place, hostile documents, files that are not there,
// and the realistic example manifest.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ManifestInvalidError, type ManifestProblem } from '../../src/manifest/errors.js';
import { loadManifest, MAX_MANIFEST_BYTES } from '../../src/manifest/load.js';
import { onlyProblem, parse, problemsOf, tempDir, where, yaml } from './helpers.js';

function loadProblems(file: string): ManifestProblem[] {
  try {
    loadManifest(file);
  } catch (error) {
    if (error instanceof ManifestInvalidError) return error.problems;
    throw error;
  }
  return expect.fail('the manifest loaded, but it should have been rejected');
}

describe('YAML errors', () => {
  it('an unclosed quote is a syntax error with a place and a fix', () => {
    const text = yaml('version: 1', 'assets:', '  - id: a', '    prompt: "unclosed');
    const problem = onlyProblem(text);
    expect(problem.message).toMatch(/^YAML syntax: .*quote/);
    expect(problem.fix).toBe('correct the YAML at this place');
    expect(problem.line).toBeGreaterThanOrEqual(4);
  });

  it('a tab used for indentation points at the tab', () => {
    const text = 'version: 1\nassets:\n\t- id: a\n';
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 3, column: 1 });
    expect(problem.message).toBe(
      'YAML syntax: a tab indents this line, and YAML indents with spaces only',
    );
    expect(problem.fix).toBe('replace the tab with spaces, as many as the lines around it use');
  });

  it('a key written twice in one map names the key, at its second place', () => {
    const text = yaml('version: 1', 'assets:', '  - id: a', '    prompt: one', '    prompt: two');
    const problem = onlyProblem(text);
    expect(problem).toMatchObject(where(text, 'prompt', 2));
    expect(problem).toMatchObject({ line: 5, column: 5 });
    expect(problem.message).toBe("YAML: the key 'prompt' is written twice in the same map");
    expect(problem.fix).toBe('keep one of them');
  });

  it('several syntax errors are reported together', () => {
    const text = yaml(
      'version: 1',
      'version: 1',
      'assets:',
      '  - id: a',
      '    id: b',
      '    prompt: x',
    );
    expect(problemsOf(text).map((p) => [p.line, p.column])).toEqual([
      [2, 1],
      [5, 5],
    ]);
  });

  it('an alias without its anchor points at the alias', () => {
    const text = yaml('version: 1', 'assets:', '  - id: a', '    prompt: *style');
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 4, column: 13 });
    expect(problem.message).toBe('YAML: the alias *style has no anchor &style before it');
  });

  it('aliases used sparingly work', () => {
    const text = yaml(
      'version: 1',
      'vars:',
      '  style: &style soft light',
      'assets:',
      '  - id: a',
      '    prompt: *style',
      '    images: &refs [https://x.test/a.png]',
      '  - id: b',
      '    prompt: *style',
      '    images: *refs',
    );
    const assets = parse(text).assets;
    expect(assets.map((asset) => asset.prompt)).toEqual(['soft light', 'soft light']);
    expect(assets[1]!.images).toEqual([{ kind: 'url', url: 'https://x.test/a.png' }]);
  });

  it('a billion-laughs document is refused quickly with a clear error', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const previous = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const text = yaml(...levels, 'version: 1', 'assets: []');
    const started = performance.now();
    const problem = onlyProblem(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(problem).toMatchObject({ line: 1, column: 1 });
    expect(problem.message).toMatch(/^YAML: the aliases \(\*name\) expand into too many copies/);
    expect(problem.fix).toBe('use at most 100 alias expansions; write the values out instead');
  });
});

describe('the manifest file', () => {
  it('that does not exist', () => {
    const file = join(tempDir(), 'assets.yml');
    const [problem, ...rest] = loadProblems(file);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file, line: 1, column: 1 });
    expect(problem!.message).toBe('the manifest file does not exist');
    expect(problem!.fix).toBe('check the manifest path (input `manifest` or the CLI argument)');
  });

  it('that is a folder', () => {
    const dir = tempDir();
    expect(loadProblems(dir)[0]!.message).toBe('the manifest path is a folder, not a file');
  });

  it('over the size limit is refused before it is parsed', () => {
    const file = join(tempDir(), 'assets.yml');
    writeFileSync(file, `version: 1\nassets: []\n#${'x'.repeat(MAX_MANIFEST_BYTES)}\n`);
    const [problem] = loadProblems(file);
    expect(problem!.message).toMatch(/^the manifest is \d+ bytes; at most 16777216 allowed$/);
  });

  it('problems name the file as the user gave it', () => {
    const dir = tempDir();
    const file = join(dir, 'assets.yml');
    writeFileSync(
      file,
      yaml('version: 1', 'assets:', '  - id: a', '    promt: x', '    prompt: x'),
    );
    expect(loadProblems(file)[0]).toMatchObject({ file, line: 4, column: 5 });
  });

  it('relative paths resolve from the manifest folder, and the root defaults to it', () => {
    const dir = tempDir();
    const file = join(dir, 'assets.yml');
    writeFileSync(
      file,
      yaml('version: 1', 'assets:', '  - id: a', '    prompt: x', '    out: web/a.png'),
    );
    const manifest = loadManifest(file);
    expect(manifest.dir).toBe(dir);
    expect(manifest.root).toBe(dir);
    expect(manifest.assets[0]!.out).toBe('web/a.png');
  });
});

describe('examples/assets.yml', () => {
  const example = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples/assets.yml');

  it('loads without problems, with every asset', () => {
    const manifest = loadManifest(example);
    expect(manifest.assets.map((asset) => asset.id)).toEqual([
      'hero',
      'hero-mobile',
      'banner-ultrawide',
      'og-card',
      'twitter-card',
      'instagram-square',
      'instagram-story',
      'product-duo',
      'product-kettle-lifestyle',
      'feature-icons',
      'newsletter-header',
      'team-illustration',
    ]);
    expect(manifest.budget).toEqual({ maxCredits: 800, onOverBudget: 'fail' });
  });

  it('applies its defaults: out-dir, fallback, quality, size, format', () => {
    const byId = new Map(loadManifest(example).assets.map((asset) => [asset.id, asset]));
    const banner = byId.get('banner-ultrawide')!;
    expect(banner.out).toBe('generated/banner-ultrawide.png');
    expect(banner.fallback).toEqual(['gemini-3-pro-image', 'gemini-3.1-flash-image']);
    expect(banner.model).toBe('gpt-image-2');
    expect(banner.quality).toBe('medium');
    // Written in the asset, not taken from defaults.
    expect(banner.size).toEqual({ width: 3072, height: 1024 });
    expect(byId.get('feature-icons')!.quality).toBe('low');
    // The product shots set their format; the defaults' png does not override it.
    expect(byId.get('product-duo')!.out).toBe('generated/product-duo.webp');
    expect(byId.get('product-kettle-lifestyle')!.out).toBe(
      'generated/product-kettle-lifestyle.jpg',
    );
    // Its own chain replaces the default one.
    expect(byId.get('team-illustration')!.fallback).toEqual(['gemini-3.1-flash-image']);
  });

  it('substitutes its vars, keeps renditions, and reads refresh periods', () => {
    const byId = new Map(loadManifest(example).assets.map((asset) => [asset.id, asset]));
    const hero = byId.get('hero')!;
    expect(hero.prompt).toBe(
      'A Acme hero banner: a team launching a paper rocket over a city skyline at dawn, soft editorial illustration with subtle grain, warm coral, deep navy and cream',
    );
    expect(hero.out).toBe('marketing/hero.png');
    expect(hero.renditions).toEqual([
      { out: 'marketing/hero-1920.webp', size: { width: 1920, height: 1080 }, format: 'webp' },
      { out: 'marketing/hero-960.jpg', size: { width: 960, height: 540 }, format: 'jpeg' },
    ]);
    expect(byId.get('newsletter-header')!.refreshMs).toBe(90 * 24 * 60 * 60 * 1000);
    expect(hero.refreshMs).toBeUndefined();
  });
});
