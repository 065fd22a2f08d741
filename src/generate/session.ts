// What one run shares, built once: the provider, the credit ledger, the breakers, the gates,
// the model ids found served, and when the run stops sending (a 401 or 402, a cancellation,
// the deadline). Every asset's chain and every attempt read it from here.
import { BudgetLedger } from '../budget.js';
import { ImageMemory } from '../images/memory.js';
import type { Asset } from '../manifest/types.js';
import type { ModelId, ModelRegistry } from '../models/registry.js';
import type { Delivery, Provider } from '../providers/types.js';
import { type BreakerOptions, CircuitBreaker, DEFAULT_BREAKER } from './breaker.js';
import { RateGate, Slots } from './gate.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './policy.js';
import { ModelResolver } from './resolve.js';
import type { Attempt } from './types.js';

export interface SessionOptions {
  provider: Provider;
  /** The run's cap (a shard's part of the budget); undefined: no limit. */
  cap: number | undefined;
  /** The run's models: what each is sent, what it costs, its ids. */
  registry: ModelRegistry;
  root: string;
  tempDir: string;
  concurrency: number;
  policy?: RetryPolicy;
  breaker?: BreakerOptions;
  /** Aborts what is in flight (a hard stop). */
  signal?: AbortSignal;
  /** Stops sending; what is in flight finishes (a cancelled job, Ctrl-C). */
  stop?: AbortSignal;
  /** Past this time (ms since the epoch) no request is sent. */
  deadline?: number;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  random?: () => number;
  onAttempt?(assetId: string, attempt: Attempt): void;
  /** The provider answered with an image for the asset, before its download. */
  onDelivered?(asset: Asset, delivery: Delivery | undefined, paid: Paid): void;
}

export interface RunSession {
  readonly provider: Provider;
  readonly ledger: BudgetLedger;
  readonly breaker: CircuitBreaker;
  /** A 429 holds the run's other requests to that model back, then paces them. */
  readonly gate: RateGate;
  /** The memory received images take from their check to the end of their transform. */
  readonly checks: ImageMemory;
  /** Assets in their chains (requests and waits): `concurrency`. */
  readonly chains: Slots;
  readonly registry: ModelRegistry;
  /** Which id each model is sent under (its own or an alias), and which are not served. */
  readonly resolver: ModelResolver;
  readonly policy: RetryPolicy;
  readonly root: string;
  readonly tempDir: string;
  /** Passed to the provider: aborts requests in flight. */
  readonly signal: AbortSignal;
  /** Ends waits (backoff, turns, open circuits) when the run stops sending or is aborted. */
  readonly waitSignal: AbortSignal;
  /** Models found not served, each with the model that served instead (SPEC 6: the report). */
  readonly retired: Map<ModelId, ModelId | undefined>;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  random(): number;
  /** Why nothing more is sent, or undefined while requests may go. */
  stopReason(): string | undefined;
  /** A run-wide fault (401, 402): nothing more is sent. */
  stopRun(reason: string): void;
  /** The run-wide fault that stopped the run, if one did. */
  fault(): string | undefined;
  /** Milliseconds left before the deadline; undefined without one. */
  deadlineLeftMs(): number | undefined;
  onAttempt?(assetId: string, attempt: Attempt): void;
  onDelivered?(asset: Asset, delivery: Delivery | undefined, paid: Paid): void;
  /** Clears the session's timer. */
  close(): void;
}

export function createSession(options: SessionOptions): RunSession {
  const signal = options.signal ?? new AbortController().signal;
  const stopping = new AbortController();
  let fault: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  const stopWith = (reason: string) => {
    if (!stopping.signal.aborted) stopping.abort(new Error(reason));
  };
  const onStop = () => stopWith('the run was cancelled');
  const onAbort = () => stopWith('the run was aborted');
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  if (options.stop?.aborted) onStop();
  else options.stop?.addEventListener('abort', onStop, { once: true });
  if (options.deadline !== undefined) {
    const left = options.deadline - Date.now();
    const reason = 'the run deadline passed';
    if (left <= 0) stopWith(reason);
    else timer = setTimeout(() => stopWith(reason), left).unref();
  }
  const waitSignal = AbortSignal.any([signal, stopping.signal]);
  return {
    provider: options.provider,
    ledger: new BudgetLedger(options.cap),
    breaker: new CircuitBreaker(options.breaker ?? DEFAULT_BREAKER),
    gate: new RateGate({ sleep: options.sleep }),
    checks: new ImageMemory(),
    chains: new Slots(options.concurrency),
    registry: options.registry,
    resolver: new ModelResolver(
      options.provider,
      (model) => options.registry.idsOf(model),
      waitSignal,
    ),
    policy: options.policy ?? DEFAULT_RETRY_POLICY,
    root: options.root,
    tempDir: options.tempDir,
    signal,
    waitSignal,
    retired: new Map(),
    sleep: options.sleep,
    random: options.random ?? Math.random,
    stopReason: () =>
      fault ?? (stopping.signal.aborted ? (stopping.signal.reason as Error).message : undefined),
    stopRun: (reason) => {
      fault ??= reason;
      stopWith(reason);
    },
    fault: () => fault,
    deadlineLeftMs: () =>
      options.deadline === undefined ? undefined : Math.max(0, options.deadline - Date.now()),
    ...(options.onAttempt ? { onAttempt: options.onAttempt } : {}),
    ...(options.onDelivered ? { onDelivered: options.onDelivered } : {}),
    close: () => {
      clearTimeout(timer);
      options.stop?.removeEventListener('abort', onStop);
      signal.removeEventListener('abort', onAbort);
    },
  };
}

/** What a delivered image was bought from, and its price. */
export interface Paid {
  model: ModelId;
  credits: number;
}
