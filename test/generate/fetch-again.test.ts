// SPEC 4 and 6: an image the provider delivered (and billed) whose download failed is fetched
// again from its URL before anything new is bought; a host that says the file is gone is not
// asked again. Against the fake gateway, which bills every output it processed.
import { afterEach, describe, expect, it } from 'vitest';
import { FETCHES_AGAIN } from '../../src/generate/policy.js';
import { type Gateway, type Step, startGateway } from '../fakes/gateway.js';
import { runReliably, SHORT_POLICY } from '../reliability/helpers.js';
import {
  API_KEY,
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

const downloads = (gateway: Gateway) => gateway.requests.filter((r) => r.kind === 'image').length;

async function runOne(steps: Step[]) {
  gw = await startGateway({ apiKey: API_KEY });
  gw.script('gpt-image-2', steps);
  project = makeProject({ defaults: { fallback: [] }, assets: [{ id: 'hero' }] });
  return runProject(project, { gateway: gw });
}

describe('a delivered image whose download failed', () => {
  it('is fetched again, not bought again, when its download was cut once', async () => {
    const run = await runOne(['image-reset-once']);

    expect(run.byId('hero').outcome).toBe('generated');
    expect(imageCalls(gw!)).toHaveLength(1);
    expect(downloads(gw!)).toBe(2);
    // Paid once, and reported once: one request, one attempt, its price.
    expect(gw!.bill.charges).toHaveLength(1);
    expect(run.result.creditsSpent).toBe(gw!.bill.credits);
    expect(run.attempts.get('hero')?.map((a) => a.status)).toEqual(['ok']);
    expect(readLockFile(project!)?.assets.hero?.credits).toBe(gw!.bill.credits);
  });

  it(`is fetched again ${FETCHES_AGAIN} times at most, then bought again`, async () => {
    const run = await runOne(['image-reset', 'ok']);

    expect(run.byId('hero').outcome).toBe('generated');
    expect(imageCalls(gw!)).toHaveLength(2);
    expect(downloads(gw!)).toBe(1 + FETCHES_AGAIN + 1);
    expect(run.attempts.get('hero')?.map((a) => a.status)).toEqual(['image-download', 'ok']);
    // Both outputs were delivered, so both are paid: what the run says is the bill.
    expect(gw!.bill.charges).toHaveLength(2);
    expect(run.result.creditsSpent).toBe(gw!.bill.credits);
  });

  it('is not asked for again when the image host answers 404', async () => {
    const run = await runOne(['image-404', 'ok']);

    expect(run.byId('hero').outcome).toBe('generated');
    expect(imageCalls(gw!)).toHaveLength(2);
    expect(downloads(gw!)).toBe(2);
  });

  it('is fetched again even while the run stops, since it is paid for', async () => {
    const stop = new AbortController();
    gw = await startGateway({ apiKey: API_KEY });
    gw.script('gpt-image-2', ['image-reset-once']);
    project = makeProject({ defaults: { fallback: [] }, assets: [{ id: 'hero' }] });
    const run = await runProject(project, {
      gateway: gw,
      stop: stop.signal,
      onAttempt: () => undefined,
      sleep: async () => {
        stop.abort(); // the stop comes during the wait before the second download
      },
    });

    expect(run.byId('hero').outcome).toBe('generated');
    expect(imageCalls(gw!)).toHaveLength(1);
    expect(downloads(gw!)).toBe(2);
  });
});

describe('an async task given up at its deadline', () => {
  // One poll fits in each deadline (the first after 60 ms, then 60 ms more would pass 100).
  const deadlines = { timeoutMs: 2_000, taskDeadlineMs: 100, pollIntervalMs: 60 };

  async function runTask(options: { pollsToComplete?: number }, steps: Step[]) {
    gw = await startGateway({ apiKey: API_KEY, ...options });
    gw.script('gpt-image-2', steps);
    project = makeProject({ defaults: { fallback: [] }, assets: [{ id: 'hero', async: true }] });
    return runReliably(project, {
      gateway: gw,
      provider: 'pixapi',
      deadlines,
      policy: SHORT_POLICY,
    });
  }

  it('is polled again, not submitted again: paid once, and spent for certain', async () => {
    // Queued at submission, processing at the first poll, completed at the second.
    const run = await runTask({ pollsToComplete: 1 }, []);

    expect(run.byId('hero').outcome).toBe('generated');
    expect(imageCalls(gw!)).toHaveLength(1);
    expect(gw!.requests.filter((r) => r.kind === 'task')).toHaveLength(2);
    expect(gw!.bill.charges).toHaveLength(1);
    expect(run.result.creditsSpent).toBe(gw!.bill.credits);
    expect(run.result.possiblySpent).toBe(0);
  });

  it('is polled again once at most, then a new task is bought', async () => {
    const run = await runTask({}, ['task-stuck', 'ok']);

    expect(run.byId('hero').outcome).toBe('generated');
    expect(imageCalls(gw!)).toHaveLength(2);
    // The stuck task may yet be billed: it stays possibly spent, and counts.
    expect(run.result.possiblySpent).toBe(gw!.bill.charges[0]!.credits);
    expect(run.result.creditsSpent).toBe(gw!.bill.credits);
  });
});
