// How long to wait before a retry: exponential backoff with full jitter, so that parallel
// requests that failed together do not retry in lockstep; or the provider's own Retry-After.

export interface BackoffOptions {
  /** Ceiling of the first retry's wait; each later retry doubles it. */
  baseMs: number;
  /** No single wait is longer, whatever the attempt or the provider asked. */
  maxMs: number;
  /** The provider's Retry-After / retry-after-ms, when it gave one. */
  retryAfterMs?: number;
  /** Uniform in [0, 1); injectable for tests. */
  random?: () => number;
}

/** The wait before retry number `retry` (1 for the first retry), in milliseconds. */
export function retryDelay(retry: number, options: BackoffOptions): number {
  const { baseMs, maxMs, retryAfterMs, random = Math.random } = options;
  if (retryAfterMs !== undefined) return Math.min(Math.max(0, retryAfterMs), maxMs);
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * The total an asset may spend waiting between attempts. A wait that does not fit is not
 * taken: the caller falls back to the next model instead of sleeping through the budget.
 */
export class WaitBudget {
  #spentMs = 0;

  constructor(readonly totalMs: number) {}

  get spentMs(): number {
    return this.#spentMs;
  }

  get remainingMs(): number {
    return this.totalMs - this.#spentMs;
  }

  /** Records the wait and returns true when it fits in what is left; false (nothing recorded) otherwise. */
  take(delayMs: number): boolean {
    if (delayMs > this.remainingMs) return false;
    this.#spentMs += delayMs;
    return true;
  }
}
