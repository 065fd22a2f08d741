// The one small interface every image provider implements.

import type { ModelId, Quality } from '../models.js';
import type { Dimensions, GeminiTier } from '../sizes.js';

export type ProviderName = 'nanobanana' | 'pixapi' | 'offline';
export const PROVIDER_NAMES = ['nanobanana', 'pixapi', 'offline'] as const;

/** A reference image: a public URL, or a file inside the repository (multipart upload). */
export type ReferenceImage =
  | { kind: 'url'; url: string }
  | { kind: 'file'; path: string; absolutePath: string };

/** What the model is asked for, already translated to its family's size vocabulary. */
export type ModelTarget =
  | { family: 'gpt-image'; size: Dimensions | 'auto'; quality: Quality }
  | { family: 'gemini'; ratio: string; tier: GeminiTier; pixels: Dimensions };

export interface ImageRequest {
  assetId: string;
  model: ModelId;
  prompt: string;
  target: ModelTarget;
  images: ReferenceImage[];
  /** Use the provider's asynchronous task API when it has one. */
  async: boolean;
  /** Folder for the downloaded bytes; the provider writes one file there and returns its path. */
  tempDir: string;
  signal: AbortSignal;
  /**
   * Called once the API has answered with an image, before the image is fetched: the request
   * is done with the API, so the run's next request may go out while this one downloads.
   */
  onAnswered?(): void;
}

export interface ReceivedImage {
  /** The received bytes, streamed to a file in tempDir (not yet verified). */
  file: string;
  requestId?: string;
}

export interface Provider {
  readonly name: ProviderName;
  /** True when a request costs nothing (the offline provider). */
  readonly free: boolean;
  generate(request: ImageRequest): Promise<ReceivedImage>;
}

/**
 * How far a failure reaches:
 * - transient: retry the same model, then fall back (network, timeouts, 408, 429, 5xx, bad image);
 * - asset: the asset fails, no retry, no fallback (400, 422);
 * - run: stop sending anything (401 invalid key, 402 insufficient credits).
 */
export type FailureScope = 'transient' | 'asset' | 'run';

/**
 * What went wrong, before or beside an HTTP status; the attempt's label in the reports:
 * - http: the API answered an error status (the status says which);
 * - error-envelope: HTTP 200 whose body is an error ({code != 0, message});
 * - bad-answer: an answer that cannot be read (not JSON, too large, no task id);
 * - no-image: a success without an image in it;
 * - timeout: no complete answer within the deadline (request or async task);
 * - network: the connection failed (refused, reset, cut mid-body);
 * - download: the image URL of an answer could not be fetched (status, redirects, size,
 *   deadline, not http(s)): the API call itself succeeded;
 * - task-failed: the async task ended failed;
 * - reference: a reference image could not be sent.
 */
export type FailureCause =
  | 'http'
  | 'error-envelope'
  | 'bad-answer'
  | 'no-image'
  | 'timeout'
  | 'network'
  | 'download'
  | 'task-failed'
  | 'reference';

export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  constructor(
    message: string,
    readonly scope: FailureScope,
    /** The HTTP status of the answer that failed (the API's, or the image URL's for a download). */
    readonly status?: number,
    /** Wait the provider asked for (Retry-After / retry-after-ms), in milliseconds. */
    readonly retryAfterMs?: number,
    readonly requestId?: string,
    /** What went wrong; undefined only for errors made outside the providers' HTTP code. */
    override readonly cause?: FailureCause,
  ) {
    super(message);
  }
}
