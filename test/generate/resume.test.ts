// SPEC §5: "a run that is killed keeps everything it paid for, and a re-run continues where it
// stopped". The real CLI in a child process, against the gateway, killed with SIGKILL.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Bytes } from '../../src/lockfile.js';
import { type Gateway, type Step, startGateway } from '../fakes/gateway.js';
import {
  API_KEY,
  assetOf,
  fileIn,
  imageCalls,
  makeProject,
  type Project,
  readLockFile,
} from './helpers.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, '..', '..');
const ENTRY = join(HERE, 'cli-entry.ts');

let gw: Gateway | undefined;
let project: Project | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  child = undefined;
  await gw?.close();
  gw = undefined;
  project?.remove();
  project = undefined;
});

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function startCli(args: string[]): { process: ChildProcess; exited: Promise<Exit> } {
  const spawned = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
    cwd: REPO,
    env: { ...process.env, ASSET_FORGE_API_KEY: API_KEY, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  spawned.stdout!.on('data', (chunk) => {
    stdout += chunk;
  });
  spawned.stderr!.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<Exit>((resolve) => {
    // 'close', not 'exit': the output is all read by then.
    spawned.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { process: spawned, exited };
}

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The lock's entries, or undefined while the file is absent (it is replaced atomically). */
const lockedIds = (p: Project) => Object.keys(readLockFile(p)?.assets ?? {});

const QUALITY = ['low', 'medium', 'high'] as const;
const PRICE = { low: 1, medium: 4, high: 14 }; // gpt-image-2 at 1K
const IDS = Array.from({ length: 8 }, (_, i) => `asset-${i}`);

describe('kill and resume (the CLI, SIGKILL)', () => {
  it('the re-run sends only what the lock is missing, and each asset is paid for once', async () => {
    gw = await startGateway({ apiKey: API_KEY, latencyMs: 150 });
    project = makeProject({
      assets: IDS.map((id, i) => ({ id, quality: QUALITY[i % 3] })),
    });
    const priceOf = (id: string) => PRICE[QUALITY[IDS.indexOf(id) % 3]!];
    const args = ['generate', project.manifest, '--base-url', gw.url, '--concurrency', '2'];

    // First run: killed once a few assets are in the lock file.
    const first = startCli(args);
    child = first.process;
    await until('3 assets in the lock file', () =>
      lockedIds(project!).length >= 3 ? true : undefined,
    );
    // From here on the gateway answers nothing, so that the moment of the kill is not a race
    // with an answer in flight: what it answered before was paid for and must be kept.
    const cut = gw.requests.length;
    gw.script(Array.from({ length: 20 }, (): Step => 'hang'));
    const paidInFirst = gw.requests
      .slice(0, cut)
      .filter((r) => (r.kind === 'generate' || r.kind === 'edit') && r.step === 'ok')
      .map((r) => assetOf(r)!);
    await until('every answered asset in the lock file', () =>
      paidInFirst.every((id) => lockedIds(project!).includes(id)) ? true : undefined,
    );
    await until('a request that will never be answered', () =>
      gw!.requests.length > cut ? true : undefined,
    );
    first.process.kill('SIGKILL');
    const killed = await first.exited;
    expect(killed.signal).toBe('SIGKILL');

    const kept = readLockFile(project)!;
    const keptIds = Object.keys(kept.assets).sort();
    expect(keptIds).toEqual([...paidInFirst].sort());
    expect(keptIds.length).toBeGreaterThanOrEqual(3);
    expect(keptIds.length).toBeLessThan(IDS.length);
    for (const entry of Object.values(kept.assets)) {
      for (const file of entry.files) {
        expect(sha256Bytes(readFileSync(fileIn(project, file.path)))).toBe(file.sha256);
      }
    }

    // Second run: nothing changed; it continues where the first one stopped.
    gw.reset();
    const second = startCli(args);
    child = second.process;
    const done = await second.exited;
    expect(done.code, done.stderr).toBe(0);

    const sentAgain = imageCalls(gw).map((r) => assetOf(r)!);
    expect([...sentAgain].sort()).toEqual(IDS.filter((id) => !keptIds.includes(id)).sort());
    const lock = readLockFile(project)!;
    expect(Object.keys(lock.assets).sort()).toEqual([...IDS].sort());
    for (const [id, entry] of Object.entries(lock.assets)) {
      expect(entry.credits).toBe(priceOf(id));
      for (const file of entry.files) {
        expect(sha256Bytes(readFileSync(fileIn(project, file.path)))).toBe(file.sha256);
      }
    }
    // What the provider charged in all: every asset once.
    const charged = [
      ...paidInFirst,
      ...imageCalls(gw)
        .filter((r) => r.step === 'ok')
        .map((r) => assetOf(r)!),
    ];
    expect([...charged].sort()).toEqual([...IDS].sort());
    const chargedCredits = charged.reduce((sum, id) => sum + priceOf(id), 0);
    expect(chargedCredits).toBe(IDS.reduce((sum, id) => sum + priceOf(id), 0));
    expect(done.stdout).toContain(
      `Credits spent: ${IDS.filter((id) => !keptIds.includes(id)).reduce((sum, id) => sum + priceOf(id), 0)}`,
    );

    // A third run has nothing left to do.
    gw.reset();
    const third = startCli(args);
    child = third.process;
    expect((await third.exited).code).toBe(0);
    expect(gw.requests).toEqual([]);
  });
});
