// Shared by the reliability tests: a seeded generator, a run of the real pipeline with short
// deadlines on every provider knob, the built CLI in a child process, and the checks that
// what is on disk agrees with the lock file and with what the run reported.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { expect } from 'vitest';
import type { RetryPolicy } from '../../src/generate/policy.js';
import type { GenerateOptions } from '../../src/generate/run.js';
import type { AssetResult } from '../../src/generate/types.js';
import { verifyImageBytes } from '../../src/images/verify.js';
import { LOCK_FILE_NAME, parseTemporaryName, sha256Bytes } from '../../src/lockfile.js';
import { loadAndPlan } from '../../src/pipeline.js';
import { createProvider, type ProviderOptions } from '../../src/providers/index.js';
import type { ProviderName } from '../../src/providers/types.js';
import type { Gateway } from '../fakes/gateway.js';
import {
  API_KEY,
  DISPATCHER,
  generateRecorded,
  type Project,
  type Run,
  readLockFile,
} from '../generate/helpers.js';

export const REPO = resolve(import.meta.dirname, '../..');
/** The built CLI, as `npx asset-forge` runs it: `npm run build` first. */
export const DIST_CLI = join(REPO, 'dist', 'cli.js');

export type Random = () => number;

export const int = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;

/** Every deadline short, so that a hang costs a fraction of a second. */
export interface Deadlines {
  timeoutMs: number;
  taskDeadlineMs: number;
  pollIntervalMs: number;
}

export interface ReliableRunSettings
  extends Partial<Omit<GenerateOptions, 'lock' | 'lockPath' | 'provider'>> {
  gateway: Gateway;
  provider: ProviderName;
  deadlines: Deadlines;
  budget?: number;
  providerOptions?: Partial<ProviderOptions>;
}

/** Plans and generates the project against the gateway, as the CLI and the action do. */
export async function runReliably(project: Project, settings: ReliableRunSettings): Promise<Run> {
  const { gateway, provider: name, deadlines, budget, providerOptions, ...options } = settings;
  const planned = loadAndPlan({
    manifest: project.manifest,
    root: project.dir,
    provider: name,
    ...(budget !== undefined ? { budget } : {}),
  });
  const provider = createProvider(name, {
    apiKey: API_KEY,
    baseUrl: gateway.url,
    timeoutMs: deadlines.timeoutMs,
    downloadTimeoutMs: deadlines.timeoutMs,
    taskDeadlineMs: deadlines.taskDeadlineMs,
    pollIntervalMs: deadlines.pollIntervalMs,
    dispatcher: DISPATCHER,
    ...providerOptions,
  });
  return generateRecorded(planned, { concurrency: 1, ...options, provider });
}

export const SHORT_POLICY: RetryPolicy = {
  retriesPerModel: 1,
  baseDelayMs: 2,
  maxDelayMs: 20,
  totalWaitMs: 200,
};

/** Rejects when `work` has not settled within `ms`: a hang fails the test instead of stalling it. */
export async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not end within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Every file under `dir`, relative, posix separators. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Temporary files anywhere under `dir`: asset-forge's own, and anything named *.tmp. */
export function temporariesUnder(dir: string): string[] {
  return filesUnder(dir).filter((path) => {
    const name = path.split('/').at(-1)!;
    return parseTemporaryName(name) !== undefined || name.endsWith('.tmp');
  });
}

/**
 * The lock file and the disk agree: every file the lock names exists with its sha256, and is a
 * whole image of the manifest's size. Returns the locked ids.
 */
export function expectLockMatchesDisk(project: Project): string[] {
  const lock = readLockFile(project);
  if (!lock) return [];
  const planned = loadAndPlan({
    manifest: project.manifest,
    root: project.dir,
    provider: 'pixapi',
  });
  for (const [id, entry] of Object.entries(lock.assets)) {
    const asset = planned.manifest.assets.find((a) => a.id === id);
    expect(asset, `lock entry ${id} is an asset of the manifest`).toBeDefined();
    const sizes = [asset!.size, ...asset!.renditions.map((r) => r.size)];
    expect(entry.files.map((f) => f.path)).toEqual([
      asset!.out,
      ...asset!.renditions.map((r) => r.out),
    ]);
    entry.files.forEach((file, i) => {
      const path = join(project.dir, ...file.path.split('/'));
      expect(existsSync(path), `${file.path} of ${id} exists`).toBe(true);
      const bytes = readFileSync(path);
      expect(sha256Bytes(bytes), `sha256 of ${file.path}`).toBe(file.sha256);
      const size = sizes[i]!;
      verifyImageBytes(bytes, size === 'auto' ? { any: true } : { exact: size });
    });
  }
  return Object.keys(lock.assets).sort();
}

/** The outputs of an asset, relative to the manifest folder. */
export function outputsOf(run: Run, id: string): string[] {
  const asset = run.planned.manifest.assets.find((a) => a.id === id)!;
  return [asset.out, ...asset.renditions.map((r) => r.out)];
}

/** Files of the project folder that are neither the manifest, the lock file, nor a locked output. */
export function strayFiles(project: Project): string[] {
  const locked = new Set(
    Object.values(readLockFile(project)?.assets ?? {}).flatMap((e) => e.files.map((f) => f.path)),
  );
  return filesUnder(project.dir).filter(
    (path) => path !== 'assets.yml' && path !== LOCK_FILE_NAME && !locked.has(path),
  );
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Spawned {
  process: ChildProcess;
  exited: Promise<Exit>;
}

/** The built CLI in a child process, with only the environment given (and PATH, HOME). */
export function spawnCli(
  args: string[],
  env: Record<string, string> = {},
  cwd: string = REPO,
): Spawned {
  if (!existsSync(DIST_CLI)) throw new Error(`${DIST_CLI} is missing: run npm run build first`);
  const child = spawn(process.execPath, [DIST_CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<Exit>((done) => {
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
  return { process: child, exited };
}

/** A child still running when its test ends (a test that failed midway): killed, waited for. */
export async function killIfRunning(child: Spawned | undefined): Promise<void> {
  if (child && child.process.exitCode === null && child.process.signalCode === null) {
    child.process.kill('SIGKILL');
    await child.exited;
  }
}

/** Polls `probe` until it holds; past `timeoutMs` the test fails, saying what it waited for. */
export async function until(what: string, probe: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** The reason of a result that was not generated, which every such result has. */
export function reasonOf(result: AssetResult): string {
  expect(result.reason, `${result.id} says why it was ${result.outcome}`).toBeTruthy();
  return result.reason!;
}
