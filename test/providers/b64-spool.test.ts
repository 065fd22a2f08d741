import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Base64Spool, claimSpooled, spoolFolder } from '../../src/providers/b64-spool.js';
import { findImage } from '../../src/providers/download.js';
import { callApi, httpSettings } from '../../src/providers/http.js';
import { createPixapiProvider } from '../../src/providers/pixapi.js';
import { ProviderError } from '../../src/providers/types.js';
import { type Gateway, imageRequest, startGateway } from '../fakes/gateway.js';
import { seededRandom } from '../seeded-random.js';

/** Feeds `text` to a spool in pieces of the given sizes, cycling through them. */
async function spooled(text: string, sizes: number[]) {
  const spool = new Base64Spool();
  const bytes = Buffer.from(text);
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length]!;
    await spool.push(bytes.subarray(at, at + size));
    at += size;
  }
  await spool.close();
  return { body: JSON.parse(spool.text()), tokens: spool.tokens };
}

describe('Base64Spool', () => {
  const image = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256));
  const base64 = image.toString('base64');
  const answer = (value: string) =>
    `{"created": 1, "data": [{"revised_prompt": "a \\"b64_json\\": x", "b64_json" :\n "${value}"}], "usage": {}}`;

  it('decodes the value to a file wherever the chunks split it, the JSON kept around it', async () => {
    const random = seededRandom(3);
    const splits = [[1], [2], [3], [7], [4096], [1, 5, 2]].concat(
      Array.from({ length: 10 }, () => [1 + Math.floor(random() * 300)]),
    );
    for (const sizes of splits) {
      const { body, tokens } = await spooled(answer(base64), sizes);
      expect(tokens).toHaveLength(1);
      expect(body.data[0].revised_prompt).toBe('a "b64_json": x');
      expect(body.usage).toEqual({});
      const file = claimSpooled(body.data[0].b64_json)!;
      expect(await readFile(file)).toEqual(image);
      await rm(file);
    }
  });

  it('reads slashes escaped as JSON allows ("\\/") and escaped line breaks', async () => {
    const wrapped = base64.replace(/\//g, '\\/').replace(/(.{76})/g, '$1\\n');
    const { body } = await spooled(answer(wrapped), [13]);
    const file = claimSpooled(body.data[0].b64_json)!;
    expect(await readFile(file)).toEqual(image);
    await rm(file);
  });

  it('decodes only the first image; later ones become empty', async () => {
    const two = `{"data":[{"b64_json":"${base64}"},{"b64_json":"${base64}"}]}`;
    const { body, tokens } = await spooled(two, [100]);
    expect(tokens).toHaveLength(1);
    expect(body.data[1].b64_json).toBe('');
    await rm(claimSpooled(tokens[0]!)!);
  });

  it('refuses a value that is not base64, and one the answer stops inside', async () => {
    await expect(spooled(answer('not base64!'), [5])).rejects.toThrow(/not base64/);
    const cut = answer(base64).slice(0, 200);
    await expect(spooled(cut, [64])).rejects.toThrow(/ends inside/);
  });

  it('a token the provider sends itself names no file', () => {
    const forged = { data: [{ b64_json: '@spooled:../../../etc/passwd' }] };
    expect(findImage(forged)).toBeUndefined();
  });
});

describe('b64_json answers from a real server', () => {
  const KEY = 'spool-test-key';
  let gw: Gateway;
  let tempDir: string;
  beforeAll(async () => {
    gw = await startGateway({ apiKey: KEY });
  });
  afterAll(() => gw.close());
  beforeEach(async () => {
    gw.reset();
    tempDir = await mkdtemp(join(tmpdir(), 'spool-'));
  });
  afterEach(() => rm(tempDir, { recursive: true, force: true }));

  const generate = () =>
    createPixapiProvider({ apiKey: KEY, baseUrl: gw.url })
      .generate(imageRequest(tempDir))
      .catch((caught: unknown) => caught as ProviderError);

  it('arrive as a file in the request folder, the same bytes as a URL answer', async () => {
    gw.script('gpt-image-2', [{ shape: 'list-b64' }, 'ok']);
    const fromBase64 = await generate();
    const fromUrl = await generate();
    if (fromBase64 instanceof ProviderError || fromUrl instanceof ProviderError) {
      throw new Error('both answers carry an image');
    }
    expect(fromBase64.file.startsWith(tempDir)).toBe(true);
    expect(await readFile(fromBase64.file)).toEqual(await readFile(fromUrl.file));
  });

  it('an answer that fails after its image arrived leaves no file behind', async () => {
    // HTTP 200 with an error envelope (code != 0) that still carries an image.
    const image = Buffer.alloc(50_000, 7).toString('base64');
    const server = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(`{"code": 500, "message": "busy", "data": [{"b64_json": "${image}"}]}`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const settings = httpSettings('pixapi', `http://127.0.0.1:${port}`, { apiKey: KEY });
    const before = await readdir(spoolFolder());
    const call = { method: 'POST' as const, path: '/v1/images/generations', json: {} };
    await expect(
      callApi(settings, { ...call, signal: new AbortController().signal }),
    ).rejects.toThrow(/busy/);
    server.close();
    expect(await readdir(spoolFolder())).toEqual(before);
  });
});
