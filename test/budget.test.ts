// The reservation ledger (SPEC §4): under any interleaving of reserve, settle and release, the
// credits charged never pass the cap.
import { describe, expect, it } from 'vitest';
import { BudgetLedger, type Reservation } from '../src/budget.js';
import { seededRandom } from './seeded-random.js';

describe('BudgetLedger', () => {
  it('reserves while charged + reserved stays within the cap, exactly up to it', () => {
    const ledger = new BudgetLedger(30);
    expect(ledger.tryReserve(14)).toBeDefined();
    expect(ledger.tryReserve(14)).toBeDefined();
    expect(ledger.remaining).toBe(2);
    expect(ledger.tryReserve(3)).toBeUndefined();
    expect(ledger.tryReserve(2)).toBeDefined();
    expect(ledger.remaining).toBe(0);
    expect(ledger.reserved).toBe(30);
    expect(ledger.charged).toBe(0);
  });

  it('a refused reservation changes nothing', () => {
    const ledger = new BudgetLedger(10);
    ledger.tryReserve(8);
    expect(ledger.tryReserve(5)).toBeUndefined();
    expect([ledger.reserved, ledger.charged, ledger.remaining]).toEqual([8, 0, 2]);
  });

  it('settle moves credits from reserved to charged', () => {
    const ledger = new BudgetLedger(20);
    const reservation = ledger.tryReserve(14)!;
    ledger.settle(reservation);
    expect([ledger.reserved, ledger.charged, ledger.remaining]).toEqual([0, 14, 6]);
    expect(reservation.state).toBe('settled');
    // Charged credits stay charged: 14 + 7 > 20.
    expect(ledger.tryReserve(7)).toBeUndefined();
  });

  it('confirm turns a kept reservation into charged credits, and only a kept one', () => {
    const ledger = new BudgetLedger(20);
    const timedOut = ledger.tryReserve(8)!;
    ledger.keep(timedOut);
    expect([ledger.charged, ledger.possiblySpent, ledger.remaining]).toEqual([0, 8, 12]);
    ledger.confirm(timedOut); // the task, polled again, delivered
    expect([ledger.charged, ledger.possiblySpent, ledger.remaining]).toEqual([8, 0, 12]);
    expect(() => ledger.confirm(timedOut)).toThrow(/settled/);
    expect(() => ledger.confirm(ledger.tryReserve(1)!)).toThrow(/reserved/);
  });

  it('release returns the credits (providers bill successful outputs only)', () => {
    const ledger = new BudgetLedger(14);
    const failed = ledger.tryReserve(14)!;
    expect(ledger.tryReserve(1)).toBeUndefined();
    ledger.release(failed);
    expect([ledger.reserved, ledger.charged, ledger.remaining]).toEqual([0, 0, 14]);
    expect(failed.state).toBe('released');
    expect(ledger.tryReserve(14)).toBeDefined();
  });

  it('a reservation is closed once: settling or releasing it again throws', () => {
    const ledger = new BudgetLedger(100);
    const settled = ledger.tryReserve(10)!;
    ledger.settle(settled);
    expect(() => ledger.settle(settled)).toThrow('reservation already settled');
    expect(() => ledger.release(settled)).toThrow('reservation already settled');
    const released = ledger.tryReserve(10)!;
    ledger.release(released);
    expect(() => ledger.settle(released)).toThrow('reservation already released');
    expect(ledger.charged).toBe(10);
    expect(ledger.reserved).toBe(0);
  });

  it('without a cap everything is reserved and remaining is undefined', () => {
    const ledger = new BudgetLedger(undefined);
    for (let i = 0; i < 100; i++) ledger.settle(ledger.tryReserve(133)!);
    expect(ledger.charged).toBe(13_300);
    expect(ledger.remaining).toBeUndefined();
  });

  it('a cap of 0 allows free attempts only', () => {
    const ledger = new BudgetLedger(0);
    expect(ledger.tryReserve(1)).toBeUndefined();
    expect(ledger.tryReserve(0)).toBeDefined();
  });

  it.each([Number.NaN, -1, Number.POSITIVE_INFINITY])(
    'refuses to reserve %s credits (it would break the cap check)',
    (credits) => {
      const ledger = new BudgetLedger(10);
      expect(() => ledger.tryReserve(credits)).toThrow(RangeError);
      expect([ledger.reserved, ledger.remaining]).toEqual([0, 10]);
    },
  );
});

describe('BudgetLedger under random interleavings', () => {
  const PRICES = [0, 1, 2, 4, 6, 8, 14, 16, 17, 34, 67, 133];

  it.each([1, 2, 3, 42, 1234, 99_999])('seed %i: charged <= cap at every step', (seed) => {
    const random = seededRandom(seed);
    const cap = Math.floor(random() * 500);
    const ledger = new BudgetLedger(cap);
    const open: Reservation[] = [];
    // A model of the ledger kept by the test, to check its accounting too.
    let charged = 0;
    let reserved = 0;
    let refused = 0;
    for (let step = 0; step < 5_000; step++) {
      const action = random();
      if (action < 0.5 || open.length === 0) {
        const credits = PRICES[Math.floor(random() * PRICES.length)]!;
        const reservation = ledger.tryReserve(credits);
        const fits = charged + reserved + credits <= cap;
        expect(reservation !== undefined).toBe(fits);
        if (reservation) {
          open.push(reservation);
          reserved += credits;
        } else {
          refused++;
        }
      } else {
        // Requests finish in any order.
        const [reservation] = open.splice(Math.floor(random() * open.length), 1);
        reserved -= reservation!.credits;
        if (random() < 0.6) {
          ledger.settle(reservation!);
          charged += reservation!.credits;
        } else {
          ledger.release(reservation!);
        }
      }
      expect(ledger.charged).toBe(charged);
      expect(ledger.reserved).toBe(reserved);
      expect(ledger.charged + ledger.reserved).toBeLessThanOrEqual(cap);
    }
    // The run reached the cap often enough to test it.
    expect(refused).toBeGreaterThan(0);
    for (const reservation of open.splice(0)) ledger.settle(reservation);
    expect(ledger.charged).toBeLessThanOrEqual(cap);
  });
});
