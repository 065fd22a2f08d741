// How far a provider's error reaches (SPEC 6, docs/providers.md#failures): one pure function
// for HTTP answers, {code, message} envelopes and failed tasks alike, reading the status, the
// error code (a number or a string), its type and, for what only the words say (an unknown
// model, a relay without a channel, a parameter the model does not take), the message.
import type { FailureScope } from './types.js';

export interface ErrorFacts {
  /** The HTTP status of the answer; undefined for an envelope on HTTP 200 or a failed task. */
  status?: number;
  /** `error.code` or the envelope's `code`: a number (400, 402) or a string (model_not_found). */
  code?: unknown;
  /** `error.type` (invalid_request_error, insufficient_credits). */
  type?: unknown;
  /** The provider's message. */
  message?: string;
}

// Pixapi's error types (https://pixapi.ai/docs/errors/) and the OpenAI-style names relays use.
const CODE_SCOPES: Readonly<Record<string, FailureScope>> = {
  unauthorized: 'run',
  invalid_api_key: 'run',
  authentication_error: 'run',
  insufficient_credits: 'run',
  insufficient_quota: 'run',
  insufficient_balance: 'run',
  payment_required: 'run',
  model_not_found: 'model',
  prompt_rejected: 'asset',
  content_policy_violation: 'asset',
  moderation_blocked: 'asset',
  rate_limited: 'transient',
  rate_limit_exceeded: 'transient',
  internal_error: 'transient',
  server_error: 'transient',
  model_unavailable: 'transient',
  service_unavailable: 'transient',
  timeout: 'transient',
};

const INVALID_REQUEST = new Set(['invalid_request_error', 'invalid_request', 'bad_request']);
const TRANSIENT_STATUSES = new Set([408, 409, 425, 429]);

/**
 * The model id itself is the problem: unknown, retired, or a relay with no channel for it
 * (one-api / new-api relays answer 503 "no available channel for model ..."). A model that is
 * only busy ("temporarily unavailable") is not matched.
 */
const MODEL_WORDS =
  /no (?:available )?channels?\b|unknown model|invalid model|unsupported model|model[^.;]{0,80}?\b(?:not found|does not exist|doesn't exist|not exist|is not supported|not supported|unknown|retired|deprecated|shut down|not available for)/i;

/** A parameter the model does not take: its ratio, tier or size, or the number of references. */
const PARAMETER_WORDS =
  /aspect|ratio|image_size|\bsize\b|resolution|\btier\b|reference|too many (?:input )?images|number of images|image count|at most \d+ images|max(?:imum)? (?:of )?\d+ (?:input )?images/i;

function words(facts: ErrorFacts): string[] {
  return [facts.code, facts.type]
    .filter((value): value is string => typeof value === 'string' && value !== '')
    .map((value) => value.trim().toLowerCase());
}

/** An HTTP-like number in the code (400, "402") stands for that status. */
function statusOf(facts: ErrorFacts): number | undefined {
  if (facts.status !== undefined) return facts.status;
  const code = typeof facts.code === 'string' ? Number(facts.code) : facts.code;
  return typeof code === 'number' && Number.isInteger(code) && code >= 400 && code <= 599
    ? code
    : undefined;
}

export function classifyFailure(facts: ErrorFacts): FailureScope {
  const named = words(facts);
  const status = statusOf(facts);
  const message = facts.message ?? '';
  const scopes = named.map((word) => CODE_SCOPES[word]).filter((scope) => scope !== undefined);

  if (scopes.includes('run') || status === 401 || status === 402) return 'run';
  if (scopes.includes('model') || status === 404) return 'model';
  const modelWordsCount = status === undefined || status === 400 || status === 503;
  if (modelWordsCount && MODEL_WORDS.test(message)) return 'model';
  if (scopes.includes('asset')) return 'asset';
  if (scopes.includes('transient')) return 'transient';
  if (status !== undefined && (TRANSIENT_STATUSES.has(status) || status >= 500)) return 'transient';
  const invalidRequest = status === 400 || named.some((word) => INVALID_REQUEST.has(word));
  if (invalidRequest && PARAMETER_WORDS.test(message)) return 'parameter';
  if (invalidRequest || (status !== undefined && status >= 400)) return 'asset';
  // A code that says nothing known about the request: another attempt may well succeed.
  return 'transient';
}
