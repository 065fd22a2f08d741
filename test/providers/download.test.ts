import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findImage, saveResultImage, writeBase64ToFile } from '../../src/providers/download.js';
import { httpSettings, type ProviderOptions } from '../../src/providers/http.js';
import { createPixapiProvider } from '../../src/providers/pixapi.js';
import { ProviderError } from '../../src/providers/types.js';
import { type Gateway, imageRequest, type Step, startGateway } from '../fakes/gateway.js';

const KEY = 'dl-test-key';
let gw: Gateway;
let tempDir: string;

beforeAll(async () => {
  gw = await startGateway({ apiKey: KEY });
});
afterAll(() => gw.close());
beforeEach(async () => {
  gw.reset();
  tempDir = await mkdtemp(join(tmpdir(), 'download-'));
});
afterEach(() => rm(tempDir, { recursive: true, force: true }));

/** Generates through pixapi with one scripted step, then returns the result or the error. */
async function received(step: Step, options: ProviderOptions = {}) {
  gw.script('gpt-image-2', [step]);
  return createPixapiProvider({ apiKey: KEY, baseUrl: gw.url, ...options })
    .generate(imageRequest(tempDir))
    .catch((caught: unknown) => caught as ProviderError);
}

const imageRequests = () => gw.requests.filter((request) => request.kind === 'image');

describe('downloading the image URL', () => {
  it('never sends the API key to the image host', async () => {
    await received('ok');
    expect(imageRequests()).toHaveLength(1);
    expect(imageRequests()[0]?.headers.authorization).toBeUndefined();
  });

  it('writes each image to a new, unique file', async () => {
    const first = await received('ok');
    const second = await received('ok');
    expect(first).not.toBeInstanceOf(ProviderError);
    expect(first).not.toEqual(second);
    expect(await readdir(tempDir)).toHaveLength(2);
  });

  it('follows up to 10 redirects', async () => {
    const result = await received({ imageRedirects: 10 });
    expect(result).not.toBeInstanceOf(ProviderError);
    expect(imageRequests()).toHaveLength(11);
  });

  it('refuses an 11th redirect', async () => {
    const error = await received({ imageRedirects: 11 });
    expect(error).toMatchObject({
      scope: 'transient',
      message: expect.stringContaining('redirected more than 10 times'),
    });
    expect(await readdir(tempDir)).toEqual([]);
  });

  it.each([
    ['declared with Content-Length', 'ok'],
    ['streamed without Content-Length', 'image-unsized'],
  ] as const)('refuses an image over the size cap, %s', async (_, step) => {
    const error = await received(step, { maxImageBytes: 100 });
    expect(error).toMatchObject({
      scope: 'transient',
      message: expect.stringContaining('larger than 100 bytes'),
    });
    expect(await readdir(tempDir)).toEqual([]);
  });

  it('refuses URLs that are not http(s)', async () => {
    const error = await received({ imageUrl: 'file:///etc/passwd' });
    expect(error).toMatchObject({
      scope: 'transient',
      message: expect.stringContaining('not http(s)'),
    });
  });

  it('fails a download cut midway as transient and removes the partial file', async () => {
    const error = await received('image-reset');
    expect(error).toMatchObject({
      scope: 'transient',
      message: expect.stringContaining('image download failed'),
    });
    expect(await readdir(tempDir)).toEqual([]);
  });

  it.each([
    ['image-truncated', 'half a PNG'],
    ['image-garbage', 'bytes that are no image'],
  ] as const)('hands %s (%s) to the caller, whose check rejects it', async (step, _) => {
    const result = await received(step);
    expect(result).not.toBeInstanceOf(ProviderError);
    const bytes = await readFile((result as { file: string }).file);
    expect(bytes.length).toBeGreaterThan(0);
  });

  it('hands wrong dimensions to the caller as served', async () => {
    const result = await received({ imageSize: { width: 640, height: 480 } });
    const bytes = await readFile((result as { file: string }).file);
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([640, 480]);
  });

  it('times out a download that stalls midway, removing the partial file', async () => {
    const started = Date.now();
    const error = await received('image-stall', { downloadTimeoutMs: 200 });
    expect(error).toMatchObject({
      scope: 'transient',
      message: expect.stringContaining('image download got no complete answer within 200 ms'),
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await readdir(tempDir)).toEqual([]);
  });
});

describe('base64 images', () => {
  const settings = (maxImageBytes = 1_000) =>
    httpSettings('pixapi', 'https://api.pixapi.ai', { apiKey: KEY, maxImageBytes });

  it('decodes to a file', async () => {
    const file = await writeBase64ToFile(
      Buffer.from('hello').toString('base64'),
      settings(),
      tempDir,
    );
    expect((await readFile(file)).toString()).toBe('hello');
  });

  it('refuses base64 over the size cap', async () => {
    const base64 = Buffer.alloc(2_000).toString('base64');
    await expect(writeBase64ToFile(base64, settings(), tempDir)).rejects.toMatchObject({
      scope: 'transient',
    });
  });

  it('fails an answer without any image', async () => {
    await expect(
      saveResultImage({ body: { data: [] } }, settings(), {
        tempDir,
        signal: new AbortController().signal,
      }),
    ).rejects.toMatchObject({
      scope: 'transient',
      message: expect.stringContaining('without an image'),
    });
  });
});

describe('findImage', () => {
  it.each([
    [{ data: { url: 'https://x/a.png' } }, { url: 'https://x/a.png' }],
    [{ data: { url: ['https://x/a.png', 'https://x/b.png'] } }, { url: 'https://x/a.png' }],
    [{ data: [{ url: 'https://x/a.png' }] }, { url: 'https://x/a.png' }],
    [{ data: [{ b64_json: 'aGk=' }] }, { base64: 'aGk=' }],
    [{ data: [] }, undefined],
    [{ data: {} }, undefined],
    [{ data: { url: '' } }, undefined],
    [null, undefined],
  ])('finds the image in %j', (body, expected) => {
    expect(findImage(body)).toEqual(expected);
  });
});
