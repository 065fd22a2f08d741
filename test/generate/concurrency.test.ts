// The `concurrency` setting: at most that many requests in flight, and all of them used.
import { afterEach, describe, expect, it } from 'vitest';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import { API_KEY, imageCalls, makeProject, type Project, runProject } from './helpers.js';

let gw: Gateway | undefined;
let project: Project | undefined;
afterEach(async () => {
  await gw?.close();
  gw = undefined;
  project?.remove();
  project = undefined;
});

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
