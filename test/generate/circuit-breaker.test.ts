// Unit tests of src/generate/breaker.ts (the run-level behaviour is in breaker.test.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../src/generate/breaker.js';

const MODEL = 'gemini-3-pro-image';
let now: number;
let breaker: CircuitBreaker;

beforeEach(() => {
  now = 1_000_000;
  breaker = new CircuitBreaker({ threshold: 3, coolDownMs: 60_000, now: () => now });
});

/** One transient failure for each of `count` assets. */
const failTimes = (count: number, model = MODEL) => {
  for (let i = 0; i < count; i++) breaker.record(model, 'transient', `asset-${i}`);
};

describe('CircuitBreaker', () => {
  it('stays closed below the threshold', () => {
    failTimes(2);
    expect(breaker.state(MODEL)).toBe('closed');
    expect(breaker.tryAcquire(MODEL)).toBe(true);
  });

  it('opens after N consecutive transient failures and is skipped during the cool-down', () => {
    failTimes(3);
    expect(breaker.state(MODEL)).toBe('open');
    expect(breaker.tryAcquire(MODEL)).toBe(false);
    now += 59_999;
    expect(breaker.tryAcquire(MODEL)).toBe(false);
  });

  it('counts assets, not the retries of one asset', () => {
    for (let i = 0; i < 10; i++) breaker.record(MODEL, 'transient', 'hero');
    expect(breaker.state(MODEL)).toBe('closed');
    failTimes(2);
    expect(breaker.state(MODEL)).toBe('open');
  });

  it('says how long until a trial, and when one model is closed already', () => {
    failTimes(3);
    now += 10_000;
    expect(breaker.nextChanceInMs([MODEL])).toBe(50_000);
    expect(breaker.nextChanceInMs([MODEL, 'gpt-image-2'])).toBe(0);
    now += 50_000;
    breaker.tryAcquire(MODEL); // the trial is out: the next chance is when it lapses
    expect(breaker.nextChanceInMs([MODEL])).toBe(60_000);
  });

  it('wakes a waiter when an outcome is recorded', async () => {
    const woken = breaker.changed();
    breaker.record(MODEL, 'success', 'x');
    await expect(woken).resolves.toBeUndefined();
  });

  it('counts only consecutive failures: a success resets the count', () => {
    failTimes(2);
    breaker.record(MODEL, 'success', 'x');
    failTimes(2);
    expect(breaker.state(MODEL)).toBe('closed');
  });

  it('does not count asset or run failures against the model', () => {
    failTimes(2);
    breaker.record(MODEL, 'asset', 'x');
    failTimes(2);
    breaker.record(MODEL, 'run', 'x');
    expect(breaker.state(MODEL)).toBe('closed');
  });

  it('keeps each model to itself', () => {
    failTimes(3);
    expect(breaker.tryAcquire('gpt-image-2')).toBe(true);
  });

  it('is half-open after the cool-down and lets exactly one trial through', () => {
    failTimes(3);
    now += 60_000;
    expect(breaker.state(MODEL)).toBe('half-open');
    expect(breaker.tryAcquire(MODEL)).toBe(true);
    expect(breaker.tryAcquire(MODEL)).toBe(false);
  });

  it('closes when the trial succeeds', () => {
    failTimes(3);
    now += 60_000;
    breaker.tryAcquire(MODEL);
    breaker.record(MODEL, 'success', 'x');
    expect(breaker.state(MODEL)).toBe('closed');
    expect(breaker.tryAcquire(MODEL)).toBe(true);
    expect(breaker.tryAcquire(MODEL)).toBe(true);
  });

  it('opens for another cool-down when the trial fails', () => {
    failTimes(3);
    now += 60_000;
    breaker.tryAcquire(MODEL);
    breaker.record(MODEL, 'transient', 'x');
    expect(breaker.state(MODEL)).toBe('open');
    now += 30_000;
    expect(breaker.tryAcquire(MODEL)).toBe(false);
    now += 30_000;
    expect(breaker.tryAcquire(MODEL)).toBe(true);
  });

  it('hands out a new trial when the last one never reported', () => {
    failTimes(3);
    now += 60_000;
    expect(breaker.tryAcquire(MODEL)).toBe(true);
    now += 60_000;
    expect(breaker.tryAcquire(MODEL)).toBe(true);
  });
});
