// SPEC §5, §7: no secret is ever kept or shown. A provider, or a proxy in front of it, may echo the
// key in a request id or a task id, as written or URL-encoded (a query string) or in base64 (a
// Basic authorization header): the lock file and the CLI's output must hold none of them.

import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PROVIDER_VALUE, providerValue, redactSecrets } from '../src/redact.js';
import { makeProject, type Project } from './generate/helpers.js';
import { spawnCli } from './reliability/helpers.js';

const KEY = 'sk_live/secret+key=0123456789';
const base64 = (text: string) => Buffer.from(text).toString('base64');
/** Every form of the key this file checks for. */
const FORMS = [
  KEY,
  encodeURIComponent(KEY),
  encodeURIComponent(KEY).toLowerCase(),
  base64(KEY).slice(0, 24),
  base64(`x-access-token:${KEY}`).slice(20, 40),
];

describe('redactSecrets', () => {
  it('takes the key out as written, URL-encoded in either case, and in base64 at any offset', () => {
    const texts = [
      `id-${KEY}-x`,
      `https://proxy/x?key=${encodeURIComponent(KEY)}`,
      `id=${encodeURIComponent(KEY).toLowerCase()}`,
      `Basic ${base64(`user:${KEY}`)}`,
      `Basic ${base64(`u:${KEY}`)}`,
      `Basic ${base64(`us:${KEY}`)}`,
      base64(KEY).replaceAll('+', '-').replaceAll('/', '_'),
    ];
    for (const text of texts) {
      const redacted = redactSecrets(text, [KEY]);
      expect(redacted, text).toContain('***');
      for (const form of FORMS) expect(redacted, text).not.toContain(form);
    }
  });

  it('leaves other text alone, and does nothing without a key', () => {
    expect(redactSecrets('req_123 for sk_live/other', [KEY])).toBe('req_123 for sk_live/other');
    expect(redactSecrets('nothing', [''])).toBe('nothing');
  });
});

describe('providerValue', () => {
  it('redacts, removes control and invisible characters, and cuts to the limit', () => {
    expect(providerValue(`a\n::error::${KEY}\u202e`, [KEY])).toBe('a::error::***');
    const long = providerValue('r'.repeat(10_000), [KEY])!;
    expect(long.length).toBe(MAX_PROVIDER_VALUE);
    expect(providerValue(undefined, [KEY])).toBeUndefined();
  });

  it('redacts before cutting: a cut cannot leave part of the key', () => {
    const value = providerValue(`${'r'.repeat(MAX_PROVIDER_VALUE - 10)}${KEY}`, [KEY])!;
    expect(value).not.toContain(KEY.slice(0, 9));
  });
});

/** A provider that answers every request with a good image and echoes the key in its ids. */
async function echoingProvider(): Promise<{
  url: string;
  close(): Promise<void>;
  polled: string[];
}> {
  const png = new PNG({ width: 1024, height: 1024 });
  const b64 = PNG.sync.write(png).toString('base64');
  const image = { data: [{ b64_json: b64 }] };
  const taskId = `task-${KEY}`;
  const polled: string[] = [];
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      // A proxy's way of tracing: the key, URL-encoded, in the request id.
      res.setHeader('x-request-id', `req-${encodeURIComponent(KEY)}`);
      res.setHeader('content-type', 'application/json');
      if (req.url?.startsWith('/v1/async/')) {
        res.end(JSON.stringify({ id: taskId, status: 'queued' }));
      } else if (req.url?.startsWith('/v1/tasks/')) {
        polled.push(decodeURIComponent(req.url.slice('/v1/tasks/'.length)));
        res.end(JSON.stringify({ id: taskId, status: 'completed', result: image }));
      } else res.end(JSON.stringify(image));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    polled,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

describe('the built CLI, against a provider that echoes the key in its ids', () => {
  let provider: Awaited<ReturnType<typeof echoingProvider>> | undefined;
  let project: Project | undefined;
  afterEach(async () => {
    await provider?.close();
    project?.remove();
  });

  it.each([
    ['nanobanana', 'x-request-id', false],
    ['pixapi', 'a task id', true],
  ] as const)(
    '%s: no form of the key reaches the lock file or the output (%s)',
    async (name, _where, async) => {
      provider = await echoingProvider();
      project = makeProject({ defaults: { fallback: [] }, assets: [{ id: 'hero', async }] });

      const exit = await spawnCli(
        ['generate', project.manifest, '--provider', name, '--base-url', provider.url],
        { ASSET_FORGE_API_KEY: KEY },
      ).exited;

      expect(exit.code, exit.stdout + exit.stderr).toBe(0);
      const lock = readFileSync(project.lockPath, 'utf8');
      const requestId = JSON.parse(lock).assets.hero.requestId as string;
      expect(requestId).toBe(async ? 'task-***' : 'req-***');
      for (const form of FORMS) {
        expect(lock, `the lock file holds ${form}`).not.toContain(form);
        expect(exit.stdout + exit.stderr).not.toContain(form);
      }
      // The task was still polled under its own id: redaction is for what is kept and shown.
      if (async) expect(provider.polled).toEqual([`task-${KEY}`]);
    },
  );
});
