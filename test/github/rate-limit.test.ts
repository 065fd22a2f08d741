import { describe, expect, it } from 'vitest';
import { isUnavailable, rateLimitOf } from '../../src/github/rate-limit.js';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const nowSeconds = NOW / 1000;

// Answers as GitHub sends them (docs.github.com rate-limits-for-the-rest-api), and a 403 that
// is only about permissions.
describe('rateLimitOf', () => {
  const cases: [string, Parameters<typeof rateLimitOf>[0], ReturnType<typeof rateLimitOf>][] = [
    [
      'primary: 403 with x-ratelimit-remaining 0 waits until one second past the reset',
      {
        status: 403,
        message: 'API rate limit exceeded for installation ID 1.',
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(nowSeconds + 30) },
      },
      { kind: 'primary', retryAfterSeconds: 31 },
    ],
    [
      'primary as 429',
      {
        status: 429,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(nowSeconds + 5) },
      },
      { kind: 'primary', retryAfterSeconds: 6 },
    ],
    [
      'secondary: 403 with retry-after',
      {
        status: 403,
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes.',
        headers: { 'retry-after': '7' },
      },
      { kind: 'secondary', retryAfterSeconds: 7 },
    ],
    [
      'secondary without any header: at least a minute',
      { status: 403, message: 'You have exceeded a secondary rate limit.' },
      { kind: 'secondary', retryAfterSeconds: 60 },
    ],
    [
      'the older "abuse detection" 403 is a rate limit, not a read-only token',
      {
        status: 403,
        message: 'You have triggered an abuse detection mechanism. Please wait a few minutes.',
        headers: { 'retry-after': '2' },
      },
      { kind: 'secondary', retryAfterSeconds: 2 },
    ],
    [
      'a bare 429 with retry-after',
      { status: 429, message: 'Too Many Requests', headers: { 'retry-after': '3' } },
      { kind: 'secondary', retryAfterSeconds: 3 },
    ],
    [
      "a fork's read-only token",
      { status: 403, message: 'Resource not accessible by integration' },
      undefined,
    ],
    ['a 404', { status: 404, message: 'Not Found' }, undefined],
    ['a 502', { status: 502, message: 'Server Error' }, undefined],
  ];
  it.each(cases)('%s', (_name, failure, expected) => {
    expect(rateLimitOf(failure, NOW)).toEqual(expected);
  });
});

describe('isUnavailable', () => {
  it('is true for rate limits and server errors, false for refusals and bugs', () => {
    expect(isUnavailable({ status: 502, message: 'x' })).toBe(true);
    expect(isUnavailable({ status: 429, message: 'x' })).toBe(true);
    expect(isUnavailable({ status: 403, message: 'Resource not accessible by integration' })).toBe(
      false,
    );
    expect(isUnavailable({ status: 401, message: 'Bad credentials' })).toBe(false);
    expect(isUnavailable(new TypeError('x is undefined'))).toBe(false);
  });
});
