// One asset through its model chain (SPEC 6): each model in turn, resolved to the id the
// provider serves; attempts on it until the policy says retry no more; when every model left
// has its circuit open, a wait for the first trial within the asset's wait budget.
import { statSync } from 'node:fs';
import type { CheckedImage } from '../images/verify.js';
import { confinePath } from '../manifest/paths.js';
import type { Asset } from '../manifest/types.js';
import { type ModelId, modelAccepts } from '../models/registry.js';
import { targetCredits } from '../pricing.js';
import { requestTarget } from '../sizes.js';
import { fetchAgain, runAttempt } from './attempt.js';
import type { Hold } from './gate.js';
import { afterFailure, type Decision, WaitBudget, waitBeforeRetry } from './policy.js';
import type { RunSession } from './session.js';
import type { Attempt } from './types.js';

export type ChainOutcome =
  | { ok: true; image: CheckedImage; model: ModelId; credits: number; requestId?: string }
  | { ok: false; outcome: 'failed' | 'skipped'; reason: string };

/** The outcome, with every attempt made and the credits they left spent (or possibly spent). */
export type ChainResult = ChainOutcome & { attempts: Attempt[]; charged: number };

/**
 * What one model's attempts came to: the asset's end, or on to the next model: for good
 * (gave-up), or worth another round after a wait (its circuit is open, or it failed with
 * errors that cost nothing: a burst of 5xx must not fail an asset that has wait budget left).
 */
type ModelStep = { done: ChainOutcome } | { next: 'circuit-open' | 'again-later' | 'gave-up' };

export async function runChain(
  asset: Asset,
  session: RunSession,
  hold: Hold,
): Promise<ChainResult> {
  const walk = new Walk(asset, session, hold);
  const outcome = await walkChain(walk);
  return { ...outcome, attempts: walk.attempts, charged: walk.charged };
}

async function walkChain(walk: Walk): Promise<ChainOutcome> {
  const { asset, session } = walk;
  const refused = refusedReference(asset, session.root);
  if (refused) return walk.fail(refused);
  try {
    let models: ModelId[] = [asset.model, ...asset.fallback];
    for (let round = 1; models.length > 0; round++) {
      const again: ModelId[] = [];
      for (const model of models) {
        const step = await tryModel(walk, model);
        if ('done' in step) return step.done;
        if (step.next !== 'gave-up') again.push(model);
      }
      if (again.length === 0 || !(await walk.waitForRound(again, round))) break;
      models = again;
    }
    return walk.fail();
  } catch (error) {
    // The run stopped while this asset waited; or something nobody foresaw: this asset only.
    const stopped = session.stopReason();
    if (stopped) return { ok: false, outcome: 'skipped', reason: `not sent: ${stopped}` };
    return walk.fail(`unexpected error: ${(error as Error)?.message ?? String(error)}`);
  }
}

async function tryModel(walk: Walk, model: ModelId): Promise<ModelStep> {
  const { asset, session } = walk;
  const spec = session.registry.get(model);
  const accepted = modelAccepts(spec, asset);
  if (!accepted.ok) return walk.notAccepted(model, accepted.note);
  const letGo = () => walk.hold.letGo();
  let resolution = await session.resolver.resolve(model, letGo);
  if (!resolution) return walk.unavailable(model);
  // In line first: the circuit may open while this asset waits for its place.
  await walk.hold.take(session.waitSignal);
  if (!session.breaker.tryAcquire(model)) {
    resolution.probe?.('unsure');
    return walk.circuitOpen(model);
  }
  const target = requestTarget(spec, asset.size, asset.quality);
  const credits = session.provider.free ? 0 : targetCredits(spec, target, asset.quality);
  let first = false;
  for (let before = 0; ; before++) {
    const input = { ...walk.attemptBase(), model, resolution, target, credits, before, first };
    let result = await runAttempt(session, input);
    let decision: Decision | undefined;
    // A delivered image whose download failed is fetched again before anything new is bought.
    for (let fetchedAgain = 0; result.kind === 'failed'; fetchedAgain++) {
      const { failure } = result;
      const state = { ...walk.state(model, before + 1, failure.status), fetchedAgain };
      decision = afterFailure(state, failure, session.policy);
      if (decision.action !== 'fetch-again' || !failure.refetch) break;
      // Paid work: fetched even when the run is stopping (SPEC 7), so a stop cuts only the wait.
      await walk.wait(decision.delayMs).catch(() => undefined);
      const again = await fetchAgain(session, input, failure.refetch, result.reservation);
      // Still the one request's record: its image came on a later download, or did not.
      result =
        again.kind === 'ok'
          ? { ...again, waitMs: result.waitMs }
          : { ...result, failure: again.failure };
    }
    if (result.kind === 'not-sent') {
      if (result.overBudget)
        walk.record({ model, status: 'over-budget', waitMs: result.waitMs, credits: 0 });
      return { done: { ok: false, outcome: 'skipped', reason: result.reason } };
    }
    if (result.kind === 'ok') {
      walk.record({ model, status: 'ok', waitMs: result.waitMs, credits });
      return { done: walk.succeed(model, result.image, credits, result.requestId) };
    }
    const { failure } = result;
    walk.record({
      model,
      status: failure.status,
      message: failure.message,
      waitMs: result.waitMs,
      credits: result.credits,
    });
    decision ??= afterFailure(
      walk.state(model, before + 1, failure.status),
      failure,
      session.policy,
    );
    switch (decision.action) {
      case 'stop-run':
        session.stopRun(failure.message);
        return { done: walk.fail(failure.message) };
      case 'fail-asset':
        return { done: walk.fail(`${model}: ${failure.message}`) };
      case 'next-model':
        walk.reason = `${model}: ${failure.message}`;
        if (!decision.retire) {
          const free = result.credits === 0 && failure.scope === 'transient';
          return { next: free ? 'again-later' : 'gave-up' };
        }
        resolution = await session.resolver.resolve(model, letGo); // its next alias, if any
        if (!resolution) return walk.unavailable(model);
        before = -1;
        break;
      case 'retry':
        await walk.wait(decision.delayMs);
        first = result.first;
    }
  }
}

/** One asset's way through its chain: its attempts, its wait budget, why it last failed. */
class Walk {
  readonly waits: WaitBudget;
  readonly attempts: Attempt[] = [];
  /** Waits (backoff, open circuits) not yet shown on an attempt. */
  pendingWaitMs = 0;
  reason = 'no model in the chain could be tried';
  readonly #skippedRetired: ModelId[] = [];
  #charged = 0;

  constructor(
    readonly asset: Asset,
    readonly session: RunSession,
    readonly hold: Hold,
  ) {
    this.waits = new WaitBudget(session.policy.totalWaitMs);
  }

  attemptBase() {
    return { asset: this.asset, hold: this.hold, waits: this.waits };
  }

  record(attempt: Attempt): void {
    const shown = { ...attempt, waitMs: attempt.waitMs + this.pendingWaitMs };
    this.pendingWaitMs = 0;
    this.#charged += attempt.credits;
    this.attempts.push(shown);
    this.session.onAttempt?.(this.asset.id, shown);
  }

  /** A backoff taken from the wait budget (the policy checked that it fits). */
  async wait(delayMs: number): Promise<void> {
    this.waits.take(delayMs);
    this.pendingWaitMs += delayMs;
    await this.session.sleep(delayMs, this.session.waitSignal);
  }

  state(model: ModelId, attemptsOnModel: number, status: string) {
    const deadlineLeftMs = this.session.deadlineLeftMs();
    return {
      attemptsOnModel,
      primary: model === this.asset.model,
      // A 429 is pacing: the gate, not the breaker, deals with it.
      circuitOpen: status !== '429' && this.session.breaker.state(model) === 'open',
      waitLeftMs: this.waits.remainingMs,
      ...(deadlineLeftMs !== undefined ? { deadlineLeftMs } : {}),
      jitter: this.session.random(),
    };
  }

  unavailable(model: ModelId): ModelStep {
    if (!this.session.retired.has(model)) this.session.retired.set(model, undefined);
    this.#skippedRetired.push(model);
    this.#skip(model, 'model-unavailable', 'skipped: the provider does not serve this model');
    this.reason = `${model}: not served by the provider`;
    return { next: 'gave-up' };
  }

  /** The model cannot take the asset on this provider (SPEC 3: too many references). */
  notAccepted(model: ModelId, note: string): ModelStep {
    this.#skip(model, 'not-accepted', note);
    this.reason = note;
    return { next: 'gave-up' };
  }

  circuitOpen(model: ModelId): ModelStep {
    this.#skip(model, 'circuit-open', 'skipped: too many recent failures');
    this.reason = `${model}: circuit open after repeated failures`;
    return { next: 'circuit-open' };
  }

  /** A model passed over without a request: recorded, at no wait and no cost. */
  #skip(model: ModelId, status: string, message: string): void {
    this.record({ model, status, waitMs: 0, credits: 0, message });
  }

  /**
   * Waits before another round over `models`: for one of them to let a trial through when
   * their circuits are open, else a backoff that grows with the rounds. False when the wait
   * budget or the deadline says no.
   */
  async waitForRound(models: ModelId[], round: number): Promise<boolean> {
    const { breaker, policy } = this.session;
    const backoff = waitBeforeRetry(
      round + policy.retriesPerModel,
      undefined,
      policy,
      this.session.random(),
    );
    const waitMs = Math.max(1, breaker.nextChanceInMs(models) || backoff);
    const deadlineLeft = this.session.deadlineLeftMs();
    if (waitMs > this.waits.remainingMs || (deadlineLeft !== undefined && waitMs >= deadlineLeft)) {
      this.reason += ' (no wait budget left for another round)';
      return false;
    }
    const started = performance.now();
    // A trial's outcome (another asset's) may close the circuit before the cool-down ends.
    const changed = await Promise.race([
      this.session.sleep(waitMs, this.session.waitSignal).then(() => false),
      breaker.changed().then(() => true),
    ]);
    const waited = changed ? Math.min(waitMs, Math.round(performance.now() - started)) : waitMs;
    this.waits.charge(waited);
    this.pendingWaitMs += waited;
    return true;
  }

  succeed(model: ModelId, image: CheckedImage, credits: number, requestId?: string): ChainOutcome {
    for (const retired of this.#skippedRetired) {
      if (this.session.retired.get(retired) === undefined) this.session.retired.set(retired, model);
    }
    return { ok: true, image, model, credits, ...(requestId ? { requestId } : {}) };
  }

  fail(reason = this.reason): ChainOutcome {
    return { ok: false, outcome: 'failed', reason };
  }

  /** Credits this asset's attempts left spent or possibly spent. */
  get charged(): number {
    return this.#charged;
  }
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
