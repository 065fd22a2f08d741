// SPEC §4: credits are reserved before each request; a request whose reservation would pass
// the cap is not sent; an error answer releases them, a delivered image settles them. Under any
// concurrency and any failure pattern the gateway's bill never passes the cap, and
// credits-spent is that bill. A seeded property test over many schedules.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { sleep as realSleep } from '../../src/generate/run.js';
import { sha256Bytes } from '../../src/lockfile.js';
import { type Gateway, type Step, startGateway } from '../fakes/gateway.js';
import { seededRandom } from '../seeded-random.js';
import {
  API_KEY,
  baseModel,
  fileIn,
  imageCalls,
  makeProject,
  type Project,
  readLockFile,
  release,
  runProject,
} from './helpers.js';

let gw: Gateway | undefined;
let project: Project | undefined;
afterEach(() => release(gw, project));

const CHAOS_STEPS: Step[] = [
  { status: 503 },
  { status: 500 },
  { status: 429, retryAfterMs: 5 },
  'reset',
  'garbage',
  'no-image',
  { envelopeCode: 1001, message: 'busy' },
  'image-garbage',
  'image-truncated',
  'image-404',
  { imageSize: { width: 1024, height: 256 } },
];

const SEEDS = Array.from({ length: 30 }, (_, i) => i + 1);

describe('the budget cap under concurrency and random faults', () => {
  const overBudgetSkips: number[] = [];

  it.each(SEEDS)(
    'seed %i (concurrency 8 or 16): the bill <= cap, and credits-spent == the bill',
    async (seed) => {
      const random = seededRandom(seed);
      const concurrency = seed % 2 === 0 ? 8 : 16;
      const cap = 8 + Math.floor(random() * 40);
      const onOverBudget = random() < 0.5 ? 'partial' : 'fail';
      gw = await startGateway({
        apiKey: API_KEY,
        latencyMs: Math.floor(random() * 8),
        chaos: { probability: 0.2 + random() * 0.4, steps: CHAOS_STEPS, seed },
      });
      const ids = Array.from({ length: 14 }, (_, i) => `asset-${i}`);
      project = makeProject({
        // fail + a plan over the cap would send nothing at all; keep the plan under it then.
        budget: {
          'max-credits': onOverBudget === 'fail' ? Math.max(cap, 14 * 4) : cap,
          'on-over-budget': onOverBudget,
        },
        defaults: { fallback: ['gemini-3-pro-image', 'gemini-3.1-flash-image'] },
        assets: ids.map((id, i) => ({ id, quality: i % 3 === 0 ? 'medium' : 'low' })),
      });

      const run = await runProject(project, {
        gateway: gw,
        concurrency,
        policy: { retriesPerModel: 1, baseDelayMs: 1, maxDelayMs: 20, totalWaitMs: 200 },
        sleep: realSleep,
        random,
      });
      const limit = run.planned.plan.budget!;
      const { result } = run;

      // Never above the cap, by our count and by the provider's; every credit is some asset's.
      expect(result.creditsSpent).toBeLessThanOrEqual(limit);
      expect(gw.bill.credits).toBeLessThanOrEqual(limit);
      const lock = readLockFile(project) ?? { version: 1, assets: {} };
      const lockCredits = Object.values(lock.assets).reduce((sum, entry) => sum + entry.credits, 0);
      const generated = result.results.filter((r) => r.outcome === 'generated');
      expect(generated.reduce((sum, r) => sum + r.credits, 0)).toBe(lockCredits);
      const allCredits = result.results.reduce((sum, r) => sum + r.credits, 0);
      expect(allCredits).toBe(result.creditsSpent);
      expect(Object.keys(lock.assets).sort()).toEqual(generated.map((r) => r.id).sort());

      // The gateway bills every output it processed, also one that fails its check (SPEC 4):
      // credits-spent is that bill.
      expect(result.creditsSpent).toBe(gw.bill.credits);
      expect(gw.maxInFlight).toBeLessThanOrEqual(concurrency);

      // What was paid for is on disk, as the lock file says.
      for (const r of generated) {
        expect(r.credits).toBeGreaterThan(0);
        for (const file of lock.assets[r.id]!.files) {
          expect(sha256Bytes(readFileSync(fileIn(project, file.path)))).toBe(file.sha256);
        }
      }
      overBudgetSkips.push(
        result.results.filter((r) => r.outcome === 'skipped' && /over budget/.test(r.reason ?? ''))
          .length,
      );
    },
  );

  it('the seeds did run into the cap (the property above is not vacuous)', () => {
    expect(overBudgetSkips).toHaveLength(SEEDS.length);
    expect(overBudgetSkips.filter((n) => n > 0).length).toBeGreaterThanOrEqual(SEEDS.length / 3);
  });
});

describe('reservations', () => {
  it('a fallback that would pass the cap is not sent', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    gw.script('gpt-image-2', [{ status: 503 }, { status: 503 }]);
    project = makeProject({ budget: { 'max-credits': 7 }, assets: [{ id: 'a' }, { id: 'b' }] });

    const run = await runProject(project, { gateway: gw });

    // a: gpt-image-2 failed twice; gemini-3-pro would cost 8 > 7: not sent.
    expect(imageCalls(gw).map(baseModel)).toEqual(['gpt-image-2', 'gpt-image-2', 'gpt-image-2']);
    expect(run.byId('a').outcome).toBe('skipped');
    expect(run.byId('a').reason).toMatch(/over budget/);
    expect(run.byId('a').attempts.at(-1)).toMatchObject({ status: 'over-budget', credits: 0 });
    // The failed attempts were released: b still fits.
    expect(run.byId('b')).toMatchObject({ outcome: 'generated', credits: 1 });
    expect(run.result.creditsSpent).toBe(1);
  });

  it('credits reserved for a failed attempt are released for the next ones', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    gw.script('gpt-image-2', [{ status: 503 }, { status: 500 }]);
    // Two assets at 1 credit, a cap of 2: the two failed tries must not hold on to credits.
    project = makeProject({ budget: { 'max-credits': 2 }, assets: [{ id: 'a' }, { id: 'b' }] });

    const run = await runProject(project, {
      gateway: gw,
      policy: { retriesPerModel: 2, baseDelayMs: 1, maxDelayMs: 5, totalWaitMs: 100 },
    });

    expect(run.byId('a')).toMatchObject({ outcome: 'generated', model: 'gpt-image-2', credits: 1 });
    expect(run.byId('b')).toMatchObject({ outcome: 'generated', credits: 1 });
    expect(run.result.creditsSpent).toBe(2);
  });

  it('concurrent fallbacks cannot together reserve past the cap', async () => {
    gw = await startGateway({ apiKey: API_KEY, latencyMs: 30 });
    // gpt-image-2 priced at 0 so that its attempts hold no credits: eight assets fit the cap
    // of 20; every one falls back to gemini-3-pro (8 credits) at about the same time, and only
    // two of those fit.
    gw.script(
      'gpt-image-2',
      Array.from({ length: 16 }, () => ({ status: 503 })),
    );
    project = makeProject({
      budget: { 'max-credits': 20 },
      pricing: { 'gpt-image-2': { '1K': { low: 0, medium: 0, high: 0 } } },
      assets: Array.from({ length: 8 }, (_, i) => ({ id: `a${i}` })),
    });

    const run = await runProject(project, { gateway: gw, concurrency: 8 });

    const geminiCalls = imageCalls(gw).filter((r) => baseModel(r) !== 'gpt-image-2');
    expect(geminiCalls).toHaveLength(2);
    expect(run.result.creditsSpent).toBe(16);
    const outcomes = run.result.results.map((r) => r.outcome).sort();
    expect(outcomes).toEqual([...Array(2).fill('generated'), ...Array(6).fill('skipped')]);
  });
});
