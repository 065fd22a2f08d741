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

  // https://pixapi.ai/image-editing-api and https://pixapi.ai/docs/api-reference/
  it('edits with repository files as multipart file fields `image`, in manifest order', async () => {
    const first = join(tempDir, 'first.png');
    const second = join(tempDir, 'second.png');
    await writeFile(first, Buffer.alloc(1234, 1));
    await writeFile(second, Buffer.alloc(99, 2));
    const images: ReferenceImage[] = [
      { kind: 'file', path: 'refs/first.png', absolutePath: first },
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
    });
    expect(sent?.files?.map(({ field, filename, size }) => ({ field, filename, size }))).toEqual([
      { field: 'image', filename: 'first.png', size: 1234 },
      { field: 'image', filename: 'second.png', size: 99 },
    ]);
  });

  it('edits with one URL as a JSON `image` string, several as an array', async () => {
    const one: ReferenceImage[] = [{ kind: 'url', url: 'https://cdn.example.com/a.png' }];
    await provider().generate(imageRequest(tempDir, { images: one }));
    expect(gw.requests[0]?.headers['content-type']).toMatch(/^application\/json/);
    expect(gw.requests[0]?.body).toMatchObject({ image: 'https://cdn.example.com/a.png' });
    gw.reset();
    const two: ReferenceImage[] = [...one, { kind: 'url', url: 'https://cdn.example.com/b.png' }];
    await provider().generate(imageRequest(tempDir, { images: two }));
    expect(gw.requests[0]?.body).toMatchObject({
      image: ['https://cdn.example.com/a.png', 'https://cdn.example.com/b.png'],
    });
  });

  it('sends a URL beside files as an `image` text field of the multipart edit', async () => {
    const file = join(tempDir, 'f.png');
    await writeFile(file, Buffer.alloc(10));
    const images: ReferenceImage[] = [
      { kind: 'url', url: 'https://cdn.example.com/a.png' },
      { kind: 'file', path: 'refs/f.png', absolutePath: file },
    ];
    await provider().generate(imageRequest(tempDir, { images }));
    expect(gw.requests[0]?.body?.image).toBe('https://cdn.example.com/a.png');
    expect(gw.requests[0]?.files).toEqual([
      expect.objectContaining({ field: 'image', filename: 'f.png' }),
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

  it('submits async edits with the same body as sync ones', async () => {
    const images: ReferenceImage[] = [{ kind: 'url', url: 'https://cdn.example.com/a.png' }];
    await provider().generate(imageRequest(tempDir, { images, async: true }));
    expect(gw.requests[0]?.path).toBe('/v1/async/images/edits');
    expect(gw.requests[0]?.body?.image).toBe('https://cdn.example.com/a.png');
  });

  it.each([
    [{ code: 'insufficient_credits', message: 'Not enough credits' }, 'run'],
    [{ code: 402, message: 'Not enough credits' }, 'run'],
    [{ code: 'prompt_rejected', message: 'violates policy' }, 'asset'],
    [{ code: 'model_not_found' }, 'model'],
    [{ code: 'rate_limited' }, 'transient'],
  ] as const)(
    'classifies a task failed with %j as %s, and it cost nothing',
    async (taskError, scope) => {
      gw.script('gpt-image-2', [{ taskError }]);
      const error = await provider()
        .generate(imageRequest(tempDir, { async: true }))
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ scope, cause: 'task-failed', billing: 'none' });
      expect(gw.bill.credits).toBe(0);
    },
  );

  it('ends a task in any other state as failed, without polling on', async () => {
    gw.script('gpt-image-2', [{ taskState: 'cancelled' }]);
    const error = await provider()
      .generate(imageRequest(tempDir, { async: true }))
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      cause: 'task-failed',
      message: expect.stringContaining('ended in state "cancelled"'),
    });
    expect(gw.requests.filter((request) => request.kind === 'task')).toHaveLength(2);
  });

  it('never submits a task twice: failed polls are polled again on the same id', async () => {
    gw.script('gpt-image-2', ['task-flaky']);
    await provider().generate(imageRequest(tempDir, { async: true }));
    const posts = gw.requests.filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(1);
    const ids = new Set(gw.requests.filter((r) => r.kind === 'task').map((r) => r.path));
    expect(ids.size).toBe(1);
  });

  it('hears of the task id when the image is answered, before the download', async () => {
    const deliveries: unknown[] = [];
    await provider().generate(
      imageRequest(tempDir, { async: true, onAnswered: (delivery) => deliveries.push(delivery) }),
    );
    expect(deliveries).toEqual([
      {
        url: expect.stringMatching(/\/files\//),
        taskId: expect.stringMatching(/^task_/),
        requestId: expect.stringMatching(/^task_/),
      },
    ]);
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
      // Sent, never seen to fail: possibly spent, and the task can be polled again later.
      billing: 'unknown',
      delivery: { taskId: expect.stringMatching(/^task_/) },
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

describe('pixapi redelivery and model list', () => {
  it('fetches a delivered URL again without a new request to the API', async () => {
    const first = await provider().generate(imageRequest(tempDir));
    const url = gw.requests.find((request) => request.kind === 'image')!.path;
    const before = gw.bill.credits;
    const again = await provider().redeliver!({ url: `${gw.url}${url}` }, imageRequest(tempDir));
    expect(await readFile(again.file)).toEqual(await readFile(first.file));
    expect(gw.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    expect(gw.bill.credits).toBe(before);
  });

  it('polls a journaled task id again, never submitting', async () => {
    const deliveries: { taskId?: string }[] = [];
    await provider().generate(
      imageRequest(tempDir, {
        async: true,
        onAnswered: (delivery) => deliveries.push(delivery ?? {}),
      }),
    );
    const again = await provider().redeliver!(
      { taskId: deliveries[0]!.taskId! },
      imageRequest(tempDir),
    );
    expect(await pngSize(again.file)).toEqual({ width: 1024, height: 1024 });
    expect(gw.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('hears of an accepted task before its first poll, so a killed run can poll it again', async () => {
    const submitted: { taskId?: string; polled: number }[] = [];
    await provider().generate(
      imageRequest(tempDir, {
        async: true,
        onSubmitted: (delivery) =>
          submitted.push({
            ...delivery,
            polled: gw.requests.filter((r) => r.kind === 'task').length,
          }),
      }),
    );
    const polled = gw.requests.find((request) => request.kind === 'task')!.path;
    expect(submitted).toEqual([{ taskId: polled.split('/').at(-1), polled: 0 }]);
  });

  it('polls a journaled task that is still running until it completes, never submitting', async () => {
    const running = await startGateway({ apiKey: KEY, pollsToComplete: 3 });
    try {
      const pixapi = createPixapiProvider({
        apiKey: KEY,
        baseUrl: running.url,
        pollIntervalMs: 10,
      });
      // The run that submitted it stops at once (as a kill would): the task is left running.
      const stopped = new AbortController();
      let taskId = '';
      const submitting = pixapi.generate(
        imageRequest(tempDir, {
          async: true,
          signal: stopped.signal,
          onSubmitted: (delivery) => {
            taskId = delivery.taskId!;
            stopped.abort(new Error('killed'));
          },
        }),
      );
      await expect(submitting).rejects.toThrow('killed');
      expect(running.requests.filter((request) => request.kind === 'task')).toEqual([]);

      const again = await pixapi.redeliver!({ taskId }, imageRequest(tempDir));

      expect(await pngSize(again.file)).toEqual({ width: 1024, height: 1024 });
      expect(running.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
      const polls = running.requests.filter((request) => request.kind === 'task');
      expect(polls.map((poll) => poll.path)).toEqual(Array(4).fill(`/v1/tasks/${taskId}`));
      expect(running.bill.credits).toBe(14); // gpt-image-2 1K high, once
    } finally {
      await running.close();
    }
  });

  it('a journaled task that failed is a failure that cost nothing: the caller buys the image', async () => {
    gw.script('gpt-image-2', ['task-failed']);
    let taskId = '';
    await provider()
      .generate(
        imageRequest(tempDir, {
          async: true,
          onSubmitted: (delivery) => {
            taskId = delivery.taskId!;
          },
        }),
      )
      .catch(() => undefined);

    const error = await provider().redeliver!({ taskId }, imageRequest(tempDir)).catch(
      (caught: unknown) => caught,
    );

    expect(error).toMatchObject({ name: 'ProviderError', cause: 'task-failed', billing: 'none' });
    expect(gw.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('lists the models the gateway serves (GET /v1/models)', async () => {
    const ids = await provider().listModels!(new AbortController().signal);
    expect(ids).toContain('gpt-image-2');
    expect(ids).toContain('gemini-3.1-flash-image');
    expect(gw.requests.at(-1)).toMatchObject({ method: 'GET', path: '/v1/models' });
  });

  it('says it has no list when the gateway has no GET /v1/models', async () => {
    const noList = await startGateway({ apiKey: KEY, modelList: false });
    try {
      const ids = await createPixapiProvider({ apiKey: KEY, baseUrl: noList.url }).listModels!(
        new AbortController().signal,
      );
      expect(ids).toBeUndefined();
    } finally {
      await noList.close();
    }
  });

  it('fails the key check with a run failure', async () => {
    await expect(
      provider({ apiKey: 'wrong' }).listModels!(new AbortController().signal),
    ).rejects.toMatchObject({ scope: 'run', status: 401 });
  });
});
