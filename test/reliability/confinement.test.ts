// SPEC §2: out, out-dir, renditions and reference images cannot leave the repository, and the
// manifest cannot make the action read a file outside it. test/manifest/paths.test.ts holds the
// `out` cases (.., absolute, C:\, C:/, \\server\share, backslashes), an out-dir with .., an
// absolute rendition and the basic symbolic links; here is what it lacks: the same attacks on
// reference images, out-dir and renditions, links deeper in a path and chained, over-long names,
// and links swapped in after the manifest was checked (at upload and at write time).
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateRun, loadAndPlan } from '../../src/pipeline.js';
import { createProvider } from '../../src/providers/index.js';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import {
  API_KEY,
  DISPATCHER,
  imageCalls,
  makeProject,
  type Project,
  release,
} from '../generate/helpers.js';
import { onlyProblem, parse, repoWithLinkOut, tempDir, yaml } from '../manifest/helpers.js';
import { spawnCli } from './helpers.js';

let gw: Gateway | undefined;
let project: Project | undefined;
afterEach(() => release(gw, project));

const ATTACKS: [string, string][] = [
  ['../x.png', 'it leaves the repository'],
  ['a/../../x.png', 'it leaves the repository'],
  ['/etc/passwd', 'it is absolute'],
  ['C:\\x.png', 'it is absolute'],
  ['C:/x.png', 'it is absolute'],
  ['c:x.png', 'it is absolute'],
  ['\\\\server\\share\\x.png', 'it is absolute'],
  ['//server/share/x.png', 'it is absolute'],
  ['img\\..\\..\\x.png', 'it contains a backslash'],
  ['x/..', 'it names the repository folder itself'],
];

const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

describe('reference images (pixapi uploads repository files)', () => {
  it.each(ATTACKS)('images: [%s] -> %s', (path, reason) => {
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    prompt: x',
      `    images: [${quoted(path)}]`,
    );
    const problem = onlyProblem(text, { provider: 'pixapi' });
    expect(problem).toMatchObject({ line: 5, column: 14 });
    expect(problem.message).toBe(`reference image ${path} is not allowed: ${reason}`);
  });

  it('file: and other schemes are not paths either', () => {
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    prompt: x',
      '    images: [file:///etc/passwd]',
    );
    expect(onlyProblem(text, { provider: 'pixapi' }).message).toBe(
      'reference image file:///etc/passwd uses file:, which providers do not fetch',
    );
  });
});

describe('out-dir and renditions', () => {
  it.each(ATTACKS.filter(([path]) => path !== 'x/..'))('out-dir: %s -> %s', (path, reason) => {
    const text = yaml(
      'version: 1',
      'defaults:',
      `  out-dir: ${quoted(path)}`,
      'assets:',
      '  - id: a',
      '    prompt: x',
    );
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 3, column: 12 });
    expect(problem.message).toMatch(/^output path .* is not allowed: /);
    expect(problem.message.endsWith(reason)).toBe(true);
  });

  it.each(ATTACKS.filter(([path]) => path !== 'x/..'))(
    'rendition out: %s -> %s',
    (path, reason) => {
      const text = yaml(
        'version: 1',
        'assets:',
        '  - id: a',
        '    prompt: x',
        '    renditions:',
        `      - { out: ${quoted(path)}, size: 10x10 }`,
      );
      const problem = onlyProblem(text);
      expect(problem).toMatchObject({ line: 6, column: 16 });
      expect(problem.message).toBe(`output path ${path} is not allowed: ${reason}`);
    },
  );

  it('a name longer than file systems take is refused before anything is paid for', () => {
    const long = 'n'.repeat(300);
    const text = yaml('version: 1', 'assets:', `  - id: ${long}`, '    prompt: x');
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 3, column: 9 });
    expect(problem.message).toMatch(/is not allowed: a name in it is 304 bytes long/);
    expect(problem.message.length).toBeLessThanOrEqual(1_000);
  });
});

describe('symbolic links deeper in a path', () => {
  it('a link in the middle of the path, or a link to a link that leads out, is refused', () => {
    const base = tempDir();
    const repo = join(base, 'repo');
    const outside = join(base, 'outside');
    mkdirSync(join(repo, 'public', 'img'), { recursive: true });
    mkdirSync(outside);
    symlinkSync(outside, join(repo, 'public', 'img', 'gen'), 'dir');
    // inside -> inside -> outside
    symlinkSync(join(repo, 'public', 'img', 'gen'), join(repo, 'hop'), 'dir');
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    prompt: x',
      '    out: public/img/gen/a.png',
      '  - id: b',
      '    prompt: x',
      '    out: hop/b.png',
    );
    const messages = (() => {
      try {
        parse(text, { dir: repo });
        return [];
      } catch (error) {
        return (error as { problems: { message: string }[] }).problems.map((p) => p.message);
      }
    })();
    expect(messages).toEqual([
      'output path public/img/gen/a.png is not allowed: public/img/gen is a symbolic link that leads out of the repository',
      'output path hop/b.png is not allowed: hop is a symbolic link that leads out of the repository',
    ]);
  });

  it('an out-dir that is a link to outside is refused', () => {
    const repo = repoWithLinkOut('generated');
    const text = yaml(
      'version: 1',
      'defaults:',
      '  out-dir: generated',
      'assets:',
      '  - id: a',
      '    prompt: x',
    );
    expect(onlyProblem(text, { dir: repo }).message).toBe(
      'output path generated/a.png is not allowed: generated is a symbolic link that leads out of the repository',
    );
  });
});

describe('the manifest cannot make the action read or write outside the repository', () => {
  it('a reference image that is a link to /etc/passwd: generate --provider pixapi exits 2 and sends nothing', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({ assets: [{ id: 'leak', images: ['refs/ref.png'] }] });
    mkdirSync(join(project.dir, 'refs'));
    symlinkSync('/etc/passwd', join(project.dir, 'refs', 'ref.png'));

    const exit = await spawnCli(
      ['generate', project.manifest, '--provider', 'pixapi', '--base-url', gw.url],
      { ASSET_FORGE_API_KEY: API_KEY },
    ).exited;

    expect(exit.code, exit.stderr).toBe(2);
    expect(exit.stderr).toContain(
      'reference image refs/ref.png is not allowed: refs/ref.png is a symbolic link that leads out of the repository',
    );
    expect(exit.stderr).toMatch(/assets\.yml:\d+:\d+: /);
    expect(gw.requests).toEqual([]);
  });

  it('a reference swapped for a link to /etc/passwd after the check is not uploaded', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({
      assets: [{ id: 'swapped', images: ['refs/ref.png'] }, { id: 'plain' }],
    });
    mkdirSync(join(project.dir, 'refs'));
    writeFileSync(join(project.dir, 'refs', 'ref.png'), 'a reference');
    const planned = loadAndPlan({
      manifest: project.manifest,
      root: project.dir,
      provider: 'pixapi',
    });
    // Between the check and the upload, the file becomes a link that leads out.
    rmSync(join(project.dir, 'refs', 'ref.png'));
    symlinkSync('/etc/passwd', join(project.dir, 'refs', 'ref.png'));

    const provider = createProvider('pixapi', {
      apiKey: API_KEY,
      baseUrl: gw.url,
      dispatcher: DISPATCHER,
    });
    const result = await generateRun(planned, { provider, concurrency: 1 });

    const swapped = result.results.find((r) => r.id === 'swapped')!;
    expect(swapped.outcome).toBe('failed');
    expect(swapped.reason).toBe(
      'reference image refs/ref.png is not allowed: refs/ref.png is a symbolic link that leads out of the repository',
    );
    expect(swapped.attempts).toEqual([]);
    expect(result.results.find((r) => r.id === 'plain')!.outcome).toBe('generated');
    // Only the plain asset was sent; no upload of any file.
    expect(imageCalls(gw).map((r) => r.kind)).toEqual(['generate']);
    expect(gw.requests.flatMap((r) => r.files ?? [])).toEqual([]);
  });

  it('an output folder swapped for a link to outside after the check is not written through', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({ assets: [{ id: 'card', out: 'public/card.png' }] });
    const outside = tempDir();
    const planned = loadAndPlan({
      manifest: project.manifest,
      root: project.dir,
      provider: 'pixapi',
    });
    symlinkSync(outside, join(project.dir, 'public'), 'dir');

    const provider = createProvider('pixapi', {
      apiKey: API_KEY,
      baseUrl: gw.url,
      dispatcher: DISPATCHER,
    });
    const result = await generateRun(planned, { provider, concurrency: 1 });

    const card = result.results[0]!;
    expect(card.outcome).toBe('failed');
    expect(card.reason).toBe(
      'the image could not be written: output path public/card.png is not allowed: public is a symbolic link that leads out of the repository',
    );
    expect(readdirSync(outside)).toEqual([]);
  });
});

describe("the run's own state beside the lock file (.asset-forge/) committed as a link", () => {
  const pixapi = () =>
    createProvider('pixapi', { apiKey: API_KEY, baseUrl: gw!.url, dispatcher: DISPATCHER });
  const plan = () =>
    loadAndPlan({ manifest: project!.manifest, root: project!.dir, provider: 'pixapi' });
  const run = () =>
    generateRun(plan(), { provider: pixapi(), concurrency: 1, journalKey: API_KEY });

  it('.asset-forge a link to outside: the run stops before spending, and writes or removes nothing there', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({ assets: [{ id: 'hero' }] });
    const outside = tempDir();
    // A file of the same name as the run lock, which a stale lock would be removed as.
    writeFileSync(join(outside, 'run.lock'), 'not asset-forge');
    symlinkSync(outside, join(project.dir, '.asset-forge'), 'dir');

    await expect(run()).rejects.toThrow(
      `${join(project.dir, '.asset-forge')} is not a folder but a link`,
    );

    expect(imageCalls(gw)).toEqual([]);
    expect(readdirSync(outside)).toEqual(['run.lock']);
    expect(readFileSync(join(outside, 'run.lock'), 'utf8')).toBe('not asset-forge');
  });

  it('.asset-forge/journal a link to outside: the run generates, and writes or removes nothing there', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({ assets: [{ id: 'hero' }, { id: 'card' }] });
    await run();
    const locked = JSON.parse(readFileSync(project.lockPath, 'utf8')).assets.hero.specHash;
    const outside = tempDir();
    // Named as the journal entry of a locked asset, which the journal forgets at the start.
    const planted = `${locked.replace('sha256:', '')}.json`;
    writeFileSync(join(outside, planted), 'not asset-forge');
    rmSync(join(project.dir, '.asset-forge'), { recursive: true, force: true });
    mkdirSync(join(project.dir, '.asset-forge'));
    symlinkSync(outside, join(project.dir, '.asset-forge', 'journal'), 'dir');
    rmSync(join(project.dir, 'out', 'card.png'));

    const again = await run();

    expect(again.results.find((r) => r.id === 'card')!.outcome).toBe('generated');
    expect(readdirSync(outside)).toEqual([planted]);
  });
});
