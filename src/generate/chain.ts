// One asset through its model chain: reserve credits, request, verify the image, retry the same
// model on transient faults, then fall back to the next; stop at permanent faults.
import { join } from 'node:path';
import type { BudgetLedger } from '../budget.js';
import { ImageCheckError } from '../images/errors.js';
import { type SizeExpectation, type VerifiedImage, verifyImageFile } from '../images/verify.js';
import type { Asset } from '../manifest/types.js';
import { type ModelId, modelFamily } from '../models.js';
import { attemptCredits, type PriceTable } from '../pricing.js';
import {
  type ModelTarget,
  type Provider,
  ProviderError,
  type ReferenceImage,
} from '../providers/types.js';
import { geminiTarget } from '../sizes.js';
import { retryDelay, WaitBudget } from './backoff.js';
import type { CircuitBreaker } from './breaker.js';
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
  prices: PriceTable;
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
    const target = modelTarget(model, asset);
    const credits = context.provider.free
      ? 0
      : attemptCredits(context.prices, model, asset.size, asset.quality);
    let waitMs = 0;
    for (let retry = 0; retry <= context.policy.retriesPerModel; retry++) {
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
        });
        const image = await verifyImageFile(received.file, expectationFor(target, asset));
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
        context.breaker.record(model, failure.scope);
        record({ model, status: failure.status, waitMs, credits: 0, message: failure.message });
        lastReason = `${model}: ${failure.message}`;
        if (failure.scope === 'run') {
          context.run.stoppedBecause ??= failure.message;
          return { ok: false, outcome: 'failed', reason: failure.message, attempts };
        }
        if (failure.scope === 'asset')
          return { ok: false, outcome: 'failed', reason: lastReason, attempts };
        if (retry === context.policy.retriesPerModel || context.breaker.state(model) === 'open')
          break;
        waitMs = retryDelay(retry + 1, {
          baseMs: context.policy.baseDelayMs,
          maxMs: context.policy.maxDelayMs,
          random: context.random,
          ...(failure.retryAfterMs !== undefined ? { retryAfterMs: failure.retryAfterMs } : {}),
        });
        if (!waits.take(waitMs)) break; // no time left to wait for this model: fall back now
        await context.sleep(waitMs, context.signal);
      }
    }
  }
  return { ok: false, outcome: 'failed', reason: lastReason, attempts };
}

/** The size vocabulary of the model's family; Gemini gets the ratio and tier nearest the asset's size. */
export function modelTarget(model: ModelId, asset: Asset): ModelTarget {
  if (modelFamily(model) === 'gpt-image') {
    return { family: 'gpt-image', size: asset.size, quality: asset.quality };
  }
  const { ratio, tier, pixels } = geminiTarget(model, asset.size);
  return { family: 'gemini', ratio, tier, pixels };
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

interface Failure {
  scope: 'transient' | 'asset' | 'run';
  status: string;
  message: string;
  retryAfterMs?: number;
}

function classify(error: unknown): Failure {
  if (error instanceof ProviderError) {
    return {
      scope: error.scope,
      status: error.status !== undefined ? String(error.status) : 'network',
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
