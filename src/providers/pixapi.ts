// pixapi: OpenAI-compatible generations and edits, plus an asynchronous task API for long jobs
// (https://pixapi.ai/docs/api-reference/, https://pixapi.ai/docs/guides/async-tasks/). Edits
// send reference URLs as JSON `image` (a string, or an array for several) and repository files
// as multipart file fields `image` (https://pixapi.ai/image-editing-api). A task is submitted
// once and only polled after that; see docs/providers.md.
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { FormData } from 'undici';
import { providerValue, redactSecrets } from '../redact.js';
import { formatSize } from '../sizes.js';
import { classifyFailure } from './classify.js';
import { downloadDelivered, saveResultImage } from './download.js';
import {
  type ApiAnswer,
  callApi,
  deliveryValue,
  errorFacts,
  failure,
  type HttpSettings,
  httpSettings,
  isRecord,
  PROVIDER_DEFAULTS,
  type ProviderOptions,
  rebilled,
} from './http.js';
import { modelLister } from './models.js';
import {
  type ImageRequest,
  type ModelTarget,
  type Provider,
  ProviderError,
  type ReceivedImage,
  type ReferenceImage,
} from './types.js';

export const PIXAPI_BASE_URL = 'https://api.pixapi.ai';

/** Jobs whose long edge passes this (4K) go through the task API: they outlast a sync request. */
const ASYNC_LONG_EDGE = 2048;
const MAX_TASK_ID = 256;
/** States of a task that is still running; any other state but completed ends it as failed. */
const RUNNING_STATES = new Set([
  'queued',
  'pending',
  'submitted',
  'created',
  'waiting',
  'starting',
  'processing',
  'running',
  'in_progress',
]);

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
        ...(edit ? await editBody(request, settings) : { json: pixapiFields(request) }),
        signal: request.signal,
      });
      if (!runAsync) return received(submitted, settings, request);
      const taskId = submittedTaskId(submitted, settings);
      request.onSubmitted?.(deliveryValue({ taskId }, settings.apiKey));
      // The submission's own state counts as a first poll when it has one.
      const first =
        isRecord(submitted.body) && 'status' in submitted.body ? submitted.body : undefined;
      const answer = await awaitTask(taskId, settings, request.signal, first);
      return received(answer, settings, request, taskId);
    },
    async redeliver(delivery, request) {
      if (delivery.url) {
        const file = await downloadDelivered({ ...delivery, url: delivery.url }, settings, request);
        return { file, ...(delivery.requestId ? { requestId: delivery.requestId } : {}) };
      }
      if (delivery.taskId) {
        const answer = await awaitTask(delivery.taskId, settings, request.signal);
        return received(answer, settings, request, delivery.taskId);
      }
      throw failure(settings, 'cannot fetch a delivery without a URL or a task id', 'asset', {
        cause: 'bad-answer',
      });
    },
    listModels: modelLister(settings),
  };
}

async function received(
  answer: ApiAnswer,
  settings: HttpSettings,
  request: ImageRequest,
  taskId?: string,
): Promise<ReceivedImage> {
  const file = await saveResultImage(answer, settings, request, taskId);
  return { file, ...(answer.requestId ? { requestId: answer.requestId } : {}) };
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
 * URLs only: JSON `image`, a string for one and an array for several. With repository files:
 * multipart, each file an `image` file part, and a URL beside them an `image` text field, in
 * manifest order.
 */
async function editBody(
  request: ImageRequest,
  settings: HttpSettings,
): Promise<{ json: Record<string, unknown> } | { form: FormData }> {
  const urls = request.images.flatMap((image) => (image.kind === 'url' ? [image.url] : []));
  if (urls.length === request.images.length) {
    return { json: { ...pixapiFields(request), image: urls.length === 1 ? urls[0] : urls } };
  }
  const form = new FormData();
  for (const [name, value] of Object.entries(pixapiFields(request))) {
    form.append(name, String(value));
  }
  for (const image of request.images) {
    if (image.kind === 'url') form.append('image', image.url);
    else form.append('image', await fileBlob(image, settings), basename(image.path));
  }
  return { form };
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

function submittedTaskId(submitted: ApiAnswer, settings: HttpSettings): string {
  const id = isRecord(submitted.body) ? submitted.body.id : undefined;
  // The id goes into URLs, messages and the lock file: a usable one is short.
  if (typeof id !== 'string' || !id || id.length > MAX_TASK_ID) {
    // The task may exist and be billed: we just cannot follow it.
    throw failure(settings, 'answered an async request without a usable task id', 'transient', {
      cause: 'bad-answer',
      billing: 'unknown',
      ...(submitted.requestId ? { requestId: submitted.requestId } : {}),
    });
  }
  return id;
}

/**
 * Polls the task until it is completed or ends otherwise, within the deadline. It is never
 * submitted again: a failed poll is polled again on the same id.
 */
async function awaitTask(
  id: string,
  settings: PixapiSettings,
  signal: AbortSignal,
  firstState?: unknown,
): Promise<ApiAnswer> {
  const deadline = Date.now() + settings.taskDeadlineMs;
  let task: unknown = firstState;
  for (;;) {
    if (task !== undefined) {
      const ended = taskOutcome(task, id, settings);
      if (ended) return ended;
    }
    if (Date.now() + settings.pollIntervalMs > deadline) {
      const message = `task ${id} did not finish within ${settings.taskDeadlineMs} ms`;
      throw failure(settings, message, 'transient', {
        requestId: id,
        cause: 'timeout',
        billing: 'unknown',
        delivery: { taskId: id },
      });
    }
    await sleep(settings.pollIntervalMs, undefined, { signal }).catch(() =>
      signal.throwIfAborted(),
    );
    task = await pollTask(id, settings, signal);
  }
}

/** The result of a task that ended; undefined while it runs; throws for any other end. */
function taskOutcome(task: unknown, id: string, settings: HttpSettings): ApiAnswer | undefined {
  const state = isRecord(task) && typeof task.status === 'string' ? task.status : undefined;
  if (state === undefined) {
    // No state at all: not an answer we can read; the task may still complete and be billed.
    throw failure(settings, `answered a poll of task ${id} without a status`, 'transient', {
      requestId: id,
      cause: 'bad-answer',
      billing: 'unknown',
      delivery: { taskId: id },
    });
  }
  const status = state.toLowerCase();
  if (RUNNING_STATES.has(status)) return undefined;
  const record = task as Record<string, unknown>;
  if (status === 'completed') {
    return {
      body: record.result ?? record.output ?? record,
      requestId: providerValue(id, [settings.apiKey]),
    };
  }
  throw taskFailure(record, id, settings, status);
}

/**
 * The task's state; undefined when the poll failed transiently, since a lost poll does not
 * lose the task (which may be billed): the caller polls again until the deadline.
 */
async function pollTask(
  id: string,
  settings: PixapiSettings,
  signal: AbortSignal,
): Promise<unknown> {
  const path = `/v1/tasks/${encodeURIComponent(id)}`;
  try {
    const { body } = await callApi(settings, { method: 'GET', path, signal });
    return body;
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    if (error.scope === 'transient') return undefined;
    // The task was accepted and may be billed, whatever the poll says about itself.
    if (error.status === 404) {
      throw failure(settings, `task ${id} is no longer known to the API`, 'transient', {
        status: 404,
        requestId: id,
        cause: 'task-failed',
        billing: 'unknown',
        delivery: { taskId: id },
      });
    }
    throw rebilled(error, 'unknown', deliveryValue({ taskId: id }, settings.apiKey));
  }
}

/** A failed task (or one that ended in another state): its code and message, classified. */
function taskFailure(
  task: Record<string, unknown>,
  id: string,
  settings: HttpSettings,
  status: string,
): ProviderError {
  // The reason is {error: {message, code, type}} or {error: "message"}.
  const facts = errorFacts({ error: task.error });
  // Redacted before it is cut: a key cut in two would escape the redaction.
  const clean = (text: string) => redactSecrets(text, [settings.apiKey]);
  const said = clean(facts.message?.trim() || 'no reason given');
  const reason = said.length > 500 ? `${said.slice(0, 500)}…` : said;
  const how = status === 'failed' ? 'failed' : `ended in state "${clean(status).slice(0, 40)}"`;
  return failure(settings, `task ${id} ${how}: ${reason}`, classifyFailure(facts), {
    requestId: id,
    cause: 'task-failed',
  });
}

function longEdge(target: ModelTarget): number {
  if (target.family === 'gemini') return Math.max(target.pixels.width, target.pixels.height);
  return target.size === 'auto' ? 0 : Math.max(target.size.width, target.size.height);
}
