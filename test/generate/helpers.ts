// Shared by the generation tests: a throw-away project folder with a manifest, a run of the real
// pipeline (loadAndPlan + generateRun) against the fake gateway, and readers for what the user
// sees afterwards (files, lock file, the gateway's log).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { Agent } from 'undici';
import { stringify } from 'yaml';
import type { RetryPolicy } from '../../src/generate/policy.js';
import type { GenerateOptions } from '../../src/generate/run.js';
import type { AssetResult, Attempt, RunResult } from '../../src/generate/types.js';
import { readImageHeader } from '../../src/images/format.js';
import { LOCK_FILE_NAME, type LockFile } from '../../src/lockfile.js';
import { generateRun, loadAndPlan, type PlannedRun } from '../../src/pipeline.js';
import { createProvider } from '../../src/providers/index.js';
import type { ProviderName } from '../../src/providers/types.js';
import type { Gateway, RecordedRequest } from '../fakes/gateway.js';

export const API_KEY = 'test-key';

/** Short waits: retries are the point of these tests, not the time they take. */
export const FAST_POLICY: RetryPolicy = {
  retriesPerModel: 1,
  baseDelayMs: 1,
  maxDelayMs: 50,
  totalWaitMs: 1_000,
};

/**
 * The providers' requests go through this package's undici. Without a dispatcher of its own,
 * undici's request() takes the process-wide one, which is Node's bundled undici (6.x) when
 * anything used the global fetch first (vitest does); that one never sends a multipart body
 * built by undici 7's FormData, so pixapi edits hang. See the report: src/providers should
 * own its dispatcher.
 */
export const DISPATCHER = new Agent();

export const noSleep = async (_ms: number, _signal: AbortSignal) => {};

export interface Project {
  dir: string;
  manifest: string;
  lockPath: string;
  remove(): void;
}

export interface AssetSpec {
  id: string;
  prompt?: string;
  size?: string;
  quality?: string;
  model?: string;
  fallback?: string[];
  format?: string;
  out?: string;
  images?: string[];
  renditions?: { out: string; size: string; format?: string }[];
  async?: boolean;
}

export interface ManifestSpec {
  assets: AssetSpec[];
  budget?: { 'max-credits'?: number; 'on-over-budget'?: 'fail' | 'partial' };
  defaults?: Record<string, unknown>;
  pricing?: Record<string, unknown>;
  prune?: boolean;
}

/** A manifest text; every asset gets a prompt naming its id, so a request tells its asset. */
export function manifestText(spec: ManifestSpec): string {
  return stringify({
    version: 1,
    ...(spec.budget ? { budget: spec.budget } : {}),
    ...(spec.pricing ? { pricing: spec.pricing } : {}),
    ...(spec.prune !== undefined ? { prune: spec.prune } : {}),
    defaults: {
      model: 'gpt-image-2',
      fallback: ['gemini-3-pro-image'],
      quality: 'low',
      size: '1024x1024',
      format: 'png',
      'out-dir': 'out',
      ...spec.defaults,
    },
    assets: spec.assets.map((asset) => ({ prompt: promptOf(asset.id), ...asset })),
  });
}

export const promptOf = (id: string) => `Picture for asset ${id}`;

export function makeProject(spec: ManifestSpec | string): Project {
  const dir = mkdtempSync(join(tmpdir(), 'forge-gen-'));
  const manifest = join(dir, 'assets.yml');
  writeFileSync(manifest, typeof spec === 'string' ? spec : manifestText(spec));
  return {
    dir,
    manifest,
    lockPath: join(dir, LOCK_FILE_NAME),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * After a test: its gateway closed and its project removed. Both may be the last test's,
 * already released (a test that starts none leaves them set): doing it again is harmless.
 */
export async function release(gw: Gateway | undefined, project: Project | undefined) {
  await gw?.close();
  project?.remove();
}

export interface RunSettings
  extends Partial<Omit<GenerateOptions, 'lock' | 'lockPath' | 'provider'>> {
  gateway?: Gateway;
  provider?: ProviderName;
  apiKey?: string;
  /** Deadline of one API request. */
  timeoutMs?: number;
  budget?: number;
}

export interface Run {
  planned: PlannedRun;
  result: RunResult & { pruned: string[] };
  /** Attempts as they were reported, per asset. */
  attempts: Map<string, Attempt[]>;
  byId(id: string): AssetResult;
}

/** Plans and generates the project, as the CLI and the action do, against the gateway. */
export async function runProject(project: Project, settings: RunSettings = {}): Promise<Run> {
  const {
    gateway,
    provider: name = 'nanobanana',
    apiKey = API_KEY,
    timeoutMs,
    budget,
    onAttempt,
    ...options
  } = settings;
  const planned = loadAndPlan({
    manifest: project.manifest,
    root: project.dir,
    provider: name,
    ...(budget !== undefined ? { budget } : {}),
  });
  const provider = createProvider(name, {
    apiKey,
    ...(gateway ? { baseUrl: gateway.url } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs, downloadTimeoutMs: timeoutMs } : {}),
    pollIntervalMs: 5,
    dispatcher: DISPATCHER,
  });
  return generateRecorded(planned, {
    concurrency: 1,
    policy: FAST_POLICY,
    sleep: noSleep,
    ...options,
    provider,
    ...(onAttempt ? { onAttempt } : {}),
  });
}

/** Generates a planned run as the pipeline does, keeping each asset's attempts as reported. */
export async function generateRecorded(
  planned: PlannedRun,
  options: Parameters<typeof generateRun>[1],
): Promise<Run> {
  const attempts = new Map<string, Attempt[]>();
  const result = await generateRun(planned, {
    ...options,
    onAttempt: (id, attempt) => {
      attempts.set(id, [...(attempts.get(id) ?? []), attempt]);
      options.onAttempt?.(id, attempt);
    },
  });
  return {
    planned,
    result,
    attempts,
    byId(id) {
      const found = result.results.find((r) => r.id === id);
      if (!found) throw new Error(`no result for ${id}`);
      return found;
    },
  };
}

/** The generate and edit requests (what a provider bills), in order. */
export function imageCalls(gateway: Gateway): RecordedRequest[] {
  return gateway.requests.filter((r) => r.kind === 'generate' || r.kind === 'edit');
}

/** The asset a request was for, from its prompt. */
export function assetOf(request: RecordedRequest): string | undefined {
  const prompt = request.body?.prompt;
  const match = typeof prompt === 'string' ? /^Picture for asset (.+)$/.exec(prompt) : null;
  return match?.[1];
}

/** The base model of a request (nanobanana's tier suffixes taken off). */
export function baseModel(request: RecordedRequest): string | undefined {
  return request.model?.replace(/-(512|2k|4k)$/, '');
}

export function readLockFile(project: Project): LockFile | undefined {
  return existsSync(project.lockPath)
    ? (JSON.parse(readFileSync(project.lockPath, 'utf8')) as LockFile)
    : undefined;
}

export function fileIn(project: Project, path: string): string {
  return join(project.dir, ...path.split('/'));
}

/** Format and size of a written file, from its bytes. */
export function headerOf(project: Project, path: string) {
  return readImageHeader(readFileSync(fileIn(project, path)));
}

/** The colour at the centre of a written PNG (the gateway paints each model its own colour). */
export function centreColour(project: Project, path: string): [number, number, number] {
  const png = PNG.sync.read(readFileSync(fileIn(project, path)));
  const offset = (png.width * (png.height >> 1) + (png.width >> 1)) * 4;
  return [png.data[offset]!, png.data[offset + 1]!, png.data[offset + 2]!];
}
