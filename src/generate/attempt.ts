// One attempt of one asset on one model: wait for its turn, reserve its credits, send, check
// the image, then settle or release (SPEC 4 and 6). What comes after a failure is the policy's.
import { join } from 'node:path';
import type { Reservation } from '../budget.js';
import { ImageCheckError } from '../images/errors.js';
import { type CheckedImage, checkReceivedImage, type SizeExpectation } from '../images/verify.js';
import type { Asset } from '../manifest/types.js';
import type { ModelId } from '../models/registry.js';
import {
  type Billing,
  type Delivery,
  type FailureCause,
  type ImageRequest,
  type ModelTarget,
  ProviderError,
  type ReferenceImage,
} from '../providers/types.js';
import type { Hold, Turn } from './gate.js';
import { type Failure, type WaitBudget, waitBeforeRetry } from './policy.js';
import type { Resolution } from './resolve.js';
import type { RunSession } from './session.js';

export interface AttemptInput {
  asset: Asset;
  model: ModelId;
  resolution: Resolution;
  target: ModelTarget;
  credits: number;
  /** This asset's place among the run's `concurrency`: let go while the image downloads. */
  hold: Hold;
  waits: WaitBudget;
  /** Attempts on this model before this one. */
  before: number;
  /** After its own 429 this request slept the provider's wait: the next turn is its own. */
  first: boolean;
}

export type AttemptResult =
  | { kind: 'ok'; image: CheckedImage; requestId?: string; waitMs: number }
  | {
      kind: 'failed';
      failure: Failure;
      waitMs: number;
      /** Credits that stay spent (or possibly spent) after it. */
      credits: number;
      /** A 429 whose retry has the model's first turn after the wait. */
      first: boolean;
      /** Its reservation, settled or kept: a task polled again that delivers confirms it. */
      reservation?: Reservation;
    }
  /** Nothing was sent: the run stopped, or the reservation would pass the cap. */
  | { kind: 'not-sent'; reason: string; overBudget: boolean; waitMs: number };

export async function runAttempt(session: RunSession, input: AttemptInput): Promise<AttemptResult> {
  try {
    return await sendOnce(session, input);
  } finally {
    input.resolution.probe?.('unsure'); // not sent, or no answer: the id is still unproven
  }
}

async function sendOnce(session: RunSession, input: AttemptInput): Promise<AttemptResult> {
  const { asset, model, resolution, hold, waits } = input;
  await hold.take(session.waitSignal);
  const turn: Turn = await session.gate.wait(model, session.waitSignal, { first: input.first });
  waits.charge(turn.waitedMs); // rate-limit pacing is a wait like any other
  const waitMs = turn.waitedMs;
  const stopped = session.stopReason();
  if (stopped)
    return { kind: 'not-sent', reason: `not sent: ${stopped}`, overBudget: false, waitMs };
  const reservation = session.ledger.tryReserve(input.credits);
  if (!reservation) {
    const reason = `over budget: ${input.credits} more credits would pass the cap of ${session.ledger.cap}`;
    return { kind: 'not-sent', reason, overBudget: true, waitMs };
  }

  let delivered = false;
  try {
    const images = asset.images.map((ref) => referenceFor(ref, session.root));
    const received = await session.provider.generate({
      ...requestFor(session, asset, resolution.id, input.target, images),
      // A task accepted is journaled too: a run killed while it runs polls it again (SPEC 4).
      onSubmitted: (delivery) =>
        session.onDelivered?.(asset, delivery, { model, credits: input.credits }),
      onAnswered: (delivery?: Delivery) => {
        delivered = true;
        resolution.probe?.('served');
        session.onDelivered?.(asset, delivery, { model, credits: input.credits });
        hold.letGo(); // the API is done: the next asset's request goes out while this downloads
      },
    });
    delivered = true;
    session.gate.taken(turn);
    hold.letGo();
    resolution.probe?.('served');
    const expected = expectationFor(input.target, asset);
    // Not cut short by an interruption: an image that arrived is paid for, and is kept.
    const image = await checkReceivedImage(received.file, expected, session.checks);
    session.ledger.settle(reservation);
    session.breaker.record(model, 'success', asset.id);
    return {
      kind: 'ok',
      image,
      waitMs,
      ...(received.requestId ? { requestId: received.requestId } : {}),
    };
  } catch (error) {
    const failure = classify(error, session.signal);
    const billing: Billing = delivered ? 'delivered' : billingOf(error);
    if (billing === 'delivered') session.ledger.settle(reservation);
    else if (billing === 'unknown') session.ledger.keep(reservation);
    else session.ledger.release(reservation);
    resolution.probe?.(probeOutcome(failure));
    if (failure.scope === 'model') session.resolver.notServed(resolution.id);
    await hold.take(session.waitSignal).catch(() => undefined); // back in line for what follows
    let first = false;
    // A 429 is the provider pacing the run, not the model failing: the gate handles it, and
    // holds back the run's other requests to the model for the wait it asked.
    if (failure.status === '429') {
      const delay = waitBeforeRetry(
        input.before + 1,
        failure.retryAfterMs,
        session.policy,
        session.random(),
      );
      first = session.gate.limited(turn, delay);
    } else {
      session.gate.taken(turn);
      session.breaker.record(model, failure.scope, asset.id);
    }
    const credits = billing === 'none' ? 0 : input.credits;
    return { kind: 'failed', failure, waitMs, credits, first, reservation };
  }
}

/**
 * Downloads an image again whose first download failed after the provider delivered (and
 * billed) it: no new request, nothing reserved or paid; the image is checked as any other.
 */
export async function fetchAgain(
  session: RunSession,
  input: AttemptInput,
  delivery: Delivery,
  reservation?: Reservation,
): Promise<Exclude<AttemptResult, { kind: 'not-sent' }>> {
  const { asset, resolution, target } = input;
  const { provider } = session;
  try {
    if (!provider.redeliver) throw new Error('the provider cannot fetch a delivery again');
    const request = requestFor(session, asset, resolution.id, target);
    const received = await provider.redeliver(delivery, request);
    const image = await checkReceivedImage(
      received.file,
      expectationFor(target, asset),
      session.checks,
    );
    session.breaker.record(input.model, 'success', asset.id);
    // A task that timed out was possibly spent; now it has delivered: spent for certain.
    if (reservation?.state === 'kept') session.ledger.confirm(reservation);
    const requestId = received.requestId ?? delivery.requestId;
    return { kind: 'ok', image, waitMs: 0, ...(requestId ? { requestId } : {}) };
  } catch (error) {
    return {
      kind: 'failed',
      failure: classify(error, session.signal),
      waitMs: 0,
      credits: input.credits,
      first: false,
    };
  }
}

/** What every request for an asset carries; the provider writes into the run's folder. */
export function requestFor(
  session: Pick<RunSession, 'tempDir' | 'signal'>,
  asset: Asset,
  model: string,
  target: ModelTarget,
  images: ReferenceImage[] = [],
): ImageRequest {
  return {
    assetId: asset.id,
    model,
    prompt: asset.prompt,
    target,
    images,
    async: asset.async,
    tempDir: session.tempDir,
    signal: session.signal,
  };
}

function probeOutcome(failure: Failure): 'served' | 'not-served' | 'unsure' {
  if (failure.scope === 'model') return 'not-served';
  return failure.scope === 'asset' || failure.scope === 'parameter' ? 'served' : 'unsure';
}

function billingOf(error: unknown): Billing {
  // A request that timed out was sent: the provider may have billed it (SPEC 4).
  if (error instanceof ProviderError) {
    return error.cause === 'timeout' && error.billing === 'none' ? 'unknown' : error.billing;
  }
  if (error instanceof ImageCheckError) return 'delivered';
  return 'unknown'; // sent, and we cannot tell what came back
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

/**
 * What can be fetched again without a new request: a delivered image whose download failed,
 * from its URL, unless the image host said it is gone or forbidden (4xx other than 408 and
 * 429): a cut, a stall or a 5xx may pass, and the URL stays valid for a while; and an async
 * task given up at its deadline, which runs on and would be billed beside a new one
 * (docs/reliability.md).
 */
function refetchable(error: ProviderError): Delivery | undefined {
  const { delivery } = error;
  if (error.cause === 'timeout' && delivery?.taskId && !delivery.url) return delivery;
  if (error.cause !== 'download' || error.billing !== 'delivered' || !delivery?.url) {
    return undefined;
  }
  const status = error.status;
  const hostSaidNo =
    status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
  return hostSaidNo ? undefined : delivery;
}

/**
 * Any error is a failed attempt, never a crash (SPEC 6): a provider's fault by its scope, an
 * image that fails its check as transient, the run's interruption as such, and anything else
 * (a bug, a malformed answer no one foresaw) as a failure of this asset alone.
 */
function classify(error: unknown, signal: AbortSignal): Failure {
  if (error instanceof ProviderError) {
    const refetch = refetchable(error);
    return {
      scope: error.scope,
      status: attemptStatus(error),
      message: error.message,
      ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
      ...(refetch ? { refetch } : {}),
    };
  }
  if (error instanceof ImageCheckError) {
    return {
      scope: 'transient',
      status: 'invalid-image',
      message: `image refused: ${error.message}`,
    };
  }
  if (signal.aborted) {
    return { scope: 'transient', status: 'interrupted', message: 'interrupted while in flight' };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { scope: 'asset', status: 'error', message: `unexpected error: ${message.slice(0, 500)}` };
}
