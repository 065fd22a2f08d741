// Provider HTTP shared by every real provider: one undici request under a deadline, a JSON
// answer, and every failure turned into a ProviderError whose scope says how far it reaches.
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { Agent, type Dispatcher, type FormData, request } from 'undici';
import { providerValue, redactSecrets } from '../redact.js';
import { oneLine } from '../text-safety.js';
import { Base64Spool, discardSpooled } from './b64-spool.js';
import { classifyFailure, type ErrorFacts } from './classify.js';
import {
  type Billing,
  type Delivery,
  type FailureCause,
  type FailureScope,
  ProviderError,
} from './types.js';

export interface HttpSettings {
  /** Named at the start of every error message. */
  provider: string;
  apiKey: string;
  baseUrl: string;
  /** Deadline of one API request, headers and body together. */
  timeoutMs: number;
  maxImageBytes: number;
  downloadTimeoutMs: number;
  maxRedirects: number;
  /** Tests and proxies may route requests through their own undici dispatcher. */
  dispatcher?: Dispatcher;
}

/** What a user or a test may set; everything but the key has a default. */
export interface ProviderOptions {
  /** Required by the real providers; the offline provider needs none. */
  apiKey?: string;
  /** Overrides the provider's URL (proxies, local test servers). */
  baseUrl?: string;
  /** Deadline of one API request, headers and body together. */
  timeoutMs?: number;
  /** Largest image accepted, downloaded or base64. */
  maxImageBytes?: number;
  downloadTimeoutMs?: number;
  maxRedirects?: number;
  /** pixapi task API: time between polls, and how long a task may take in all. */
  pollIntervalMs?: number;
  taskDeadlineMs?: number;
  dispatcher?: Dispatcher;
}

export const PROVIDER_DEFAULTS = {
  // 4K Gemini images take minutes on a synchronous endpoint.
  timeoutMs: 300_000,
  maxImageBytes: 64 * 2 ** 20,
  downloadTimeoutMs: 120_000,
  // A loop guard, not a policy: signed CDN URLs take a hop or two (WHATWG fetch allows 20).
  maxRedirects: 10,
  pollIntervalMs: 2_000,
  taskDeadlineMs: 900_000,
} as const;

/** The options with their defaults, checked: a real provider needs a key and an http(s) URL. */
export function httpSettings(
  provider: string,
  defaultBaseUrl: string,
  options: ProviderOptions,
): HttpSettings {
  if (!options.apiKey) {
    throw new Error(
      `provider ${provider} needs an API key (the api-key input or ASSET_FORGE_API_KEY)`,
    );
  }
  const baseUrl = options.baseUrl || defaultBaseUrl;
  if (!/^https?:\/\/[^/]/i.test(baseUrl) || !URL.canParse(baseUrl)) {
    throw new Error(`base-url must be an http(s) URL, got "${baseUrl}"`);
  }
  return {
    provider,
    apiKey: options.apiKey,
    baseUrl,
    timeoutMs: options.timeoutMs ?? PROVIDER_DEFAULTS.timeoutMs,
    maxImageBytes: options.maxImageBytes ?? PROVIDER_DEFAULTS.maxImageBytes,
    downloadTimeoutMs: options.downloadTimeoutMs ?? PROVIDER_DEFAULTS.downloadTimeoutMs,
    maxRedirects: options.maxRedirects ?? PROVIDER_DEFAULTS.maxRedirects,
    // Our own agent, not the process-wide one: a global dispatcher from another undici (Node's
    // bundled fetch) cannot send this undici's multipart bodies.
    dispatcher: options.dispatcher ?? sharedAgent(),
  };
}

let agent: Agent | undefined;
function sharedAgent(): Agent {
  agent ??= new Agent();
  return agent;
}

export interface ApiCall {
  method: 'GET' | 'POST';
  /** Appended to the base URL, which may carry a path prefix of its own (proxies). */
  path: string;
  json?: unknown;
  form?: FormData;
  signal: AbortSignal;
}

export interface ApiAnswer {
  body: unknown;
  requestId?: string;
}

/**
 * Sends one API request and returns its parsed JSON, or throws a ProviderError. Billing
 * (SPEC 4): an error answer cost nothing; a request that was sent and got no readable answer
 * (a timeout, a cut connection, a body that is not JSON) may have been billed.
 */
export async function callApi(settings: HttpSettings, call: ApiCall): Promise<ApiAnswer> {
  const { status, headers, text, spooled } = await send(settings, call);
  try {
    return answerOf(settings, status, headers, text);
  } catch (error) {
    await discardSpooled(spooled); // an answer that failed keeps no image on disk
    throw error;
  }
}

function answerOf(
  settings: HttpSettings,
  status: number,
  headers: IncomingHttpHeaders,
  text: string,
): ApiAnswer {
  const parsed = parseJson(text);
  const facts = errorFacts(parsed);
  const header = headerValue(headers, 'x-request-id') ?? headerValue(headers, 'request-id');
  const details = {
    status,
    retryAfterMs: parseRetryAfter(headers),
    requestId: providerValue(header ?? bodyRequestId(parsed), [settings.apiKey]),
  };
  if (status < 200 || status > 299) {
    const message = `answered HTTP ${status}: ${providerMessage(parsed, text, settings.apiKey)}`;
    throw failure(settings, message, classifyFailure({ ...facts, status }), {
      ...details,
      cause: 'http',
    });
  }
  if (parsed === undefined) {
    throw failure(settings, `answered HTTP ${status} with a body that is not JSON`, 'transient', {
      ...details,
      cause: 'bad-answer',
      billing: 'unknown',
    });
  }
  // An envelope {code, message, data} reports errors with code != 0, even on HTTP 200.
  if (isRecord(parsed) && 'code' in parsed && parsed.code !== 0 && parsed.code !== '0') {
    const message = `answered HTTP ${status} with error code ${describeCode(parsed.code)}: ${providerMessage(parsed, text, settings.apiKey)}`;
    throw failure(settings, message, classifyFailure(facts), {
      ...details,
      cause: 'error-envelope',
    });
  }
  return { body: parsed, requestId: details.requestId };
}

async function send(settings: HttpSettings, call: ApiCall) {
  const url = `${settings.baseUrl.replace(/\/+$/, '')}${call.path}`;
  const headers: Record<string, string> = {
    authorization: `Bearer ${settings.apiKey}`,
    accept: 'application/json',
  };
  if (call.json !== undefined) headers['content-type'] = 'application/json';
  const body = call.form ?? (call.json === undefined ? undefined : JSON.stringify(call.json));
  // b64_json answers carry a whole image, base64 being 4/3 of the bytes.
  const maxAnswerBytes = Math.ceil((settings.maxImageBytes * 4) / 3) + 2 ** 20;

  const subject = `${call.method} ${call.path}`;
  // Refused before a byte was sent: nothing can have been billed. Anything later may have been.
  const billing = (error: unknown): Billing =>
    NEVER_SENT.has(errorCode(error) ?? '') ? 'none' : 'unknown';
  const options = { billing };
  return withDeadline(
    settings,
    subject,
    settings.timeoutMs,
    call.signal,
    options,
    async (signal) => {
      const response = await request(url, {
        method: call.method,
        headers,
        body,
        signal,
        dispatcher: settings.dispatcher,
      });
      const status = response.statusCode;
      // A successful answer may carry a b64_json image: decoded to disk as it arrives.
      const spool = status >= 200 && status <= 299 ? new Base64Spool() : undefined;
      try {
        const text = await readText(settings, response.body, maxAnswerBytes, spool);
        return { status, headers: response.headers, text, spooled: spool?.tokens ?? [] };
      } catch (error) {
        await spool?.close().catch(() => {});
        await discardSpooled(spool?.tokens ?? []);
        throw error;
      }
    },
  );
}

const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string') return code;
  const inner = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  return typeof inner === 'string' ? inner : undefined;
}

/** The code, type and message of an error body: {error: {code, type, message}} or {code, message}. */
export function errorFacts(parsed: unknown): ErrorFacts {
  if (!isRecord(parsed)) return {};
  const error = isRecord(parsed.error) ? parsed.error : parsed;
  const message = [error.message, parsed.message, parsed.error].find(
    (value): value is string => typeof value === 'string',
  );
  return {
    ...(error.code !== undefined ? { code: error.code } : {}),
    ...(error.type !== undefined ? { type: error.type } : {}),
    ...(message !== undefined ? { message } : {}),
  };
}

/** `request_id` (Pixapi's error handling guide) or `requestId`, in the error or at the top. */
function bodyRequestId(parsed: unknown): string | undefined {
  if (!isRecord(parsed)) return undefined;
  const error = isRecord(parsed.error) ? parsed.error : {};
  return [error.request_id, error.requestId, parsed.request_id, parsed.requestId].find(
    (value): value is string => typeof value === 'string' && value !== '',
  );
}

/** The wait a provider asked for: retry-after-ms first (OpenAI's), then Retry-After (seconds or an HTTP date). */
export function parseRetryAfter(
  headers: IncomingHttpHeaders,
  now: number = Date.now(),
): number | undefined {
  const milliseconds = Number.parseFloat(headerValue(headers, 'retry-after-ms') ?? '');
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return Math.round(milliseconds);

  const value = headerValue(headers, 'retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * A ProviderError named after the provider, with the API key taken out of its message, on one
 * line without control characters: the provider's words end up in CI logs, where a line of
 * their own starting with `::` would be a workflow command, and in terminals.
 */
export function failure(
  settings: Pick<HttpSettings, 'provider' | 'apiKey'>,
  message: string,
  scope: FailureScope,
  details: {
    status?: number;
    retryAfterMs?: number;
    requestId?: string;
    cause?: FailureCause;
    billing?: Billing;
    delivery?: Delivery;
  } = {},
): ProviderError {
  return new ProviderError(
    oneLine(redactSecrets(`${settings.provider} ${message}`, [settings.apiKey])),
    scope,
    details.status,
    details.retryAfterMs,
    providerValue(details.requestId, [settings.apiKey]),
    details.cause ?? (details.status !== undefined ? 'http' : undefined),
    details.billing ?? 'none',
    details.delivery && deliveryValue(details.delivery, settings.apiKey),
  );
}

/** The same failure, with what it cost and what had been delivered before it. */
export function rebilled(
  error: ProviderError,
  billing: Billing,
  delivery?: Delivery,
): ProviderError {
  return new ProviderError(
    error.message,
    error.scope,
    error.status,
    error.retryAfterMs,
    error.requestId ?? delivery?.requestId,
    error.cause,
    billing,
    delivery ?? error.delivery,
  );
}

/** Longest result URL kept (signed URLs are long; a cut one would fetch nothing). */
const MAX_URL = 4096;

/**
 * A delivery made fit to journal and show (docs/reliability.md): the key out of every value,
 * ids cut to the lock file's limit; a URL that would need cutting is not kept at all.
 */
export function deliveryValue(delivery: Delivery, apiKey: string): Delivery {
  const url =
    delivery.url && delivery.url.length <= MAX_URL
      ? providerValue(delivery.url, [apiKey], MAX_URL)
      : undefined;
  const taskId = providerValue(delivery.taskId, [apiKey]);
  const requestId = providerValue(delivery.requestId, [apiKey]);
  return {
    ...(url ? { url } : {}),
    ...(taskId ? { taskId } : {}),
    ...(requestId ? { requestId } : {}),
  };
}

/**
 * Runs `work` (named by `subject` in errors) under a deadline. The caller's abort passes
 * through untouched (it is not a provider failure); a deadline or a network failure becomes
 * a transient ProviderError, of cause 'timeout' or 'network' unless `cause` names another
 * (an image download is a 'download' failure, whatever broke it), billed as `billing` says
 * of the error (SPEC 4: a request that may have reached the provider is 'unknown').
 */
export async function withDeadline<T>(
  settings: Pick<HttpSettings, 'provider' | 'apiKey'>,
  subject: string,
  timeoutMs: number,
  callerSignal: AbortSignal,
  options: { cause?: FailureCause; billing?: (error: unknown) => Billing },
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const deadline = AbortSignal.timeout(timeoutMs);
  const { cause } = options;
  try {
    return await work(AbortSignal.any([callerSignal, deadline]));
  } catch (error) {
    if (callerSignal.aborted) throw callerSignal.reason;
    if (deadline.aborted) {
      throw failure(
        settings,
        `${subject} got no complete answer within ${timeoutMs} ms`,
        'transient',
        { cause: cause ?? 'timeout', billing: options.billing?.(error) ?? 'none' },
      );
    }
    if (error instanceof ProviderError) throw error;
    throw failure(settings, `${subject} failed (${describeError(error)})`, 'transient', {
      cause: cause ?? 'network',
      billing: options.billing?.(error) ?? 'none',
    });
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readText(
  settings: HttpSettings,
  body: Readable,
  maxBytes: number,
  spool: Base64Spool | undefined,
): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      body.destroy();
      throw failure(settings, `answer is larger than ${maxBytes} bytes`, 'transient', {
        cause: 'bad-answer',
      });
    }
    if (!spool) chunks.push(chunk as Buffer);
    else
      await spool.push(chunk as Buffer).catch((error: unknown) => {
        throw badImage(settings, error);
      });
  }
  if (!spool) return Buffer.concat(chunks).toString('utf8');
  await spool.close();
  try {
    return spool.text();
  } catch (error) {
    throw badImage(settings, error);
  }
}

/** A b64_json value that is not base64 is a bad answer, like any malformed one. */
function badImage(settings: HttpSettings, error: unknown): ProviderError {
  return failure(settings, `answered a bad image: ${(error as Error).message}`, 'transient', {
    cause: 'bad-answer',
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The provider's own words: {error: {message, code, type}}, {code, message}, or the raw text;
 * at most 500 characters of them, redacted before the cut so that a cut cannot leave part of
 * the key.
 */
function providerMessage(parsed: unknown, text: string, secret: string): string {
  const words = providerWords(parsed) ?? text.trim();
  const redacted = redactSecrets(words, [secret]);
  if (!redacted) return '(empty body)';
  return redacted.length > 500 ? `${redacted.slice(0, 500)}…` : redacted;
}

function providerWords(parsed: unknown): string | undefined {
  if (isRecord(parsed) && isRecord(parsed.error)) {
    const { message, code, type } = parsed.error;
    const label = [code, type].find((value) => typeof value === 'string' && value);
    if (typeof message === 'string' && message) return label ? `${message} (${label})` : message;
  }
  if (isRecord(parsed) && typeof parsed.message === 'string' && parsed.message) {
    return parsed.message;
  }
  if (isRecord(parsed) && typeof parsed.error === 'string' && parsed.error) return parsed.error;
  return undefined;
}

/** A code from a body, as the provider wrote it (a string or a number), or its JSON, cut short. */
export function describeCode(code: unknown): string {
  const text =
    typeof code === 'string' || typeof code === 'number' ? String(code) : JSON.stringify(code);
  const shown = text === undefined ? String(code) : text;
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
