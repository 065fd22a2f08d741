// The reservation ledger (SPEC 4; docs/pricing.md): credits are reserved before a request is
// sent; settled once the provider delivered an image (it bills every output it delivers, whatever
// happens after), kept as possibly spent when a sent request timed out or lost its connection,
// and released only when the provider answered with an error. Settled and kept credits both
// count against the cap, so under any concurrency the provider's bill never passes it.
export interface Reservation {
  readonly credits: number;
  state: 'reserved' | 'settled' | 'kept' | 'released';
}

export class BudgetLedger {
  private reservedCredits = 0;
  private chargedCredits = 0;
  private keptCredits = 0;

  /** `cap` undefined: no limit. */
  constructor(readonly cap: number | undefined) {}

  /** Reserves `credits`, or returns undefined when the reservation would pass the cap. */
  tryReserve(credits: number): Reservation | undefined {
    // NaN would make every later comparison false, and a negative amount would widen the cap.
    if (!Number.isFinite(credits) || credits < 0) {
      throw new RangeError(`cannot reserve ${credits} credits`);
    }
    if (
      this.cap !== undefined &&
      this.chargedCredits + this.keptCredits + this.reservedCredits + credits > this.cap
    ) {
      return undefined;
    }
    this.reservedCredits += credits;
    return { credits, state: 'reserved' };
  }

  /** The provider delivered an image: billed. */
  settle(reservation: Reservation): void {
    this.close(reservation, 'settled');
    this.chargedCredits += reservation.credits;
  }

  /** Sent, and no answer came (timeout, connection lost): possibly billed. */
  keep(reservation: Reservation): void {
    this.close(reservation, 'kept');
    this.keptCredits += reservation.credits;
  }

  /** A kept reservation turned out delivered (an async task polled again): billed for sure. */
  confirm(reservation: Reservation): void {
    if (reservation.state !== 'kept') throw new Error(`reservation is ${reservation.state}`);
    reservation.state = 'settled';
    this.keptCredits -= reservation.credits;
    this.chargedCredits += reservation.credits;
  }

  /** The provider answered with an error: not billed. */
  release(reservation: Reservation): void {
    this.close(reservation, 'released');
  }

  get charged(): number {
    return this.chargedCredits;
  }

  /** Credits of requests that may have been billed (no answer came). */
  get possiblySpent(): number {
    return this.keptCredits;
  }

  get reserved(): number {
    return this.reservedCredits;
  }

  get remaining(): number | undefined {
    return this.cap === undefined
      ? undefined
      : this.cap - this.chargedCredits - this.keptCredits - this.reservedCredits;
  }

  private close(reservation: Reservation, state: 'settled' | 'kept' | 'released'): void {
    if (reservation.state !== 'reserved')
      throw new Error(`reservation already ${reservation.state}`);
    reservation.state = state;
    this.reservedCredits -= reservation.credits;
  }
}
