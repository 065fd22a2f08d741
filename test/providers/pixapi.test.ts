import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { builtInRegistry } from '../../src/models/registry.js';
import type { ProviderOptions } from '../../src/providers/http.js';
import { createPixapiProvider } from '../../src/providers/pixapi.js';
import type { ReferenceImage } from '../../src/providers/types.js';
import { geminiPixels } from '../../src/sizes.js';
import { type Gateway, imageRequest, startGateway } from '../fakes/gateway.js';

const KEY = 'px-test-key';
let gw: Gateway;
let tempDir: string;

beforeAll(async () => {
  gw = await startGateway({ apiKey: KEY });
});
afterAll(() => gw.close());
beforeEach(async () => {
  gw.reset();
  tempDir = await mkdtemp(join(tmpdir(), 'pixapi-'));
});
afterEach(() => rm(tempDir, { recursive: true, force: true }));

const provider = (options: ProviderOptions = {}) =>
  createPixapiProvider({ apiKey: KEY, baseUrl: gw.url, pollIntervalMs: 10, ...options });

async function pngSize(file: string) {
  const bytes = await readFile(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('pixapi sync requests', () => {
  it('generates gpt-image-2 with a JSON body', async () => {
    const received = await provider().generate(
      imageRequest(tempDir, {
        target: { family: 'gpt-image', size: { width: 1024, height: 1536 }, quality: 'low' },
      }),
    );
    expect(gw.requests[0]).toMatchObject({ method: 'POST', path: '/v1/images/generations' });
    expect(gw.requests[0]?.body).toEqual({
      model: 'gpt-image-2',
      prompt: 'A lighthouse at dawn',
      n: 1,
      size: '1024x1536',
      quality: 'low',
    });
    expect(await pngSize(received.file)).toEqual({ width: 1024, height: 1536 });
  });

  it('sends a Gemini size as the tier pixels and no quality', async () => {
    const pixels = geminiPixels(builtInRegistry('pixapi').get('gemini-3-pro-image'), '3:2', '2K');
    const received = await provider().generate(
      imageRequest(tempDir, {
        model: 'gemini-3-pro-image',
        target: { family: 'gemini', ratio: '3:2', tier: '2K', pixels },
      }),
    );
    expect(gw.requests[0]?.body).toEqual({
      model: 'gemini-3-pro-image',
      prompt: 'A lighthouse at dawn',
      n: 1,
      size: `${pixels.width}x${pixels.height}`,
    });
    expect(await pngSize(received.file)).toEqual(pixels);
  });

  it('edits as multipart: files as image[] parts, URLs as image_url[] fields', async () => {
    const first = join(tempDir, 'first.png');
    const second = join(tempDir, 'second.png');
    await writeFile(first, Buffer.alloc(1234, 1));
    await writeFile(second, Buffer.alloc(99, 2));
    const images: ReferenceImage[] = [
      { kind: 'file', path: 'refs/first.png', absolutePath: first },
      { kind: 'url', url: 'https://cdn.example.com/c.png' },
      { kind: 'file', path: 'refs/second.png', absolutePath: second },
    ];
    await provider().generate(imageRequest(tempDir, { images }));

    const [sent] = gw.requests;
    expect(sent?.path).toBe('/v1/images/edits');
    expect(sent?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent?.body).toEqual({
      model: 'gpt-image-2',
      prompt: 'A lighthouse at dawn',
      n: '1',
      size: '1024x1024',
      quality: 'high',
      'image_url[]': 'https://cdn.example.com/c.png',
    });
    expect(sent?.files?.map(({ field, filename, size }) => ({ field, filename, size }))).toEqual([
      { field: 'image[]', filename: 'first.png', size: 1234 },
      { field: 'image[]', filename: 'second.png', size: 99 },
    ]);
  });

  it('fails the asset when a reference file cannot be read', async () => {
    const images: ReferenceImage[] = [
      { kind: 'file', path: 'refs/missing.png', absolutePath: join(tempDir, 'missing.png') },
    ];
    await expect(provider().generate(imageRequest(tempDir, { images }))).rejects.toMatchObject({
      scope: 'asset',
      message: expect.stringContaining('refs/missing.png'),
    });
    expect(gw.requests).toHaveLength(0);
  });

  it('accepts data[].b64_json', async () => {
    gw.script('gpt-image-2', [{ shape: 'list-b64' }]);
    const received = await provider().generate(imageRequest(tempDir));
    expect(await pngSize(received.file)).toEqual({ width: 1024, height: 1024 });
  });
});

describe('pixapi async tasks', () => {
  it('submits to the async endpoint when asked, polls, and downloads the result', async () => {
    const received = await provider().generate(imageRequest(tempDir, { async: true }));
    const paths = gw.requests.map((request) => `${request.method} ${request.path}`);
    expect(paths[0]).toBe('POST /v1/async/images/generations');
    expect(paths.filter((path) => path.startsWith('GET /v1/tasks/'))).toHaveLength(2);
    expect(paths.at(-1)).toMatch(/^GET \/files\//);
    expect(received.requestId).toMatch(/^task_/);
    expect(await pngSize(received.file)).toEqual({ width: 1024, height: 1024 });
  });

  it('goes async on its own for 4K jobs (long edge over 2048)', async () => {
    const received = await provider().generate(
      imageRequest(tempDir, {
        target: { family: 'gpt-image', size: { width: 3840, height: 2160 }, quality: 'high' },
      }),
    );
    expect(gw.requests[0]?.path).toBe('/v1/async/images/generations');
    expect(await pngSize(received.file)).toEqual({ width: 3840, height: 2160 });
  });

  it('stays sync for a 2048 long edge', async () => {
    await provider().generate(
      imageRequest(tempDir, {
        target: { family: 'gpt-image', size: { width: 2048, height: 1152 }, quality: 'low' },
      }),
    );
    expect(gw.requests[0]?.path).toBe('/v1/images/generations');
  });

  it('submits async edits as multipart', async () => {
    const images: ReferenceImage[] = [{ kind: 'url', url: 'https://cdn.example.com/a.png' }];
    await provider().generate(imageRequest(tempDir, { images, async: true }));
    expect(gw.requests[0]?.path).toBe('/v1/async/images/edits');
    expect(gw.requests[0]?.body?.['image_url[]']).toBe('https://cdn.example.com/a.png');
  });

  it('reports a failed task with its message', async () => {
    gw.script('gpt-image-2', ['task-failed']);
    await expect(provider().generate(imageRequest(tempDir, { async: true }))).rejects.toMatchObject(
      {
        name: 'ProviderError',
        scope: 'transient',
        message: expect.stringMatching(
          /task task_\S+ failed: The model could not render this prompt/,
        ),
      },
    );
  });

  it('keeps polling through a failed poll', async () => {
    gw.script('gpt-image-2', ['task-flaky']);
    const received = await provider().generate(imageRequest(tempDir, { async: true }));
    expect(await stat(received.file)).toBeTruthy();
    const polls = gw.requests.filter((request) => request.kind === 'task');
    expect(polls.length).toBeGreaterThanOrEqual(3);
  });

  it('gives up on a task that never finishes at the deadline', async () => {
    gw.script('gpt-image-2', ['task-stuck']);
    const started = Date.now();
    const error = await provider({ taskDeadlineMs: 200 })
      .generate(imageRequest(tempDir, { async: true }))
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      scope: 'transient',
      message: expect.stringContaining('did not finish within 200 ms'),
    });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(gw.requests.filter((request) => request.kind === 'task').length).toBeGreaterThan(3);
  });

  it('stops polling when the caller aborts', async () => {
    gw.script('gpt-image-2', ['task-stuck']);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('run cancelled')), 50);
    await expect(
      provider().generate(imageRequest(tempDir, { async: true, signal: controller.signal })),
    ).rejects.toThrow('run cancelled');
  });
});
