// The `concurrency` setting: at most that many requests in flight, and all of them used.
import { afterEach, describe, expect, it } from 'vitest';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import {
  API_KEY,
  assetOf,
  imageCalls,
  makeProject,
  type Project,
  release,
  runProject,
} from './helpers.js';

let gw: Gateway | undefined;
let project: Project | undefined;
afterEach(() => release(gw, project));

describe('concurrency', () => {
  it.each([1, 3, 8])(
    '%i: never more requests in flight, and no fewer while work remains',
    async (limit) => {
      gw = await startGateway({ apiKey: API_KEY, latencyMs: 40 });
      const ids = Array.from({ length: 9 }, (_, i) => `asset-${i}`);
      project = makeProject({ assets: ids.map((id) => ({ id })) });

      const run = await runProject(project, { gateway: gw, concurrency: limit });

      expect(run.result.results.every((r) => r.outcome === 'generated')).toBe(true);
      expect(imageCalls(gw)).toHaveLength(9);
      expect(gw.maxInFlight).toBe(limit);
    },
  );
});

describe('the slot of a request', () => {
  it('is free once the API has answered: the next request goes out while an image downloads', async () => {
    gw = await startGateway({ apiKey: API_KEY, faults: ['image-stall'] });
    project = makeProject({ assets: [{ id: 'slow' }, { id: 'next' }] });

    const run = await runProject(project, { gateway: gw, concurrency: 1, timeoutMs: 1_500 });

    // 'slow' stalls in its download until the deadline, then retries; 'next' did not wait.
    expect(imageCalls(gw).map(assetOf)).toEqual(['slow', 'next', 'slow']);
    const [slow, next] = imageCalls(gw);
    expect(next!.receivedAt - slow!.receivedAt).toBeLessThan(1_500);
    expect(gw.maxInFlight).toBe(1);
    expect(run.result.results.map((r) => r.outcome)).toEqual(['generated', 'generated']);
    expect(run.attempts.get('slow')?.map((a) => a.status)).toEqual(['image-download', 'ok']);
  });
});
