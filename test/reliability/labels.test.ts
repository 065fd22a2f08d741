// Every attempt is recorded with a label that says what went wrong (SPEC §6), from the
// ProviderError's `cause` that src/providers/http.ts and download.ts set: a deadline is
// 'timeout', not 'network'; a failed download of the image URL is 'image-download', never a bare
// '404' that reads as the API's own answer. (The label of every fault kind is checked in
// test/generate/faults.test.ts and, under chaos, in chaos.test.ts.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { attemptStatus } from '../../src/generate/attempt.js';
import { createProvider } from '../../src/providers/index.js';
import { type FailureCause, ProviderError, type ProviderName } from '../../src/providers/types.js';
import { type Gateway, imageRequest, type Step, startGateway } from '../fakes/gateway.js';
import { API_KEY, DISPATCHER, makeProject, type Project } from '../generate/helpers.js';
import { runReliably } from './helpers.js';

let gw: Gateway | undefined;
let project: Project | undefined;
const tempDir = mkdtempSync(join(tmpdir(), 'af-labels-'));
afterEach(async () => {
  await gw?.close();
  gw = undefined;
  project?.remove();
  project = undefined;
});
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

const CASES: [string, Step, FailureCause, string, boolean?][] = [
  ['an API 404', { status: 404 }, 'http', '404'],
  ['a 404 on the image URL', 'image-404', 'download', 'image-download'],
  ['an API request past its deadline', 'hang', 'timeout', 'timeout'],
  ['an image download past its deadline', 'image-stall', 'download', 'image-download'],
  ['a connection reset', 'reset', 'network', 'network'],
  ['HTTP 200 with an error envelope', { envelopeCode: 1001 }, 'error-envelope', 'error-envelope'],
  ['a body that is not JSON', 'garbage', 'bad-answer', 'bad-answer'],
  ['a success without an image', 'no-image', 'no-image', 'no-image'],
  ['an image URL that redirects too often', { imageRedirects: 11 }, 'download', 'image-download'],
  ['an async task that fails', 'task-failed', 'task-failed', 'task-failed', true],
  ['an async task past its deadline', 'task-stuck', 'timeout', 'timeout', true],
];

describe.each<ProviderName>(['nanobanana', 'pixapi'])('%s: the cause of a failure', (name) => {
  it.each(CASES.filter(([, , , , async]) => !async || name === 'pixapi'))(
    '%s: cause %s, attempt %s',
    async (_what, step, cause, label, async) => {
      gw = await startGateway({ apiKey: API_KEY });
      gw.script([step]);
      const provider = createProvider(name, {
        apiKey: API_KEY,
        baseUrl: gw.url,
        timeoutMs: 200,
        downloadTimeoutMs: 200,
        taskDeadlineMs: 100,
        pollIntervalMs: 5,
        dispatcher: DISPATCHER,
      });
      const error = await provider.generate(imageRequest(tempDir, { async: async === true })).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(ProviderError);
      expect((error as ProviderError).cause).toBe(cause);
      expect(attemptStatus(error as ProviderError)).toBe(label);
    },
  );
});

describe('attempt labels in a run', () => {
  it('an API 404 and an image-URL 404 read differently in the attempts and the report', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    gw.script('gpt-image-2', [{ status: 404 }]);
    gw.script('gemini-3-pro-image', ['image-404', 'ok']);
    project = makeProject({ assets: [{ id: 'card' }] });

    const run = await runReliably(project, {
      gateway: gw,
      provider: 'nanobanana',
      deadlines: { timeoutMs: 1_000, taskDeadlineMs: 1_000, pollIntervalMs: 5 },
    });

    // 404 from the API says the model is not served (SPEC 6): the asset goes on, and never
    // as a download failure ...
    expect(run.byId('card').attempts[0]!.status).toBe('404');
    expect(run.byId('card').outcome).toBe('generated');

    // ... a 404 of the image URL is a failed download: retried, then the image comes.
    gw.reset();
    rmSync(project.lockPath); // generate the card again
    gw.script('gpt-image-2', ['image-404', 'ok']);
    const again = await runReliably(project, {
      gateway: gw,
      provider: 'nanobanana',
      deadlines: { timeoutMs: 1_000, taskDeadlineMs: 1_000, pollIntervalMs: 5 },
      policy: { retriesPerModel: 1, baseDelayMs: 1, maxDelayMs: 5, totalWaitMs: 100 },
    });
    const attempts = again.byId('card').attempts;
    expect(attempts.map((a) => a.status)).toEqual(['image-download', 'ok']);
    expect(attempts[0]!.message).toBe('nanobanana image URL answered HTTP 404');
  });
});
