// Which id a model is sent under (SPEC 6; docs/models.md): the first of its ids (the id, then
// its aliases) that the provider serves, from the provider's model list where it has one, else
// by trying them in order. An id found not served is dead for the rest of the run, and so is a
// model none of whose ids is served. While an id is unproven, one request at a time tries it:
// a retired model costs at most one request per id in the whole run.
import type { ModelId } from '../models/registry.js';
import type { Provider } from '../providers/types.js';

export interface Resolution {
  /** The id to send. */
  id: string;
  /** Set when this request tries an unproven id: say what the answer showed. */
  probe?: (outcome: 'served' | 'not-served' | 'unsure') => void;
}

type IdState = 'served' | 'dead' | Promise<void>;

export class ModelResolver {
  readonly #ids = new Map<string, IdState>();
  #listed: Promise<ReadonlySet<string> | undefined> | undefined;

  constructor(
    readonly provider: Provider,
    /** A model's ids in the order they are tried: the id, then its aliases. */
    readonly idsOf: (model: ModelId) => readonly string[],
    /** Ends a wait for another request's answer (the run stopped). */
    readonly signal: AbortSignal,
  ) {}

  /**
   * The id to send the model under; undefined when the provider serves none of its ids.
   * `beforeWait` runs before waiting for another request's answer (to let go of a place that
   * request may need).
   */
  async resolve(model: ModelId, beforeWait?: () => void): Promise<Resolution | undefined> {
    const listed = await this.#list();
    for (;;) {
      let waitFor: Promise<void> | undefined;
      for (const id of this.idsOf(model)) {
        if (listed) {
          if (listed.has(id) && this.#ids.get(id) !== 'dead') return { id };
          continue;
        }
        const state = this.#ids.get(id);
        if (state === 'dead') continue;
        if (state === 'served') return { id };
        if (state) {
          waitFor = state; // another request is trying this id: its answer decides
          break;
        }
        return { id, probe: this.#probe(id) };
      }
      if (!waitFor) return undefined;
      beforeWait?.();
      await abortable(waitFor, this.signal);
    }
  }

  /** The id was answered "not served" outside a probe (it was listed, or proven before). */
  notServed(id: string): void {
    this.#ids.set(id, 'dead');
  }

  #probe(id: string): Resolution['probe'] {
    let settle!: () => void;
    this.#ids.set(
      id,
      new Promise<void>((resolve) => {
        settle = resolve;
      }),
    );
    let done = false;
    return (outcome) => {
      if (done) return;
      done = true;
      if (outcome === 'unsure') this.#ids.delete(id);
      else this.#ids.set(id, outcome === 'served' ? 'served' : 'dead');
      settle();
    };
  }

  /** The provider's list, asked once per run; undefined when it has none or cannot say. */
  #list(): Promise<ReadonlySet<string> | undefined> {
    this.#listed ??= (async () => {
      if (!this.provider.listModels) return undefined;
      try {
        const ids = await this.provider.listModels(this.signal);
        return ids && ids.length > 0 ? new Set(ids) : undefined;
      } catch {
        return undefined; // the list is a shortcut: without it, ids are tried in order
      }
    })();
    return this.#listed;
  }
}

function abortable(promise: Promise<void>, signal: AbortSignal): Promise<void> {
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    void promise.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
  });
}
