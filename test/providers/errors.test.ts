// Both providers fail the same way: one HTTP layer classifies every failure (SPEC §6).
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ProviderOptions } from '../../src/providers/http.js';
import { createNanobananaProvider } from '../../src/providers/nanobanana.js';
import { createPixapiProvider } from '../../src/providers/pixapi.js';
import { ProviderError } from '../../src/providers/types.js';
import { type Gateway, imageRequest, type Step, startGateway } from '../fakes/gateway.js';

const KEY = 'sk-live-0123456789abcdef';
let gw: Gateway;
let tempDir: string;

beforeAll(async () => {
  gw = await startGateway({ apiKey: KEY });
});
afterAll(() => gw.close());
beforeEach(async () => {
  gw.reset();
  tempDir = await mkdtemp(join(tmpdir(), 'provider-errors-'));
});
afterEach(() => rm(tempDir, { recursive: true, force: true }));

const factories = { nanobanana: createNanobananaProvider, pixapi: createPixapiProvider };

describe.each(Object.entries(factories))('%s failures', (name, create) => {
  const provider = (options: ProviderOptions = {}) =>
    create({ apiKey: KEY, baseUrl: gw.url, timeoutMs: 2_000, ...options });

  async function failureOf(step: Step, options: ProviderOptions = {}): Promise<ProviderError> {
    gw.script('gpt-image-2', [step]);
    const error = await provider(options)
      .generate(imageRequest(tempDir))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    return error as ProviderError;
  }

  it.each([
    [400, 'asset'],
    [401, 'run'],
    [402, 'run'],
    [404, 'model'],
    [408, 'transient'],
    [409, 'transient'],
    [422, 'asset'],
    [429, 'transient'],
    [500, 'transient'],
    [502, 'transient'],
    [503, 'transient'],
    [504, 'transient'],
  ] as const)('maps HTTP %i to %s, with the provider message', async (status, scope) => {
    const error = await failureOf({ status, message: `provider says ${status}` });
    expect(error).toMatchObject({ scope, status });
    expect(error.message).toContain(name);
    expect(error.message).toContain(`HTTP ${status}: provider says ${status}`);
    expect(error.requestId).toMatch(/^req_/);
  });

  it('shows a raw text error body', async () => {
    const error = await failureOf({ status: 502, body: '<html>upstream down</html>' });
    expect(error.message).toContain('HTTP 502: <html>upstream down</html>');
  });

  it('reads Retry-After in seconds', async () => {
    const error = await failureOf({ status: 429, retryAfter: '3' });
    expect(error.retryAfterMs).toBe(3_000);
  });

  it('reads Retry-After as an HTTP date', async () => {
    const error = await failureOf({
      status: 503,
      retryAfter: new Date(Date.now() + 10_000).toUTCString(),
    });
    expect(error.retryAfterMs).toBeGreaterThan(8_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(10_000);
  });

  it('prefers retry-after-ms to Retry-After', async () => {
    const error = await failureOf({ status: 429, retryAfter: '30', retryAfterMs: 1_500 });
    expect(error.retryAfterMs).toBe(1_500);
  });

  it('redacts the API key when the error body echoes it', async () => {
    const error = await failureOf({ status: 401, echoKey: true });
    expect(error.scope).toBe('run');
    expect(error.message).toContain('Bearer ***');
    expect(error.message).not.toContain(KEY);
  });

  it('redacts the key before cutting a long raw body', async () => {
    const error = await failureOf({ status: 500, body: `${'x'.repeat(495)}${KEY} and more` });
    expect(error.message).not.toContain(KEY.slice(0, 5));
  });

  it('is a run failure when the key is wrong', async () => {
    const error = await provider({ apiKey: 'wrong-key' })
      .generate(imageRequest(tempDir))
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ scope: 'run', status: 401 });
  });

  it.each(['hang', 'hang-mid-body'] as const)(
    'times out on %s, as a transient failure',
    async (step) => {
      const started = Date.now();
      const error = await failureOf(step, { timeoutMs: 300 });
      expect(error.scope).toBe('transient');
      expect(error.message).toContain('within 300 ms');
      expect(Date.now() - started).toBeLessThan(2_000);
    },
  );

  it.each(['reset', 'reset-mid-body'] as const)(
    'treats a connection %s as transient',
    async (step) => {
      const error = await failureOf(step);
      expect(error.scope).toBe('transient');
      expect(error.message).toMatch(/POST \/v1\/images\/\S+ failed \(/);
    },
  );

  it('treats a body that is not JSON as transient', async () => {
    const error = await failureOf('garbage');
    expect(error).toMatchObject({ scope: 'transient', status: 200 });
    expect(error.message).toContain('not JSON');
  });

  it.each([
    [{ status: 404, code: 'model_not_found' }, 'model'],
    [{ status: 402, code: 'insufficient_credits' }, 'run'],
    [{ status: 422, code: 'prompt_rejected' }, 'asset'],
    [{ status: 503, message: 'No available channel for model gpt-image-2' }, 'model'],
    [{ status: 400, message: 'aspect ratio 21:9 is not supported' }, 'parameter'],
  ] as const)('classifies %j as %s', async (step, scope) => {
    const error = await failureOf(step);
    expect(error.scope).toBe(scope);
    expect(error.billing).toBe('none');
  });

  it('reads the request id from the error body when no header has it', async () => {
    const error = await failureOf({ status: 500, code: 'internal_error', requestIdInBody: true });
    expect(error.requestId).toMatch(/^req_/);
    const sent = gw.requests.at(-1)!;
    expect(sent.step).toMatchObject({ requestIdInBody: true });
  });

  it.each([
    [{ envelopeCode: 'insufficient_credits' }, 'run'],
    [{ envelopeCode: 402 }, 'run'],
    [{ envelopeCode: 'prompt_rejected' }, 'asset'],
    [{ envelopeCode: 'model_not_found' }, 'model'],
    [{ envelopeCode: 'rate_limited' }, 'transient'],
  ] as const)('classifies the HTTP 200 envelope %j as %s', async (step, scope) => {
    const error = await failureOf(step);
    expect(error).toMatchObject({ scope, cause: 'error-envelope', billing: 'none' });
  });

  describe('billing of a failed request (SPEC 4)', () => {
    it.each(['hang', 'hang-mid-body'] as const)(
      '%s: sent, then no answer: unknown',
      async (step) => {
        const error = await failureOf(step, { timeoutMs: 300 });
        expect(error.billing).toBe('unknown');
      },
    );

    it.each(['reset', 'reset-mid-body', 'garbage'] as const)('%s: unknown', async (step) => {
      expect((await failureOf(step)).billing).toBe('unknown');
    });

    it.each(['image-404', 'image-reset', 'image-truncated'] as const)(
      '%s: the answer held an image, so it was delivered and billed',
      async (step) => {
        gw.script('gpt-image-2', [step]);
        const answered: unknown[] = [];
        const error = await provider()
          .generate({ ...imageRequest(tempDir), onAnswered: (delivery) => answered.push(delivery) })
          .then(
            () => undefined,
            (caught: unknown) => caught,
          );
        if (step === 'image-truncated') {
          // The download itself succeeds; the check that fails is the engine's.
          expect(error).toBeUndefined();
        } else {
          expect(error).toMatchObject({ billing: 'delivered', cause: 'download' });
          expect((error as ProviderError).delivery?.url).toMatch(/\/files\//);
        }
        expect(answered).toEqual([
          expect.objectContaining({ url: expect.stringMatching(/\/files\//) }),
        ]);
      },
    );

    it('an error answer or an answer without an image cost nothing', async () => {
      expect((await failureOf({ status: 503 })).billing).toBe('none');
      expect((await failureOf('no-image')).billing).toBe('none');
    });

    it('a connection that is refused was never sent', async () => {
      const error = await create({ apiKey: KEY, baseUrl: 'http://127.0.0.1:9', timeoutMs: 2_000 })
        .generate(imageRequest(tempDir))
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ cause: 'network', billing: 'none' });
    });
  });

  it('never takes an answer without an image for a success', async () => {
    const error = await failureOf('no-image');
    expect(error.scope).toBe('transient');
    expect(error.message).toContain('without an image');
  });

  it('fails an image URL that answers 404 as transient, leaving no file', async () => {
    const error = await failureOf('image-404');
    expect(error).toMatchObject({ scope: 'transient', status: 404 });
    expect(await readdir(tempDir)).toEqual([]);
  });

  it('passes the caller abort through instead of a ProviderError', async () => {
    gw.script('gpt-image-2', ['hang']);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('run cancelled')), 50);
    const error = await provider()
      .generate(imageRequest(tempDir, { signal: controller.signal }))
      .catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ message: 'run cancelled' });
  });
});
