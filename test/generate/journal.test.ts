// SPEC §4 "Nothing is paid twice": a delivered image is journaled before its download and kept
// before any transform, so a re-run after an abort, or after a write that failed, takes it from
// the journal (or fetches it again) instead of buying it again. Entries are authenticated.
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadAndPlan } from '../../src/pipeline.js';
import { createProvider } from '../../src/providers/index.js';
import type { Provider } from '../../src/providers/types.js';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import {
  API_KEY,
  DISPATCHER,
  FAST_POLICY,
  fileIn,
  generateRecorded,
  headerOf,
  imageCalls,
  makeProject,
  noSleep,
  type Project,
  readLockFile,
  release,
  runProject,
} from './helpers.js';

let gw: Gateway | undefined;
let project: Project | undefined;
afterEach(() => release(gw, project));

const journalDir = (p: Project) => join(dirname(p.lockPath), '.asset-forge', 'journal');

/** A run whose signal aborts as soon as the API has answered, before the image is downloaded. */
async function abortedAfterDelivery(p: Project, gateway: Gateway) {
  const controller = new AbortController();
  const real = createProvider('nanobanana', {
    apiKey: API_KEY,
    baseUrl: gateway.url,
    pollIntervalMs: 5,
    dispatcher: DISPATCHER,
  });
  const provider: Provider = {
    ...real,
    name: real.name,
    free: real.free,
    generate: (request) =>
      real.generate({
        ...request,
        onAnswered: (delivery) => {
          request.onAnswered?.(delivery);
          controller.abort(new Error('killed'));
        },
      }),
  };
  const planned = loadAndPlan({ manifest: p.manifest, root: p.dir, provider: 'nanobanana' });
  return generateRecorded(planned, {
    provider,
    concurrency: 1,
    policy: FAST_POLICY,
    sleep: noSleep,
    signal: controller.signal,
    journalKey: API_KEY,
  });
}

describe('the journal', () => {
  it('a run aborted after delivery, then run again: the gateway bills the image once', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({ assets: [{ id: 'hero' }] });
    const first = await abortedAfterDelivery(project, gw);
    expect(first.byId('hero').outcome).not.toBe('generated');
    expect(readLockFile(project)?.assets.hero).toBeUndefined();
    const billed = gw.bill.credits;
    expect(billed).toBeGreaterThan(0);

    const second = await runProject(project, { gateway: gw, journalKey: API_KEY });

    expect(second.byId('hero').outcome).toBe('generated');
    expect(imageCalls(gw)).toHaveLength(1);
    expect(gw.bill.credits).toBe(billed);
    expect(headerOf(project, 'out/hero.png')).toMatchObject({ width: 1024, height: 1024 });
    expect(readLockFile(project)!.assets.hero).toMatchObject({ model: 'gpt-image-2', credits: 1 });
    expect(readdirSync(journalDir(project))).toEqual([]); // gone once locked
  });

  it('an image whose write failed is taken from its kept bytes on the next run', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({ assets: [{ id: 'hero' }] });
    mkdirSync(fileIn(project, 'out/hero.png'), { recursive: true }); // the write will fail
    const first = await runProject(project, { gateway: gw, journalKey: API_KEY });
    expect(first.byId('hero').outcome).toBe('failed');
    expect(readdirSync(journalDir(project)).some((name) => name.endsWith('.img'))).toBe(true);
    rmSync(fileIn(project, 'out/hero.png'), { recursive: true });
    const billed = gw.bill.credits;
    const downloads = gw.requests.length;

    const second = await runProject(project, { gateway: gw, journalKey: API_KEY });

    expect(second.byId('hero').outcome).toBe('generated');
    expect(gw.requests.length).toBe(downloads); // not even a download: the bytes were kept
    expect(gw.bill.credits).toBe(billed);
    expect(headerOf(project, 'out/hero.png')).toMatchObject({ width: 1024, height: 1024 });
  });

  it('an entry left for an asset the lock already records (a kill after the lock was saved) is removed by the next run', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({ assets: [{ id: 'hero' }] });
    mkdirSync(fileIn(project, 'out/hero.png'), { recursive: true }); // the write will fail
    await runProject(project, { gateway: gw, journalKey: API_KEY });
    const left = readdirSync(journalDir(project));
    expect(left.some((name) => name.endsWith('.img'))).toBe(true);
    rmSync(fileIn(project, 'out/hero.png'), { recursive: true });
    await runProject(project, { gateway: gw, journalKey: API_KEY });
    // As if the run had been killed between saving the lock and removing its entry.
    for (const name of left) writeFileSync(join(journalDir(project), name), 'left by a kill');
    const requests = gw.requests.length;

    const third = await runProject(project, { gateway: gw, journalKey: API_KEY });

    expect(third.byId('hero').outcome).toBe('skipped');
    expect(gw.requests.length).toBe(requests);
    expect(readdirSync(journalDir(project))).toEqual([]);
  });

  it('a task journaled when accepted, which then failed, leaves no entry: nothing to poll again', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({ assets: [{ id: 'hero', async: true }], defaults: { fallback: [] } });
    // Moderation's refusal, reported by the task: the asset fails at once, nothing is billed.
    gw.script('gpt-image-2', [{ taskError: { code: 'prompt_rejected', message: 'rejected' } }]);

    const first = await runProject(project, {
      gateway: gw,
      provider: 'pixapi',
      journalKey: API_KEY,
    });

    expect(first.byId('hero').outcome).toBe('failed');
    expect(gw.bill.credits).toBe(0);
    expect(existsSync(journalDir(project)) ? readdirSync(journalDir(project)) : []).toEqual([]);
  });

  it('an entry that fails its HMAC is ignored, reported and removed: the image is bought', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({ assets: [{ id: 'hero' }] });
    await abortedAfterDelivery(project, gw);
    expect(readdirSync(journalDir(project))).toHaveLength(1);

    // Another key: what a pull request committing a made-up entry amounts to.
    const second = await runProject(project, { gateway: gw, journalKey: 'not-the-key' });

    expect(second.result.journalIgnored).toEqual([
      expect.stringMatching(/journal entry [0-9a-f]{12} ignored: its HMAC does not match/),
    ]);
    expect(second.byId('hero').outcome).toBe('generated');
    expect(imageCalls(gw)).toHaveLength(2);
    expect(existsSync(journalDir(project)) && readdirSync(journalDir(project))).toEqual([]);
  });

  it.each([
    ['not JSON', (path: string) => writeFileSync(path, 'not json'), /not a valid entry|JSON/],
    ['too large', (path: string) => writeFileSync(path, 'x'.repeat(64 * 1024)), /larger than/],
    [
      'a link',
      (path: string) => {
        rmSync(path);
        symlinkSync('/etc/passwd', path);
      },
      /not a regular file/,
    ],
  ])(
    'an entry that is %s is ignored and reported: the image is bought',
    async (_case, spoil, why) => {
      gw = await startGateway({ apiKey: API_KEY });
      project = makeProject({ assets: [{ id: 'hero' }] });
      await abortedAfterDelivery(project, gw);
      const [name] = readdirSync(journalDir(project));
      spoil(join(journalDir(project), name!));

      const second = await runProject(project, { gateway: gw, journalKey: API_KEY });

      expect(second.result.journalIgnored).toEqual([expect.stringMatching(why)]);
      expect(second.byId('hero').outcome).toBe('generated');
      expect(imageCalls(gw)).toHaveLength(2);
    },
  );
});
