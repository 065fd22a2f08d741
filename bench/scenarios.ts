// One benchmark scenario per process: `tsx bench/scenarios.ts <name>` prints its figures as one
// JSON line. bench/run.ts runs them all and prints the table; each scenario gets a fresh
// process (a CLI or action run is one), its own TMPDIR, and the fake gateway in a process of
// its own, so that what is timed is the engine.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Agent, request } from 'undici';
import type { Step } from '../test/fakes/gateway.js';
import { API_KEY, makeProject, runEngine } from './common.js';
import { CREDIT_SCENARIOS } from './credit.js';
import { startRemoteGateway } from './gateway-process.js';

const REPO = resolve(import.meta.dirname, '..');
const NODE24 = join(REPO, 'node_modules', 'node', 'bin', 'node');

type Figures = Record<string, number | string>;

/** Requests with latency L, N assets, C at a time: engine against ceil(N/C) x L. */
async function scheduling(n: number, concurrency: number, latencyMs: number): Promise<Figures> {
  const gateway = await startRemoteGateway({ apiKey: API_KEY, latencyMs });
  const project = makeProject(n);
  try {
    // The fake's own warm-up (its first answers are slow to come) is not the engine's: a few
    // rounds of requests from elsewhere go first, and are forgotten.
    await bareClient(gateway.url, 2 * concurrency, concurrency, 'in-slot');
    await gateway.reset();
    const run = await runEngine(project, { baseUrl: gateway.url, concurrency });
    const stats = await gateway.stats();
    // Floors of this setup: bare loops with the same concurrency and nothing else to do. API
    // calls alone; the same traffic as the engine (each image fetched beside the next call,
    // outside the C slots); and each call followed by its download inside the slot.
    const floor = async (downloads: Downloads) =>
      concurrency > 1
        ? await bareClient(gateway.url, n, concurrency, downloads)
        : { ms: Number.NaN, cpuMs: Number.NaN };
    const apiFloor = await floor('none');
    const trafficFloor = await floor('beside');
    const inSlotFloor = await floor('in-slot');
    return {
      n,
      concurrency,
      latencyMs,
      idealMs: Math.ceil(n / concurrency) * latencyMs,
      engineMs: run.generateMs,
      planMs: run.planMs,
      apiFloorMs: apiFloor.ms,
      trafficFloorMs: trafficFloor.ms,
      floorMs: inSlotFloor.ms,
      // CPU of this process: the engine's per asset against the same-traffic loop's.
      engineCpuMs: run.cpuMs,
      trafficFloorCpuMs: trafficFloor.cpuMs,
      requests: stats.requests,
      maxInFlight: stats.maxInFlight,
      generated: run.generated,
    };
  } finally {
    await gateway.close();
    project.remove();
  }
}

type Downloads = 'none' | 'beside' | 'in-slot';

async function bareClient(
  url: string,
  n: number,
  concurrency: number,
  downloads: Downloads,
): Promise<{ ms: number; cpuMs: number }> {
  const dispatcher = new Agent();
  const fetched: Promise<ArrayBuffer>[] = [];
  let next = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const worker = async () => {
    while (next < n) {
      next += 1;
      const answer = await request(`${url}/v1/images/generate`, {
        method: 'POST',
        dispatcher,
        headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          model: 'gpt-image-2',
          prompt: 'floor',
          n: 1,
          size: '1024x1024',
          quality: 'low',
        }),
      });
      const body = (await answer.body.json()) as { data: { url: string } };
      if (downloads === 'none') continue;
      const image = request(body.data.url, { dispatcher }).then((got) => got.body.arrayBuffer());
      if (downloads === 'in-slot') await image;
      else fetched.push(image);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  await Promise.all(fetched);
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  await dispatcher.close();
  return { ms: elapsed, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** A token bucket of `perSecond` (burst as much) per model; 429s with retry-after-ms. */
async function rateLimit(
  n: number,
  perSecond: number,
  concurrency: number,
  latencyMs: number,
): Promise<Figures> {
  const burst = perSecond;
  const gateway = await startRemoteGateway({
    apiKey: API_KEY,
    latencyMs,
    rateLimit: { perSecond, burst },
  });
  const project = makeProject(n);
  try {
    const run = await runEngine(project, { baseUrl: gateway.url, concurrency });
    const stats = await gateway.stats();
    // The bucket's first `burst` requests go at once, each later one when a token comes; the
    // last is answered after the latency. (Concurrency alone would allow C/L per second.)
    const idealMs =
      Math.max(((n - burst) / perSecond) * 1000, (Math.ceil(n / concurrency) - 1) * latencyMs) +
      latencyMs;
    return {
      n,
      perSecond,
      burst,
      concurrency,
      latencyMs,
      idealMs,
      engineMs: run.generateMs,
      requests: stats.requests,
      limited: stats.limited,
      wastedAfterFirst: Math.max(0, stats.limited - 1),
      generated: run.generated,
      failed: run.failed,
    };
  } finally {
    await gateway.close();
    project.remove();
  }
}

/**
 * A project of n assets generated before (files on disk, lock file up to date), planned and
 * "generated" again: nothing may be sent. Engine time is load + plan (hashing every file) +
 * the generate step, in a fresh process (cold, as a CLI run), imports excluded.
 */
async function incremental(n: number, fileBytes: number): Promise<Figures> {
  const { loadAndPlan, generateRun } = await import('../src/pipeline.js');
  const { writeLock } = await import('../src/lockfile.js');
  const { createProvider } = await import('../src/providers/index.js');
  const gateway = await startRemoteGateway({ apiKey: API_KEY });
  const project = makeProject(n);
  try {
    // Set up as a finished run would leave it (not timed): one file per asset, its entry.
    const setup = loadAndPlan({
      manifest: project.manifest,
      root: project.dir,
      provider: 'offline',
    });
    for (const [i, item] of setup.plan.items.entries()) {
      const bytes = Buffer.alloc(fileBytes, i & 0xff);
      const path = join(project.dir, ...item.asset.out.split('/'));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
      setup.lock.assets[item.asset.id] = {
        specHash: item.specHash,
        files: [{ path: item.asset.out, sha256: createHash('sha256').update(bytes).digest('hex') }],
        model: 'gpt-image-2',
        provider: 'nanobanana',
        credits: 1,
        generatedAt: new Date().toISOString(),
      };
    }
    await writeLock(setup.lockPath, setup.lock);

    const started = performance.now();
    const planned = loadAndPlan({
      manifest: project.manifest,
      root: project.dir,
      provider: 'nanobanana',
    });
    const planMs = performance.now() - started;
    const result = await generateRun(planned, {
      provider: createProvider('nanobanana', { apiKey: API_KEY, baseUrl: gateway.url }),
      concurrency: 8,
    });
    const engineMs = performance.now() - started;
    const stats = await gateway.stats();
    return {
      n,
      mbHashed: (n * fileBytes) / 1e6,
      planMs,
      engineMs,
      requests: stats.requests,
      generated: result.results.filter((r) => r.outcome === 'generated').length,
    };
  } finally {
    await gateway.close();
    project.remove();
  }
}

/** A plan of n new assets (every file missing): manifest load, validation, pricing. */
async function plan(n: number): Promise<Figures> {
  const { loadAndPlan } = await import('../src/pipeline.js');
  const project = makeProject(n, (i) => ({
    size: ['1024x1024', '1536x1024', '3840x2160'][i % 3]!,
    quality: ['low', 'medium', 'high'][i % 3]!,
    renditions: i % 4 === 0 ? [{ out: `web/r-${i}.webp`, size: '512x512', format: 'webp' }] : [],
  }));
  try {
    const started = performance.now();
    const planned = loadAndPlan({
      manifest: project.manifest,
      root: project.dir,
      provider: 'nanobanana',
    });
    const engineMs = performance.now() - started;
    return {
      n,
      engineMs,
      manifestKb: readFileSync(project.manifest).length / 1024,
      credits: planned.plan.requiredCredits,
    };
  } finally {
    project.remove();
  }
}

/**
 * 4K assets served by the Gemini fallback (gpt-image-2 answers 503), so every one is checked,
 * cropped and resized to exactly 3840x2160 from the 5504x3072 Gemini image, and gets two
 * renditions. The bundled CLI runs it in a child process on Node 24, which reports its peak
 * RSS (getrusage's maxRSS) as it exits. `answer`: the Gemini image comes as a URL (nanobanana's
 * data.url) or inside the JSON answer (data[].b64_json).
 */
async function memory(n: number, concurrency: number, answer: 'url' | 'b64'): Promise<Figures> {
  const scripts: [string, Step[]][] = [
    ['gpt-image-2', Array.from({ length: n }, () => ({ status: 503, retryAfterMs: 1 }))],
  ];
  if (answer === 'b64') {
    scripts.push(['gemini-3-pro-image', Array.from({ length: n }, () => ({ shape: 'list-b64' }))]);
  }
  const gateway = await startRemoteGateway({ apiKey: API_KEY }, scripts);
  const project = makeProject(n, (i) => ({
    size: '3840x2160',
    quality: 'high',
    fallback: ['gemini-3-pro-image'],
    renditions: [
      { out: `web/a-${i}-1920.webp`, size: '1920x1080', format: 'webp' },
      { out: `web/a-${i}-1280.jpg`, size: '1280x720', format: 'jpeg' },
    ],
  }));
  const peakOf = (args: string[]) => {
    const started = performance.now();
    const child = spawnSync(NODE24, ['--import', REPORT_PEAK_RSS, CLI, ...args], {
      cwd: project.dir,
      env: { ...process.env, ASSET_FORGE_API_KEY: API_KEY },
      encoding: 'utf8',
    });
    const peak = /PEAK_RSS (\d+)/.exec(child.stderr)?.[1];
    if (!peak) throw new Error(`${args.join(' ')}: ${child.stdout}${child.stderr}`);
    return { mb: (Number(peak) * 1024) / 2 ** 20, ms: performance.now() - started, child };
  };
  try {
    const baseline = peakOf(['validate', 'assets.yml']);
    const run = peakOf([
      'generate',
      'assets.yml',
      '--provider',
      'nanobanana',
      '--base-url',
      gateway.url,
      '--concurrency',
      String(concurrency),
    ]);
    const stats = await gateway.stats();
    const lock = JSON.parse(readFileSync(join(project.dir, 'assets.lock.json'), 'utf8')) as {
      assets: Record<string, { model: string }>;
    };
    const header = readFileSync(join(project.dir, 'out', 'a-00000.png')).subarray(16, 24);
    return {
      n,
      concurrency,
      baselineMb: baseline.mb,
      peakMb: run.mb,
      engineMs: run.ms,
      exitCode: run.child.status ?? -1,
      generated: Object.values(lock.assets).filter((e) => e.model.startsWith('gemini')).length,
      requests: stats.requests,
      masterSize: `${header.readUInt32BE(0)}x${header.readUInt32BE(4)}`,
    };
  } finally {
    await gateway.close();
    project.remove();
  }
}

const CLI = join(REPO, 'dist', 'cli.js');
const REPORT_PEAK_RSS = `data:text/javascript,${encodeURIComponent(
  "process.on('exit', () => process.stderr.write(`PEAK_RSS ${process.resourceUsage().maxRSS}\\n`));",
)}`;

/** `node dist/index.js` in plan mode, as the runner starts it; median of `runs`. */
function startup(runs: number): Figures {
  const workspace = mkdtempSync(join(tmpdir(), 'forge-startup-'));
  mkdirSync(join(workspace, 'examples'));
  copyFileSync(join(REPO, 'examples', 'assets.yml'), join(workspace, 'examples', 'assets.yml'));
  const output = join(workspace, 'output');
  const summary = join(workspace, 'summary');
  const event = join(workspace, 'event.json');
  writeFileSync(event, '{}');
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: workspace,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_EVENT_PATH: event,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/site',
    RUNNER_TEMP: workspace,
    INPUT_MODE: 'plan',
    INPUT_MANIFEST: 'examples/assets.yml',
    INPUT_PROVIDER: 'nanobanana',
    INPUT_COMMENT: 'false',
    INPUT_CONCURRENCY: '4',
    INPUT_PUBLISH: 'commit',
    'INPUT_FAIL-ON': 'error',
  };
  const time = (args: string[]) => {
    const times: number[] = [];
    for (let run = 0; run <= runs; run++) {
      writeFileSync(output, '');
      writeFileSync(summary, '');
      const started = performance.now();
      const child = spawnSync(NODE24, args, { cwd: workspace, env, encoding: 'utf8' });
      if (run > 0) times.push(performance.now() - started); // the first warms the disk cache
      if (child.status !== 0) throw new Error(`${args.join(' ')}: ${child.stdout}${child.stderr}`);
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  };
  try {
    const actionMs = time([join(REPO, 'dist', 'index.js')]);
    const planned = readFileSync(output, 'utf8').includes('credits-estimated');
    const bareNodeMs = time(['-e', '']);
    return { runs, actionMs, bareNodeMs, planned: String(planned), ...bundleSize() };
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

/** dist/index.js and every chunk it loads, statically or on demand. */
function bundleSize(): Figures {
  const dist = join(REPO, 'dist');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:from|import\()\s*["'](\.\.?\/[^"']+\.js)["']/g)) {
      // Bundled dependencies keep import() texts of their own: only real files count.
      const target = resolve(dirname(file), match[1]!);
      if (target.startsWith(dist) && existsSync(target)) visit(target);
    }
  };
  visit(join(dist, 'index.js'));
  const sizes = [...seen].map((file) => readFileSync(file).length);
  return {
    bundleFiles: seen.size,
    bundleMb: sizes.reduce((a, b) => a + b, 0) / 1e6,
    indexMb: readFileSync(join(dist, 'index.js')).length / 1e6,
  };
}

/** bench/images.ts as it is: its table, kept as text. */
function images(): Figures {
  const text = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(REPO, 'bench', 'images.ts')],
    {
      encoding: 'utf8',
      cwd: REPO,
    },
  );
  const total = /verify \+ decode \+ resize \+ encode\): (\d+) ms/.exec(text)?.[1];
  return { table: text, geminiToExactMs: Number(total) };
}

const SCENARIOS: Record<string, () => Promise<Figures> | Figures> = {
  scheduling: () => scheduling(200, 8, 200),
  sequential: () => scheduling(200, 1, 200),
  'scheduling-16': () => scheduling(200, 16, 200),
  'rate-limit': () => rateLimit(200, 25, 8, 200),
  'incremental-250': () => incremental(250, 71_000),
  'incremental-1000': () => incremental(1000, 71_000),
  'plan-2500': () => plan(2500),
  'plan-10000': () => plan(10_000),
  memory: () => memory(16, 8, 'url'),
  'memory-b64': () => memory(16, 8, 'b64'),
  startup: () => startup(5),
  images,
  ...CREDIT_SCENARIOS,
};

export const SCENARIO_NAMES = Object.keys(SCENARIOS);

if (import.meta.url === `file://${process.argv[1]}`) {
  const name = process.argv[2] ?? '';
  const scenario = SCENARIOS[name];
  if (!scenario) throw new Error(`unknown scenario ${name}; one of ${SCENARIO_NAMES.join(', ')}`);
  const figures = await scenario();
  process.stdout.write(`\n${JSON.stringify(figures)}\n`);
}
