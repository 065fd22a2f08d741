// SPEC §6: a circuit breaker per model. After transient failures of several assets (the retries
// of one count once) later assets skip the model for a cool-down and go straight to the next.
import { afterEach, describe, expect, it } from 'vitest';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import {
  API_KEY,
  assetOf,
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

const GPT = 'gpt-image-2';
const GEMINI = 'gemini-3-pro-image';
const policy = { retriesPerModel: 4, baseDelayMs: 1, maxDelayMs: 5, totalWaitMs: 1_000 };

describe('circuit breaker', () => {
  it('after the threshold, later assets go straight to the fallback during the cool-down', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    gw.script(
      GPT,
      Array.from({ length: 50 }, () => ({ status: 503 })),
    );
    const ids = ['a', 'b', 'c', 'd', 'e'];
    project = makeProject({ assets: ids.map((id) => ({ id })) });

    const run = await runProject(project, {
      gateway: gw,
      policy,
      breaker: { threshold: 3, coolDownMs: 60_000 },
    });

    // The retries of one asset count once: the breaker opened when the third asset failed
    // (its first try), and the fourth and fifth did not send to gpt-image-2.
    const gptCalls = imageCalls(gw).filter((r) => baseModel(r) === GPT);
    const every = (id: string) => Array.from({ length: policy.retriesPerModel + 1 }, () => id);
    expect(gptCalls.map(assetOf)).toEqual([...every('a'), ...every('b'), 'c']);
    expect(
      imageCalls(gw)
        .filter((r) => baseModel(r) === GEMINI)
        .map(assetOf),
    ).toEqual(ids);
    for (const id of ids)
      expect(run.byId(id)).toMatchObject({ outcome: 'generated', model: GEMINI });
    for (const id of ids.slice(3)) {
      expect(run.byId(id).attempts.map((a) => [a.model, a.status])).toEqual([
        [GPT, 'circuit-open'],
        [GEMINI, 'ok'],
      ]);
    }
  });

  it('counts failures across assets running at the same time', async () => {
    gw = await startGateway({ apiKey: API_KEY, latencyMs: 20 });
    gw.script(
      GPT,
      Array.from({ length: 50 }, () => ({ status: 500 })),
    );
    const ids = Array.from({ length: 8 }, (_, i) => `asset-${i}`);
    project = makeProject({ assets: ids.map((id) => ({ id })) });

    const run = await runProject(project, {
      gateway: gw,
      concurrency: 4,
      policy,
      breaker: { threshold: 4, coolDownMs: 60_000 },
    });

    // The four in flight failed (each retrying until the fourth failure opened the circuit).
    const gptCalls = imageCalls(gw).filter((r) => baseModel(r) === GPT);
    expect(new Set(gptCalls.map(assetOf)).size).toBe(4);
    expect(gptCalls.length).toBeLessThanOrEqual(4 * (policy.retriesPerModel + 1));
    const opened = run.result.results
      .flatMap((r) => r.attempts)
      .filter((a) => a.status === 'circuit-open');
    expect(opened.length).toBeGreaterThanOrEqual(4);
    expect(run.result.results.every((r) => r.outcome === 'generated' && r.model === GEMINI)).toBe(
      true,
    );
    // Once open, no asset started later sent gpt-image-2 again.
    const startedLate = ids.slice(4);
    expect(gptCalls.filter((r) => startedLate.includes(assetOf(r)!))).toEqual([]);
  });

  it('permanent faults (400, 422) do not open the circuit', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    gw.script(GPT, [{ status: 422 }, { status: 400 }, { status: 422 }, { status: 400 }]);
    const ids = ['a', 'b', 'c', 'd', 'e'];
    project = makeProject({ assets: ids.map((id) => ({ id })) });

    const run = await runProject(project, {
      gateway: gw,
      breaker: { threshold: 2, coolDownMs: 60_000 },
    });

    expect(imageCalls(gw).map(baseModel)).toEqual(ids.map(() => GPT));
    expect(run.byId('e')).toMatchObject({ outcome: 'generated', model: GPT });
  });
});
