// What a generation run did, asset by asset and attempt by attempt: the reports read this.
import type { ModelId } from '../models.js';

export interface Attempt {
  model: ModelId;
  /** 'ok', an HTTP status, or what went wrong before one: network, timeout, invalid-image. */
  status: string;
  message?: string;
  /** The wait before this attempt (backoff or Retry-After), in milliseconds. */
  waitMs: number;
  /** Credits charged for this attempt (0 unless it succeeded). */
  credits: number;
}

export type Outcome = 'generated' | 'failed' | 'skipped';

export interface AssetResult {
  id: string;
  outcome: Outcome;
  /** The model that served the image. */
  model?: ModelId;
  credits: number;
  attempts: Attempt[];
  /** Files written, relative to the manifest folder. */
  files: string[];
  /** Why it failed or was skipped. */
  reason?: string;
}

export interface RunResult {
  results: AssetResult[];
  creditsSpent: number;
  /** Set when the run stopped sending (invalid key, no credits left). */
  stoppedBecause?: string;
}
