// Manifest rules that need context: sizes per model, ${vars}, prompt length, reference images.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onlyProblem, parse, problemsOf, tempDir, where, yaml } from './helpers.js';

const withSize = (size: string, ...more: string[]) =>
  yaml('version: 1', 'assets:', '  - id: a', '    prompt: x', `    size: ${size}`, ...more);

describe('size syntax', () => {
  it.each(['100 x 100', '1024X1024', '1024x', 'big', '0x1024', '-16x16'])(
    'rejects %j and shows what a size looks like',
    (size) => {
      const text = withSize(JSON.stringify(size));
      const problem = onlyProblem(text);
      expect(problem).toMatchObject({ line: 5, column: 11 });
      expect(problem.message).toBe(`assets[0].size ${JSON.stringify(size)} is not valid`);
      expect(problem.fix).toContain('WIDTHxHEIGHT such as 1536x1024, or auto');
    },
  );

  it('a rendition needs an exact size: auto is refused with its own fix', () => {
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    prompt: x',
      '    renditions:',
      '      - { out: a-small.png, size: auto }',
    );
    const problem = onlyProblem(text);
    expect(problem).toMatchObject(where(text, 'auto'));
    expect(problem.fix).toBe(
      'write WIDTHxHEIGHT such as 1200x630 (a rendition needs an exact size)',
    );
  });
});

describe('gpt-image-2 size rules (SPEC §3)', () => {
  it('3840x1024: the ratio rule, with 3072x1024 suggested', () => {
    const problem = onlyProblem(withSize('3840x1024'));
    expect(problem).toMatchObject({ line: 5, column: 11 });
    expect(problem.message).toBe(
      'size 3840x1024 is not valid for gpt-image-2: the long edge 3840 is more than 3 times the short edge 1024',
    );
    expect(problem.fix).toMatch(/^use 3072x1024\b/);
  });

  it('1000x1000: not multiples of 16 (both edges named)', () => {
    const problem = onlyProblem(withSize('1000x1000'));
    expect(problem.message).toBe(
      'size 1000x1000 is not valid for gpt-image-2: width 1000 and height 1000 are not multiples of 16',
    );
    // 1008 = 63 x 16 is the nearest multiple of 16 to 1000 in both directions.
    expect(problem.fix).toMatch(/^use 1008x1008\b/);
  });

  it('4096x2304: over the long-edge limit and the pixel limit, both named', () => {
    const problem = onlyProblem(withSize('4096x2304'));
    expect(problem.message).toContain('the long edge 4096 is over 3840');
    expect(problem.message).toContain('9,437,184 pixels is over the maximum 8,294,400');
    // 16:9 at the long-edge and pixel limits is exactly 3840x2160, a preset.
    expect(problem.fix).toMatch(/^use 3840x2160\b/);
  });

  it('512x512: under the pixel minimum, scaled up to a valid square', () => {
    const problem = onlyProblem(withSize('512x512'));
    expect(problem.message).toContain('262,144 pixels is under the minimum 655,360');
    // sqrt(655,360) = 809.5, and the next multiple of 16 above it is 816.
    expect(problem.fix).toMatch(/^use 816x816\b/);
  });

  it('valid sizes load: presets, custom sizes at the limits, auto', () => {
    for (const size of ['1024x1024', '2160x3840', '3072x1024', '1024x640', 'auto', '2880x2880']) {
      const asset = parse(withSize(size)).assets[0]!;
      expect(asset.size === 'auto' ? 'auto' : `${asset.size.width}x${asset.size.height}`).toBe(
        size,
      );
    }
  });

  it('a size from defaults is reported once, at defaults, however many assets use it', () => {
    const text = yaml(
      'version: 1',
      'defaults:',
      '  size: 4000x4000',
      'assets:',
      '  - id: a',
      '    prompt: x',
      '  - id: b',
      '    prompt: y',
    );
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 3, column: 9 });
    expect(problem.message).toContain('size 4000x4000 is not valid for gpt-image-2');
  });

  it('gpt-image-2 rules do not apply to a chain of Gemini models only', () => {
    const text = withSize(
      '1000x3000',
      '    model: gemini-3.1-flash-image-preview',
      '    fallback: []',
    );
    expect(parse(text).assets[0]!.size).toEqual({ width: 1000, height: 3000 });
  });

  it('they apply when gpt-image-2 is only a fallback', () => {
    const text = withSize(
      '1000x3000',
      '    model: gemini-3-pro-image-preview',
      '    fallback: [gpt-image-2]',
    );
    expect(onlyProblem(text).message).toContain('not valid for gpt-image-2');
  });
});

describe('${vars} in prompts', () => {
  it('are substituted, numbers and booleans as text', () => {
    const text = yaml(
      'version: 1',
      'vars:',
      '  brand: Acme',
      '  year: 2026',
      '  dark: false',
      'assets:',
      '  - id: a',
      '    prompt: "${brand} ${year} ${brand}, dark=${dark}"',
    );
    expect(parse(text).assets[0]!.prompt).toBe('Acme 2026 Acme, dark=false');
  });

  it('an unknown one points at the variable in the prompt and suggests the close name', () => {
    const text = yaml(
      'version: 1',
      'vars:',
      '  brand: Acme',
      'assets:',
      '  - id: a',
      '    prompt: "A ${brnd} hero banner"',
    );
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 6, column: 16 });
    expect(problem.message).toBe('the prompt uses ${brnd}, which is not defined in vars');
    expect(problem.fix).toBe('did you mean ${brand}?');
  });

  it('an unknown one with nothing close says to define it', () => {
    const text = yaml('version: 1', 'assets:', '  - id: a', '    prompt: "${palette} shapes"');
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 4, column: 14 });
    expect(problem.fix).toBe('add palette under vars, or remove ${palette}');
  });

  it('a prompt of 2000 characters after substitution is allowed, 2001 is not', () => {
    const manifest = (extra: string) =>
      yaml(
        'version: 1',
        'vars:',
        `  long: "${'x'.repeat(1000)}"`,
        'assets:',
        '  - id: a',
        `    prompt: "\${long}\${long}${extra}"`,
      );
    expect(parse(manifest('')).assets[0]!.prompt).toHaveLength(2000);
    const problem = onlyProblem(manifest('!'));
    expect(problem).toMatchObject({ line: 6, column: 13 });
    expect(problem.message).toBe(
      "the prompt of 'a' has 2001 characters after substitution; at most 2000 allowed",
    );
    expect(problem.fix).toBe('shorten it by 1 character');
  });

  it('a prompt that is empty after substitution is refused', () => {
    const text = yaml(
      'version: 1',
      'vars:',
      '  none: ""',
      'assets:',
      '  - id: a',
      '    prompt: "${none}"',
    );
    expect(onlyProblem(text).message).toBe("the prompt of 'a' is empty after substitution");
  });
});

describe('reference images', () => {
  const withImages = (list: string[]) =>
    yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    prompt: x',
      '    images:',
      ...list.map((i) => `      - ${i}`),
    );

  it('https URLs load as URL references', () => {
    const text = withImages(['https://cdn.example.com/a.png', 'https://cdn.example.com/b.png']);
    expect(parse(text).assets[0]!.images).toEqual([
      { kind: 'url', url: 'https://cdn.example.com/a.png' },
      { kind: 'url', url: 'https://cdn.example.com/b.png' },
    ]);
  });

  it('14 are allowed, 15 are not', () => {
    const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://x.test/${i}.png`);
    expect(parse(withImages(urls(14))).assets[0]!.images).toHaveLength(14);
    const problem = onlyProblem(withImages(urls(15)));
    expect(problem).toMatchObject({ line: 6, column: 7 });
    expect(problem.message).toBe('assets[0].images has 15 entries; at most 14 allowed');
    expect(problem.fix).toBe('keep assets[0].images to 14 entries or fewer');
  });

  it.each(['http://cdn.example.com/a.png', 'ftp://cdn.example.com/a.png', 'file:///etc/passwd'])(
    'refuses %s, pointing at the entry',
    (url) => {
      const text = withImages(['https://ok.test/a.png', url]);
      const problem = onlyProblem(text);
      expect(problem).toMatchObject({ line: 7, column: 9 });
      const scheme = url.split(':')[0];
      expect(problem.message).toBe(
        `reference image ${url} uses ${scheme}:, which providers do not fetch`,
      );
      expect(problem.fix).toBe('use an https:// URL or a path inside the repository');
    },
  );

  it('a repository file with provider nanobanana is an error naming the provider rule', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'ref'));
    writeFileSync(join(dir, 'ref', 'kettle.png'), 'png');
    const problem = onlyProblem(withImages(['ref/kettle.png']), { dir, provider: 'nanobanana' });
    expect(problem).toMatchObject({ line: 6, column: 9 });
    expect(problem.message).toBe(
      'reference image ref/kettle.png is a repository file, but the nanobanana provider takes reference images as https URLs only',
    );
    expect(problem.fix).toContain('use provider pixapi, which uploads files');
  });

  it('nanobanana is the provider when none is given', () => {
    const problem = onlyProblem(withImages(['ref/kettle.png']));
    expect(problem.message).toContain(
      'the nanobanana provider takes reference images as https URLs only',
    );
  });

  it('a repository file with provider pixapi loads, as a path from the repository root', () => {
    const root = tempDir();
    mkdirSync(join(root, 'design', 'ref'), { recursive: true });
    writeFileSync(join(root, 'design', 'ref', 'kettle.png'), 'png');
    const manifest = parse(withImages(['ref/kettle.png', 'https://x.test/b.png']), {
      root,
      dir: join(root, 'design'),
      provider: 'pixapi',
    });
    expect(manifest.assets[0]!.images).toEqual([
      { kind: 'file', path: 'design/ref/kettle.png' },
      { kind: 'url', url: 'https://x.test/b.png' },
    ]);
  });

  it('with pixapi the file must exist (a folder is not a file)', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'ref'));
    const problems = problemsOf(withImages(['ref/missing.png', 'ref']), {
      dir,
      provider: 'pixapi',
    });
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [6, 9, 'reference image ref/missing.png does not exist'],
      [7, 9, 'reference image ref does not exist'],
    ]);
    expect(problems[0]!.fix).toBe('check the path: it is relative to the manifest folder');
  });

  it('with pixapi a path that leaves the repository is refused', () => {
    const dir = tempDir();
    const problem = onlyProblem(withImages(['../secret.png']), { dir, provider: 'pixapi' });
    expect(problem.message).toBe(
      'reference image ../secret.png is not allowed: it leaves the repository',
    );
  });
});
