// SPEC §6: a 429's Retry-After / retry-after-ms is the wait before the retry (not our own
// backoff), capped at the policy's longest wait; a wait that does not fit in the asset's total
// wait budget is not slept through: the asset falls back instead.
import { afterEach, describe, expect, it } from 'vitest';
import { sleep as realSleep } from '../../src/generate/run.js';
import { type Gateway, type Step, startGateway } from '../fakes/gateway.js';
import {
  API_KEY,
  baseModel,
  imageCalls,
  makeProject,
  type Project,
  release,
  runProject,
} from './helpers.js';

let gw: Gateway | undefined;
let project: Project | undefined;
afterEach(() => release(gw, project));

/** A sleep that only writes down what it was asked to wait. */
function recordingSleep() {
  const waits: number[] = [];
  return {
    waits,
    sleep: async (ms: number, _signal: AbortSignal) => {
      waits.push(ms);
    },
  };
}

const policy = { retriesPerModel: 2, baseDelayMs: 1, maxDelayMs: 5_000, totalWaitMs: 20_000 };

async function runWith429(step: Step, overrides: Partial<typeof policy> = {}) {
  gw = await startGateway({ apiKey: API_KEY });
  gw.script('gpt-image-2', [step]);
  project = makeProject({ assets: [{ id: 'card' }] });
  const recorder = recordingSleep();
  const run = await runProject(project, {
    gateway: gw,
    policy: { ...policy, ...overrides },
    sleep: recorder.sleep,
  });
  return { run, waits: recorder.waits, card: run.byId('card') };
}

describe('Retry-After', () => {
  it('retry-after: 1 (seconds) is a wait of 1000 ms before the retry of the same model', async () => {
    const { card, waits } = await runWith429({ status: 429, retryAfter: '1' });
    expect(card).toMatchObject({ outcome: 'generated', model: 'gpt-image-2' });
    expect(card.attempts.map((a) => [a.status, a.waitMs])).toEqual([
      ['429', 0],
      ['ok', 1000],
    ]);
    expect(waits).toEqual([1000]);
  });

  it('retry-after-ms is taken to the millisecond', async () => {
    const { card, waits } = await runWith429({ status: 429, retryAfterMs: 1234 });
    expect(card.attempts.map((a) => a.waitMs)).toEqual([0, 1234]);
    expect(waits).toEqual([1234]);
  });

  it('retry-after-ms wins over retry-after when both are sent', async () => {
    const { card } = await runWith429({ status: 429, retryAfter: '3', retryAfterMs: 700 });
    expect(card.attempts.map((a) => a.waitMs)).toEqual([0, 700]);
  });

  it('a 503 with Retry-After is honoured too', async () => {
    const { card } = await runWith429({ status: 503, retryAfter: '2' });
    expect(card.attempts.map((a) => [a.status, a.waitMs])).toEqual([
      ['503', 0],
      ['ok', 2000],
    ]);
  });

  it('is capped at maxDelayMs', async () => {
    const { card, waits } = await runWith429({ status: 429, retryAfter: '30' }, { maxDelayMs: 50 });
    expect(card).toMatchObject({ outcome: 'generated', model: 'gpt-image-2' });
    expect(card.attempts.map((a) => a.waitMs)).toEqual([0, 50]);
    expect(waits).toEqual([50]);
  });

  it('a wait longer than the asset may still wait falls back at once instead', async () => {
    const { card, waits } = await runWith429(
      { status: 429, retryAfter: '4' },
      { maxDelayMs: 10_000, totalWaitMs: 1_000 },
    );
    expect(card).toMatchObject({ outcome: 'generated', model: 'gemini-3-pro-image' });
    expect(card.attempts.map((a) => [a.model, a.status, a.waitMs])).toEqual([
      ['gpt-image-2', '429', 0],
      ['gemini-3-pro-image', 'ok', 0],
    ]);
    expect(waits).toEqual([]);
  });

  it('really waits: retry-after-ms 300 delays the retry by at least 300 ms', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    gw.script('gpt-image-2', [{ status: 429, retryAfterMs: 300 }]);
    project = makeProject({ assets: [{ id: 'card' }] });

    const started = Date.now();
    const run = await runProject(project, { gateway: gw, policy, sleep: realSleep });
    const elapsed = Date.now() - started;

    expect(run.byId('card').attempts.map((a) => a.waitMs)).toEqual([0, 300]);
    expect(elapsed).toBeGreaterThanOrEqual(300);
    const [first, retry] = imageCalls(gw);
    expect([first, retry].map((r) => r && baseModel(r))).toEqual(['gpt-image-2', 'gpt-image-2']);
    expect(retry!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(295);
  });

  it('without Retry-After the waits are our own backoff, within maxDelayMs', async () => {
    const { card, waits } = await runWith429(
      { status: 429 },
      { baseDelayMs: 100, maxDelayMs: 150 },
    );
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(0);
    expect(waits[0]).toBeLessThanOrEqual(150);
    expect(card.attempts[1]?.waitMs).toBe(waits[0]);
  });
});
