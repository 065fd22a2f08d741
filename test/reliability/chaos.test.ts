// The chaos matrix: every fault the fake gateway can play, at concurrency 1, 4 and 16, on a
// seeded random schedule mixed with good answers, through the real pipeline. Whatever happens:
// - the gateway's bill stays within the cap and is what credits-spent says (every output it
//   processed is billed, also one that then fails its download or check: SPEC 4);
// - no file is written that fails verification; the lock file and the disk agree;
// - every asset is either written with its lock entry, or reported failed or skipped with why;
// - every request the gateway answered is one recorded attempt, labelled by what went wrong;
// - the run ends within its time bound;
// - the exit code, the summary and the terminal table say what happened.
import { afterEach, describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/cli.js';
import type { ProviderName } from '../../src/providers/types.js';
import { resultsMarkdown } from '../../src/report/markdown.js';
import { resultsTable } from '../../src/report/terminal.js';
import { type Gateway, type Step, startGateway } from '../fakes/gateway.js';
import {
  API_KEY,
  type AssetSpec,
  assetOf,
  baseModel,
  imageCalls,
  makeProject,
  type Project,
  readLockFile,
  release,
} from '../generate/helpers.js';
import { seededRandom } from '../seeded-random.js';
import { FAULTS, type Fault } from './faults.js';
import {
  type Deadlines,
  expectLockMatchesDisk,
  int,
  outputsOf,
  reasonOf,
  runReliably,
  SHORT_POLICY,
  strayFiles,
  temporariesUnder,
  within,
} from './helpers.js';

let gw: Gateway | undefined;
let project: Project | undefined;
afterEach(() => release(gw, project));

/** Long enough that a good answer never times out on a busy machine; short enough for hangs. */
const DEADLINES: Deadlines = { timeoutMs: 400, taskDeadlineMs: 400, pollIntervalMs: 5 };
const BREAKER = { threshold: 3, coolDownMs: 60_000 };
const CHAIN = ['gpt-image-2', 'gemini-3-pro-image', 'gemini-3.1-flash-image'];

/** Every fault at once, on pixapi's async API (which can play them all). */
const ALL: Fault = {
  name: 'all of them at once',
  steps: FAULTS.flatMap((fault) => fault.steps),
  async: true,
  slow: true,
};

const CONCURRENCY = [1, 4, 16] as const;

/** The attempt label a step must produce (SPEC §6: every attempt is recorded). */
function labelOf(step: Step): string {
  if (typeof step === 'object') {
    if ('status' in step) return String(step.status);
    if ('envelopeCode' in step) return 'error-envelope';
    if ('imageSize' in step) return 'invalid-image';
    if ('imageRedirects' in step) return step.imageRedirects > 10 ? 'image-download' : 'ok';
    return 'ok'; // { shape }
  }
  const labels: Record<string, string> = {
    ok: 'ok',
    'image-unsized': 'ok',
    'task-flaky': 'ok',
    hang: 'timeout',
    'hang-mid-body': 'timeout',
    'task-stuck': 'timeout',
    reset: 'network',
    'reset-mid-body': 'network',
    garbage: 'bad-answer',
    'no-image': 'no-image',
    'image-garbage': 'invalid-image',
    'image-truncated': 'invalid-image',
    'image-undecodable': 'invalid-image',
    'image-404': 'image-download',
    'image-reset': 'image-download',
    'image-reset-once': 'ok',
    'image-stall': 'image-download',
    'task-failed': 'task-failed',
  };
  return labels[step]!;
}

/** Labels of attempts the API answered with an image: the gateways bill those (SPEC 4). */
const DELIVERED = new Set(['ok', 'invalid-image', 'image-download']);
/** Labels of attempts sent with no answer we can read: possibly billed, kept against the cap. */
const NO_ANSWER = new Set(['timeout', 'network', 'bad-answer']);

/** Labels an attempt may carry that no request produced. */
const UNSENT = new Set(['circuit-open', 'over-budget', 'model-unavailable', 'not-accepted']);

interface Case {
  fault: Fault;
  concurrency: number;
  seed: number;
}

const CASES: Case[] = [...FAULTS, ALL].flatMap((fault, f) =>
  CONCURRENCY.map((concurrency, c) => ({ fault, concurrency, seed: 1000 + f * 10 + c })),
);

describe('the chaos matrix: every fault x concurrency 1, 4, 16, on a seeded schedule', () => {
  it.each(CASES.map((c) => [c.fault.name, c.concurrency, c.seed, c] as const))(
    '%s, concurrency %i (seed %i)',
    async (_name, concurrency, seed, { fault }) => {
      const random = seededRandom(seed);
      const provider: ProviderName =
        fault.async || concurrency === 4 ? 'pixapi' : concurrency === 1 ? 'nanobanana' : 'pixapi';
      const probability = fault.slow ? 0.15 + random() * 0.2 : 0.25 + random() * 0.5;
      gw = await startGateway({
        apiKey: API_KEY,
        chaos: { probability, steps: fault.steps, seed },
      });
      const count = concurrency === 16 ? 16 : 8;
      const ids = Array.from({ length: count }, (_, i) => `asset-${i}`);
      const assets: AssetSpec[] = ids.map((id, i) => ({
        id,
        ...(i % 3 === 1 ? { quality: 'medium' } : {}),
        ...(i === 2 ? { renditions: [{ out: `web/${id}-small.png`, size: '320x200' }] } : {}),
        ...(fault.async ? { async: true } : {}),
      }));
      // The plan (gpt-image-2 at 1K, low or medium) fits; fallbacks (8 and 4 credits) may not.
      const planCost = assets.reduce((sum, a) => sum + (a.quality === 'medium' ? 4 : 1), 0);
      const cap = planCost + int(random, 0, 4 * count);
      project = makeProject({
        budget: { 'max-credits': cap, 'on-over-budget': 'partial' },
        defaults: { size: '1024x640', fallback: CHAIN.slice(1) },
        assets,
      });

      // Each attempt ends within its deadline plus the waits: a bound on the whole run.
      const perAsset = CHAIN.length * 2 * (DEADLINES.timeoutMs * 2 + 50) + SHORT_POLICY.totalWaitMs;
      const bound = Math.ceil(count / concurrency) * perAsset + 5_000;
      const started = performance.now();
      const run = await within(
        bound,
        'the run',
        runReliably(project, {
          gateway: gw,
          provider,
          deadlines: DEADLINES,
          concurrency,
          policy: SHORT_POLICY,
          breaker: BREAKER,
          random,
        }),
      );
      expect(performance.now() - started).toBeLessThan(bound);
      const { result } = run;

      // Budget: the gateway's bill (every output it processed, SPEC 4) never passes the cap
      // and is what credits-spent says; the assets' credits add up to it.
      const calls = imageCalls(gw);
      expect(gw.bill.credits).toBeLessThanOrEqual(cap);
      expect(result.creditsSpent).toBe(gw.bill.credits);
      const kept = result.results.reduce((sum, r) => sum + r.credits, 0);
      expect(kept).toBe(result.creditsSpent);

      // Every asset once, either written and locked, or failed/skipped with its reason.
      expect(result.results.map((r) => r.id)).toEqual(ids);
      const lock = readLockFile(project)?.assets ?? {};
      for (const r of result.results) {
        if (r.outcome === 'generated') {
          expect(r.files).toEqual(outputsOf(run, r.id));
          expect(lock[r.id]).toMatchObject({ model: r.model, credits: r.credits });
          expect(r.attempts.at(-1)).toMatchObject({ status: 'ok', model: r.model });
        } else {
          const reason = reasonOf(r);
          expect(r.files).toEqual([]);
          expect(lock[r.id], `${r.id} (${r.outcome}: ${reason}) has no lock entry`).toBeUndefined();
          if (r.outcome === 'skipped' && !result.stoppedBecause) expect(reason).toMatch(/budget/);
        }
      }
      // What is on disk is exactly the locked, verified files; no temporaries, nothing else.
      expect(expectLockMatchesDisk(project)).toEqual(
        result.results
          .filter((r) => r.outcome === 'generated')
          .map((r) => r.id)
          .sort(),
      );
      expect(strayFiles(project)).toEqual([]);
      expect(temporariesUnder(project.dir)).toEqual([]);

      // Every request answered is one attempt of its asset, labelled by what went wrong.
      for (const r of result.results) {
        const sent = calls.filter((c) => assetOf(c) === r.id);
        const recorded = r.attempts.filter((a) => !UNSENT.has(a.status));
        expect(recorded.map((a) => `${a.model} ${a.status}`)).toEqual(
          sent.map((c) => `${baseModel(c)} ${labelOf(c.step!)}`),
        );
        const unbilled = r.attempts.filter(
          (a) => !DELIVERED.has(a.status) && !NO_ANSWER.has(a.status),
        );
        expect(unbilled.every((a) => a.credits === 0)).toBe(true);
      }

      // A run-wide fault stops the sending; nothing is sent after it on a single lane.
      const stopper = calls.findIndex((c) => [401, 402].includes(Number(labelOf(c.step!))));
      expect(result.stoppedBecause !== undefined).toBe(stopper >= 0);
      if (stopper >= 0 && concurrency === 1) expect(calls).toHaveLength(stopper + 1);

      // The exit code, the summary and the terminal table tell the same story.
      const failed = result.results.some((r) => r.outcome === 'failed');
      expect(exitCodeFor(result)).toBe(failed || result.stoppedBecause ? 1 : 0);
      const summary = resultsMarkdown(result);
      const table = resultsTable(result);
      expect(summary).toContain(`**Credits spent: ${result.creditsSpent}**`);
      expect(table).toContain(`Credits spent: ${result.creditsSpent}`);
      for (const r of result.results) {
        const row = summary.split('\n').find((line) => line.startsWith(`| ${r.id} |`));
        expect(row, `summary row of ${r.id}`).toBeDefined();
        expect(row!.split(' | ')[1]).toMatch(new RegExp(`^${r.outcome}`));
        expect(table).toMatch(new RegExp(`^${r.id} +${r.outcome}`, 'm'));
      }
    },
  );
});
