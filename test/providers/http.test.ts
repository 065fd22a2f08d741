import { describe, expect, it } from 'vitest';
import { httpSettings, PROVIDER_DEFAULTS, parseRetryAfter } from '../../src/providers/http.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');

  it.each([
    [{ 'retry-after': '5' }, 5_000],
    [{ 'retry-after': '0.5' }, 500],
    [{ 'retry-after': 'Thu, 01 Jan 2026 00:00:07 GMT' }, 7_000],
    [{ 'retry-after': 'Wed, 31 Dec 2025 23:59:00 GMT' }, 0],
    [{ 'retry-after-ms': '250' }, 250],
    [{ 'retry-after-ms': '250', 'retry-after': '9' }, 250],
    [{ 'retry-after-ms': 'soon', 'retry-after': '9' }, 9_000],
    [{ 'retry-after': 'whenever' }, undefined],
    [{}, undefined],
  ])('reads %j as %s ms', (headers, expected) => {
    expect(parseRetryAfter(headers, now)).toBe(expected);
  });
});

describe('httpSettings', () => {
  it('fills the defaults', () => {
    expect(httpSettings('pixapi', 'https://api.pixapi.ai', { apiKey: 'k' })).toMatchObject({
      provider: 'pixapi',
      baseUrl: 'https://api.pixapi.ai',
      timeoutMs: PROVIDER_DEFAULTS.timeoutMs,
      maxImageBytes: 64 * 2 ** 20,
      maxRedirects: 10,
    });
  });

  it('needs a key', () => {
    expect(() => httpSettings('pixapi', 'https://api.pixapi.ai', {})).toThrow(/needs an API key/);
  });

  it.each(['ftp://example.com', 'not a url', 'http://'])('refuses the base URL %s', (baseUrl) => {
    expect(() => httpSettings('nanobanana', 'https://x', { apiKey: 'k', baseUrl })).toThrow(
      /base-url must be an http\(s\) URL/,
    );
  });
});
