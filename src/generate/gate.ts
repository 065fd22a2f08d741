// A provider's rate limit is shared by every request of a run. When one request to a model is
// answered 429 with a wait (Retry-After), the other requests to that model hold back until then
// as well, instead of each finding the limit with a 429 of its own; and from then on requests to
// that model start one at a time, no faster than the provider was seen to take them, so that
// the run keeps just under the limit instead of bouncing off it. Before the first 429 of a
// model nothing is held back.

export interface RateGateOptions {
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  /** Milliseconds; injectable for tests. */
  now?: () => number;
}

/** One request's turn: when it started, after how long a wait. */
export interface Turn {
  model: string;
  startedAt: number;
  waitedMs: number;
}

interface Waiter {
  since: number;
  signal: AbortSignal;
  resolve(turn: Turn): void;
  reject(reason: unknown): void;
}

interface Lane {
  model: string;
  /** No request starts before this: the end of the last Retry-After. */
  pausedUntil: number;
  /** Time between request starts; 0 (no pacing) until the first 429. */
  intervalMs: number;
  lastStart: number;
  queue: Waiter[];
  pumping: boolean;
  /** Start times of the requests the provider took (not 429) over the last second. */
  recent: number[];
  /** The last 429 that told something new, and the requests taken since it started. */
  limitedAt?: number;
  takenSince: number;
  /**
   * The slowest pace anything has pointed to: the first guess, a rate measured between two
   * 429s, the longest wait a 429 asked for. A guessed slower pace stays within twice it.
   */
  slowestMs: number;
}

/** Requests taken since the last 429 before the pace is tried a little faster, and by how much. */
const PROBE_AFTER = 32;
const PROBE_FACTOR = 0.99;
/** Requests taken between two 429s for their rate to be a measure of the provider's. */
const MIN_SAMPLES = 4;
/** A paced turn whose time has not come after this many sleeps (a fake clock) goes anyway. */
const MAX_SLEEPS = 3;

export class RateGate {
  readonly #lanes = new Map<string, Lane>();
  readonly #sleep: RateGateOptions['sleep'];
  readonly #now: () => number;

  constructor(options: RateGateOptions) {
    this.#sleep = options.sleep;
    this.#now = options.now ?? (() => performance.now());
  }

  /**
   * Waits for the model's turn to send. `first`: the request was answered 429 and has slept
   * the wait it was given; the turn at the end of that wait is its own.
   */
  wait(model: string, signal: AbortSignal, options: { first?: boolean } = {}): Promise<Turn> {
    const lane = this.#lane(model);
    const now = this.#now();
    if (options.first || (lane.queue.length === 0 && this.#due(lane) <= now)) {
      lane.lastStart = now;
      return Promise.resolve({ model, startedAt: now, waitedMs: 0 });
    }
    return new Promise<Turn>((resolve, reject) => {
      lane.queue.push({ since: now, signal, resolve, reject });
      if (!lane.pumping) void this.#pump(lane);
    });
  }

  /** The provider took the request (any answer but a 429). */
  taken({ model, startedAt }: Turn): void {
    const lane = this.#lane(model);
    lane.recent.push(startedAt);
    while (lane.recent.length > 0 && lane.recent[0]! < startedAt - 1000) lane.recent.shift();
    if (lane.limitedAt === undefined || startedAt < lane.limitedAt) return;
    lane.takenSince += 1;
    if (lane.takenSince > PROBE_AFTER) lane.intervalMs *= PROBE_FACTOR;
  }

  /**
   * The request was answered 429; `waitMs` is the wait the provider asked for (as the retry
   * policy caps it). Returns true when whoever retries it after that wait has the first turn
   * (`wait` with `first`); false when it was sent before another 429 and must queue.
   */
  limited({ model, startedAt }: Turn, waitMs: number): boolean {
    const lane = this.#lane(model);
    const now = this.#now();
    lane.pausedUntil = Math.max(lane.pausedUntil, now + waitMs);
    // Sent before the last 429 came in: it tells nothing about the pace since.
    if (lane.limitedAt !== undefined && startedAt < lane.limitedAt) return false;
    lane.slowestMs = Math.max(lane.slowestMs, waitMs);
    if (lane.limitedAt === undefined) {
      // What the provider took over the last second is the first guess at its rate. After a
      // burst it is too fast; the 429s that follow measure the rate.
      lane.intervalMs = lane.recent.length > 0 ? 1000 / lane.recent.length : waitMs;
      lane.slowestMs = lane.intervalMs;
    } else if (lane.takenSince >= MIN_SAMPLES) {
      // The provider had just run out at the last 429 and has again now: what it took in
      // between is its rate (or less, when it was idle long enough to fill up).
      const measured = (now - lane.limitedAt) / lane.takenSince;
      lane.slowestMs = Math.max(lane.slowestMs, measured);
      lane.intervalMs = lane.intervalMs < measured ? measured : this.#slower(lane, 1.05);
    } else {
      lane.intervalMs = this.#slower(lane, 1.25);
    }
    lane.limitedAt = now;
    lane.takenSince = 0;
    return true;
  }

  /**
   * A slower pace, guessed: within twice the slowest anything pointed to. 429s that come at
   * any pace (not a rate the run goes past) would otherwise slow it without end.
   */
  #slower(lane: Lane, factor: number): number {
    return Math.min(Math.max(lane.intervalMs * factor, 1), 2 * lane.slowestMs);
  }

  #due(lane: Lane): number {
    return Math.max(lane.pausedUntil, lane.lastStart + lane.intervalMs);
  }

  /** Hands out the queued turns one at a time, each when its time has come. */
  async #pump(lane: Lane): Promise<void> {
    lane.pumping = true;
    try {
      while (lane.queue.length > 0) {
        const head = lane.queue[0]!;
        for (let sleeps = 0; sleeps < MAX_SLEEPS; sleeps++) {
          const delay = this.#due(lane) - this.#now();
          if (delay <= 0) break;
          await this.#sleep(delay, head.signal);
        }
        lane.queue.shift();
        const now = this.#now();
        lane.lastStart = now;
        head.resolve({ model: lane.model, startedAt: now, waitedMs: Math.round(now - head.since) });
      }
    } catch (reason) {
      // Aborted: the run is ending; every waiter ends with it.
      for (const waiter of lane.queue.splice(0)) waiter.reject(reason);
    } finally {
      lane.pumping = false;
    }
  }

  #lane(model: string): Lane {
    let lane = this.#lanes.get(model);
    if (!lane) {
      lane = {
        model,
        pausedUntil: Number.NEGATIVE_INFINITY,
        intervalMs: 0,
        lastStart: Number.NEGATIVE_INFINITY,
        queue: [],
        pumping: false,
        recent: [],
        takenSince: 0,
        slowestMs: 0,
      };
      this.#lanes.set(model, lane);
    }
    return lane;
  }
}

/**
 * At most `size` holders at a time, served in the order they asked: the run's assets in their
 * chains (`concurrency`), and its image transforms (one at a time keeps one 4K image's pixels
 * in memory, not `concurrency` of them, and costs nothing: they run on the event loop).
 */
export class Slots {
  #free: number;
  readonly #waiting: { resolve(): void; reject(reason: unknown): void }[] = [];

  constructor(size: number) {
    this.#free = Math.max(1, size);
  }

  /** Resolves with the release function once a slot is free; rejects when `signal` aborts. */
  async acquire(signal?: AbortSignal): Promise<() => void> {
    signal?.throwIfAborted();
    if (this.#free > 0) {
      this.#free -= 1;
    } else {
      await new Promise<void>((resolve, reject) => {
        const waiter = {
          resolve: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
          reject,
        };
        const onAbort = () => {
          this.#waiting.splice(this.#waiting.indexOf(waiter), 1);
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        this.#waiting.push(waiter);
      });
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      if (next)
        next.resolve(); // the slot passes straight to the next in line
      else this.#free += 1;
    };
  }

  /** Runs `work` in a slot. */
  async run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const release = await this.acquire(signal);
    try {
      return await work();
    } finally {
      release();
    }
  }
}

/** One holder's slot, let go while it is not needed and taken again when it is. */
export class Hold {
  #release: (() => void) | undefined;

  constructor(readonly slots: Slots) {}

  async take(signal?: AbortSignal): Promise<void> {
    this.#release ??= await this.slots.acquire(signal);
  }

  letGo(): void {
    this.#release?.();
    this.#release = undefined;
  }
}
