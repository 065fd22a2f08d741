// SPEC §4, nothing is paid twice: the built CLI killed with SIGKILL after the provider has taken
// the request and before the image is on disk — while the image downloads (the gateway holds
// the image URL's answer), or while Pixapi's async task runs (submitted, not yet completed). The
// delivery is journaled before that moment, so the next run fetches the same image again (the
// URL downloaded again, the task polled again: never a new paid request) and the gateway bills
// each asset once in all. docs/reliability.md, "Kill and resume".
import { existsSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { journalDirFor } from '../../src/generate/journal.js';
import { type Gateway, type GatewayOptions, startGateway } from '../fakes/gateway.js';
import {
  API_KEY,
  imageCalls,
  makeProject,
  type Project,
  readLockFile,
  release,
} from '../generate/helpers.js';
import {
  expectLockMatchesDisk,
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

const IDS = ['hero', 'banner'];
/** gpt-image-2 at 1K, low quality (SPEC 4). */
const PRICE = 1;

/** Distinct paths of the gateway's requests of a kind: image URLs, or task ids polled. */
const pathsOf = (kind: 'image' | 'task') =>
  new Set(gw!.requests.filter((r) => r.kind === kind).map((r) => r.path));

interface Moment {
  provider: 'nanobanana' | 'pixapi';
  async: boolean;
  gateway: GatewayOptions;
  /** What the delivery is fetched by again: its image URL, or its task. */
  fetchedBy: 'image' | 'task';
  /** After the kill, before the next run: the gateway lets the delivery through. */
  letThrough(gateway: Gateway): void;
}

const MOMENTS: Record<string, Moment> = {
  'while the image downloads (nanobanana, a result URL)': {
    provider: 'nanobanana',
    async: false,
    // The image URL answers nothing for a minute: the kill finds every download under way.
    gateway: { imageLatencyMs: 60_000 },
    fetchedBy: 'image',
    letThrough: (gateway) => gateway.setImageLatency(0),
  },
  "while Pixapi's async task runs (submitted, polled, not completed)": {
    provider: 'pixapi',
    async: true,
    // Each task answers 'processing' to its first 2 polls; the CLI polls every 2 s, so the
    // kill comes between the first poll and the second.
    gateway: { pollsToComplete: 2 },
    fetchedBy: 'task',
    letThrough: () => undefined,
  },
};

describe('the CLI killed with SIGKILL between the paid answer and the image on disk', () => {
  it.each(Object.entries(MOMENTS))(
    '%s: the next run fetches it again and pays nothing more',
    async (_moment, moment) => {
      gw = await startGateway({ apiKey: API_KEY, ...moment.gateway });
      project = makeProject({
        assets: IDS.map((id) => ({ id, async: moment.async })),
        defaults: { fallback: [] },
      });
      const args = [
        'generate',
        project.manifest,
        '--provider',
        moment.provider,
        '--base-url',
        gw.url,
        '--concurrency',
        '2',
      ];
      const env = { ASSET_FORGE_API_KEY: API_KEY };

      child = spawnCli(args, env);
      await until(`both deliveries under way (${moment.fetchedBy})`, () => {
        return pathsOf(moment.fetchedBy).size === IDS.length;
      });
      child.process.kill('SIGKILL');
      const killed = await child.exited;
      child = undefined;
      expect(killed.signal, killed.stderr).toBe('SIGKILL');

      // Both were paid, neither is on disk; the lock (if any) agrees with the disk.
      expect(gw.bill.credits).toBe(IDS.length * PRICE);
      expect(expectLockMatchesDisk(project)).toEqual([]);
      const journal = journalDirFor(project.lockPath);
      expect(readdirSync(journal).filter((name) => name.endsWith('.json'))).toHaveLength(
        IDS.length,
      );
      const fetchedBefore = pathsOf(moment.fetchedBy);

      moment.letThrough(gw);
      const cut = gw.requests.length;
      child = spawnCli(args, env);
      const done = await child.exited;
      child = undefined;
      expect(done.code, done.stderr).toBe(0);

      // No new paid request: the same URLs downloaded again, or the same tasks polled again.
      const again = gw.requests.slice(cut);
      expect(imageCalls(gw).length).toBe(IDS.length);
      expect(again.filter((r) => r.method === 'POST')).toEqual([]);
      const fetchedAgain = new Set(
        again.filter((r) => r.kind === moment.fetchedBy).map((r) => r.path),
      );
      expect(fetchedAgain).toEqual(fetchedBefore);
      expect(gw.bill.credits).toBe(IDS.length * PRICE);
      expect(done.stdout).toContain('Credits spent: 0');

      // Every asset locked at what it cost, the disk agreeing, nothing left over.
      expect(expectLockMatchesDisk(project)).toEqual([...IDS].sort());
      for (const id of IDS) expect(readLockFile(project)!.assets[id]!.credits).toBe(PRICE);
      expect(existsSync(journal) ? readdirSync(journal) : []).toEqual([]);
      expect(temporariesUnder(project.dir)).toEqual([]);
      expect(strayFiles(project)).toEqual([]);
    },
  );
});
