// pixapi: OpenAI-compatible generations (JSON) and edits (multipart, so repository files can
// be uploaded), plus an asynchronous task API for long jobs, polled until it ends.
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { FormData } from 'undici';
import { providerValue } from '../redact.js';
import { formatSize } from '../sizes.js';
import { saveResultImage } from './download.js';
import {
  type ApiAnswer,
  callApi,
  failure,
  type HttpSettings,
  httpSettings,
  isRecord,
  PROVIDER_DEFAULTS,
  type ProviderOptions,
  scopeForProviderCode,
} from './http.js';
import {
  type ImageRequest,
  type ModelTarget,
  type Provider,
  ProviderError,
  type ReferenceImage,
} from './types.js';

export const PIXAPI_BASE_URL = 'https://api.pixapi.ai';

/** Jobs whose long edge passes this (4K) go through the task API: they outlast a sync request. */
const ASYNC_LONG_EDGE = 2048;
const MAX_TASK_ID = 256;

interface PixapiSettings extends HttpSettings {
  pollIntervalMs: number;
  /** How long a task may take, counted from its submission. */
  taskDeadlineMs: number;
}

export function createPixapiProvider(options: ProviderOptions): Provider {
  const settings: PixapiSettings = {
    ...httpSettings('pixapi', PIXAPI_BASE_URL, options),
    pollIntervalMs: options.pollIntervalMs ?? PROVIDER_DEFAULTS.pollIntervalMs,
    taskDeadlineMs: options.taskDeadlineMs ?? PROVIDER_DEFAULTS.taskDeadlineMs,
  };
  return {
    name: 'pixapi',
    free: false,
    async generate(request) {
      const runAsync = request.async || longEdge(request.target) > ASYNC_LONG_EDGE;
      const edit = request.images.length > 0;
      const submitted = await callApi(settings, {
        method: 'POST',
        path: `${runAsync ? '/v1/async' : '/v1'}/images/${edit ? 'edits' : 'generations'}`,
        ...(edit ? { form: await editForm(request, settings) } : { json: pixapiFields(request) }),
        signal: request.signal,
      });
      const answer = runAsync ? await awaitTask(submitted, settings, request.signal) : submitted;
      const file = await saveResultImage(answer.body, settings, request);
      return { file, requestId: answer.requestId };
    },
  };
}

/**
 * Generation fields. Gemini sizes go as the tier's WxH pixels (they carry the ratio and the
 * tier at once); quality is a gpt-image setting, not sent for Gemini.
 */
function pixapiFields(request: ImageRequest): Record<string, string | number> {
  const { target } = request;
  const common = { model: request.model, prompt: request.prompt, n: 1 };
  if (target.family === 'gemini') return { ...common, size: formatSize(target.pixels) };
  return { ...common, size: formatSize(target.size), quality: target.quality };
}

/**
 * Edits are multipart: repository files as `image[]` file parts, URL references as
 * `image_url[]` text fields, each kind in manifest order.
 */
async function editForm(request: ImageRequest, settings: HttpSettings): Promise<FormData> {
  const form = new FormData();
  for (const [name, value] of Object.entries(pixapiFields(request))) {
    form.append(name, String(value));
  }
  for (const image of request.images) {
    if (image.kind === 'url') {
      form.append('image_url[]', image.url);
      continue;
    }
    form.append('image[]', await fileBlob(image, settings), basename(image.path));
  }
  return form;
}

/** A file-backed Blob: the upload streams from disk. */
async function fileBlob(
  image: Extract<ReferenceImage, { kind: 'file' }>,
  settings: HttpSettings,
): Promise<Blob> {
  try {
    return await openAsBlob(image.absolutePath);
  } catch {
    throw failure(settings, `cannot read the reference image ${image.path}`, 'asset', {
      cause: 'reference',
    });
  }
}

/** Polls the task until it is completed or failed, within the deadline. */
async function awaitTask(
  submitted: ApiAnswer,
  settings: PixapiSettings,
  signal: AbortSignal,
): Promise<ApiAnswer> {
  const id = isRecord(submitted.body) ? submitted.body.id : undefined;
  // The id goes into URLs, messages and the lock file: a usable one is short.
  if (typeof id !== 'string' || !id || id.length > MAX_TASK_ID) {
    throw failure(settings, 'answered an async request without a usable task id', 'transient', {
      cause: 'bad-answer',
    });
  }
  const deadline = Date.now() + settings.taskDeadlineMs;
  let task: Record<string, unknown> = isRecord(submitted.body) ? submitted.body : {};
  for (;;) {
    if (task.status === 'completed') {
      return { body: task.result, requestId: providerValue(id, [settings.apiKey]) };
    }
    if (task.status === 'failed') throw taskFailure(task, id, settings);
    if (Date.now() + settings.pollIntervalMs > deadline) {
      const message = `task ${id} did not finish within ${settings.taskDeadlineMs} ms`;
      throw failure(settings, message, 'transient', { requestId: id, cause: 'timeout' });
    }
    await sleep(settings.pollIntervalMs, undefined, { signal }).catch(() =>
      signal.throwIfAborted(),
    );
    task = (await pollTask(id, settings, signal)) ?? task;
  }
}

/**
 * The task's state; undefined when the poll failed transiently, since a lost poll does not
 * lose the task (which may be billed): the caller polls again until the deadline.
 */
async function pollTask(
  id: string,
  settings: PixapiSettings,
  signal: AbortSignal,
): Promise<Record<string, unknown> | undefined> {
  const path = `/v1/tasks/${encodeURIComponent(id)}`;
  try {
    const { body } = await callApi(settings, { method: 'GET', path, signal });
    return isRecord(body) ? body : {};
  } catch (error) {
    if (error instanceof ProviderError && error.scope === 'transient') return undefined;
    throw error;
  }
}

function taskFailure(task: Record<string, unknown>, id: string, settings: HttpSettings) {
  // The reason is {error: {message, code}} or {error: "message"}.
  const { error } = task;
  const reason = isRecord(error) ? error.message : error;
  const said = typeof reason === 'string' && reason.trim() ? reason.trim() : 'no reason given';
  return failure(
    settings,
    `task ${id} failed: ${said.length > 500 ? `${said.slice(0, 500)}…` : said}`,
    scopeForProviderCode(isRecord(error) ? error.code : undefined),
    { requestId: id, cause: 'task-failed' },
  );
}

function longEdge(target: ModelTarget): number {
  if (target.family === 'gemini') return Math.max(target.pixels.width, target.pixels.height);
  return target.size === 'auto' ? 0 : Math.max(target.size.width, target.size.height);
}
