// Every path in the manifest stays inside the repository, and no two outputs collide (SPEC §2).
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onlyProblem, parse, problemsOf, repoWithLinkOut, tempDir, yaml } from './helpers.js';

const withOut = (out: string) =>
  yaml('version: 1', 'assets:', '  - id: a', '    prompt: x', `    out: ${out}`);

describe('output paths that leave the repository', () => {
  it.each([
    ['../x.png', 'it leaves the repository', 'keep it inside the repository (no .. past its root)'],
    [
      'img/../../x.png',
      'it leaves the repository',
      'keep it inside the repository (no .. past its root)',
    ],
    ['/etc/x.png', 'it is absolute', 'write it relative to the manifest folder'],
    ["'C:\\x.png'", 'it is absolute', 'write it relative to the manifest folder'],
    ['C:/x.png', 'it is absolute', 'write it relative to the manifest folder'],
    ["'\\\\server\\share\\x.png'", 'it is absolute', 'write it relative to the manifest folder'],
    ["'img\\x.png'", 'it contains a backslash', 'write it with forward slashes: img/x.png'],
  ])('out: %s -> %s', (written, reason, fix) => {
    const problem = onlyProblem(withOut(written));
    const value = written.replace(/^'|'$/g, '');
    expect(problem).toMatchObject({ line: 5, column: 10 });
    expect(problem.message).toBe(`output path ${value} is not allowed: ${reason}`);
    expect(problem.fix).toBe(fix);
  });

  it.each(['.git/hooks/x.png', '.GIT/x.png', 'sub/.git/x.png', "'.git. /x.png'"])(
    'out: %s is refused at load: git keeps its own data there and never commits it',
    (written) => {
      const problem = onlyProblem(withOut(written));
      const value = written.replace(/^'|'$/g, '');
      expect(problem).toMatchObject({ line: 5, column: 10 });
      expect(problem.message).toBe(
        `output path ${value} is not allowed: it is inside .git, where git keeps its own data (a file there is never committed)`,
      );
      expect(problem.fix).toBe('write it outside .git, for example under assets/generated/');
    },
  );

  it('a name that only starts like .git is fine', () => {
    expect(parse(withOut('.github/x.png')).assets[0]!.out).toBe('.github/x.png');
  });

  it('.. that stays inside the repository is fine (manifest in a subfolder)', () => {
    const root = tempDir();
    mkdirSync(join(root, 'design'));
    const manifest = parse(withOut('../public/hero.png'), { root, dir: join(root, 'design') });
    expect(manifest.assets[0]!.out).toBe('../public/hero.png');
  });

  it('.. past the root from a subfolder is refused', () => {
    const root = tempDir();
    mkdirSync(join(root, 'design'));
    const problem = onlyProblem(withOut('../../hero.png'), { root, dir: join(root, 'design') });
    expect(problem.message).toBe(
      'output path ../../hero.png is not allowed: it leaves the repository',
    );
  });

  it('an out-dir that leaves is reported where the out-dir is written', () => {
    const text = yaml(
      'version: 1',
      'defaults:',
      '  out-dir: ../shared',
      'assets:',
      '  - id: a',
      '    prompt: x',
    );
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 3, column: 12 });
    expect(problem.message).toBe(
      'output path ../shared/a.png is not allowed: it leaves the repository',
    );
  });

  it('a rendition path that leaves is reported at the rendition', () => {
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    prompt: x',
      '    renditions:',
      '      - out: /tmp/a.png',
      '        size: 10x10',
    );
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 6, column: 14 });
    expect(problem.message).toBe('output path /tmp/a.png is not allowed: it is absolute');
  });
});

describe('symbolic links', () => {
  it('a folder that is a link to outside the repository is refused', () => {
    const repo = repoWithLinkOut('public');
    const problem = onlyProblem(withOut('public/hero.png'), { dir: repo });
    expect(problem).toMatchObject({ line: 5, column: 10 });
    expect(problem.message).toBe(
      'output path public/hero.png is not allowed: public is a symbolic link that leads out of the repository',
    );
    expect(problem.fix).toBe('use a path inside the repository');
  });

  it('every output under a linked folder is refused, not only the first checked', () => {
    const repo = repoWithLinkOut('public');
    const text = yaml(
      'version: 1',
      'assets:',
      ...['a', 'b', 'c'].flatMap((id) => [
        `  - id: ${id}`,
        '    prompt: x',
        `    out: public/${id}.png`,
      ]),
    );
    const messages = problemsOf(text, { dir: repo }).map((problem) => problem.message);
    expect(messages).toEqual(
      ['a', 'b', 'c'].map(
        (id) =>
          `output path public/${id}.png is not allowed: public is a symbolic link that leads out of the repository`,
      ),
    );
  });

  it('a file that is a link to outside is refused, also as a reference image', () => {
    const base = tempDir();
    const repo = join(base, 'repo');
    mkdirSync(repo);
    writeFileSync(join(base, 'secret.png'), 'secret');
    symlinkSync(join(base, 'secret.png'), join(repo, 'ref.png'));
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    prompt: x',
      '    images: [ref.png]',
    );
    const problem = onlyProblem(text, { dir: repo, provider: 'pixapi' });
    expect(problem.message).toBe(
      'reference image ref.png is not allowed: ref.png is a symbolic link that leads out of the repository',
    );
  });

  it('a dangling link is refused (where it leads cannot be checked)', () => {
    const repo = tempDir();
    symlinkSync(join(repo, '..', 'nowhere'), join(repo, 'out'));
    expect(onlyProblem(withOut('out/a.png'), { dir: repo }).message).toContain(
      'out is a symbolic link that leads out of the repository',
    );
  });

  it('a link that stays inside the repository is fine', () => {
    const repo = tempDir();
    mkdirSync(join(repo, 'real'));
    symlinkSync(join(repo, 'real'), join(repo, 'alias'), 'dir');
    expect(parse(withOut('alias/hero.png'), { dir: repo }).assets[0]!.out).toBe('alias/hero.png');
  });
});

describe('outputs', () => {
  it('default to <out-dir>/<id>.<format>, with the built-in out-dir', () => {
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    prompt: x',
      '  - id: b',
      '    prompt: x',
      '    format: jpeg',
      '  - id: c',
      '    prompt: x',
      '    out-dir: web/img/',
      '    format: webp',
    );
    expect(parse(text).assets.map((asset) => asset.out)).toEqual([
      'assets/generated/a.png',
      'assets/generated/b.jpg',
      'web/img/c.webp',
    ]);
  });

  it('two assets writing the same file: reported at the second', () => {
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    prompt: x',
      '    out: img/hero.png',
      '  - id: b',
      '    prompt: y',
      '    out: ./img//hero.png',
    );
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 8, column: 10 });
    expect(problem.message).toBe("output img/hero.png of 'b' is also written by 'a'");
    expect(problem.fix).toMatch(/^give each asset and rendition its own output path/);
  });

  it('names that differ only in case collide too (macOS, Windows)', () => {
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    prompt: x',
      '    out: img/Hero.png',
      '  - id: b',
      '    prompt: y',
      '    renditions:',
      '      - { out: IMG/hero.PNG, size: 10x10 }',
    );
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 9, column: 16 });
    expect(problem.message).toBe("output IMG/hero.PNG of 'b' is also written by 'a'");
  });

  it('composed and decomposed spellings of one name (NFC, NFD) collide (one file on macOS)', () => {
    const composed = 'img/caf\u00e9.png';
    const decomposed = 'img/cafe\u0301.png';
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    prompt: x',
      `    out: ${composed}`,
      '  - id: b',
      '    prompt: y',
      `    out: ${decomposed}`,
    );
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 8, column: 10 });
    expect(problem.message).toBe(`output ${decomposed} of 'b' is also written by 'a'`);
    expect(problem.fix).toContain('in Unicode spelling');
  });

  it("an asset's default output and another asset's explicit out collide", () => {
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    prompt: x',
      '  - id: b',
      '    prompt: y',
      '    out: assets/generated/a.png',
    );
    expect(onlyProblem(text)).toMatchObject({ line: 7, column: 10 });
  });

  it('a rendition that overwrites its own master', () => {
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    prompt: x',
      '    out: a.png',
      '    renditions:',
      '      - { out: a.png, size: 10x10 }',
    );
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 7, column: 16 });
    expect(problem.message).toBe("output a.png is written twice by 'a'");
  });

  it('a duplicate id is one problem, not also a collision of its default output', () => {
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    prompt: x',
      '  - id: a',
      '    prompt: y',
    );
    expect(onlyProblem(text).message).toMatch(/^asset id 'a' is used more than once/);
  });
});

describe('out extension and format', () => {
  it('out .png with format webp: make them agree', () => {
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    prompt: x',
      '    out: a.png',
      '    format: webp',
    );
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 5, column: 10 });
    expect(problem.message).toBe('out a.png ends in .png but format is webp');
    expect(problem.fix).toBe('make them agree: change the extension to .webp or the format to png');
  });

  it('a rendition .jpg with format png', () => {
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    prompt: x',
      '    renditions:',
      '      - { out: small.jpg, size: 10x10, format: png }',
    );
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 6, column: 16 });
    expect(problem.message).toBe('rendition small.jpg ends in .jpg but its format is png');
    expect(problem.fix).toBe('make them agree: change the extension to .png or the format to jpeg');
  });

  it('the extension gives the format when none is written; .jpg and .jpeg are jpeg', () => {
    const text = yaml(
      'version: 1',
      'defaults:',
      '  format: webp',
      'assets:',
      '  - id: a',
      '    prompt: x',
      '    out: a.JPG',
      '    renditions:',
      '      - { out: a-small.png, size: 10x10 }',
      '      - { out: a-tiny.jpeg, size: 5x5 }',
      '      - { out: a-any.webp, size: 5x5, format: webp }',
      '  - id: b',
      '    prompt: x',
    );
    const [a, b] = parse(text).assets;
    expect(a!.format).toBe('jpeg');
    expect(a!.renditions.map((r) => r.format)).toEqual(['png', 'jpeg', 'webp']);
    expect(b!.format).toBe('webp');
    expect(b!.out).toBe('assets/generated/b.webp');
  });

  it('an out that is not an image file name is refused, with a name that is', () => {
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    prompt: x',
      '    out: img/hero.gif',
      '  - id: b',
      '    prompt: x',
      '    out: img/banner',
      '    format: webp',
    );
    expect(problemsOf(text).map((p) => [p.line, p.column, p.message, p.fix])).toEqual([
      [
        5,
        10,
        'output path img/hero.gif does not end in .png, .webp, .jpg or .jpeg',
        'name it img/hero.png',
      ],
      [
        8,
        10,
        'output path img/banner does not end in .png, .webp, .jpg or .jpeg',
        'name it img/banner.webp',
      ],
    ]);
  });
});
