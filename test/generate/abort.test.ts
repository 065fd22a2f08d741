// An interrupted run (Ctrl-C: the run's signal aborts) stops sending, but an image that had
// already arrived was paid for: it is still verified, written and locked before the run ends.
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { generateRun, loadAndPlan } from '../../src/pipeline.js';
import { createOfflineProvider } from '../../src/providers/offline.js';
import type { ImageRequest, Provider } from '../../src/providers/types.js';
import {
  FAST_POLICY,
  fileIn,
  makeProject,
  noSleep,
  type Project,
  readLockFile,
} from './helpers.js';

let project: Project | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

/** Resolves once `signal` aborts, or at once if it already has. */
const aborted = (signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });

describe('an interrupted run', () => {
  it('still writes and locks the image that had arrived; starts nothing new', async () => {
    project = makeProject({
      assets: [{ id: 'arrived' }, { id: 'in-flight' }, { id: 'not-started' }],
    });
    const offline = createOfflineProvider();
    const started: string[] = [];
    // 'arrived' has its bytes on disk when the user interrupts, and hands them over a moment
    // later; 'in-flight' is cut off by the interruption.
    const provider: Provider = {
      name: 'nanobanana',
      free: false,
      // The model is known served: both requests go at once (no trial of an unproven id).
      listModels: async () => ['gpt-image-2'],
      async generate(request: ImageRequest) {
        request.signal.throwIfAborted(); // as the real providers: nothing is sent
        started.push(request.assetId);
        if (request.assetId !== 'arrived') {
          await aborted(request.signal);
          throw request.signal.reason;
        }
        const received = await offline.generate({
          ...request,
          signal: new AbortController().signal,
        });
        await aborted(request.signal);
        await new Promise((resolve) => setTimeout(resolve, 30));
        return received;
      },
    };
    const planned = loadAndPlan({
      manifest: project.manifest,
      root: project.dir,
      provider: 'nanobanana',
    });
    const controller = new AbortController();

    const run = generateRun(planned, {
      provider,
      concurrency: 2,
      signal: controller.signal,
      policy: FAST_POLICY,
      sleep: noSleep,
    });
    setTimeout(() => controller.abort(new Error('interrupted')), 50);

    // The run ends normally (what it paid for is published, SPEC 7) and says it was cut short.
    const result = await run;
    expect(result.interrupted).toBe('the run was aborted');
    expect(result.results.map((r) => [r.id, r.outcome])).toEqual([
      ['arrived', 'generated'],
      ['in-flight', 'skipped'],
      ['not-started', 'skipped'],
    ]);
    expect(started.sort()).toEqual(['arrived', 'in-flight']);
    expect(existsSync(fileIn(project, 'out/arrived.png'))).toBe(true);
    expect(readLockFile(project)?.assets.arrived).toMatchObject({ credits: 1 });
    expect(existsSync(fileIn(project, 'out/in-flight.png'))).toBe(false);
  });
});
