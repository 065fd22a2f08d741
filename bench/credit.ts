// Credit efficiency (docs/performance.md, "Credit efficiency"): credits billed by the fake
// gateway, which bills every output it processed, against the credits of the images the runs
// locked. A healthy run; every fault of the chaos matrix, re-run until every asset is locked; the
// built CLI killed with SIGKILL 8 times then run to the end (sync answers, and async tasks); a
// cancel (SIGINT) then a re-run; two runs started together on one workspace.
import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { FAULTS, type Fault } from '../test/reliability/faults.js';
import { seededRandom } from '../test/seeded-random.js';
import {
  API_KEY,
  type AssetOverrides,
  type BenchProject,
  makeProject,
  runEngine,
} from './common.js';
import { assetOfPrompt, efficiencyOf, heldAssets, neededCredits } from './credit-efficiency.js';
import { type RemoteGateway, startRemoteGateway } from './gateway-process.js';

type Figures = Record<string, number | string>;

const ASSETS = 40;
const CONCURRENCY = 4;
const CHAOS_PROBABILITY = 0.2;
/** Runs a chaos scenario may take to lock every asset. */
const MAX_RUNS = 20;
const FALLBACK = ['gemini-3-pro-image', 'gemini-3.1-flash-image'];
/** Short enough that a hang costs a second; long enough for a good answer on a busy machine. */
const DEADLINES = {
  timeoutMs: 1000,
  downloadTimeoutMs: 1000,
  taskDeadlineMs: 1000,
  pollIntervalMs: 5,
};
const SHORT_POLICY = { retriesPerModel: 1, baseDelayMs: 2, maxDelayMs: 20, totalWaitMs: 200 };

const CLI = join(resolve(import.meta.dirname, '..'), 'dist', 'cli.js');

/** A gateway and a project of ASSETS, removed when `use` is done. */
async function withSetup<T>(
  gatewayOptions: Parameters<typeof startRemoteGateway>[0],
  overrides: (index: number) => AssetOverrides,
  use: (gateway: RemoteGateway, project: BenchProject) => Promise<T>,
): Promise<T> {
  const gateway = await startRemoteGateway({ apiKey: API_KEY, ...gatewayOptions });
  const project = makeProject(ASSETS, overrides);
  try {
    return await use(gateway, project);
  } finally {
    await gateway.close();
    project.remove();
  }
}

/** In-process engine runs (with the journal, as the CLI keeps it) until every asset is locked. */
async function runUntilLocked(
  project: BenchProject,
  gateway: RemoteGateway,
  provider: 'nanobanana' | 'pixapi',
): Promise<number> {
  for (let runs = 1; runs <= MAX_RUNS; runs++) {
    await runEngine(project, {
      baseUrl: gateway.url,
      concurrency: CONCURRENCY,
      provider,
      policy: SHORT_POLICY,
      providerOptions: DEADLINES,
      journalKey: API_KEY,
    });
    if ((await neededCredits(project, provider)).locked === ASSETS) return runs;
  }
  return Number.NaN;
}

async function healthy(): Promise<Figures> {
  return withSetup({}, noOverrides, async (gateway, project) => {
    const runs = await runUntilLocked(project, gateway, 'nanobanana');
    return {
      runs,
      ...efficiencyOf(await gateway.bill(), await neededCredits(project, 'nanobanana')),
    };
  });
}

/** One fault at CHAOS_PROBABILITY on a fallback chain; re-run until every asset is locked. */
async function chaosOf(fault: Fault, seed: number): Promise<Figures> {
  const provider = fault.async ? 'pixapi' : 'nanobanana';
  const chaos = { probability: CHAOS_PROBABILITY, steps: fault.steps, seed };
  const overrides = () => ({ fallback: FALLBACK, ...(fault.async ? { async: true } : {}) });
  const started = performance.now();
  return withSetup({ chaos }, overrides, async (gateway, project) => {
    const runs = await runUntilLocked(project, gateway, provider);
    const bill = await gateway.bill();
    const figures = efficiencyOf(bill, await neededCredits(project, provider));
    return { fault: fault.name, runs, ...figures, ms: Math.round(performance.now() - started) };
  });
}

async function chaosMatrix(): Promise<Figures> {
  const faults: Figures[] = [];
  for (const [i, fault] of FAULTS.entries()) faults.push(await chaosOf(fault, 2000 + i));
  return {
    assets: ASSETS,
    concurrency: CONCURRENCY,
    probability: CHAOS_PROBABILITY,
    faults: JSON.stringify(faults),
  };
}

const noOverrides = () => ({});

/** The CLI's requests take this long to answer, so that a kill or a cancel finds some in flight. */
const CLI_LATENCY_MS = 100;
const KILLS = 8;

interface CliRun {
  child: ChildProcess;
  exited: Promise<{ code: number | null; stderr: string }>;
}

type Api = 'nanobanana' | 'pixapi';

/** The built CLI (`npm run build`), as a user runs it, the key in its environment. */
function startCli(project: BenchProject, gateway: RemoteGateway, api: Api = 'nanobanana'): CliRun {
  const args = ['generate', project.manifest, '--provider', api, '--base-url', gateway.url];
  const child = spawn(process.execPath, [CLI, ...args, '--concurrency', String(CONCURRENCY)], {
    cwd: project.dir,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ASSET_FORGE_API_KEY: API_KEY },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; stderr: string }>((done) => {
    child.on('close', (code) => done({ code, stderr }));
  });
  return { child, exited };
}

/** Until the gateway has received `count` image requests in all, or the CLI has ended. */
async function untilRequests(gateway: RemoteGateway, count: number, cli: CliRun): Promise<void> {
  let ended = false;
  void cli.exited.then(() => {
    ended = true;
  });
  while (!ended && (await gateway.stats()).requests < count) await sleep(2);
}

/**
 * SIGKILL at seeded points (after 0 to 8 requests of the run, then 0 to 100 ms), 8 times, then
 * one run to the end. `inFlightAtKills`: charges of a killed run for assets that had reached
 * neither the lock file nor the journal when it died: answers that went to a dead process.
 * nanobanana: each answer (the image) comes after CLI_LATENCY_MS. pixapi: async tasks, accepted
 * after 10 ms and done at their first poll (the CLI polls every 2 s), as a task API's image
 * takes its time in the task, not in the submit.
 */
async function kill(api: Api): Promise<Figures> {
  const gatewayOptions = { latencyMs: api === 'pixapi' ? 10 : CLI_LATENCY_MS };
  const overrides = () => (api === 'pixapi' ? { async: true } : {});
  return withSetup(gatewayOptions, overrides, async (gateway, project) => {
    const random = seededRandom(20_261_201);
    const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
    let inFlightAtKills = 0;
    for (let k = 0; k < KILLS; k++) {
      const billedBefore = (await gateway.bill()).charges.length;
      const cli = startCli(project, gateway, api);
      await untilRequests(gateway, (await gateway.stats()).requests + int(0, 8), cli);
      await sleep(int(0, 100));
      cli.child.kill('SIGKILL');
      await cli.exited;
      const held = await heldAssets(project, api, API_KEY);
      const charges = (await gateway.bill()).charges.slice(billedBefore);
      for (const charge of charges) {
        if (!held.has(assetOfPrompt(charge.prompt))) inFlightAtKills += charge.credits;
      }
    }
    const last = await startCli(project, gateway, api).exited;
    const figures = efficiencyOf(await gateway.bill(), await neededCredits(project, api));
    return {
      api,
      kills: KILLS,
      lastExit: last.code ?? -1,
      ...figures,
      inFlightAtKills,
      withoutInFlight: (figures.billed - inFlightAtKills) / figures.needed,
    };
  });
}

/** SIGINT once half the requests are sent (stop sending, let in flight finish), then a re-run. */
async function cancel(): Promise<Figures> {
  return withSetup({ latencyMs: CLI_LATENCY_MS }, noOverrides, async (gateway, project) => {
    const cli = startCli(project, gateway);
    await untilRequests(gateway, ASSETS / 2, cli);
    cli.child.kill('SIGINT');
    const cancelled = await cli.exited;
    const lockedAtCancel = (await neededCredits(project, 'nanobanana')).locked;
    const billedAtCancel = (await gateway.bill()).credits;
    const rerun = await startCli(project, gateway).exited;
    return {
      cancelExit: cancelled.code ?? -1,
      lockedAtCancel,
      billedAtCancel,
      rerunExit: rerun.code ?? -1,
      ...efficiencyOf(await gateway.bill(), await neededCredits(project, 'nanobanana')),
    };
  });
}

/** Two CLI runs started at once on one workspace, then one more run if anything is missing. */
async function together(): Promise<Figures> {
  return withSetup({ latencyMs: CLI_LATENCY_MS }, noOverrides, async (gateway, project) => {
    const both = await Promise.all(
      [startCli(project, gateway), startCli(project, gateway)].map((cli) => cli.exited),
    );
    const stoppedBeforeSpending = both.filter((exit) =>
      /nothing was spent/.test(exit.stderr),
    ).length;
    let runs = 2;
    if ((await neededCredits(project, 'nanobanana')).locked < ASSETS) {
      await startCli(project, gateway).exited;
      runs += 1;
    }
    return {
      runs,
      stoppedBeforeSpending,
      ...efficiencyOf(await gateway.bill(), await neededCredits(project, 'nanobanana')),
    };
  });
}

export const CREDIT_SCENARIOS: Record<string, () => Promise<Figures>> = {
  'credit-healthy': healthy,
  'credit-chaos': chaosMatrix,
  'credit-kill': () => kill('nanobanana'),
  'credit-kill-async': () => kill('pixapi'),
  'credit-cancel': cancel,
  'credit-together': together,
};
