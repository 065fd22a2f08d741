// SPEC 6: a burst of errors of a few seconds never fails a run that has wait budget left: the
// breaker counts assets (not retries), and an asset whose models all failed with errors that
// cost nothing goes round its chain again after a backoff, within its wait budget.
import { afterEach, describe, expect, it } from 'vitest';
import { sleep as realSleep } from '../../src/generate/run.js';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import { API_KEY, makeProject, type Project, release, runProject } from './helpers.js';

let gw: Gateway | undefined;
let project: Project | undefined;
afterEach(() => release(gw, project));

const policy = { retriesPerModel: 2, baseDelayMs: 50, maxDelayMs: 400, totalWaitMs: 20_000 };

describe('a burst of errors', () => {
  it('2 s of 502 on every model at the start of a 40-asset run: every asset generated', async () => {
    gw = await startGateway({ apiKey: API_KEY, latencyMs: 5 });
    // Every request in the first two seconds answers 502, whatever its model; then the
    // script is dropped (reset also forgets the requests: this test reads only the results).
    gw.script(Array.from({ length: 5_000 }, () => ({ status: 502 })));
    const timer = setTimeout(() => gw?.reset(), 2_000);
    const ids = Array.from({ length: 40 }, (_, i) => `asset-${i}`);
    project = makeProject({ assets: ids.map((id) => ({ id })) });
    try {
      const run = await runProject(project, {
        gateway: gw,
        concurrency: 8,
        policy,
        sleep: realSleep,
        breaker: { threshold: 5, coolDownMs: 1_000 },
      });
      const outcomes = run.result.results.map((r) => [r.id, r.outcome, r.reason]);
      expect(outcomes.filter(([, outcome]) => outcome !== 'generated')).toEqual([]);
      expect(run.result.creditsSpent).toBeGreaterThan(0);
    } finally {
      clearTimeout(timer);
    }
  }, 30_000);

  it('with fallback: [], five 503s do not fail the assets', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    gw.script(
      'gpt-image-2',
      Array.from({ length: 5 }, () => ({ status: 503 })),
    );
    const ids = Array.from({ length: 10 }, (_, i) => `asset-${i}`);
    project = makeProject({ defaults: { fallback: [] }, assets: ids.map((id) => ({ id })) });

    const run = await runProject(project, {
      gateway: gw,
      concurrency: 4,
      policy,
      sleep: realSleep,
    });

    expect(run.result.results.every((r) => r.outcome === 'generated')).toBe(true);
  }, 30_000);
});
