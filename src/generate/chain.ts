// One asset through its model chain: reserve credits, request, verify the image, retry the same
// model on transient faults, then fall back to the next; stop at permanent faults.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { BudgetLedger } from '../budget.js';
import { ImageCheckError } from '../images/errors.js';
import { type SizeExpectation, type VerifiedImage, verifyImageFile } from '../images/verify.js';
import { confinePath } from '../manifest/paths.js';
import type { Asset } from '../manifest/types.js';
import type { ModelRegistry } from '../models/registry.js';
import type { ModelId } from '../models.js';
import { targetCredits } from '../pricing.js';
import {
  type FailureCause,
  type FailureScope,
  type ModelTarget,
  type Provider,
  ProviderError,
  type ReferenceImage,
} from '../providers/types.js';
import { requestTarget } from '../sizes.js';
import { retryDelay, WaitBudget } from './backoff.js';
import type { CircuitBreaker } from './breaker.js';
import type { Hold, RateGate, Slots, Turn } from './gate.js';
import type { Attempt } from './types.js';

export interface RetryPolicy {
  /** Retries of the same model after its first attempt. */
  retriesPerModel: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** All the waiting one asset may do. */
  totalWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retriesPerModel: 2,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  totalWaitMs: 120_000,
};

export interface ChainContext {
  provider: Provider;
  ledger: BudgetLedger;
  breaker: CircuitBreaker;
  /** Shared by the run's requests: a 429 holds the others to that model back, then paces them. */
  gate?: RateGate;
  /** Image checks at once: each holds its whole file (a 4K PNG is 10 to 25 MB) in memory. */
  checks?: Slots;
  /**
   * This asset's place among the `concurrency` in their chains: let go once the API has
   * answered (the next asset's request goes out while this image downloads and is checked),
   * taken again for a retry.
   */
  hold?: Hold;
  /** The run's models (SPEC 3, 4): what each is sent and what it costs. */
  models: ModelRegistry;
  policy: RetryPolicy;
  /** Absolute repository root, to find repository-file references. */
  root: string;
  tempDir: string;
  signal: AbortSignal;
  /** Set once a run-wide fault (401, 402) is met: nothing more is sent. */
  run: { stoppedBecause?: string };
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  random(): number;
  onAttempt?(assetId: string, attempt: Attempt): void;
}

export type ChainOutcome =
  | {
      ok: true;
      image: VerifiedImage;
      model: ModelId;
      credits: number;
      requestId?: string;
      attempts: Attempt[];
    }
  | { ok: false; outcome: 'failed' | 'skipped'; reason: string; attempts: Attempt[] };

export async function runChain(asset: Asset, context: ChainContext): Promise<ChainOutcome> {
  const attempts: Attempt[] = [];
  const waits = new WaitBudget(context.policy.totalWaitMs);
  const record = (attempt: Attempt) => {
    attempts.push(attempt);
    context.onAttempt?.(asset.id, attempt);
  };
  let lastReason = 'no model in the chain could be tried';
  const refused = refusedReference(asset, context.root);
  if (refused) return { ok: false, outcome: 'failed', reason: refused, attempts };

  for (const model of [asset.model, ...asset.fallback]) {
    if (!context.breaker.tryAcquire(model)) {
      record({
        model,
        status: 'circuit-open',
        waitMs: 0,
        credits: 0,
        message: 'skipped: too many recent failures',
      });
      lastReason = `${model}: circuit open after repeated failures`;
      continue;
    }
    const spec = context.models.get(model);
    const target = requestTarget(spec, asset.size, asset.quality);
    const credits = context.provider.free ? 0 : targetCredits(spec, target, asset.quality);
    let waitMs = 0;
    let limited = false;
    for (let retry = 0; retry <= context.policy.retriesPerModel; retry++) {
      // After its own 429 this request slept the provider's wait: the first turn is its own.
      const turn: Turn | undefined = await context.gate?.wait(model, context.signal, {
        first: limited,
      });
      waitMs += turn?.waitedMs ?? 0;
      limited = false;
      if (context.run.stoppedBecause) {
        return {
          ok: false,
          outcome: 'skipped',
          reason: `not sent: ${context.run.stoppedBecause}`,
          attempts,
        };
      }
      const reservation = context.ledger.tryReserve(credits);
      if (!reservation) {
        record({ model, status: 'over-budget', waitMs, credits: 0 });
        return {
          ok: false,
          outcome: 'skipped',
          reason: `over budget: ${credits} more credits would pass the cap of ${context.ledger.cap}`,
          attempts,
        };
      }
      try {
        const received = await context.provider.generate({
          assetId: asset.id,
          model,
          prompt: asset.prompt,
          target,
          images: asset.images.map((ref) => referenceFor(ref, context.root)),
          async: asset.async,
          tempDir: context.tempDir,
          signal: context.signal,
          // The API is done with the request: the next asset's goes out while this downloads.
          onAnswered: () => context.hold?.letGo(),
        });
        if (turn) context.gate?.taken(turn);
        context.hold?.letGo(); // if the provider did not say when the API answered
        const expected = expectationFor(target, asset);
        const check = () => verifyImageFile(received.file, expected);
        // Not cut short by an interruption: an image that arrived is paid for, and is kept.
        const image = await (context.checks ? context.checks.run(check) : check());
        context.ledger.settle(reservation);
        context.breaker.record(model, 'success');
        record({ model, status: 'ok', waitMs, credits });
        return {
          ok: true,
          image,
          model,
          credits,
          attempts,
          ...(received.requestId ? { requestId: received.requestId } : {}),
        };
      } catch (error) {
        context.ledger.release(reservation);
        const failure = classify(error);
        await context.hold?.take(context.signal); // after a failed check: back in line
        limited = failure.status === '429';
        // A 429 is the provider pacing the run, not the model failing: the gate handles it.
        if (!limited) {
          if (turn) context.gate?.taken(turn);
          context.breaker.record(model, failure.scope);
        }
        record({ model, status: failure.status, waitMs, credits: 0, message: failure.message });
        lastReason = `${model}: ${failure.message}`;
        if (failure.scope === 'run') {
          context.run.stoppedBecause ??= failure.message;
          return { ok: false, outcome: 'failed', reason: failure.message, attempts };
        }
        if (failure.scope === 'asset')
          return { ok: false, outcome: 'failed', reason: lastReason, attempts };
        const last =
          retry === context.policy.retriesPerModel || context.breaker.state(model) === 'open';
        if (last && !limited) break;
        const delay = retryDelay(retry + 1, {
          baseMs: context.policy.baseDelayMs,
          maxMs: context.policy.maxDelayMs,
          random: context.random,
          ...(failure.retryAfterMs !== undefined ? { retryAfterMs: failure.retryAfterMs } : {}),
        });
        // A 429 holds back the run's other requests to the model, whether or not this retries;
        // the retry has the first turn after the wait unless another 429 has taken it.
        if (turn && limited) limited = context.gate?.limited(turn, delay) ?? false;
        if (last) break;
        waitMs = delay;
        if (!waits.take(waitMs)) break; // no time left to wait for this model: fall back now
        await context.sleep(waitMs, context.signal);
      }
    }
  }
  return { ok: false, outcome: 'failed', reason: lastReason, attempts };
}

function expectationFor(target: ModelTarget, asset: Asset): SizeExpectation {
  if (target.family === 'gemini') return { aspect: target.pixels };
  return asset.size === 'auto' ? { any: true } : { exact: asset.size };
}

function referenceFor(ref: Asset['images'][number], root: string): ReferenceImage {
  return ref.kind === 'url'
    ? ref
    : { kind: 'file', path: ref.path, absolutePath: join(root, ...ref.path.split('/')) };
}

/**
 * The manifest's reference files were checked when it was loaded; they are checked again just
 * before anything is sent, so that a symbolic link swapped in meanwhile (to /etc/passwd, say)
 * cannot make the run upload a file from outside the repository.
 */
function refusedReference(asset: Asset, root: string): string | undefined {
  for (const ref of asset.images) {
    if (ref.kind !== 'file') continue;
    const confined = confinePath(root, root, ref.path);
    if (!confined.ok) return `reference image ${ref.path} is not allowed: ${confined.reason}`;
    let isFile = false;
    try {
      isFile = statSync(confined.absolute).isFile();
    } catch {
      isFile = false;
    }
    if (!isFile) return `reference image ${ref.path} is not a file of the repository any more`;
  }
  return undefined;
}

interface Failure {
  scope: FailureScope;
  status: string;
  message: string;
  retryAfterMs?: number;
}

/**
 * The label of a failed attempt: the API's HTTP status when it answered one, else what went
 * wrong (a timeout is 'timeout', a failed image download 'image-download': never a bare status
 * that reads as the API's own answer).
 */
const STATUS_OF_CAUSE: Record<Exclude<FailureCause, 'http'>, string> = {
  'error-envelope': 'error-envelope',
  'bad-answer': 'bad-answer',
  'no-image': 'no-image',
  timeout: 'timeout',
  network: 'network',
  download: 'image-download',
  'task-failed': 'task-failed',
  reference: 'reference',
};

export function attemptStatus(error: ProviderError): string {
  if (error.cause === undefined || error.cause === 'http') {
    return error.status !== undefined ? String(error.status) : 'network';
  }
  return STATUS_OF_CAUSE[error.cause];
}

function classify(error: unknown): Failure {
  if (error instanceof ProviderError) {
    return {
      scope: error.scope,
      status: attemptStatus(error),
      message: error.message,
      ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
    };
  }
  if (error instanceof ImageCheckError) {
    return {
      scope: 'transient',
      status: 'invalid-image',
      message: `image refused: ${error.message}`,
    };
  }
  // An abort of the whole run is not a provider fault: let it end the run.
  throw error;
}
