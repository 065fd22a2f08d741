// SPEC §5, under fire: the built CLI killed with SIGKILL at seeded random points of a run (before
// it sends anything, with requests in flight, while files are written), eight times over, then
// run to the end. After every kill the lock file and the disk agree; after the last run every
// asset is locked, no temporary is left in the output folders or the temp folder, and nothing
// that was paid for and locked is ever sent again. Only a request in flight at the moment of a
// kill (sent, its delivery not yet journaled) may be paid twice: it is documented.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import {
  API_KEY,
  assetOf,
  makeProject,
  type Project,
  readLockFile,
  release,
} from '../generate/helpers.js';
import { seededRandom } from '../seeded-random.js';
import {
  expectLockMatchesDisk,
  int,
  killIfRunning,
  type Spawned,
  spawnCli,
  strayFiles,
  temporariesUnder,
  until,
} from './helpers.js';

let gw: Gateway | undefined;
let project: Project | undefined;
let child: Spawned | undefined;
afterEach(async () => {
  await killIfRunning(child);
  child = undefined;
  await release(gw, project);
});

const KILLS = 8;
const IDS = Array.from({ length: 24 }, (_, i) => `asset-${i}`);

/** The pid of a process that has ended: what a killed run's leftovers are named after. */
function deadPid(): number {
  return Number(
    execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']),
  );
}

const lockedIds = (p: Project) => new Set(Object.keys(readLockFile(p)?.assets ?? {}));

describe('kill and resume: the CLI killed with SIGKILL at random points, again and again', () => {
  it(`after ${KILLS} kills and a last run: every asset locked, nothing left over, nothing locked paid again`, async () => {
    const random = seededRandom(20_251_123);
    gw = await startGateway({ apiKey: API_KEY, latencyMs: 40 });
    project = makeProject({
      assets: IDS.map((id, i) => ({
        id,
        quality: (['low', 'medium', 'high'] as const)[i % 3],
        ...(i % 5 === 0 ? { renditions: [{ out: `web/${id}-small.png`, size: '512x512' }] } : {}),
      })),
    });
    const args = ['generate', project.manifest, '--base-url', gw.url, '--concurrency', '3'];
    const env = { ASSET_FORGE_API_KEY: API_KEY };

    // Leftovers of an earlier run killed while writing: its process is gone.
    const gone = deadPid();
    mkdirSync(join(project.dir, 'out'), { recursive: true });
    const planted = [
      join(project.dir, 'out', `.asset-3.png.asset-forge-${gone}-1.tmp`),
      join(project.dir, `.assets.lock.json.asset-forge-${gone}-7.tmp`),
      join(project.dir, 'web', `.asset-0-small.png.asset-forge-${gone}-2.tmp`),
    ];
    mkdirSync(join(project.dir, 'web'), { recursive: true });
    for (const path of planted) writeFileSync(path, 'half a file');
    // Not a temporary of this manifest's outputs: never touched.
    const foreign = join(project.dir, 'out', `.notes.txt.asset-forge-${gone}-1.tmp`);
    writeFileSync(foreign, 'someone else');
    const oldRunFolder = join(tmpdir(), `asset-forge-run-${gone}-reliability`);
    mkdirSync(oldRunFolder, { recursive: true });
    writeFileSync(join(oldRunFolder, 'image-download'), 'partial');

    /** Per run: the assets it sent with a good answer, and the lock before and after it. */
    const runs: { paid: string[]; lockedBefore: Set<string>; lockedAfter: Set<string> }[] = [];
    const killedPids: number[] = [];
    // The kill comes after this many requests of the run (0: while it starts), plus 0-80 ms:
    // before anything is sent, with requests in flight, while answers are written; 'locked':
    // once the run has locked an asset, so that at least one killed run made progress however
    // slow the machine is.
    const killPoints = shuffled<number | 'locked'>(random, [0, 'locked', 1, 2, 3, 4, 5, 6]);
    for (let kill = 0; kill < KILLS; kill++) {
      const lockedBefore = lockedIds(project);
      const cut = gw.requests.length;
      const afterRequests = killPoints[kill]!;
      const afterMs = int(random, 0, 80);
      child = spawnCli(args, env);
      killedPids.push(child.process.pid!);
      let ended = false;
      void child.exited.then(() => {
        ended = true;
      });
      await until(`${afterRequests} of run ${kill}`, () => {
        if (ended) return true;
        if (afterRequests === 'locked') return lockedIds(project!).size > lockedBefore.size;
        const sent = gw!.requests.slice(cut).filter((r) => r.kind === 'generate').length;
        return sent >= afterRequests;
      });
      await new Promise((resolve) => setTimeout(resolve, afterMs));
      child.process.kill('SIGKILL');
      const exit = await child.exited;
      expect(exit.signal === 'SIGKILL' || exit.code === 0, exit.stderr).toBe(true);
      child = undefined;

      // After every kill: the lock file is whole, and every file it names is there, verified.
      expectLockMatchesDisk(project);
      const lockedAfter = lockedIds(project);
      for (const id of lockedBefore) expect(lockedAfter.has(id)).toBe(true);
      const paid = gw.requests
        .slice(cut)
        .filter(isImageCall)
        .map((r) => assetOf(r)!);
      runs.push({ paid, lockedBefore, lockedAfter });
    }
    expect(runs.some((run) => run.lockedAfter.size > run.lockedBefore.size)).toBe(true);
    expect(runs.some((run) => run.lockedAfter.size < IDS.length)).toBe(true);

    // The last run goes to the end.
    const lockedBefore = lockedIds(project);
    const cut = gw.requests.length;
    child = spawnCli(args, env);
    const done = await child.exited;
    child = undefined;
    expect(done.code, done.stderr).toBe(0);
    const paid = gw.requests
      .slice(cut)
      .filter(isImageCall)
      .map((r) => assetOf(r)!);
    runs.push({ paid, lockedBefore, lockedAfter: lockedIds(project) });

    // Every asset locked, the disk agreeing, no temporary and no stray file anywhere.
    expect(expectLockMatchesDisk(project)).toEqual([...IDS].sort());
    expect(temporariesUnder(project.dir)).toEqual([`out/.notes.txt.asset-forge-${gone}-1.tmp`]);
    expect(strayFiles(project)).toEqual([`out/.notes.txt.asset-forge-${gone}-1.tmp`]);
    for (const path of planted) expect(existsSync(path), path).toBe(false);
    expect(existsSync(foreign)).toBe(true);
    // The download folders of the killed runs (and the older one) are gone too.
    const runFolders = readdirSync(tmpdir()).filter((name) =>
      [gone, ...killedPids].some((pid) => name.startsWith(`asset-forge-run-${pid}-`)),
    );
    expect(runFolders).toEqual([]);

    // Nothing locked is ever sent again; a run sends each asset at most once (no failures here);
    // an asset is paid again only after a kill that caught its request in flight, and not even
    // then when its delivery was journaled before the kill (the next run takes it from there).
    for (const [i, run] of runs.entries()) {
      for (const id of run.paid)
        expect(run.lockedBefore.has(id), `run ${i} resent ${id}`).toBe(false);
      expect(new Set(run.paid).size).toBe(run.paid.length);
    }
    for (const id of IDS) {
      const paidIn = runs.flatMap((run, i) => (run.paid.includes(id) ? [i] : []));
      const inFlightAtKill = paidIn.filter((i) => i < KILLS && !runs[i]!.lockedAfter.has(id));
      const times = `${id} paid in runs ${paidIn.join(', ')}`;
      expect(paidIn.length, times).toBeGreaterThanOrEqual(1);
      expect(paidIn.length, times).toBeLessThanOrEqual(1 + inFlightAtKill.length);
    }
  });
});

function shuffled<T>(random: () => number, items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function isImageCall(request: { kind: string }): boolean {
  return request.kind === 'generate' || request.kind === 'edit';
}
