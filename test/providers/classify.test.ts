// SPEC 6's failure scopes, one row per case the providers document or relays are seen to
// answer: HTTP statuses, string and numeric codes, envelopes and failed tasks alike.
import { describe, expect, it } from 'vitest';
import { classifyFailure, type ErrorFacts } from '../../src/providers/classify.js';
import type { FailureScope } from '../../src/providers/types.js';

const CASES: [string, ErrorFacts, FailureScope][] = [
  // Bare HTTP statuses.
  ['400 without words', { status: 400 }, 'asset'],
  ['401 invalid key', { status: 401 }, 'run'],
  ['402 insufficient credits', { status: 402 }, 'run'],
  ['403 forbidden', { status: 403 }, 'asset'],
  ['404 retired model', { status: 404 }, 'model'],
  ['408 request timeout', { status: 408 }, 'transient'],
  ['409 conflict', { status: 409 }, 'transient'],
  ['422 moderation', { status: 422 }, 'asset'],
  ['429 rate limited', { status: 429 }, 'transient'],
  ['500', { status: 500 }, 'transient'],
  ['502', { status: 502 }, 'transient'],
  ['503', { status: 503 }, 'transient'],
  ['504', { status: 504 }, 'transient'],
  // Pixapi's documented errors (https://pixapi.ai/docs/errors/).
  [
    '400 invalid_request_error',
    { status: 400, code: 400, type: 'invalid_request_error', message: 'prompt is required' },
    'asset',
  ],
  ['401 unauthorized', { status: 401, type: 'unauthorized', message: 'Missing API key' }, 'run'],
  ['402 insufficient_credits', { status: 402, code: 'insufficient_credits' }, 'run'],
  [
    '404 model_not_found',
    { status: 404, code: 'model_not_found', message: 'The model id is unknown or unavailable.' },
    'model',
  ],
  ['422 prompt_rejected', { status: 422, code: 'prompt_rejected' }, 'asset'],
  ['429 rate_limited', { status: 429, code: 'rate_limited' }, 'transient'],
  ['500 internal_error', { status: 500, code: 'internal_error' }, 'transient'],
  [
    '503 model_unavailable, temporarily',
    {
      status: 503,
      code: 'model_unavailable',
      message: 'The selected model is temporarily unavailable.',
    },
    'transient',
  ],
  // The same codes inside an HTTP 200 envelope or a failed task: no status at all.
  [
    'envelope insufficient_credits',
    { code: 'insufficient_credits', message: 'Not enough credits' },
    'run',
  ],
  ['task prompt_rejected', { code: 'prompt_rejected', message: 'violates policy' }, 'asset'],
  ['task model_not_found', { code: 'model_not_found' }, 'model'],
  ['task rate_limited', { code: 'rate_limited' }, 'transient'],
  ['envelope numeric 401', { code: 401, message: 'invalid token' }, 'run'],
  ['envelope numeric "402"', { code: '402' }, 'run'],
  ['envelope numeric 422', { code: 422 }, 'asset'],
  ['envelope numeric 404', { code: 404, message: 'model not found' }, 'model'],
  ['envelope numeric 503', { code: 503 }, 'transient'],
  ['envelope unknown code 7', { code: 7, message: 'generation failed' }, 'transient'],
  ['task without a code', { message: 'generation failed' }, 'transient'],
  ['unknown string code', { code: 'generation_failed' }, 'transient'],
  ['upper-case code', { code: 'INSUFFICIENT_CREDITS' }, 'run'],
  // Relays (one-api / new-api) for a model id they have no channel for.
  [
    '503 no available channel',
    {
      status: 503,
      message: 'No available channel for model gemini-3-pro-image-preview under group default',
    },
    'model',
  ],
  [
    '400 unknown model',
    { status: 400, message: 'Unknown model: gemini-3-pro-image-preview' },
    'model',
  ],
  ['400 model does not exist', { status: 400, message: 'The model `x` does not exist' }, 'model'],
  ['envelope no channel', { code: 1, message: 'no available channels' }, 'model'],
  [
    '500 mentioning a model is still transient',
    { status: 500, message: 'model not found in cache' },
    'transient',
  ],
  // A 400 about a parameter the model does not take (SPEC 6: falls back from a fallback).
  ['400 ratio', { status: 400, message: 'aspect ratio 21:9 is not supported' }, 'parameter'],
  ['400 image_size', { status: 400, message: 'invalid image_size' }, 'parameter'],
  [
    '400 tier',
    { status: 400, message: 'resolution 4K is not available for this tier' },
    'parameter',
  ],
  [
    '400 too many references',
    { status: 400, message: 'too many images: at most 3 images' },
    'parameter',
  ],
  [
    'task invalid_request about size',
    { type: 'invalid_request_error', message: 'size must be WIDTHxHEIGHT' },
    'parameter',
  ],
  ['400 prompt too long is the asset', { status: 400, message: 'prompt is too long' }, 'asset'],
  [
    '422 about the size is still moderation',
    { status: 422, message: 'image size rejected' },
    'asset',
  ],
];

describe('classifyFailure', () => {
  it.each(CASES)('%s', (_name, facts, scope) => {
    expect(classifyFailure(facts)).toBe(scope);
  });

  it('maps every code SPEC 6 names, as a string and in an answer without a status', () => {
    const expected: Record<string, FailureScope> = {
      invalid_request_error: 'asset',
      unauthorized: 'run',
      insufficient_credits: 'run',
      model_not_found: 'model',
      prompt_rejected: 'asset',
      rate_limited: 'transient',
      model_unavailable: 'transient',
      internal_error: 'transient',
    };
    for (const [code, scope] of Object.entries(expected)) {
      expect(classifyFailure({ code }), code).toBe(scope);
      expect(classifyFailure({ type: code }), code).toBe(scope);
    }
  });
});
