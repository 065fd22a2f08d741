// Fuzzing the providers' answers: a tiny local server answers every request with a seeded random
// status, headers and body (random JSON shapes, huge strings, wrong types, bodies that are not
// JSON, image URLs that redirect, lie about their length or serve garbage). Whatever it says,
// a provider either returns an image file or throws a ProviderError with a clear message that
// names the provider: never a TypeError, never a hang, never the key.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attemptStatus } from '../../src/generate/attempt.js';
import { createProvider } from '../../src/providers/index.js';
import { ProviderError, type ProviderName } from '../../src/providers/types.js';
import { imageRequest } from '../fakes/gateway.js';
import { DISPATCHER } from '../generate/helpers.js';
import { seededRandom } from '../seeded-random.js';
import { generatedAnswer, randomScalar, randomText } from './generators.js';
import { int, pick, type Random } from './helpers.js';

const KEY = 'sk-fuzz-0123456789';
const LABELS = new Set([
  'timeout',
  'network',
  'image-download',
  'no-image',
  'bad-answer',
  'error-envelope',
  'task-failed',
  'reference',
]);

const PNG_BYTES = (() => {
  const png = new PNG({ width: 16, height: 16 });
  png.data.fill(200);
  return PNG.sync.write(png);
})();

let server: ReturnType<typeof createServer>;
let base = '';
let random: Random = seededRandom(1);
const tempDir = mkdtempSync(join(tmpdir(), 'af-fuzz-provider-'));

beforeAll(async () => {
  server = createServer((req, res) => {
    answer(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(tempDir, { recursive: true, force: true });
});

async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  for await (const _ of req) {
    // drain the request
  }
  if (req.url?.startsWith('/img')) return image(res);
  if (random() < 0.3) {
    // A well-formed answer now and then, so that the image side is fuzzed too.
    const url = `${base}/img/${int(random, 0, 99)}`;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify(
        pick(random, [
          { data: [{ url }] },
          { code: 0, message: 'success', data: { url } },
          { data: [{ b64_json: PNG_BYTES.toString('base64') }] },
          {
            id: 'task_1',
            status: pick(random, ['queued', 'completed']),
            result: { data: [{ url }] },
          },
        ]),
      ),
    );
    return;
  }
  const status =
    random() < 0.6
      ? 200
      : pick(random, [200, 201, 204, 400, 401, 402, 404, 408, 418, 422, 429, 500, 502, 503]);
  const headers: Record<string, string> = {};
  if (random() < 0.3)
    headers['content-type'] = pick(random, ['application/json', 'text/html', 'image/png']);
  if (random() < 0.2)
    headers['retry-after'] = String(randomScalar(random))
      .slice(0, 50)
      .replace(/[^\x20-\x7e]/g, '');
  if (random() < 0.1) headers['retry-after-ms'] = pick(random, ['5', '-1', 'NaN', '1e400', '']);
  if (random() < 0.2)
    headers['x-request-id'] = randomText(random, 10).replace(/[^\x21-\x7e]/g, 'x');
  const roll = random();
  let body: string;
  if (roll < 0.75)
    body = JSON.stringify(generatedAnswer(random, `${base}/img/${int(random, 0, 99)}`));
  else if (roll < 0.85) body = randomText(random, int(random, 0, 300));
  else if (roll < 0.9) body = `{"data": [{"url": "${'x'.repeat(int(random, 1, 3_000_000))}`;
  else if (roll < 0.95) body = JSON.stringify({ error: { message: KEY + randomText(random, 20) } });
  else body = '';
  if (status === 204) body = '';
  if (random() < 0.03) {
    // Headers, then silence: the deadline must end it.
    res.writeHead(status, headers);
    res.write(body.slice(0, body.length >> 1));
    return;
  }
  if (random() < 0.03) return void res.destroy();
  res.writeHead(status, headers);
  res.end(body);
}

function image(res: ServerResponse): void {
  const roll = random();
  if (roll < 0.35) {
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(PNG_BYTES);
  } else if (roll < 0.45) {
    res.writeHead(302, {
      location: pick(random, ['/img/1', '/img/2', 'http://[::1', 'file:///etc/passwd', '']),
    });
    res.end();
  } else if (roll < 0.55) {
    // A length that lies.
    res.writeHead(200, { 'content-length': String(PNG_BYTES.length * 2) });
    res.end(PNG_BYTES);
  } else if (roll < 0.65) {
    res.writeHead(200, { 'content-length': String(10 * 2 ** 30) });
    res.end();
  } else if (roll < 0.75) {
    res.writeHead(pick(random, [404, 403, 500, 204]));
    res.end(randomText(random, 30));
  } else if (roll < 0.85) {
    res.writeHead(200);
    res.end(Buffer.from(randomText(random, int(random, 0, 5_000))));
  } else {
    res.destroy();
  }
}

const totals = { image: 0, error: 0 };
const SEEDS = Array.from({ length: 12 }, (_, i) => 3_000 + i);
const CALLS = 25;

describe('generated provider answers', () => {
  it.each(SEEDS)('seed %i: an image file or a clear ProviderError, nothing else', async (seed) => {
    random = seededRandom(seed);
    const name: ProviderName = seed % 2 === 0 ? 'nanobanana' : 'pixapi';
    const provider = createProvider(name, {
      apiKey: KEY,
      baseUrl: base,
      timeoutMs: 300,
      downloadTimeoutMs: 300,
      maxImageBytes: 2 * 2 ** 20,
      taskDeadlineMs: 150,
      pollIntervalMs: 1,
      dispatcher: DISPATCHER,
    });
    const outcomes = { image: 0, error: 0 };
    for (let call = 0; call < CALLS; call++) {
      const request = imageRequest(tempDir, { async: name === 'pixapi' && random() < 0.4 });
      const started = performance.now();
      try {
        const received = await provider.generate(request);
        expect(readdirSync(tempDir)).toContain(received.file.split('/').at(-1));
        outcomes.image++;
      } catch (error) {
        if (!(error instanceof ProviderError)) {
          throw new Error(`seed ${seed} call ${call}: ${(error as Error)?.stack ?? String(error)}`);
        }
        outcomes.error++;
        const { message } = error;
        expect(message).toMatch(new RegExp(`^${name} \\S`));
        expect(message).not.toMatch(/undefined|\[object Object\]/);
        expect(message).not.toContain(KEY);
        // One line, no control characters: a CI log line cannot become a workflow command.
        expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
        expect(message.length).toBeLessThan(1_200);
        expect(['transient', 'model', 'parameter', 'asset', 'run']).toContain(error.scope);
        expect(error.cause, message).toBeDefined();
        const label = attemptStatus(error);
        expect(LABELS.has(label) || /^[1-5]\d\d$/.test(label), label).toBe(true);
      }
      // Every deadline is short: nothing waits much longer than the longest of them.
      expect(performance.now() - started).toBeLessThan(3_000);
    }
    expect(outcomes.error).toBeGreaterThan(0);
    totals.image += outcomes.image;
    totals.error += outcomes.error;
  });

  it('the answers were not all refused: some were images', () => {
    expect(totals.image).toBeGreaterThan(5);
    expect(totals.error).toBeGreaterThan(totals.image);
  });
});
