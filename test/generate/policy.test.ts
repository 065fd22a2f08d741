// The retry decision (SPEC 6) as a table: one failure in one state, one decision.
import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  type Decision,
  type Failure,
  type FailureState,
  FETCHES_AGAIN,
  type RetryPolicy,
  TASK_POLLS_AGAIN,
  WaitBudget,
  waitBeforeRetry,
} from '../../src/generate/policy.js';

const policy: RetryPolicy = {
  retriesPerModel: 2,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  totalWaitMs: 60_000,
};

const state = (overrides: Partial<FailureState> = {}): FailureState => ({
  attemptsOnModel: 1,
  primary: true,
  circuitOpen: false,
  waitLeftMs: 60_000,
  jitter: 0.5,
  ...overrides,
});

const failure = (scope: Failure['scope'], overrides: Partial<Failure> = {}): Failure => ({
  scope,
  status: '503',
  message: 'down',
  ...overrides,
});

const retry = (delayMs: number): Decision => ({ action: 'retry', delayMs });
const next = (why: string, retire = false): Decision => ({ action: 'next-model', retire, why });

const cases: [string, FailureState, Failure, Decision][] = [
  ['401/402 stop the run', state(), failure('run', { status: '401' }), { action: 'stop-run' }],
  [
    '422 moderation fails the asset',
    state(),
    failure('asset', { status: '422' }),
    { action: 'fail-asset' },
  ],
  [
    'a retired model: next at once, dead for the run',
    state(),
    failure('model', { status: '404' }),
    next('not served by the provider', true),
  ],
  [
    '…even as a fallback, even with retries left',
    state({ primary: false }),
    failure('model'),
    next('not served by the provider', true),
  ],
  [
    'a parameter the primary does not take fails the asset',
    state(),
    failure('parameter', { status: '400' }),
    { action: 'fail-asset' },
  ],
  [
    'a parameter a fallback does not take falls back',
    state({ primary: false }),
    failure('parameter'),
    next('does not take this request'),
  ],
  ['transient, first failure: backoff with full jitter', state(), failure('transient'), retry(250)],
  [
    'transient, second failure: the ceiling doubles',
    state({ attemptsOnModel: 2 }),
    failure('transient'),
    retry(500),
  ],
  [
    'transient, retries used up: next model',
    state({ attemptsOnModel: 3 }),
    failure('transient'),
    next('retries used up'),
  ],
  [
    'transient on an open circuit: next model',
    state({ circuitOpen: true }),
    failure('transient'),
    next('circuit open'),
  ],
  ['Retry-After is honoured', state(), failure('transient', { retryAfterMs: 3_000 }), retry(3_000)],
  [
    'an absurd Retry-After is capped',
    state(),
    failure('transient', { retryAfterMs: 9e15 }),
    retry(8_000),
  ],
  [
    'a negative Retry-After is ignored: backoff stays on',
    state(),
    failure('transient', { retryAfterMs: -5_000 }),
    retry(250),
  ],
  [
    'a NaN Retry-After is ignored',
    state(),
    failure('transient', { retryAfterMs: Number.NaN }),
    retry(250),
  ],
  [
    'a wait that does not fit the budget: next model',
    state({ waitLeftMs: 2_999 }),
    failure('transient', { retryAfterMs: 3_000 }),
    next('wait budget used up'),
  ],
  [
    'a wait past the deadline: next model',
    state({ deadlineLeftMs: 3_000 }),
    failure('transient', { retryAfterMs: 3_000 }),
    next('the run deadline comes first'),
  ],
  [
    'a wait before the deadline: retry',
    state({ deadlineLeftMs: 3_001 }),
    failure('transient', { retryAfterMs: 3_000 }),
    retry(3_000),
  ],
  [
    'a delivered image whose download failed: fetched again, nothing bought',
    state(),
    failure('transient', { status: 'image-download', refetch: { url: 'https://cdn/x.png' } }),
    { action: 'fetch-again', delayMs: 250 },
  ],
  [
    '…on an open circuit too: it is paid for',
    state({ circuitOpen: true, attemptsOnModel: 3, fetchedAgain: 1 }),
    failure('transient', { status: 'image-download', refetch: { url: 'https://cdn/x.png' } }),
    { action: 'fetch-again', delayMs: 500 },
  ],
  [
    'an async task given up at its deadline: polled again once, then a new request',
    state({ fetchedAgain: TASK_POLLS_AGAIN }),
    failure('transient', { status: 'timeout', refetch: { taskId: 'task_1' } }),
    retry(250),
  ],
  [
    '…its first poll again',
    state(),
    failure('transient', { status: 'timeout', refetch: { taskId: 'task_1' } }),
    { action: 'fetch-again', delayMs: 250 },
  ],
  [
    'fetches used up: a new request',
    state({ fetchedAgain: FETCHES_AGAIN }),
    failure('transient', { status: 'image-download', refetch: { url: 'https://cdn/x.png' } }),
    retry(250),
  ],
  [
    'no time left to wait: fetched again at once (it sends no request)',
    state({ waitLeftMs: 100, deadlineLeftMs: 50 }),
    failure('transient', { status: 'image-download', refetch: { url: 'https://cdn/x.png' } }),
    { action: 'fetch-again', delayMs: 0 },
  ],
];

describe('afterFailure', () => {
  it.each(cases)('%s', (_name, given, failed, expected) => {
    expect(afterFailure(given, failed, policy)).toEqual(expected);
  });
});

describe('waitBeforeRetry', () => {
  it('caps the backoff ceiling at the longest wait', () => {
    expect(waitBeforeRetry(10, undefined, policy, 0.999_999)).toBe(7_999);
    expect(waitBeforeRetry(60, undefined, policy, 0.5)).toBe(4_000);
  });

  it('spreads real draws over the whole window (no lockstep)', () => {
    const draws = Array.from({ length: 2_000 }, () =>
      waitBeforeRetry(3, undefined, policy, Math.random()),
    );
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(2_000);
    expect(new Set(draws).size).toBeGreaterThan(500);
  });

  it('takes a Retry-After of 0 as "now"', () => {
    expect(waitBeforeRetry(4, 0, policy, 0.9)).toBe(0);
  });
});

describe('WaitBudget', () => {
  it('takes waits while they fit and refuses the one that does not', () => {
    const budget = new WaitBudget(10_000);
    expect(budget.take(4_000)).toBe(true);
    expect(budget.take(6_000)).toBe(true);
    expect(budget.take(1)).toBe(false);
    expect(budget.spentMs).toBe(10_000);
  });

  it('charges waits that happened (pacing), which leaves less for backoff', () => {
    const budget = new WaitBudget(1_000);
    budget.charge(900);
    expect(budget.take(200)).toBe(false);
    budget.charge(500);
    expect(budget.remainingMs).toBe(0);
  });
});
