import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { builtInRegistry } from '../../src/models/registry.js';
import type { ModelId } from '../../src/models.js';
import { createNanobananaProvider } from '../../src/providers/nanobanana.js';
import { type GeminiTier, geminiPixels } from '../../src/sizes.js';
import { type Gateway, imageRequest, startGateway } from '../fakes/gateway.js';

const KEY = 'nb-test-key';
let gw: Gateway;
let tempDir: string;

beforeAll(async () => {
  gw = await startGateway({ apiKey: KEY });
});
afterAll(() => gw.close());
beforeEach(async () => {
  gw.reset();
  tempDir = await mkdtemp(join(tmpdir(), 'nanobanana-'));
});
afterEach(() => rm(tempDir, { recursive: true, force: true }));

const provider = () => createNanobananaProvider({ apiKey: KEY, baseUrl: gw.url });

async function pngSize(file: string) {
  const bytes = await readFile(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('nanobanana requests', () => {
  it('generates gpt-image-2 with WxH, quality and n=1, and downloads the image into tempDir', async () => {
    const received = await provider().generate(
      imageRequest(tempDir, {
        target: { family: 'gpt-image', size: { width: 1536, height: 1024 }, quality: 'medium' },
      }),
    );

    const [sent] = gw.requests;
    expect(sent).toMatchObject({ method: 'POST', path: '/v1/images/generate' });
    expect(sent?.headers.authorization).toBe('Bearer <hidden>');
    expect(sent?.headers['content-type']).toBe('application/json');
    expect(sent?.body).toEqual({
      model: 'gpt-image-2',
      prompt: 'A lighthouse at dawn',
      n: 1,
      size: '1536x1024',
      quality: 'medium',
    });
    expect(dirname(received.file)).toBe(tempDir);
    expect(received.requestId).toMatch(/^req_/);
    expect(await pngSize(received.file)).toEqual({ width: 1536, height: 1024 });
  });

  it('sends size auto as "auto"', async () => {
    await provider().generate(
      imageRequest(tempDir, { target: { family: 'gpt-image', size: 'auto', quality: 'auto' } }),
    );
    expect(gw.requests[0]?.body).toMatchObject({ size: 'auto', quality: 'auto' });
  });

  it.each<[ModelId, GeminiTier, string]>([
    ['gemini-3-pro-image', '1K', 'gemini-3-pro-image'],
    ['gemini-3-pro-image', '2K', 'gemini-3-pro-image-2k'],
    ['gemini-3-pro-image', '4K', 'gemini-3-pro-image-4k'],
    ['gemini-3.1-flash-image', '512', 'gemini-3.1-flash-image-512'],
    ['gemini-3.1-flash-image', '2K', 'gemini-3.1-flash-image-2k'],
    ['gemini-2.5-flash-image', '1K', 'gemini-2.5-flash-image'],
  ])('asks %s at %s as model %s with the ratio in image_size', async (model, tier, sentModel) => {
    const pixels = geminiPixels(builtInRegistry('nanobanana').get(model), '16:9', tier);
    const received = await provider().generate(
      imageRequest(tempDir, { model, target: { family: 'gemini', ratio: '16:9', tier, pixels } }),
    );
    expect(gw.requests[0]?.body).toEqual({
      model: sentModel,
      prompt: 'A lighthouse at dawn',
      num: 1,
      image_size: '16:9',
    });
    expect(await pngSize(received.file)).toEqual(pixels);
  });

  it('edits with reference URLs as an image array', async () => {
    const images = [
      { kind: 'url' as const, url: 'https://cdn.example.com/a.png' },
      { kind: 'url' as const, url: 'https://cdn.example.com/b.png' },
    ];
    await provider().generate(imageRequest(tempDir, { images }));
    expect(gw.requests[0]).toMatchObject({ path: '/v1/images/edit' });
    expect(gw.requests[0]?.body?.image).toEqual([
      'https://cdn.example.com/a.png',
      'https://cdn.example.com/b.png',
    ]);
  });

  it('refuses a repository file reference, naming the rule, without sending anything', async () => {
    const images = [
      { kind: 'file' as const, path: 'refs/a.png', absolutePath: '/repo/refs/a.png' },
    ];
    const error = await provider()
      .generate(imageRequest(tempDir, { images }))
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      name: 'ProviderError',
      scope: 'asset',
      message: expect.stringContaining(
        'nanobanana takes reference images as https URLs only; use pixapi for repository files',
      ),
    });
    expect(gw.requests).toHaveLength(0);
  });
});

describe('nanobanana answers', () => {
  it.each(['url-array', 'list-url', 'list-b64'] as const)('accepts the %s shape', async (shape) => {
    gw.script('gpt-image-2', [{ shape }]);
    const received = await provider().generate(imageRequest(tempDir));
    expect(await pngSize(received.file)).toEqual({ width: 1024, height: 1024 });
    const downloads = gw.requests.filter((request) => request.kind === 'image');
    expect(downloads).toHaveLength(shape === 'list-b64' ? 0 : 1);
  });

  it('treats code != 0 on HTTP 200 as an error with the provider message', async () => {
    gw.script('gpt-image-2', [{ envelopeCode: 5001, message: 'upstream model busy' }]);
    const error = await provider()
      .generate(imageRequest(tempDir))
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      scope: 'transient',
      status: 200,
      message: expect.stringContaining('error code 5001: upstream model busy'),
    });
  });

  it.each([
    [422, 'asset'],
    [402, 'run'],
    [429, 'transient'],
  ] as const)('classifies an envelope code %i like that HTTP status (%s)', async (code, scope) => {
    gw.script('gpt-image-2', [{ envelopeCode: code, message: 'no' }]);
    await expect(provider().generate(imageRequest(tempDir))).rejects.toMatchObject({ scope });
  });
});

describe('nanobanana redelivery and model list', () => {
  it('fetches a delivered URL again without a new request, and has no task to poll', async () => {
    const deliveries: { url?: string }[] = [];
    const first = await provider().generate(
      imageRequest(tempDir, { onAnswered: (delivery) => deliveries.push(delivery ?? {}) }),
    );
    const again = await provider().redeliver!({ url: deliveries[0]!.url! }, imageRequest(tempDir));
    expect(await readFile(again.file)).toEqual(await readFile(first.file));
    expect(gw.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    await expect(
      provider().redeliver!({ taskId: 'task_1' }, imageRequest(tempDir)),
    ).rejects.toMatchObject({
      scope: 'asset',
    });
  });

  it('lists the served models, the retired ones left out', async () => {
    const retiring = await startGateway({ apiKey: KEY, retired: ['gemini-3-pro-image-preview'] });
    try {
      const ids = await createNanobananaProvider({ apiKey: KEY, baseUrl: retiring.url })
        .listModels!(new AbortController().signal);
      expect(ids).toContain('gemini-3-pro-image');
      expect(ids).not.toContain('gemini-3-pro-image-preview');
    } finally {
      await retiring.close();
    }
  });
});
