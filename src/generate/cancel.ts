// Cancellation (SPEC 7): SIGINT or SIGTERM (a cancelled job, `timeout-minutes`, Ctrl-C) stops
// sending and lets what is in flight finish; a second signal, or the grace running out, cuts
// it off. Either way the run returns normally, so what was paid for is written and published.

/** What is in flight gets this long after the first signal ("within a few seconds"). */
export const GRACE_MS = 5_000;

export interface Cancellation {
  /** Aborts at the first signal: nothing more is sent (GenerateOptions.stop). */
  stop: AbortSignal;
  /** Aborts at the second signal or after the grace: requests in flight end (GenerateOptions.signal). */
  abort: AbortSignal;
  dispose(): void;
}

export function cancelOnSignals(graceMs = GRACE_MS): Cancellation {
  const stop = new AbortController();
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    const reason = new Error(`cancelled (${signal})`);
    if (stop.signal.aborted) return abort.abort(reason);
    stop.abort(reason);
    timer = setTimeout(() => abort.abort(reason), graceMs).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    stop: stop.signal,
    abort: abort.signal,
    dispose() {
      clearTimeout(timer);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
