// What a generation run did, asset by asset and attempt by attempt: the reports read this.
import type { ModelId } from '../models/registry.js';

export interface Attempt {
  model: ModelId;
  /** 'ok', an HTTP status, or what went wrong before one: network, timeout, invalid-image. */
  status: string;
  message?: string;
  /** The wait before this attempt (backoff or Retry-After), in milliseconds. */
  waitMs: number;
  /**
   * Credits this attempt cost: its price once the provider delivered an image (even one that
   * failed its check) or when no answer came (possibly spent); 0 after an error answer.
   */
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
  /**
   * What the provider billed (SPEC 4): every image it delivered, and every request sent that
   * got no answer we could read (timeout, connection lost), which a gateway may bill.
   */
  creditsSpent: number;
  /** The part of creditsSpent for requests that got no answer: possibly billed. */
  possiblySpent: number;
  /** Models the provider does not serve, each with the model that served in its place. */
  modelsUnavailable: { model: ModelId; replacement?: ModelId }[];
  /** Set when the run stopped sending (invalid key, no credits left). */
  stoppedBecause?: string;
  /** Set when the run was cancelled or passed its deadline: what remained was not sent. */
  interrupted?: string;
  /** Journal entries found and not used (invalid, forged, or their image refused), in words. */
  journalIgnored?: string[];
  /** Selected assets not generated (failed, or not sent): what a re-run would do. */
  remaining: string[];
}
