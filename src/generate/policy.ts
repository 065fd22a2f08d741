// What to do after a failed attempt (SPEC 6): one pure decision, tested by a table of cases.
// The chain asks it; nothing else decides whether to retry, fall back or stop.
import type { Delivery, FailureScope } from '../providers/types.js';

export interface RetryPolicy {
  /** Retries of the same model after its first attempt. */
  retriesPerModel: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** All the waiting one asset may do (backoff, Retry-After, rate-limit pacing, open circuits). */
  totalWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retriesPerModel: 2,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  totalWaitMs: 120_000,
};

/** A failed attempt as the policy sees it. */
export interface Failure {
  scope: FailureScope;
  /** The attempt's label: an HTTP status, or what went wrong (timeout, invalid-image, ...). */
  status: string;
  message: string;
  /** The provider's Retry-After / retry-after-ms, as it sent it (may be negative or absurd). */
  retryAfterMs?: number;
  /**
   * Where to fetch the image again without a new request (docs/reliability.md): the URL of an
   * image delivered (and billed) whose download failed in a way another may not, or the id of
   * an async task given up at its deadline, which may still deliver (and be billed).
   */
  refetch?: Delivery;
}

/** Downloads of one delivered image after its first failed: it was paid for once. */
export const FETCHES_AGAIN = 2;
/** Polls of an async task again after its deadline: each may take a whole deadline. */
export const TASK_POLLS_AGAIN = 1;

export interface FailureState {
  /** Attempts this asset has made on this model, the failed one included (1 after the first). */
  attemptsOnModel: number;
  /** The model is the asset's first (a parameter it does not take then fails the asset). */
  primary: boolean;
  /** The model's circuit opened (with this failure or another asset's). */
  circuitOpen: boolean;
  /** What is left of the asset's wait budget. */
  waitLeftMs: number;
  /** Time left before the run's deadline; undefined when there is none. */
  deadlineLeftMs?: number;
  /** A uniform draw in [0, 1) for the backoff's jitter (drawn by the caller: this stays pure). */
  jitter: number;
  /** Downloads of this failure's delivered image made again so far (0 after the first). */
  fetchedAgain?: number;
}

export type Decision =
  | { action: 'retry'; delayMs: number }
  /** Download the delivered image again after the delay: no new request, nothing paid. */
  | { action: 'fetch-again'; delayMs: number }
  /** `retire`: the model is not served: dead for the rest of the run. */
  | { action: 'next-model'; retire: boolean; why: string }
  | { action: 'fail-asset' }
  | { action: 'stop-run' };

export function afterFailure(
  state: FailureState,
  failure: Failure,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Decision {
  switch (failure.scope) {
    case 'run':
      return { action: 'stop-run' };
    case 'asset':
      return { action: 'fail-asset' };
    case 'model':
      return { action: 'next-model', retire: true, why: 'not served by the provider' };
    case 'parameter':
      return state.primary
        ? { action: 'fail-asset' }
        : { action: 'next-model', retire: false, why: 'does not take this request' };
    case 'transient':
      break;
  }
  // Paid for already: fetching it again comes before any new request, open circuit or not,
  // and at once when there is no time left to wait (it sends no request).
  const fetchedAgain = state.fetchedAgain ?? 0;
  const fetches = failure.refetch?.url ? FETCHES_AGAIN : TASK_POLLS_AGAIN;
  if (failure.refetch && fetchedAgain < fetches) {
    const delayMs = waitBeforeRetry(fetchedAgain + 1, undefined, policy, state.jitter);
    return { action: 'fetch-again', delayMs: fits(delayMs, state) ? delayMs : 0 };
  }
  if (state.circuitOpen) {
    return { action: 'next-model', retire: false, why: 'circuit open' };
  }
  if (state.attemptsOnModel > policy.retriesPerModel) {
    return { action: 'next-model', retire: false, why: 'retries used up' };
  }
  const delayMs = waitBeforeRetry(
    state.attemptsOnModel,
    failure.retryAfterMs,
    policy,
    state.jitter,
  );
  if (delayMs > state.waitLeftMs) {
    return { action: 'next-model', retire: false, why: 'wait budget used up' };
  }
  if (!fits(delayMs, state)) {
    return { action: 'next-model', retire: false, why: 'the run deadline comes first' };
  }
  return { action: 'retry', delayMs };
}

function fits(delayMs: number, state: FailureState): boolean {
  if (delayMs > state.waitLeftMs) return false;
  return state.deadlineLeftMs === undefined || delayMs < state.deadlineLeftMs;
}

/**
 * The wait before retry number `retry` (1 for the first): the provider's Retry-After when it
 * is a sane number (clamped to the policy's longest wait; a negative or non-numeric one is
 * ignored, so it cannot turn backoff off), else exponential backoff with full jitter, so that
 * requests that failed together do not retry in lockstep.
 */
export function waitBeforeRetry(
  retry: number,
  retryAfterMs: number | undefined,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
  jitter: number,
): number {
  if (retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs >= 0) {
    return Math.min(retryAfterMs, policy.maxDelayMs);
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(jitter * ceiling);
}

/**
 * The total an asset may spend waiting. A wait that does not fit is not taken (the caller
 * falls back instead of sleeping through the budget); a wait that already happened (pacing,
 * a queue) is charged whatever it was.
 */
export class WaitBudget {
  #spentMs = 0;

  constructor(readonly totalMs: number) {}

  get spentMs(): number {
    return this.#spentMs;
  }

  get remainingMs(): number {
    return Math.max(0, this.totalMs - this.#spentMs);
  }

  /** Records the wait and returns true when it fits in what is left; false (nothing recorded) otherwise. */
  take(delayMs: number): boolean {
    if (delayMs > this.remainingMs) return false;
    this.#spentMs += delayMs;
    return true;
  }

  /** Records a wait that has happened. */
  charge(delayMs: number): void {
    this.#spentMs += Math.max(0, delayMs);
  }
}
