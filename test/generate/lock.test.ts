// SPEC §5: the lock file is written after every finished asset; a second run with nothing
// changed sends nothing and spends nothing; a changed or missing file is generated again.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssetResult } from '../../src/generate/types.js';
import { sha256Bytes } from '../../src/lockfile.js';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import {
  API_KEY,
  assetOf,
  fileIn,
  imageCalls,
  makeProject,
  manifestText,
  type Project,
  readLockFile,
  release,
  runProject,
} from './helpers.js';

let gw: Gateway | undefined;
let project: Project | undefined;
afterEach(() => release(gw, project));

const IDS = ['one', 'two', 'three', 'four', 'five'];

describe('the lock file', () => {
  it('is on disk, with the asset and its sha256, as soon as each asset is done', async () => {
    gw = await startGateway({ apiKey: API_KEY, latencyMs: 20 });
    project = makeProject({
      assets: IDS.map((id) => ({
        id,
        ...(id === 'two'
          ? { renditions: [{ out: 'web/two-small.webp', size: '256x256', format: 'webp' }] }
          : {}),
      })),
    });
    const seen: { id: string; locked: string[] }[] = [];
    const onAssetDone = (result: AssetResult) => {
      const lock = readLockFile(project!)!;
      seen.push({ id: result.id, locked: Object.keys(lock.assets).sort() });
      const entry = lock.assets[result.id]!;
      expect(entry.files.map((file) => file.path)).toEqual(result.files);
      for (const file of entry.files) {
        expect(sha256Bytes(readFileSync(fileIn(project!, file.path)))).toBe(file.sha256);
      }
    };

    const run = await runProject(project, { gateway: gw, concurrency: 2, onAssetDone });

    expect(run.result.results.every((r) => r.outcome === 'generated')).toBe(true);
    // After the k-th finished asset the lock holds k assets, the finished one among them.
    expect(seen.map((s) => s.locked.length)).toEqual([1, 2, 3, 4, 5]);
    for (const { id, locked } of seen) expect(locked).toContain(id);
    const entry = readLockFile(project)!.assets.two!;
    expect(entry).toMatchObject({
      model: 'gpt-image-2',
      provider: 'nanobanana',
      credits: 1,
      specHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      requestId: expect.stringMatching(/^req_/),
    });
    expect(Date.parse(entry.generatedAt)).not.toBeNaN();
  });

  it('a second run with nothing changed sends zero requests and spends 0', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({ assets: IDS.map((id) => ({ id })) });
    const first = await runProject(project, { gateway: gw, concurrency: 3 });
    expect(first.result.creditsSpent).toBe(5);
    const lockText = readFileSync(project.lockPath, 'utf8');
    gw.reset();

    const second = await runProject(project, { gateway: gw, concurrency: 3 });

    expect(gw.requests).toEqual([]);
    expect(second.result.creditsSpent).toBe(0);
    for (const result of second.result.results) {
      expect(result).toMatchObject({ outcome: 'skipped', reason: 'unchanged', credits: 0 });
    }
    expect(readFileSync(project.lockPath, 'utf8')).toBe(lockText);
  });

  it('only what is missing, edited by hand or changed in the manifest is sent again', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({ assets: IDS.map((id) => ({ id })) });
    await runProject(project, { gateway: gw });
    gw.reset();
    rmSync(fileIn(project, 'out/two.png'));
    writeFileSync(fileIn(project, 'out/three.png'), 'edited');
    const manifest = readFileSync(project.manifest, 'utf8');
    writeFileSync(
      project.manifest,
      manifest.replace('Picture for asset four', 'Picture for asset four, in blue'),
    );

    const run = await runProject(project, { gateway: gw });

    expect(imageCalls(gw).map(assetOf).sort()).toEqual(['four, in blue', 'three', 'two']);
    expect(run.result.creditsSpent).toBe(3);
    expect(run.byId('one')).toMatchObject({ outcome: 'skipped', reason: 'unchanged' });
    const lock = readLockFile(project)!;
    for (const id of IDS) {
      const [file] = lock.assets[id]!.files;
      expect(sha256Bytes(readFileSync(fileIn(project, file!.path)))).toBe(file!.sha256);
    }
  });

  it('a failed asset keeps the others in the lock file, and is sent again next run', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    gw.script('gpt-image-2', [{ status: 422 }]);
    project = makeProject({ assets: [{ id: 'bad' }, { id: 'good' }] });
    await runProject(project, { gateway: gw });
    expect(Object.keys(readLockFile(project)!.assets)).toEqual(['good']);
    gw.reset();

    const again = await runProject(project, { gateway: gw });

    expect(imageCalls(gw).map(assetOf)).toEqual(['bad']);
    expect(again.byId('bad').outcome).toBe('generated');
    expect(Object.keys(readLockFile(project)!.assets).sort()).toEqual(['bad', 'good']);
  });
});

describe('assets removed from the manifest', () => {
  it('prune: true deletes their files, but never a file an asset of the manifest writes', async () => {
    project = makeProject({
      prune: true,
      assets: [{ id: 'old-name', out: 'img/hero.png' }, { id: 'gone' }, { id: 'kept' }],
    });
    await runProject(project, { provider: 'offline' });
    // old-name is renamed (same output), gone is removed.
    writeFileSync(
      project.manifest,
      manifestText({
        prune: true,
        assets: [{ id: 'new-name', out: 'img/hero.png' }, { id: 'kept' }],
      }),
    );

    const run = await runProject(project, { provider: 'offline' });

    expect(run.byId('new-name').outcome).toBe('generated');
    expect(run.result.pruned).toEqual(['out/gone.png']);
    expect(existsSync(fileIn(project, 'out/gone.png'))).toBe(false);
    const lock = readLockFile(project)!;
    expect(Object.keys(lock.assets).sort()).toEqual(['kept', 'new-name']);
    const [hero] = lock.assets['new-name']!.files;
    expect(sha256Bytes(readFileSync(fileIn(project, 'img/hero.png')))).toBe(hero!.sha256);
    // And the next run finds everything in place.
    const again = await runProject(project, { provider: 'offline' });
    expect(again.result.results.map((r) => r.outcome)).toEqual(['skipped', 'skipped']);
  });

  it('without prune their files are left alone', async () => {
    project = makeProject({ assets: [{ id: 'gone' }, { id: 'kept' }] });
    await runProject(project, { provider: 'offline' });
    writeFileSync(project.manifest, manifestText({ assets: [{ id: 'kept' }] }));

    const run = await runProject(project, { provider: 'offline' });

    expect(run.result.pruned).toEqual([]);
    expect(run.planned.plan.removed.map((r) => r.id)).toEqual(['gone']);
    expect(existsSync(fileIn(project, 'out/gone.png'))).toBe(true);
  });
});
