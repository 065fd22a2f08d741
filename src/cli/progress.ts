// What `generate` shows while it runs. On a terminal: one status line rewritten in place (assets
// in progress, elapsed time, credits against the cap) above which each finished asset is
// printed. Elsewhere (CI logs, pipes): one plain line per finished asset, never an escape code.
import type { AssetResult } from '../generate/types.js';
import type { Paint } from '../report/colour.js';
import { progressLine } from '../report/terminal.js';

export interface ProgressOptions {
  total: number;
  /** The credits this run may charge, if capped. */
  cap?: number;
  out: { write(text: string): unknown; columns?: number };
  live: boolean;
  paint: Paint;
  now?: () => number;
}

const REDRAW_MS = 1000;

export class Progress {
  readonly #options: ProgressOptions;
  readonly #started: number;
  readonly #inProgress = new Set<string>();
  #done = 0;
  #credits = 0;
  #timer: NodeJS.Timeout | undefined;

  constructor(options: ProgressOptions) {
    this.#options = options;
    this.#started = this.#now();
    if (options.live) {
      this.#timer = setInterval(() => this.#draw(), REDRAW_MS);
      this.#timer.unref();
      this.#draw();
    }
  }

  start(id: string): void {
    this.#inProgress.add(id);
    if (this.#options.live) this.#draw();
  }

  done(result: AssetResult): void {
    this.#inProgress.delete(result.id);
    this.#done++;
    this.#credits += result.credits;
    const { out, live, paint } = this.#options;
    const line = `${progressLine(this.#done, this.#options.total, result, paint)} ${paint.dim(`· ${this.#spent()}, ${this.#elapsed()}`)}`;
    if (live) {
      out.write(`\r\x1b[2K${line}\n`);
      this.#draw();
    } else {
      out.write(`${line}\n`);
    }
  }

  /** Clears the status line: what follows starts on a clean line. */
  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    if (this.#options.live) this.#options.out.write('\r\x1b[2K');
  }

  #draw(): void {
    const { out, total, paint } = this.#options;
    const names = [...this.#inProgress].join(', ');
    const status = [
      `${this.#done}/${total} done`,
      this.#inProgress.size > 0 ? `in progress: ${names}` : undefined,
      this.#elapsed(),
      this.#spent(),
    ]
      .filter(Boolean)
      .join(' · ');
    // `columns` is 0 on a terminal that does not say its width.
    const width = Math.max(20, (out.columns || 80) - 1);
    const fitted = status.length > width ? `${status.slice(0, width - 1)}…` : status;
    out.write(`\r\x1b[2K${paint.dim(fitted)}`);
  }

  #spent(): string {
    const cap = this.#options.cap;
    return cap === undefined ? `${this.#credits} credits` : `${this.#credits} of ${cap} credits`;
  }

  #elapsed(): string {
    const seconds = Math.floor((this.#now() - this.#started) / 1000);
    return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m${seconds % 60}s`;
  }

  #now(): number {
    return (this.#options.now ?? Date.now)();
  }
}
