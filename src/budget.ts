// The reservation ledger: credits are reserved before a request is sent, settled on success and
// released on failure, so that under any concurrency the credits charged never pass the cap.
export interface Reservation {
  readonly credits: number;
  state: 'reserved' | 'settled' | 'released';
}

export class BudgetLedger {
  private reservedCredits = 0;
  private chargedCredits = 0;

  /** `cap` undefined: no limit. */
  constructor(readonly cap: number | undefined) {}

  /** Reserves `credits`, or returns undefined when the reservation would pass the cap. */
  tryReserve(credits: number): Reservation | undefined {
    // NaN would make every later comparison false, and a negative amount would widen the cap.
    if (!Number.isFinite(credits) || credits < 0) {
      throw new RangeError(`cannot reserve ${credits} credits`);
    }
    if (this.cap !== undefined && this.chargedCredits + this.reservedCredits + credits > this.cap) {
      return undefined;
    }
    this.reservedCredits += credits;
    return { credits, state: 'reserved' };
  }

  /** The provider billed the attempt (a successful output). */
  settle(reservation: Reservation): void {
    this.close(reservation, 'settled');
    this.chargedCredits += reservation.credits;
  }

  /** The attempt failed: providers bill successful outputs only. */
  release(reservation: Reservation): void {
    this.close(reservation, 'released');
  }

  get charged(): number {
    return this.chargedCredits;
  }

  get reserved(): number {
    return this.reservedCredits;
  }

  get remaining(): number | undefined {
    return this.cap === undefined
      ? undefined
      : this.cap - this.chargedCredits - this.reservedCredits;
  }

  private close(reservation: Reservation, state: 'settled' | 'released'): void {
    if (reservation.state !== 'reserved')
      throw new Error(`reservation already ${reservation.state}`);
    reservation.state = state;
    this.reservedCredits -= reservation.credits;
  }
}
