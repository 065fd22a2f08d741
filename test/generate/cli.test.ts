// SPEC §8: `asset-forge generate` against the gateway: its exit codes (0 success, 1 some assets
// failed, 2 invalid manifest or arguments, 3 over budget), and what it tells the user.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli as runCli } from '../cli/run-cli.js';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import { API_KEY, imageCalls, makeProject, type Project, readLockFile } from './helpers.js';

let gw: Gateway | undefined;
let project: Project | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await gw?.close();
  gw = undefined;
  project?.remove();
  project = undefined;
});

/** The CLI in this process, with the gateway's key unless told otherwise. */
const cli = (args: string[], env: NodeJS.ProcessEnv = { ASSET_FORGE_API_KEY: API_KEY }) =>
  runCli(args, env);

const generate = (p: Project, g: Gateway, ...more: string[]) =>
  cli(['generate', p.manifest, '--base-url', g.url, ...more]);

describe('asset-forge generate', () => {
  it('exits 0 when everything was generated, and says what it spent', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({ assets: [{ id: 'one' }, { id: 'two', quality: 'medium' }] });

    const { code, stdout, stderr } = await generate(project, gw);

    expect(code, stderr).toBe(0);
    expect(stdout).toContain('Credits spent: 5');
    expect(stderr).toMatch(/\[2\/2\] \w+: generated/);
    expect(Object.keys(readLockFile(project)!.assets).sort()).toEqual(['one', 'two']);
    const written = stdout.slice(stdout.indexOf('Files written (2):'));
    expect(
      written
        .split('\n')
        .slice(1, 3)
        .map((line) => line.trim()),
    ).toEqual([
      relative(process.cwd(), join(project.dir, 'out/one.png')),
      relative(process.cwd(), join(project.dir, 'out/two.png')),
    ]);
  });

  it('with --json prints one JSON document: the plan, the results and the files written', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({ assets: [{ id: 'one' }] });

    const { code, stdout } = await generate(project, gw, '--json');

    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    expect(document.plan.assets.map((a: { id: string }) => a.id)).toEqual(['one']);
    expect(document.run.results[0]).toMatchObject({ id: 'one', outcome: 'generated' });
    expect(document.run.creditsSpent).toBe(1);
    expect(document.run.files).toEqual([relative(process.cwd(), join(project.dir, 'out/one.png'))]);
    expect(document.interrupted).toBe(false);
  });

  it('exits 2 for a --force or --only naming no asset, with a did-you-mean, sending nothing', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({ assets: [{ id: 'insta-square' }, { id: 'hero' }] });

    const force = await generate(project, gw, '--force=insta-sqare');
    const only = await generate(project, gw, '--only', 'nope,her*');

    expect(force.code).toBe(2);
    expect(force.stderr).toContain('insta-sqare (did you mean insta-square?)');
    expect(only.code).toBe(2);
    expect(only.stderr).toContain('--only nope:');
    expect(gw.requests).toEqual([]);
  });

  it('reads `--force ID` as the id to force, not as the manifest', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({ assets: [{ id: 'one' }, { id: 'two' }] });
    await generate(project, gw);

    const { code, stdout } = await cli([
      'generate',
      '--force',
      'two',
      project.manifest,
      '--base-url',
      gw.url,
    ]);

    expect(code).toBe(0);
    expect(stdout).toMatch(/two\s+forced/);
    expect(stdout).not.toMatch(/one\s+forced/);
  });

  it('exits 1 when an asset failed, and names it with the reason', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    gw.script('gpt-image-2', [{ status: 422 }]);
    project = makeProject({ assets: [{ id: 'rejected' }, { id: 'fine' }] });

    const { code, stdout } = await generate(project, gw, '--concurrency', '1');

    expect(code).toBe(1);
    expect(stdout).toMatch(/rejected.*failed/);
    expect(stdout).toContain('moderation');
    expect(Object.keys(readLockFile(project)!.assets)).toEqual(['fine']);
  });

  it('exits 1 and says why when the key is refused (401), sending nothing more', async () => {
    gw = await startGateway({ apiKey: 'another-key' });
    project = makeProject({ assets: [{ id: 'one' }, { id: 'two' }, { id: 'three' }] });

    const { code, stdout } = await generate(project, gw, '--concurrency', '1');

    expect(code).toBe(1);
    expect(stdout).toMatch(/Stopped: .*Invalid API key/);
    expect(imageCalls(gw)).toHaveLength(1);
  });

  it('exits 3 over budget and sends nothing', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({ assets: [{ id: 'one' }, { id: 'two' }, { id: 'three' }] });

    const { code, stdout, stderr } = await generate(project, gw, '--budget', '2');

    expect(code).toBe(3);
    expect(stdout).toContain('OVER BUDGET');
    expect(stderr).toContain('nothing was generated');
    expect(gw.requests).toEqual([]);
  });

  it('exits 2 with a clear message when the lock file is broken', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({ assets: [{ id: 'one' }] });
    writeFileSync(project.lockPath, '{"version": 1, "assets": ');

    const { code, stderr } = await generate(project, gw);

    expect(code).toBe(2);
    expect(stderr).toContain('assets.lock.json is not valid JSON');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(gw.requests).toEqual([]);
  });

  it('exits 2 on a base URL that is not http(s)', async () => {
    project = makeProject({ assets: [{ id: 'one' }] });

    const { code, stderr } = await cli(['generate', project.manifest, '--base-url', 'ftp://x']);

    expect(code).toBe(2);
    expect(stderr).toContain('base-url must be an http(s) URL');
    expect(readLockFile(project)).toBeUndefined();
  });

  it('exits 2 without a key for a real provider', async () => {
    project = makeProject({ assets: [{ id: 'one' }] });
    const { code, stderr } = await cli(['generate', project.manifest], {});
    expect(code).toBe(2);
    expect(stderr).toContain('ASSET_FORGE_API_KEY');
  });
});

describe('asset-forge generate, interrupted (SIGINT)', () => {
  const here = dirname(fileURLToPath(import.meta.url));

  /** Starts `generate` in a child process and sends SIGINT once `lockedBefore` assets are locked. */
  async function interrupt(p: Project, g: Gateway, lockedBefore: number, ...more: string[]) {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(here, 'cli-entry.ts'),
        'generate',
        p.manifest,
        '--base-url',
        g.url,
        '--concurrency',
        '2',
        ...more,
      ],
      {
        cwd: join(here, '..', '..'),
        env: { ...process.env, ASSET_FORGE_API_KEY: API_KEY },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const deadline = Date.now() + 20_000;
    const before = readLockFile(p)?.assets ?? {};
    const locked = () =>
      Object.entries(readLockFile(p)?.assets ?? {}).filter(
        ([id, entry]) => before[id]?.generatedAt !== entry.generatedAt,
      ).length;
    while (locked() < lockedBefore) {
      if (Date.now() > deadline) throw new Error(`nothing locked; stderr: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill('SIGINT');
    return { code: await exited, stderr };
  }

  it('stops, keeps what was finished, exits 1 with a message and no stack trace', async () => {
    gw = await startGateway({ apiKey: API_KEY, latencyMs: 150 });
    const ids = Array.from({ length: 8 }, (_, i) => `asset-${i}`);
    project = makeProject({ assets: ids.map((id) => ({ id })) });

    const { code, stderr } = await interrupt(project, gw, 2);

    expect(code).toBe(1);
    expect(stderr).toContain('Interrupted');
    expect(stderr).not.toMatch(/\n\s+at /);
    const locked = Object.keys(readLockFile(project)!.assets);
    expect(locked.length).toBeGreaterThanOrEqual(2);
    expect(locked.length).toBeLessThan(ids.length);
  });

  it('after a --force run, advises forcing exactly the assets left, which buys nothing twice', async () => {
    gw = await startGateway({ apiKey: API_KEY, latencyMs: 150 });
    const ids = Array.from({ length: 8 }, (_, i) => `asset-${i}`);
    project = makeProject({ assets: ids.map((id) => ({ id })) });
    expect((await generate(project, gw)).code).toBe(0);
    const firstRun = readLockFile(project)!.assets;

    const { code, stderr } = await interrupt(project, gw, 2, '--force');

    expect(code).toBe(1);
    const regenerated = Object.entries(readLockFile(project)!.assets)
      .filter(([id, entry]) => firstRun[id]!.generatedAt !== entry.generatedAt)
      .map(([id]) => id);
    const left = ids.filter((id) => !regenerated.includes(id));
    const advice = /^\s+(asset-forge generate .*)$/m.exec(stderr)?.[1];
    expect(advice, stderr).toContain(`--force ${left.join(',')}`);

    // The advice, run as given, buys exactly what was left.
    const args = advice!
      .split(' ')
      .slice(1)
      .map((word) => word.replace(/^'|'$/g, ''));
    const callsBefore = imageCalls(gw).length;
    const resumed = await cli(args);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(imageCalls(gw).length - callsBefore).toBe(left.length);
  });
});
