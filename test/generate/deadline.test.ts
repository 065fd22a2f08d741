// SPEC 6: past the run's deadline no request is sent; what is in flight finishes and is kept.
import { afterEach, describe, expect, it } from 'vitest';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import { API_KEY, imageCalls, makeProject, type Project, release, runProject } from './helpers.js';

let gw: Gateway | undefined;
let project: Project | undefined;
afterEach(() => release(gw, project));

const ids = Array.from({ length: 6 }, (_, i) => `asset-${i}`);

describe('the run deadline', () => {
  it('already passed: nothing is sent, every asset is reported not sent', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({ assets: ids.map((id) => ({ id })) });

    const run = await runProject(project, { gateway: gw, deadline: Date.now() - 1 });

    expect(imageCalls(gw)).toHaveLength(0);
    expect(run.result.interrupted).toBe('the run deadline passed');
    expect(run.result.remaining).toEqual(ids);
    expect(run.result.results.every((r) => r.outcome === 'skipped')).toBe(true);
  });

  it('passing mid-run: requests in flight finish and are kept, later ones are not sent', async () => {
    gw = await startGateway({ apiKey: API_KEY, latencyMs: 300 });
    project = makeProject({ assets: ids.map((id) => ({ id })) });

    const run = await runProject(project, {
      gateway: gw,
      concurrency: 2,
      deadline: Date.now() + 450,
    });

    const generated = run.result.results.filter((r) => r.outcome === 'generated');
    // Two at once, 300 ms each: the first two and the two sent at 300 ms finish; none after.
    expect(generated.length).toBeGreaterThanOrEqual(2);
    expect(generated.length).toBeLessThan(ids.length);
    expect(imageCalls(gw)).toHaveLength(generated.length);
    expect(run.result.creditsSpent).toBe(generated.length);
    expect(run.result.remaining).toEqual(ids.filter((id) => !generated.some((r) => r.id === id)));
  });
});
