// A circuit breaker per model (SPEC 6): after transient failures of several assets in a row
// (the retries of one asset count once), later assets skip the model for a cool-down and go
// straight to the next in their chain, instead of each paying the retries again. After the
// cool-down one trial request decides whether it closes again.
import type { FailureScope } from '../providers/types.js';

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Assets in a row whose requests to the model failed transiently: the circuit opens. */
  threshold: number;
  coolDownMs: number;
  /** Milliseconds; injectable for tests. */
  now?: () => number;
}

export const DEFAULT_BREAKER: BreakerOptions = { threshold: 5, coolDownMs: 15_000 };

interface ModelCircuit {
  /** The assets that failed on the model since its last success. */
  failedAssets: Set<string>;
  openedAt?: number;
  /** When the half-open trial was handed out; undefined while no trial is running. */
  trialAt?: number;
}

export class CircuitBreaker {
  readonly #circuits = new Map<string, ModelCircuit>();
  readonly #threshold: number;
  readonly #coolDownMs: number;
  readonly #now: () => number;
  #listeners: (() => void)[] = [];

  constructor(options: BreakerOptions) {
    this.#threshold = options.threshold;
    this.#coolDownMs = options.coolDownMs;
    this.#now = options.now ?? Date.now;
  }

  state(model: string): BreakerState {
    const circuit = this.#circuits.get(model);
    if (circuit?.openedAt === undefined) return 'closed';
    return this.#now() - circuit.openedAt < this.#coolDownMs ? 'open' : 'half-open';
  }

  /**
   * Whether a request may go to the model now. Half-open hands out one trial at a time; a
   * trial never reported (its caller was cancelled) is handed out again after a cool-down.
   */
  tryAcquire(model: string): boolean {
    const state = this.state(model);
    if (state === 'closed') return true;
    if (state === 'open') return false;
    const circuit = this.#circuits.get(model)!;
    const now = this.#now();
    if (circuit.trialAt !== undefined && now - circuit.trialAt < this.#coolDownMs) return false;
    circuit.trialAt = now;
    return true;
  }

  /**
   * How long until one of `models` may let a request through: the end of the shortest
   * cool-down, or of a running trial's allowance. 0 when one is closed already.
   */
  nextChanceInMs(models: readonly string[]): number {
    const now = this.#now();
    let soonest = Number.POSITIVE_INFINITY;
    for (const model of models) {
      const circuit = this.#circuits.get(model);
      if (circuit?.openedAt === undefined) return 0;
      const from = Math.max(circuit.openedAt, circuit.trialAt ?? Number.NEGATIVE_INFINITY);
      soonest = Math.min(soonest, Math.max(0, from + this.#coolDownMs - now));
    }
    return soonest;
  }

  /** Resolves at the next outcome recorded (a trial that succeeded closes its circuit). */
  changed(): Promise<void> {
    return new Promise((resolve) => this.#listeners.push(resolve));
  }

  /**
   * The outcome of a request of `assetId`. Only transient failures count against the model:
   * a 400, 422, 401 or 402 is an answer, which shows the model is up.
   */
  record(model: string, outcome: 'success' | FailureScope, assetId: string): void {
    for (const listener of this.#listeners.splice(0)) listener();
    if (outcome !== 'transient') {
      this.#circuits.delete(model);
      return;
    }
    const circuit = this.#circuits.get(model) ?? { failedAssets: new Set<string>() };
    circuit.failedAssets.add(assetId);
    circuit.trialAt = undefined;
    // A failed trial (or any failure while open) opens the circuit for another cool-down.
    if (circuit.failedAssets.size >= this.#threshold || circuit.openedAt !== undefined) {
      circuit.openedAt = this.#now();
    }
    this.#circuits.set(model, circuit);
  }
}
