/**
 * A fake image gateway: a real node:http server on 127.0.0.1 that speaks both providers'
 * protocols (nanobanana's JSON generate/edit; pixapi's generations, multipart edits and async
 * tasks) and serves real PNG bytes of the asked size from its own image URLs (for Gemini
 * targets the tier's pixels; one solid colour per model, so a test can tell who served).
 *
 *   const gw = await startGateway({ apiKey: 'test-key' });     // wrong key -> 401
 *   createProvider('pixapi', { apiKey: 'test-key', baseUrl: gw.url });
 *   gw.script('gpt-image-2', [{ status: 503 }, { status: 429, retryAfter: '2' }, 'ok']);
 *   gw.script(['hang']);                  // the next request, whatever its model
 *   gw.requests                           // everything received, in order (see RecordedRequest)
 *   await gw.close();
 *
 * Each generate/edit request (sync or async submit) takes one step: first from its model's
 * script (the base model id: nanobanana's `-2k` suffixes are stripped), then from the
 * any-model script, then from `chaos` if set, else 'ok'. Polls and image downloads take no
 * step: image and task faults are decided when the image or task is made.
 *
 * Steps:
 *   'ok'                 a good image of the asked size
 *   { shape }            'ok' in another answer shape: 'url' (data.url, nanobanana's default),
 *                        'url-array' (data.url: [..]), 'list-url' (data[].url, pixapi's default),
 *                        'list-b64' (data[].b64_json)
 *   { status, message?, retryAfter?, retryAfterMs?, body?, echoKey? }
 *                        an HTTP error in the provider's error shape (pixapi {error:{code,
 *                        message,type}}, nanobanana {code,message}) or the raw `body`;
 *                        echoKey puts the received Authorization value in the message
 *   { envelopeCode, message? }  HTTP 200 with {code != 0, message}
 *   'hang'               never answers; 'hang-mid-body' sends headers and half the JSON
 *   'reset'              drops the connection at once; 'reset-mid-body' after half the JSON
 *   'garbage'            HTTP 200 whose body is not JSON; 'no-image': success without an image
 *   { imageSize }        an image of other dimensions; 'image-garbage' bytes that are no image;
 *                        'image-truncated' half a PNG; 'image-reset' drops the download midway;
 *                        'image-404' the image URL answers 404; 'image-unsized' a good image
 *                        sent without Content-Length; 'image-stall' half the image, then silence;
 *                        'image-undecodable' a JPEG whose every segment is sound but that has no
 *                        quantisation table: only decoding it shows it is no image;
 *                        'image-reset-once' the first download drops midway, later ones succeed
 *                        (a result URL stays valid for a while after the answer: OpenAI's image
 *                        API, which these gateways follow, keeps it 60 minutes,
 *                        https://platform.openai.com/docs/api-reference/images/object)
 *   { imageRedirects }   the image URL redirects that many times first
 *   { imageUrl }         answers this URL as the image (e.g. file:///etc/passwd)
 *   'task-failed'        the async task ends failed; 'task-stuck' it never ends;
 *                        'task-flaky' its first poll answers 503, then it completes
 *   { taskError }        the async task ends failed with this {code, message} (string or
 *                        numeric code); { taskState } it ends in another state ('cancelled')
 *   { status, code?, type?, requestIdInBody? }  as above, with the error's own code (a string
 *                        such as model_not_found, or a number) and type; the request id in the
 *                        error body instead of the header (Pixapi's error handling guide)
 *
 * Published behaviour it follows, each beside the code that models it:
 * - Pixapi's errors: {error: {code, message, type}} with the documented types per status
 *   (https://pixapi.ai/docs/errors/), string codes and request_id in the body
 *   (https://pixapi.ai/docs/guides/error-handling/);
 * - retired models: 404 model_not_found (Pixapi), or 503 "no available channel" (relays);
 * - per-model limits of nanobanana (SPEC 3): gemini-2.5-flash-image takes at most 3 reference
 *   images and no 21:9, gemini-3.1-flash-image at most 10; a request over them is a 400;
 * - GET /v1/models, the OpenAI list shape ({object: 'list', data: [{id, object: 'model'}]});
 * - the bill (https://pixapi.ai/docs/billing/: credits are consumed after output): every
 *   request the gateway processed without an error answer is billed at the registry's
 *   price of what was asked, whatever happens to the answer afterwards: an image that turns
 *   out garbage or of the wrong size, a download that fails, an answer lost to a reset or a
 *   hang, a task that never ends (the worst case a gateway may charge). Error answers, answers
 *   without an image and failed tasks are not billed. gw.bill says what was billed;
 *   downloads, polls and model lists never are.
 *
 * Options: retired (model ids answered 404 model_not_found, every tier), noChannel (ids
 * answered 503 "no available channel"), modelList (false: no GET /v1/models, a 404),
 * apiKey, latencyMs (before every API answer; also gw.setLatency), imageLatencyMs (before every
 * image download's answer, so a test can catch a run with its download under way; also
 * gw.setImageLatency), pollsToComplete
 * (polls an async task answers 'processing' before it completes, default 1), faults (the
 * initial any-model script), chaos ({ probability, steps, seed }: seeded random faults).
 * rateLimit ({ perSecond, burst?, retryAfterMs? }: a token bucket per base model, holding
 * `burst` requests (default perSecond) and refilled at perSecond; a generate/edit request that
 * finds it empty is answered 429 at once, without latency and without taking a step, with
 * retry-after-ms (retryAfterMs, else the time until the next token) and Retry-After in seconds).
 * Also: gw.inFlight / gw.maxInFlight (generate/edit requests open at once), gw.reset(),
 * colourOf(model) (the colour of its images) and imageRequest(tempDir, overrides).
 * Malformed requests (no prompt, n != 1, bad size or ratio, an edit without images) get a
 * 400 with the reason, so a test learns what it sent wrong.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { builtInRegistry, type Tier } from '../../src/models/registry.js';
import type { ImageRequest } from '../../src/providers/types.js';
import {
  type Dimensions,
  type GeminiTier,
  geminiPixels,
  parseSize,
  priceTier,
} from '../../src/sizes.js';
import { seededRandom } from '../seeded-random.js';

export type ImageShape = 'url' | 'url-array' | 'list-url' | 'list-b64';

export type Step =
  | 'ok'
  | 'hang'
  | 'hang-mid-body'
  | 'reset'
  | 'reset-mid-body'
  | 'garbage'
  | 'no-image'
  | 'image-garbage'
  | 'image-truncated'
  | 'image-reset'
  | 'image-reset-once'
  | 'image-404'
  | 'image-unsized'
  | 'image-stall'
  | 'image-undecodable'
  | 'task-failed'
  | 'task-stuck'
  | 'task-flaky'
  | { shape: ImageShape }
  | {
      status: number;
      message?: string;
      retryAfter?: string;
      retryAfterMs?: number;
      body?: string;
      echoKey?: boolean;
      code?: string | number;
      type?: string;
      requestIdInBody?: boolean;
    }
  | { envelopeCode: number | string; message?: string }
  | { taskError: { code?: string | number; message?: string } }
  | { taskState: string }
  | { imageSize: Dimensions }
  | { imageRedirects: number }
  | { imageUrl: string };

export type RequestKind = 'generate' | 'edit' | 'task' | 'image' | 'models' | 'unknown';

export interface RecordedRequest {
  method: string;
  /** Without the query string. */
  path: string;
  kind: RequestKind;
  protocol?: 'nanobanana' | 'pixapi';
  async: boolean;
  /** The model as sent (nanobanana Gemini ids with their tier suffix). */
  model?: string;
  /** Lower-case names; the authorization value is replaced by `<scheme> <hidden>`. */
  headers: Record<string, string>;
  /** The JSON body, or the multipart text fields (a repeated name gives an array). */
  body?: Record<string, unknown>;
  /** Multipart file parts. */
  files?: { field: string; filename: string; type: string; size: number }[];
  /** The step this request took (generate/edit only). */
  step?: Step;
  receivedAt: number;
}

export interface GatewayOptions {
  apiKey?: string;
  latencyMs?: number;
  imageLatencyMs?: number;
  pollsToComplete?: number;
  faults?: Step[];
  chaos?: { probability: number; steps: Step[]; seed?: number };
  rateLimit?: RateLimit;
  /** Model ids (base ids, without a tier suffix) the gateway no longer serves: 404. */
  retired?: string[];
  /** Model ids a relay has no channel for: 503 "no available channel". */
  noChannel?: string[];
  /** false: the gateway has no GET /v1/models. */
  modelList?: boolean;
}

/** One billed output: the request that bought it and its price. */
export interface Charge {
  model: string;
  tier: string;
  credits: number;
  /** Index of the request in gw.requests. */
  request: number;
}

export interface RateLimit {
  /** Requests per second, per base model. */
  perSecond: number;
  /** Requests the bucket holds (taken at once after a quiet spell); default perSecond. */
  burst?: number;
  /** A fixed retry-after-ms; default the time until the bucket holds a request again. */
  retryAfterMs?: number;
}

export interface Gateway {
  /** Base URL for a provider's base-url, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Generate/edit requests answered or in progress at once, now and at most so far. */
  readonly inFlight: number;
  readonly maxInFlight: number;
  /** Appends steps for one model (base id), or for any model when no model is given. */
  script(model: string, steps: Step[]): void;
  script(steps: Step[]): void;
  setLatency(ms: number): void;
  setImageLatency(ms: number): void;
  /** What the gateway billed (see the header): the total and each charge. */
  readonly bill: { readonly credits: number; readonly charges: readonly Charge[] };
  /** Forgets recorded requests, unused scripts and the bill. */
  reset(): void;
  close(): Promise<void>;
}

interface StoredImage {
  width: number;
  height: number;
  model: string;
  step: Step;
  /** Downloads begun so far. */
  downloads?: number;
}

interface Task {
  step: Step;
  pollsLeft: number;
  flaked?: boolean;
  result: unknown;
}

interface ParsedRequest {
  body?: Record<string, unknown>;
  files?: RecordedRequest['files'];
}

const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Invalid API key',
  402: 'Insufficient credits',
  404: 'Not found',
  408: 'Request timeout',
  422: 'The prompt was rejected by moderation',
  429: 'Rate limit exceeded',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'The service is overloaded',
  504: 'Gateway timeout',
};

const GEMINI_SUFFIX = /^(gemini-.*?)(?:-(512|2k|4k))?$/;

export async function startGateway(options: GatewayOptions = {}): Promise<Gateway> {
  const requests: RecordedRequest[] = [];
  const scripts = new Map<string, Step[]>();
  const anyModel: Step[] = [...(options.faults ?? [])];
  const images = new Map<string, StoredImage>();
  const tasks = new Map<string, Task>();
  const random = seededRandom(options.chaos?.seed ?? 1);
  let latencyMs = options.latencyMs ?? 0;
  let imageLatencyMs = options.imageLatencyMs ?? 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let baseUrl = '';
  const charges: Charge[] = [];
  const retired = new Set(options.retired ?? []);
  const noChannel = new Set(options.noChannel ?? []);
  const limiter = options.rateLimit ? tokenBuckets(options.rateLimit) : undefined;

  function nextStep(model: string): Step {
    const scripted = scripts.get(model)?.shift() ?? anyModel.shift();
    if (scripted) return scripted;
    const chaos = options.chaos;
    if (chaos && chaos.steps.length > 0 && random() < chaos.probability) {
      return chaos.steps[Math.floor(random() * chaos.steps.length)]!;
    }
    return 'ok';
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://gateway');
    const route = routeOf(req.method ?? 'GET', url.pathname);
    const parsed = await parseBody(req, raw);
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      kind: route.kind,
      protocol: route.protocol,
      async: route.async,
      model: typeof parsed.body?.model === 'string' ? parsed.body.model : undefined,
      headers: recordedHeaders(req),
      body: parsed.body,
      files: parsed.files,
      receivedAt: Date.now(),
    };
    requests.push(record);

    if (route.kind === 'image') return serveImage(url, res);
    res.setHeader('x-request-id', `req_${randomUUID()}`);
    if (route.kind === 'unknown' || !route.protocol) {
      return sendError(res, 'pixapi', { status: 404, message: `no route ${url.pathname}` });
    }
    const protocol = route.protocol;
    if (options.apiKey !== undefined && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      return sendError(res, protocol, { status: 401, echoKey: false });
    }
    if (route.kind === 'task') return answerTask(url.pathname.split('/').at(-1) ?? '', res);
    if (route.kind === 'models') {
      if (options.modelList === false) {
        return sendError(res, protocol, { status: 404, message: `no route ${url.pathname}` });
      }
      const served = SERVED_IDS.filter((id) => !retired.has(id) && !noChannel.has(id));
      return sendJson(res, 200, {
        object: 'list',
        data: served.map((id) => ({ id, object: 'model', owned_by: 'gateway' })),
      });
    }

    const sentModel = record.model ?? '';
    const baseId = GEMINI_SUFFIX.exec(sentModel)?.[1] ?? sentModel;
    if (retired.has(baseId)) {
      // https://pixapi.ai/docs/errors/: 404 model_not_found, "The model id is unknown or unavailable."
      return sendError(res, protocol, {
        status: 404,
        code: 'model_not_found',
        message: `The model id ${sentModel} is unknown or unavailable.`,
      });
    }
    if (noChannel.has(baseId)) {
      // one-api / new-api relays: 503 with "no available channel" for a model they cannot route.
      return sendError(res, protocol, {
        status: 503,
        message: `No available channel for model ${sentModel} under group default`,
      });
    }
    const asked = askedImage(protocol, route.kind, parsed);
    if (typeof asked === 'string') return sendError(res, protocol, { status: 400, message: asked });
    const waitMs = limiter?.(asked.model);
    if (waitMs !== undefined) {
      const limited = {
        status: 429,
        retryAfterMs: waitMs,
        retryAfter: String(Math.ceil(waitMs / 1000)),
      };
      record.step = limited;
      return sendError(res, protocol, limited);
    }
    const step = nextStep(asked.model);
    record.step = step;
    if (isBilled(step)) {
      const price = priceOf(protocol, sentModel, asked, parsed.body);
      charges.push({ ...price, request: requests.indexOf(record) });
    }
    // In flight until the connection is done with it: answered, dropped, or given up on.
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => {
      inFlight -= 1;
    });
    await sleep(latencyMs);
    await answerImageRequest(req, res, protocol, route.async, asked, step);
  }

  async function answerImageRequest(
    req: IncomingMessage,
    res: ServerResponse,
    protocol: 'nanobanana' | 'pixapi',
    isAsync: boolean,
    asked: { model: string; size: Dimensions },
    step: Step,
  ): Promise<void> {
    if (typeof step === 'object' && 'status' in step) {
      return sendError(res, protocol, step, req.headers.authorization);
    }
    if (typeof step === 'object' && 'envelopeCode' in step) {
      return sendJson(res, 200, {
        code: step.envelopeCode,
        message: step.message ?? 'generation failed',
        data: null,
      });
    }
    switch (step) {
      case 'hang':
        return;
      case 'reset':
        req.socket.destroy();
        return;
      case 'hang-mid-body':
      case 'reset-mid-body':
        return sendHalf(res, step === 'reset-mid-body');
      case 'garbage':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('<html>502 Bad Gateway</html>\u0000\u0001');
        return;
    }
    const taskOnly =
      step === 'task-failed' ||
      step === 'task-stuck' ||
      step === 'task-flaky' ||
      (typeof step === 'object' && ('taskError' in step || 'taskState' in step));
    if (taskOnly && !isAsync) {
      return sendError(res, protocol, {
        status: 500,
        message: `gateway script: ${step} needs an async request`,
      });
    }
    const result = step === 'no-image' ? emptyResult(protocol) : imageResult(protocol, asked, step);
    if (!isAsync) return sendJson(res, 200, result);
    const id = `task_${randomUUID()}`;
    tasks.set(id, { step, pollsLeft: options.pollsToComplete ?? 1, result });
    return sendJson(res, 200, { id, status: 'queued' });
  }

  function imageResult(
    protocol: 'nanobanana' | 'pixapi',
    asked: { model: string; size: Dimensions },
    step: Step,
  ) {
    const size = typeof step === 'object' && 'imageSize' in step ? step.imageSize : asked.size;
    const id = randomUUID();
    images.set(id, { ...size, model: asked.model, step });
    const url =
      typeof step === 'object' && 'imageUrl' in step ? step.imageUrl : `${baseUrl}/files/${id}.png`;
    const shape =
      typeof step === 'object' && 'shape' in step
        ? step.shape
        : protocol === 'nanobanana'
          ? 'url'
          : 'list-url';
    // Only the shape answered is built: the b64 one encodes the image (150 ms the first time).
    const data = {
      url: () => ({ url }),
      'url-array': () => ({ url: [url] }),
      'list-url': () => [{ url }],
      'list-b64': () => [{ b64_json: imageBytes(images.get(id)!).toString('base64') }],
    }[shape]();
    return protocol === 'nanobanana'
      ? { code: 0, message: 'success', data }
      : { created: Math.floor(Date.now() / 1000), data };
  }

  function answerTask(id: string, res: ServerResponse): void {
    const task = tasks.get(id);
    if (!task) {
      sendError(res, 'pixapi', { status: 404, message: `no task ${id}` });
      return;
    }
    if (task.step === 'task-flaky' && !task.flaked) {
      task.flaked = true;
      sendError(res, 'pixapi', { status: 503 });
      return;
    }
    sendJson(res, 200, taskState(id, task));
  }

  async function serveImage(url: URL, res: ServerResponse): Promise<void> {
    if (imageLatencyMs > 0) {
      // Cut short when the client goes away (a killed run): nothing is left to answer.
      const gone = new AbortController();
      res.on('close', () => gone.abort());
      await sleep(imageLatencyMs, undefined, { signal: gone.signal }).catch(() => undefined);
      if (gone.signal.aborted) return;
    }
    const id = url.pathname.replace(/^\/files\//, '').replace(/\.png$/, '');
    const image = images.get(id);
    if (!image || image.step === 'image-404') {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const hop = Number(url.searchParams.get('hop') ?? 0);
    const redirects =
      typeof image.step === 'object' && 'imageRedirects' in image.step
        ? image.step.imageRedirects
        : 0;
    if (hop < redirects) {
      res.writeHead(302, { location: `/files/${id}.png?hop=${hop + 1}` });
      res.end();
      return;
    }
    const bytes = imageBytes(image);
    const length = image.step === 'image-unsized' ? {} : { 'content-length': String(bytes.length) };
    res.writeHead(200, { 'content-type': 'image/png', ...length });
    image.downloads = (image.downloads ?? 0) + 1;
    const cut =
      image.step === 'image-reset' || (image.step === 'image-reset-once' && image.downloads === 1);
    if (!cut && image.step !== 'image-stall') {
      res.end(bytes);
      return;
    }
    res.write(bytes.subarray(0, bytes.length >> 1), () => {
      if (cut) res.destroy();
    });
  }

  function sendError(
    res: ServerResponse,
    protocol: 'nanobanana' | 'pixapi',
    fault: Extract<Step, { status: number }>,
    authorization?: string,
  ): void {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
    if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs);
    let message = fault.message ?? DEFAULT_MESSAGES[fault.status] ?? 'Error';
    if (fault.echoKey) message += ` (received Authorization: ${authorization ?? 'none'})`;
    const requestId = res.getHeader('x-request-id');
    // requestIdInBody moves the id from the header into the body, where only a reader of the
    // body finds it.
    if (fault.requestIdInBody) res.removeHeader('x-request-id');
    const inBody = fault.requestIdInBody ? { request_id: requestId } : {};
    // https://pixapi.ai/docs/errors/: {error: {code: 400, message, type: "invalid_request_error"}}.
    const body =
      fault.body ??
      JSON.stringify(
        protocol === 'pixapi'
          ? {
              error: {
                code: fault.code ?? fault.status,
                message,
                type: fault.type ?? pixapiType(fault.status),
                ...inBody,
              },
            }
          : { code: fault.code ?? fault.status, message, ...inBody },
      );
    res.writeHead(fault.status, headers);
    res.end(body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`gateway failure: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    requests,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    get bill() {
      return { credits: charges.reduce((sum, charge) => sum + charge.credits, 0), charges };
    },
    script(modelOrSteps: string | Step[], steps?: Step[]) {
      if (typeof modelOrSteps !== 'string') return void anyModel.push(...modelOrSteps);
      scripts.set(modelOrSteps, [...(scripts.get(modelOrSteps) ?? []), ...(steps ?? [])]);
    },
    setLatency(ms: number) {
      latencyMs = ms;
    },
    setImageLatency(ms: number) {
      imageLatencyMs = ms;
    },
    reset() {
      requests.length = 0;
      scripts.clear();
      anyModel.length = 0;
      charges.length = 0;
      maxInFlight = inFlight;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const GEMINI_MODELS = builtInRegistry('nanobanana');
const PIXAPI_MODELS = builtInRegistry('pixapi');
/** What GET /v1/models lists: every built-in id and alias, less the retired ones. */
const SERVED_IDS = GEMINI_MODELS.models().flatMap((model) => [model.id, ...model.aliases]);

function routeOf(
  method: string,
  path: string,
): { kind: RequestKind; protocol?: 'nanobanana' | 'pixapi'; async: boolean } {
  if (method === 'GET' && path.startsWith('/files/')) return { kind: 'image', async: false };
  if (method === 'GET' && path.startsWith('/v1/tasks/'))
    return { kind: 'task', protocol: 'pixapi', async: true };
  if (method === 'GET' && path === '/v1/models') {
    return { kind: 'models', protocol: 'pixapi', async: false };
  }
  if (method !== 'POST') return { kind: 'unknown', async: false };
  const routes: Record<
    string,
    { kind: RequestKind; protocol: 'nanobanana' | 'pixapi'; async: boolean }
  > = {
    '/v1/images/generate': { kind: 'generate', protocol: 'nanobanana', async: false },
    '/v1/images/edit': { kind: 'edit', protocol: 'nanobanana', async: false },
    '/v1/images/generations': { kind: 'generate', protocol: 'pixapi', async: false },
    '/v1/images/edits': { kind: 'edit', protocol: 'pixapi', async: false },
    '/v1/async/images/generations': { kind: 'generate', protocol: 'pixapi', async: true },
    '/v1/async/images/edits': { kind: 'edit', protocol: 'pixapi', async: true },
  };
  return routes[path] ?? { kind: 'unknown', async: false };
}

/** The base model and the pixels a request asks for, or what is wrong with it (a 400). */
function askedImage(
  protocol: 'nanobanana' | 'pixapi',
  kind: RequestKind,
  { body, files }: ParsedRequest,
): { model: string; size: Dimensions } | string {
  if (!body) return 'the body must be JSON or multipart/form-data';
  if (typeof body.model !== 'string' || !body.model) return 'model is required';
  if (typeof body.prompt !== 'string' || !body.prompt) return 'prompt is required';

  if (protocol === 'nanobanana') {
    if (
      kind === 'edit' &&
      !(typeof body.image === 'string' || (Array.isArray(body.image) && body.image.length > 0))
    ) {
      return 'image must be a URL or an array of URLs';
    }
    const gemini = GEMINI_SUFFIX.exec(body.model);
    if (!gemini) return sizedGptImage(body.model, body.size, body.n);
    if (body.num !== 1) return 'num must be 1';
    const model = gemini[1]!;
    const tier = (gemini[2]?.toUpperCase() ?? '1K') as GeminiTier;
    if (!GEMINI_MODELS.has(model) || typeof body.image_size !== 'string')
      return 'image_size (an aspect ratio) is required';
    // nanobanana's per-model limits (SPEC 3): a ratio or a reference count the model does not
    // take there is a 400 that says so.
    const spec = GEMINI_MODELS.get(model);
    if (!spec.ratios.includes(body.image_size)) {
      return `aspect ratio ${body.image_size} is not supported for ${model}`;
    }
    const references = Array.isArray(body.image) ? body.image.length : body.image ? 1 : 0;
    if (references > spec.maxImages) {
      return `too many images: ${model} takes at most ${spec.maxImages} reference images`;
    }
    try {
      return { model, size: geminiPixels(spec, body.image_size, tier) };
    } catch (error) {
      return (error as Error).message;
    }
  }

  // https://pixapi.ai/image-editing-api: multipart file fields `image`; JSON `image` a URL
  // string, or an array of them (https://pixapi.ai/docs/api-reference/).
  if (kind === 'edit') {
    const uploads = (files ?? []).filter((file) => file.field === 'image').length;
    const urls = typeof body.image === 'string' ? [body.image] : body.image;
    const urlCount =
      Array.isArray(urls) && urls.length > 0 && urls.every((url) => typeof url === 'string')
        ? urls.length
        : 0;
    if (uploads + urlCount === 0) {
      return 'edits need image: a URL, an array of URLs, or multipart image files';
    }
  }
  return sizedGptImage(body.model, body.size, body.n);
}

/** pixapi sizes every model as WxH; nanobanana's gpt-image-2 too. 'auto' is 1024x1024. */
function sizedGptImage(
  model: string,
  size: unknown,
  n: unknown,
): { model: string; size: Dimensions } | string {
  if (Number(n) !== 1) return 'n must be 1';
  const parsed = typeof size === 'string' ? parseSize(size) : undefined;
  if (!parsed) return `size must be WIDTHxHEIGHT or auto, got ${String(size)}`;
  return { model, size: parsed === 'auto' ? { width: 1024, height: 1024 } : parsed };
}

function taskState(id: string, task: Task): Record<string, unknown> {
  if (task.step === 'task-stuck' || task.pollsLeft > 0) {
    task.pollsLeft -= 1;
    return { id, status: 'processing' };
  }
  if (task.step === 'task-failed') {
    const error = { code: 'generation_failed', message: 'The model could not render this prompt' };
    return { id, status: 'failed', error };
  }
  if (typeof task.step === 'object' && 'taskError' in task.step) {
    return { id, status: 'failed', error: task.step.taskError };
  }
  if (typeof task.step === 'object' && 'taskState' in task.step) {
    return { id, status: task.step.taskState };
  }
  return { id, status: 'completed', result: task.result };
}

function emptyResult(protocol: 'nanobanana' | 'pixapi') {
  return protocol === 'nanobanana'
    ? { code: 0, message: 'success', data: {} }
    : { created: Math.floor(Date.now() / 1000), data: [] };
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

/** Headers and half a JSON body, then a reset or a stall. */
function sendHalf(res: ServerResponse, reset: boolean): void {
  const body = Buffer.from(
    JSON.stringify({ created: 0, data: [{ url: 'http://127.0.0.1/never' }] }),
  );
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
  res.write(body.subarray(0, body.length >> 1), () => {
    if (reset) res.destroy();
  });
}

/** Pixapi's error type per status (https://pixapi.ai/docs/errors/). */
function pixapiType(status: number): string {
  const types: Record<number, string> = {
    400: 'invalid_request_error',
    401: 'unauthorized',
    402: 'insufficient_credits',
    404: 'model_not_found',
    422: 'prompt_rejected',
    429: 'rate_limited',
    500: 'internal_error',
    503: 'model_unavailable',
  };
  return types[status] ?? (status >= 500 ? 'internal_error' : 'invalid_request_error');
}

/** Whether the gateway bills a request that takes this step (see the header). */
function isBilled(step: Step): boolean {
  if (typeof step === 'string') return step !== 'no-image' && step !== 'task-failed';
  return !(
    'status' in step ||
    'envelopeCode' in step ||
    'taskError' in step ||
    'taskState' in step
  );
}

/**
 * The registry's price of what a request asked: gpt-image-2 at the tier of its size and its
 * quality, a Gemini model at its tier (nanobanana's suffix, or Pixapi's size among the tier
 * pixels). A model the registry does not know is billed 0.
 */
function priceOf(
  protocol: 'nanobanana' | 'pixapi',
  sentModel: string,
  asked: { model: string; size: Dimensions },
  body: Record<string, unknown> | undefined,
): Omit<Charge, 'request'> {
  const registry = protocol === 'nanobanana' ? GEMINI_MODELS : PIXAPI_MODELS;
  const suffix = GEMINI_SUFFIX.exec(sentModel);
  const base = suffix?.[1] ?? sentModel;
  if (!registry.has(base)) return { model: base, tier: '-', credits: 0 };
  const spec = registry.get(base);
  let tier: Tier;
  if (spec.family === 'gpt-image') {
    tier = priceTier(body?.size === 'auto' ? 'auto' : asked.size);
  } else if (protocol === 'nanobanana') {
    tier = (suffix?.[2]?.toUpperCase() ?? '1K') as Tier;
  } else {
    const matches = (t: Tier) =>
      spec.ratios.some((ratio) => {
        const pixels = geminiPixels(spec, ratio, t);
        return pixels.width === asked.size.width && pixels.height === asked.size.height;
      });
    tier = spec.tiers.find(matches) ?? spec.tiers.at(-1)!;
  }
  const cell = spec.credits[tier] ?? 0;
  const quality = typeof body?.quality === 'string' ? body.quality : 'auto';
  const credits =
    typeof cell === 'number'
      ? cell
      : cell[quality === 'low' || quality === 'medium' ? quality : 'high'];
  return { model: spec.id, tier, credits };
}

const pngCache = new Map<string, Buffer>();

/** The bytes an image URL serves, after its step's fault. */
function imageBytes(image: StoredImage): Buffer {
  if (image.step === 'image-garbage')
    return Buffer.from('this is not an image, just some bytes\n'.repeat(64));
  if (image.step === 'image-undecodable') return withoutQuantisation(image);
  const png = solidPng(image.width, image.height, colourOf(image.model));
  return image.step === 'image-truncated' ? png.subarray(0, png.length >> 1) : png;
}

const undecodableCache = new Map<string, Buffer>();

function withoutQuantisation({ width, height }: StoredImage): Buffer {
  const key = `${width}x${height}`;
  const cached = undecodableCache.get(key);
  if (cached) return cached;
  const pixels = Buffer.alloc(width * height * 4, 200);
  const bytes = Buffer.from(jpeg.encode({ width, height, data: pixels }, 90).data);
  const dqt = bytes.indexOf(Buffer.from([0xff, 0xdb]));
  const end = dqt + 2 + bytes.readUInt16BE(dqt + 2);
  const undecodable = Buffer.concat([bytes.subarray(0, dqt), bytes.subarray(end)]);
  undecodableCache.set(key, undecodable);
  return undecodable;
}

function solidPng(width: number, height: number, [red, green, blue]: readonly number[]): Buffer {
  const key = `${width}x${height}:${red},${green},${blue}`;
  const cached = pngCache.get(key);
  if (cached) return cached;
  const png = new PNG({ width, height });
  for (let offset = 0; offset < png.data.length; offset += 4) {
    png.data[offset] = red!;
    png.data[offset + 1] = green!;
    png.data[offset + 2] = blue!;
    png.data[offset + 3] = 255;
  }
  const bytes = PNG.sync.write(png, { colorType: 2, filterType: 0 });
  pngCache.set(key, bytes);
  return bytes;
}

/** A stable colour per model, so a test can tell which model served an image. */
export function colourOf(model: string): [number, number, number] {
  let hash = 2166136261;
  for (const char of model) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return [hash & 0xff, (hash >>> 8) & 0xff, (hash >>> 16) & 0xff];
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parseBody(req: IncomingMessage, raw: Buffer): Promise<ParsedRequest> {
  const type = req.headers['content-type'] ?? '';
  if (raw.length === 0) return {};
  if (type.startsWith('application/json')) {
    try {
      const body: unknown = JSON.parse(raw.toString('utf8'));
      return typeof body === 'object' && body !== null
        ? { body: body as Record<string, unknown> }
        : {};
    } catch {
      return {};
    }
  }
  if (!type.startsWith('multipart/form-data')) return {};
  const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
  const body: Record<string, unknown> = {};
  const files: NonNullable<RecordedRequest['files']> = [];
  for (const [field, value] of form.entries()) {
    if (typeof value !== 'string') {
      files.push({ field, filename: value.name, type: value.type, size: value.size });
      continue;
    }
    const previous = body[field];
    body[field] =
      previous === undefined
        ? value
        : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return { body, files };
}

function recordedHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  if (headers.authorization)
    headers.authorization = headers.authorization.replace(/^(\S+)\s.*$/, '$1 <hidden>');
  return headers;
}

/**
 * One token bucket per model: takes a token and returns undefined, or returns the wait to
 * announce when the bucket is empty.
 */
function tokenBuckets(limit: RateLimit): (model: string) => number | undefined {
  const burst = limit.burst ?? limit.perSecond;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (model) => {
    const now = performance.now();
    const bucket = buckets.get(model) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) * limit.perSecond) / 1000);
    bucket.at = now;
    buckets.set(model, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return undefined;
    }
    return limit.retryAfterMs ?? Math.ceil(((1 - bucket.tokens) * 1000) / limit.perSecond);
  };
}

/** An ImageRequest for provider tests: gpt-image-2, 1024x1024, high, no references, sync. */
export function imageRequest(tempDir: string, overrides: Partial<ImageRequest> = {}): ImageRequest {
  return {
    assetId: 'test-asset',
    model: 'gpt-image-2',
    prompt: 'A lighthouse at dawn',
    target: { family: 'gpt-image', size: { width: 1024, height: 1024 }, quality: 'high' },
    images: [],
    async: false,
    tempDir,
    signal: new AbortController().signal,
    ...overrides,
  };
}
