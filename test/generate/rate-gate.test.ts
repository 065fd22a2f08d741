// The run's shared rate-limit gate (src/generate/gate.ts) and request slots: a 429 holds the
// other requests to that model back and then paces them; a run against a rate-limited
// gateway generates everything. No timing assertions: a fake clock, or counts only.
import { afterEach, describe, expect, it } from 'vitest';
import { RateGate, Slots } from '../../src/generate/gate.js';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import { API_KEY, imageCalls, makeProject, type Project, runProject } from './helpers.js';

/** A clock that only moves when the gate sleeps. */
function fakeTime() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleeps,
    advance: (ms: number) => {
      now += ms;
    },
    sleep: async (ms: number, _signal: AbortSignal) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

const signal = new AbortController().signal;

/** Four requests taken 100 ms apart: before a first 429, a first guess of 4 a second. */
async function fourTakenInASecond(gate: RateGate, time: ReturnType<typeof fakeTime>) {
  for (let i = 0; i < 4; i++) {
    const turn = await gate.wait('m', signal);
    time.advance(100);
    gate.taken(turn);
  }
}

describe('RateGate', () => {
  it('holds nothing back before the first 429', async () => {
    const time = fakeTime();
    const gate = new RateGate({ sleep: time.sleep, now: time.now });
    const turns = await Promise.all(Array.from({ length: 8 }, () => gate.wait('m', signal)));
    expect(turns.every((turn) => turn.waitedMs === 0)).toBe(true);
    expect(time.sleeps).toEqual([]);
  });

  it('after a 429 the others wait out its Retry-After, then go one at a time', async () => {
    const time = fakeTime();
    const gate = new RateGate({ sleep: time.sleep, now: time.now });
    // Four requests were taken in the last second: the first guess is 4 a second.
    await fourTakenInASecond(gate, time);
    const limited = await gate.wait('m', signal);
    expect(gate.limited(limited, 500)).toBe(true); // its retry has the first turn

    const others = [gate.wait('m', signal), gate.wait('m', signal), gate.wait('m', signal)];
    const retry = await gate.wait('m', signal, { first: true });
    expect(retry.waitedMs).toBe(0);
    const starts = (await Promise.all(others)).map((turn) => turn.startedAt);
    // None before the Retry-After is over, and spaced by the pace (250 ms at 4 a second).
    expect(starts[0]).toBeGreaterThanOrEqual(limited.startedAt + 500);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(249);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(249);
  });

  it('a 429 for a request sent before the last one tells nothing new: it queues', async () => {
    const time = fakeTime();
    const gate = new RateGate({ sleep: time.sleep, now: time.now });
    const early = await gate.wait('m', signal);
    const late = await gate.wait('m', signal);
    time.advance(10);
    expect(gate.limited(late, 100)).toBe(true);
    expect(gate.limited(early, 100)).toBe(false);
  });

  it('sporadic 429s slow the pace to within twice what anything pointed to, not without end', async () => {
    const time = fakeTime();
    const gate = new RateGate({ sleep: time.sleep, now: time.now });
    // Four requests in the last second before the first 429: a first guess of 250 ms. Then
    // every third request is answered 429 asking 20 ms, at any pace: not a rate limit the run
    // goes past. Fewer than 4 requests get through between two of them, which alone would
    // slow the pace by a quarter each time.
    await fourTakenInASecond(gate, time);
    let longestGap = 0;
    let last: number | undefined;
    for (let i = 0; i < 300; i++) {
      const turn = await gate.wait('m', signal);
      if (last !== undefined) longestGap = Math.max(longestGap, turn.startedAt - last);
      last = turn.startedAt;
      time.advance(5); // the answer
      if (i % 3 === 0) gate.limited(turn, 20);
      else gate.taken(turn);
    }
    expect(longestGap).toBeLessThanOrEqual(2 * 250);
    expect(time.now()).toBeLessThan(300 * 2 * 250);
  });

  it('models have gates of their own', async () => {
    const time = fakeTime();
    const gate = new RateGate({ sleep: time.sleep, now: time.now });
    gate.limited(await gate.wait('gpt-image-2', signal), 10_000);
    const other = await gate.wait('gemini-3-pro-image', signal);
    expect(other.waitedMs).toBe(0);
  });

  it('an interrupted run ends the queued waiters', async () => {
    const time = fakeTime();
    const controller = new AbortController();
    const gate = new RateGate({
      now: time.now,
      sleep: (_ms, aborted) =>
        new Promise((_resolve, reject) =>
          aborted.addEventListener('abort', () => reject(aborted.reason), { once: true }),
        ),
    });
    gate.limited(await gate.wait('m', controller.signal), 1000);
    const waiting = gate.wait('m', controller.signal);
    controller.abort(new Error('interrupted'));
    await expect(waiting).rejects.toThrow('interrupted');
  });
});

describe('Slots', () => {
  it('never more holders than slots, served in order', async () => {
    const slots = new Slots(2);
    let holders = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        slots.run(async () => {
          holders += 1;
          most = Math.max(most, holders);
          order.push(i);
          await new Promise((resolve) => setTimeout(resolve, 2));
          holders -= 1;
        }),
      ),
    );
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('a waiter whose run is interrupted leaves the line', async () => {
    const slots = new Slots(1);
    const release = await slots.acquire();
    const controller = new AbortController();
    const waiting = slots.acquire(controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    release();
    const next = await slots.acquire();
    next();
  });
});

describe('a run against a rate-limited provider', () => {
  let gw: Gateway | undefined;
  let project: Project | undefined;
  afterEach(async () => {
    await gw?.close();
    project?.remove();
    gw = project = undefined;
  });

  it('generates every asset on its primary model, with few 429s', async () => {
    gw = await startGateway({
      apiKey: API_KEY,
      latencyMs: 20,
      rateLimit: { perSecond: 40, burst: 4 },
    });
    const ids = Array.from({ length: 30 }, (_, i) => `asset-${i}`);
    project = makeProject({ assets: ids.map((id) => ({ id })) });
    const { sleep } = await import('../../src/generate/run.js');

    const run = await runProject(project, {
      gateway: gw,
      concurrency: 8,
      sleep,
      policy: { retriesPerModel: 2, baseDelayMs: 10, maxDelayMs: 1_000, totalWaitMs: 10_000 },
    });

    const results = run.result.results;
    expect(results.filter((r) => r.outcome === 'generated')).toHaveLength(30);
    expect(results.every((r) => r.model === 'gpt-image-2')).toBe(true);
    const limited = imageCalls(gw).filter(
      (call) => typeof call.step === 'object' && 'status' in call.step && call.step.status === 429,
    );
    // Without the gate every request past the burst would bounce about once (about 26).
    expect(limited.length).toBeGreaterThan(0); // the limit was reached
    expect(limited.length).toBeLessThan(15);
  });
});
