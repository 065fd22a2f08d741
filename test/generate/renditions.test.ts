// SPEC §4 "Nothing is paid twice": a rendition added later, or a rendition file deleted, is
// made from the master on disk when it is the one the lock records; nothing is bought again.
// A master that is missing or was changed is bought again.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Bytes } from '../../src/lockfile.js';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import {
  API_KEY,
  fileIn,
  headerOf,
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

const SMALL = { out: 'web/og-small.webp', size: '256x256', format: 'webp' };
const WIDE = { out: 'web/og-wide.png', size: '600x300', format: 'png' };

async function firstRun(renditions: (typeof SMALL)[]) {
  gw = await startGateway({ apiKey: API_KEY });
  project = makeProject({ assets: [{ id: 'og', renditions }] });
  const first = await runProject(project, { gateway: gw });
  expect(first.byId('og').outcome).toBe('generated');
  expect(imageCalls(gw)).toHaveLength(1);
  return { credits: gw.bill.credits, master: readLockFile(project)!.assets.og!.files[0]! };
}

function planOf(run: Awaited<ReturnType<typeof runProject>>) {
  return run.planned.plan.items.find((item) => item.asset.id === 'og')!;
}

describe('renditions made from the master on disk', () => {
  it('a rendition added later is made without a request, at its exact size, and locked', async () => {
    const { credits, master } = await firstRun([SMALL]);
    writeFileSync(
      project!.manifest,
      manifestText({ assets: [{ id: 'og', renditions: [SMALL, WIDE] }] }),
    );

    const second = await runProject(project!, { gateway: gw });

    expect(planOf(second)).toMatchObject({ renditionsOnly: true, credits: 0, selected: true });
    expect(second.planned.plan.selectedCredits).toBe(0);
    expect(second.byId('og')).toMatchObject({ outcome: 'generated', credits: 0 });
    expect(imageCalls(gw!)).toHaveLength(1); // the first run's only
    expect(gw!.bill.credits).toBe(credits);
    expect(second.result.creditsSpent).toBe(0);
    expect(headerOf(project!, WIDE.out)).toMatchObject({ format: 'png', width: 600, height: 300 });
    const entry = readLockFile(project!)!.assets.og!;
    expect(entry.files.map((file) => file.path)).toEqual(['out/og.png', SMALL.out, WIDE.out]);
    expect(entry.files[0]).toEqual(master);
    for (const file of entry.files) {
      expect(sha256Bytes(readFileSync(fileIn(project!, file.path)))).toBe(file.sha256);
    }
    // The lock now holds the new spec: a third run has nothing to do.
    const third = await runProject(project!, { gateway: gw });
    expect(planOf(third).change).toBe('unchanged');
    expect(imageCalls(gw!)).toHaveLength(1);
  });

  it('a deleted rendition is made again without a request, byte for byte', async () => {
    const { credits } = await firstRun([SMALL, WIDE]);
    const before = readFileSync(fileIn(project!, WIDE.out));
    rmSync(fileIn(project!, WIDE.out));

    const second = await runProject(project!, { gateway: gw });

    expect(planOf(second)).toMatchObject({ change: 'missing', renditionsOnly: true, credits: 0 });
    expect(second.byId('og').outcome).toBe('generated');
    expect(imageCalls(gw!)).toHaveLength(1);
    expect(gw!.bill.credits).toBe(credits);
    expect(headerOf(project!, WIDE.out)).toMatchObject({ width: 600, height: 300 });
    expect(readFileSync(fileIn(project!, WIDE.out)).equals(before)).toBe(true);
  });

  it.each([
    ['missing', (path: string) => rmSync(path)],
    ['changed on disk', (path: string) => writeFileSync(path, readFileSync(path).subarray(0, 100))],
  ])('a master %s is bought again with the rendition', async (_case, spoil) => {
    const { credits } = await firstRun([SMALL]);
    spoil(fileIn(project!, 'out/og.png'));
    rmSync(fileIn(project!, SMALL.out));

    const second = await runProject(project!, { gateway: gw });

    expect(planOf(second).renditionsOnly).toBeUndefined();
    expect(second.byId('og').outcome).toBe('generated');
    expect(imageCalls(gw!)).toHaveLength(2);
    expect(gw!.bill.credits).toBeGreaterThan(credits);
    expect(headerOf(project!, 'out/og.png')).toMatchObject({ width: 1024, height: 1024 });
    expect(headerOf(project!, SMALL.out)).toMatchObject({ format: 'webp', width: 256 });
  });
});
