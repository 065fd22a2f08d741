// Unit tests of src/generate/backoff.ts (kept with the provider tests they pace).
import { describe, expect, it } from 'vitest';
import { retryDelay, WaitBudget } from '../../src/generate/backoff.js';

const options = { baseMs: 500, maxMs: 8_000 };

describe('retryDelay', () => {
  it('draws uniformly below base * 2^(retry - 1): full jitter', () => {
    expect(retryDelay(1, { ...options, random: () => 0 })).toBe(0);
    expect(retryDelay(1, { ...options, random: () => 0.999_999 })).toBe(499);
    expect(retryDelay(2, { ...options, random: () => 0.5 })).toBe(500);
    expect(retryDelay(3, { ...options, random: () => 0.5 })).toBe(1_000);
  });

  it('caps the ceiling at maxMs', () => {
    expect(retryDelay(10, { ...options, random: () => 0.999_999 })).toBe(7_999);
    expect(retryDelay(60, { ...options, random: () => 0.5 })).toBe(4_000);
  });

  it('spreads real draws over the whole window (no lockstep)', () => {
    const draws = Array.from({ length: 2_000 }, () => retryDelay(3, options));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(2_000);
    const mean = draws.reduce((sum, draw) => sum + draw, 0) / draws.length;
    expect(mean).toBeGreaterThan(900);
    expect(mean).toBeLessThan(1_100);
    expect(new Set(draws).size).toBeGreaterThan(500);
  });

  it('waits what the provider asked instead, capped at maxMs', () => {
    const random = () => 0;
    expect(retryDelay(1, { ...options, random, retryAfterMs: 3_000 })).toBe(3_000);
    expect(retryDelay(1, { ...options, random, retryAfterMs: 60_000 })).toBe(8_000);
    expect(retryDelay(4, { ...options, random, retryAfterMs: 0 })).toBe(0);
  });
});

describe('WaitBudget', () => {
  it('takes waits while they fit and refuses the one that does not', () => {
    const budget = new WaitBudget(10_000);
    expect(budget.take(4_000)).toBe(true);
    expect(budget.take(6_000)).toBe(true);
    expect(budget.remainingMs).toBe(0);
    expect(budget.take(1)).toBe(false);
    expect(budget.spentMs).toBe(10_000);
  });

  it('records nothing for a refused wait', () => {
    const budget = new WaitBudget(1_000);
    expect(budget.take(5_000)).toBe(false);
    expect(budget.take(900)).toBe(true);
    expect(budget.remainingMs).toBe(100);
  });
});
