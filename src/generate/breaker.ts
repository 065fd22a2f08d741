// A circuit breaker per model: after repeated transient failures, later assets skip the model
// for a cool-down and go straight to the next in their chain, instead of each paying the
// retries again. After the cool-down one trial request decides whether it closes again.
import type { FailureScope } from '../providers/types.js';

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Consecutive transient failures that open the circuit. */
  threshold: number;
  coolDownMs: number;
  /** Milliseconds; injectable for tests. */
  now?: () => number;
}

interface ModelCircuit {
  failures: number;
  openedAt?: number;
  /** When the half-open trial was handed out; undefined while no trial is running. */
  trialAt?: number;
}

export class CircuitBreaker {
  readonly #circuits = new Map<string, ModelCircuit>();
  readonly #threshold: number;
  readonly #coolDownMs: number;
  readonly #now: () => number;

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
   * The outcome of a request. Only transient failures count against the model: a 400, 422,
   * 401 or 402 is an answer, which shows the model is up.
   */
  record(model: string, outcome: 'success' | FailureScope): void {
    if (outcome !== 'transient') {
      this.#circuits.delete(model);
      return;
    }
    const circuit = this.#circuits.get(model) ?? { failures: 0 };
    circuit.failures += 1;
    circuit.trialAt = undefined;
    // A failed trial opens the circuit for another cool-down.
    if (circuit.failures >= this.#threshold || circuit.openedAt !== undefined) {
      circuit.openedAt = this.#now();
    }
    this.#circuits.set(model, circuit);
  }
}
