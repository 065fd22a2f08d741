// Which GitHub API errors are rate limits, and how long they ask us to wait: one pure rule
// for the Octokit plugins (waits and retries) and for what a failed call means to the user
// (a rate limit is a warning to try later, never a fork's read-only token). GitHub's rules:
// https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-primary-rate-limit
// https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#handle-rate-limit-errors-appropriately

export interface ApiFailure {
  status?: number;
  message?: string;
  headers?: Record<string, string | number | undefined>;
}

export interface RateLimit {
  kind: 'primary' | 'secondary';
  /** Seconds GitHub asks for before the next try. */
  retryAfterSeconds: number;
}

/** GitHub's advice when a rate-limit answer gives no time: wait at least a minute. */
const DEFAULT_WAIT_SECONDS = 60;

/**
 * Secondary limits say so in the message; the older wording, "abuse detection mechanism",
 * is still sent by GitHub Enterprise Server and older endpoints.
 */
const SECONDARY_MESSAGE = /secondary rate limit|abuse detection|abuse rate limit/i;
const PRIMARY_MESSAGE = /\bAPI rate limit exceeded\b|\brate limit exceeded\b/i;

export function rateLimitOf(failure: ApiFailure, now: number = Date.now()): RateLimit | undefined {
  const { status, message = '' } = failure;
  if (status !== 403 && status !== 429) return undefined;
  const header = (name: string) => {
    const value = failure.headers?.[name];
    return value === undefined ? undefined : String(value);
  };
  const retryAfter = Number(header('retry-after'));
  const exhausted = header('x-ratelimit-remaining') === '0';
  const secondary = SECONDARY_MESSAGE.test(message);
  if (!secondary && !exhausted && !PRIMARY_MESSAGE.test(message) && status !== 429) {
    return undefined; // a 403 that is about permissions
  }
  const kind = exhausted && !secondary ? 'primary' : 'secondary';
  if (Number.isFinite(retryAfter) && retryAfter >= 0)
    return { kind, retryAfterSeconds: retryAfter };
  const reset = Number(header('x-ratelimit-reset'));
  if (exhausted && Number.isFinite(reset) && reset > 0) {
    // One second past the reset, as GitHub's docs advise.
    return { kind, retryAfterSeconds: Math.max(0, Math.ceil(reset - now / 1000) + 1) };
  }
  return { kind, retryAfterSeconds: DEFAULT_WAIT_SECONDS };
}

/** The failure's status, message and headers, from an Octokit RequestError or anything else. */
export function apiFailureOf(error: unknown): ApiFailure {
  if (typeof error !== 'object' || error === null) return {};
  const { status, message, response } = error as {
    status?: unknown;
    message?: unknown;
    response?: { headers?: Record<string, string | number | undefined> };
  };
  return {
    ...(typeof status === 'number' ? { status } : {}),
    ...(typeof message === 'string' ? { message } : {}),
    ...(response?.headers ? { headers: response.headers } : {}),
  };
}

/**
 * A call that may work later: a rate limit, a server error or no answer at all. After the
 * retries these are reported as warnings where the call was optional (the cost comment).
 */
export function isUnavailable(error: unknown): boolean {
  const failure = apiFailureOf(error);
  if (rateLimitOf(failure)) return true;
  // Octokit reports a connection that failed as status 500.
  return failure.status !== undefined && failure.status >= 500;
}
