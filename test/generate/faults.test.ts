// SPEC §6: which faults are retried and then fall back to the next model, which fail one asset
// with no fallback, and which stop the whole run. Driven through the real pipeline against the
// fake gateway, on both providers' protocols.
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProviderName } from '../../src/providers/types.js';
import { colourOf, type Gateway, type Step, startGateway } from '../fakes/gateway.js';
import {
  API_KEY,
  assetOf,
  baseModel,
  centreColour,
  FAST_POLICY,
  fileIn,
  headerOf,
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

const PRIMARY = 'gpt-image-2';
const FALLBACK = 'gemini-3-pro-image';
/** retriesPerModel 1: each model is tried twice. */
const TRIES = FAST_POLICY.retriesPerModel + 1;

const TRANSIENT: [string, Step, string][] = [
  ['503', { status: 503 }, '503'],
  ['429 without Retry-After', { status: 429 }, '429'],
  ['a request that hangs past the timeout', 'hang', 'timeout'],
  ['a connection reset', 'reset', 'network'],
  ['a reset in the middle of the body', 'reset-mid-body', 'network'],
  [
    'an HTTP 200 error envelope',
    { envelopeCode: 1001, message: 'upstream busy' },
    'error-envelope',
  ],
  ['a body that is not JSON', 'garbage', 'bad-answer'],
  ['a success without an image', 'no-image', 'no-image'],
  ['garbage image bytes', 'image-garbage', 'invalid-image'],
  ['a truncated image', 'image-truncated', 'invalid-image'],
  ['an image of the wrong dimensions', { imageSize: { width: 512, height: 512 } }, 'invalid-image'],
  ['a 404 on the image URL', 'image-404', 'image-download'],
];

/** Failures after which the request may have been billed: no answer, or one we cannot read. */
const POSSIBLY_BILLED = ['timeout', 'network', 'bad-answer'];
/** A failed gpt-image-2 low attempt's credits: 1 when an image was delivered or may have been. */
const costOfFailure = (status: string) =>
  ['invalid-image', 'image-download', ...POSSIBLY_BILLED].includes(status) ? 1 : 0;

describe.each<ProviderName>(['nanobanana', 'pixapi'])('%s: transient faults', (provider) => {
  it.each(TRANSIENT)('%s: retries the model, then falls back', async (_name, fault, status) => {
    gw = await startGateway({ apiKey: API_KEY });
    gw.script(
      PRIMARY,
      Array.from({ length: TRIES }, () => fault),
    );
    project = makeProject({ assets: [{ id: 'card' }] });

    const run = await runProject(project, { gateway: gw, provider, timeoutMs: 300 });

    const card = run.byId('card');
    expect(card.outcome, card.reason).toBe('generated');
    expect(card.model).toBe(FALLBACK);
    // gemini-3-pro at 1K (8), plus what the primary's failures cost: SPEC 4 bills a delivered
    // image whatever its check says, and keeps a timed-out request as possibly spent.
    const failedCost = TRIES * costOfFailure(status);
    expect(card.credits).toBe(8 + failedCost);
    expect(run.result.creditsSpent).toBe(8 + failedCost);
    expect(run.result.possiblySpent).toBe(POSSIBLY_BILLED.includes(status) ? failedCost : 0);
    // The primary was tried (and retried), then the fallback once.
    expect(imageCalls(gw).map(baseModel)).toEqual([
      ...Array.from({ length: TRIES }, () => PRIMARY),
      FALLBACK,
    ]);
    expect(card.attempts.map((a) => a.model)).toEqual(imageCalls(gw).map(baseModel));
    expect(card.attempts.at(-1)).toMatchObject({ status: 'ok', credits: 8 });
    for (const failed of card.attempts.slice(0, -1)) {
      expect(failed.status).toBe(status);
      expect(failed.credits).toBe(costOfFailure(status));
      expect(failed.message).toBeTruthy();
    }
    // The file is the fallback's picture, at exactly the manifest's size.
    expect(headerOf(project, 'out/card.png')).toEqual({ format: 'png', width: 1024, height: 1024 });
    expect(centreColour(project, 'out/card.png')).toEqual(colourOf(FALLBACK));
    expect(readLockFile(project)?.assets.card).toMatchObject({
      model: FALLBACK,
      provider,
      credits: 8 + failedCost,
    });
  });

  it('a fault that clears on the retry stays on the primary model', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    gw.script(PRIMARY, [{ status: 503 }]);
    project = makeProject({ assets: [{ id: 'card' }] });

    const run = await runProject(project, { gateway: gw, provider });

    expect(run.byId('card')).toMatchObject({ outcome: 'generated', model: PRIMARY, credits: 1 });
    expect(run.byId('card').attempts.map((a) => a.status)).toEqual(['503', 'ok']);
    expect(imageCalls(gw).map(baseModel)).toEqual([PRIMARY, PRIMARY]);
  });
});

describe.each<ProviderName>(['nanobanana', 'pixapi'])('%s: permanent faults', (provider) => {
  it.each([
    [400, 'Invalid request'],
    [422, 'The prompt was rejected by moderation'],
  ])('%i fails the asset at once: no retry, no fallback; the run goes on', async (status, text) => {
    gw = await startGateway({ apiKey: API_KEY });
    gw.script(PRIMARY, [{ status }]);
    project = makeProject({ assets: [{ id: 'rejected' }, { id: 'after' }] });

    const run = await runProject(project, { gateway: gw, provider });

    const rejected = run.byId('rejected');
    expect(rejected.outcome).toBe('failed');
    expect(rejected.reason).toContain(text);
    expect(rejected.attempts).toHaveLength(1);
    expect(rejected.attempts[0]).toMatchObject({ model: PRIMARY, status: String(status) });
    const sentFor = (id: string) => imageCalls(gw!).filter((r) => assetOf(r) === id);
    expect(sentFor('rejected').map(baseModel)).toEqual([PRIMARY]);
    expect(existsSync(fileIn(project, 'out/rejected.png'))).toBe(false);
    expect(readLockFile(project)?.assets.rejected).toBeUndefined();
    // One rejected prompt does not stop the others.
    expect(run.byId('after')).toMatchObject({ outcome: 'generated', model: PRIMARY });
    expect(run.result.stoppedBecause).toBeUndefined();
    expect(run.result.creditsSpent).toBe(1);
  });

  it.each([
    [401, 'Invalid API key'],
    [402, 'Insufficient credits'],
  ])('%i stops the run: later assets are not sent, and say why', async (status, text) => {
    gw = await startGateway({ apiKey: API_KEY });
    gw.script([{ status }]);
    project = makeProject({ assets: [{ id: 'first' }, { id: 'second' }, { id: 'third' }] });

    const run = await runProject(project, { gateway: gw, provider });

    expect(imageCalls(gw)).toHaveLength(1);
    expect(run.byId('first').outcome).toBe('failed');
    expect(run.byId('first').reason).toContain(text);
    for (const id of ['second', 'third']) {
      const result = run.byId(id);
      expect(result.outcome).toBe('skipped');
      expect(result.reason).toContain(text);
      expect(result.attempts.filter((a) => a.status === 'ok')).toEqual([]);
    }
    expect(run.result.stoppedBecause).toContain(text);
    expect(run.result.creditsSpent).toBe(0);
    expect(readLockFile(project)?.assets ?? {}).toEqual({});
  });

  it('a wrong key (the gateway answers 401) stops the run after one request', async () => {
    gw = await startGateway({ apiKey: 'the-right-key' });
    project = makeProject({ assets: [{ id: 'first' }, { id: 'second' }] });

    const run = await runProject(project, { gateway: gw, provider, apiKey: 'a-wrong-key' });

    expect(imageCalls(gw)).toHaveLength(1);
    expect(run.result.stoppedBecause).toContain('Invalid API key');
    expect(run.result.stoppedBecause).not.toContain('a-wrong-key');
    expect(run.byId('second')).toMatchObject({ outcome: 'skipped' });
  });

  it('402 in the middle keeps what was generated before it', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    gw.script(['ok', { status: 402 }]);
    project = makeProject({ assets: [{ id: 'first' }, { id: 'second' }, { id: 'third' }] });

    const run = await runProject(project, { gateway: gw, provider });

    expect(imageCalls(gw).map(assetOf)).toEqual(['first', 'second']);
    expect(run.byId('first').outcome).toBe('generated');
    expect(run.byId('second').outcome).toBe('failed');
    expect(run.byId('third').outcome).toBe('skipped');
    expect(run.result.creditsSpent).toBe(1);
    expect(Object.keys(readLockFile(project)?.assets ?? {})).toEqual(['first']);
  });
});
