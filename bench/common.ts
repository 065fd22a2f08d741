// Shared by the benchmarks: a throw-away project of N assets, and one engine run of it against
// the fake gateway, timed. Engine code is imported after the .wasm hook (wasm-hook.ts) is in place.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import './wasm-hook.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { RetryPolicy } from '../src/generate/policy.js';
import type { ProviderOptions } from '../src/providers/index.js';

export const API_KEY = 'bench-key';

export interface BenchProject {
  dir: string;
  manifest: string;
  remove(): void;
}

export interface AssetOverrides {
  size?: string;
  quality?: string;
  model?: string;
  fallback?: string[];
  format?: string;
  renditions?: { out: string; size: string; format?: string }[];
  async?: boolean;
}

/** A project of `count` assets named a-0000, a-0001, ... */
export function makeProject(
  count: number,
  overrides: (index: number) => AssetOverrides = () => ({}),
  budget?: number,
): BenchProject {
  const dir = mkdtempSync(join(tmpdir(), 'forge-bench-'));
  const manifest = join(dir, 'assets.yml');
  const assets = Array.from({ length: count }, (_, i) => {
    const id = `a-${String(i).padStart(5, '0')}`;
    return { id, prompt: `Picture for asset ${id}`, ...overrides(i) };
  });
  writeFileSync(
    manifest,
    stringify({
      version: 1,
      ...(budget !== undefined ? { budget: { 'max-credits': budget } } : {}),
      defaults: {
        model: 'gpt-image-2',
        fallback: [],
        quality: 'low',
        size: '1024x1024',
        format: 'png',
        'out-dir': 'out',
      },
      assets,
    }),
  );
  return { dir, manifest, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface EngineRun {
  /** Milliseconds, plan included. */
  wallMs: number;
  planMs: number;
  generateMs: number;
  /** CPU time of this process over the run (user + system), plan included. */
  cpuMs: number;
  generated: number;
  failed: number;
}

/** Plans and generates as the CLI does, against a gateway at `baseUrl` (nanobanana protocol). */
export async function runEngine(
  project: BenchProject,
  options: {
    baseUrl?: string;
    concurrency: number;
    provider?: 'nanobanana' | 'pixapi' | 'offline';
    policy?: RetryPolicy;
    /** Deadlines and the like, on top of the provider's defaults. */
    providerOptions?: Partial<ProviderOptions>;
    /** Keeps the journal, as the CLI and the action do with the API key. */
    journalKey?: string;
  },
): Promise<EngineRun> {
  const { loadAndPlan, generateRun } = await import('../src/pipeline.js');
  const { createProvider } = await import('../src/providers/index.js');
  const provider = options.provider ?? 'nanobanana';
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const planned = loadAndPlan({ manifest: project.manifest, root: project.dir, provider });
  const plannedAt = performance.now();
  const result = await generateRun(planned, {
    provider: createProvider(provider, {
      apiKey: API_KEY,
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      ...options.providerOptions,
    }),
    concurrency: options.concurrency,
    ...(options.policy ? { policy: options.policy } : {}),
    ...(options.journalKey ? { journalKey: options.journalKey } : {}),
  });
  const ended = performance.now();
  const cpu = process.cpuUsage(cpuBefore);
  return {
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs: ended - started,
    planMs: plannedAt - started,
    generateMs: ended - plannedAt,
    generated: result.results.filter((r) => r.outcome === 'generated').length,
    failed: result.results.filter((r) => r.outcome === 'failed').length,
  };
}
