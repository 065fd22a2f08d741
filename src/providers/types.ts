// The one small interface every image provider implements.

import type { ModelId } from '../models.js';
import type { ModelTarget } from '../sizes.js';

export type { ModelTarget } from '../sizes.js';

export type ProviderName = 'nanobanana' | 'pixapi' | 'offline';
export const PROVIDER_NAMES = ['nanobanana', 'pixapi', 'offline'] as const;

/** A reference image: a public URL, or a file inside the repository (multipart upload). */
export type ReferenceImage =
  | { kind: 'url'; url: string }
  | { kind: 'file'; path: string; absolutePath: string };

export interface ImageRequest {
  assetId: string;
  /** The id sent: the model's own or the alias the provider serves it under. */
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
  onAnswered?(delivery?: Delivery): void;
  /**
   * Called once an async task is accepted, before it is polled: the image is not delivered
   * yet, but the task can be polled again by a later run instead of being submitted again.
   */
  onSubmitted?(delivery: Delivery): void;
}

/**
 * What the provider handed back for one request, before anything is downloaded: enough to
 * fetch the same image again without paying twice (SPEC 4, the journal; docs/reliability.md).
 */
export interface Delivery {
  /** A result URL to download. */
  url?: string;
  /** An async task id whose result can be polled again. */
  taskId?: string;
  requestId?: string;
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
  /**
   * Fetches an image that was already delivered (journaled URL or task id) without a new
   * paid request; absent where a delivery cannot be fetched again.
   */
  redeliver?(delivery: Delivery, request: ImageRequest): Promise<ReceivedImage>;
  /** The model ids the provider serves (GET /v1/models), or undefined where it has no list. */
  listModels?(signal: AbortSignal): Promise<readonly string[] | undefined>;
}

/**
 * How far a failure reaches (SPEC 6):
 * - transient: retry the same model, then fall back (network, timeouts, 408, 429, 5xx, bad image);
 * - model: the model id is not served (404, model_not_found, "no channel"): skip to the next
 *   model at once, no retry, dead for the rest of the run;
 * - parameter: a 400 about a parameter the model does not take (ratio, tier, references):
 *   falls back when the model is a fallback, fails the asset when it is the primary;
 * - asset: the asset fails, no retry, no fallback (other 400s, 422 moderation);
 * - run: stop sending anything (401 invalid key, 402 insufficient credits).
 */
export type FailureScope = 'transient' | 'model' | 'parameter' | 'asset' | 'run';

/**
 * What a failed request cost (SPEC 4): the gateways bill every output they deliver.
 * - none: the provider answered with an error: release the reservation;
 * - delivered: the provider answered with an image (then the download, check or write
 *   failed): settle as spent;
 * - unknown: sent, then timed out or lost its connection: keep as possibly spent.
 */
export type Billing = 'none' | 'delivered' | 'unknown';

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
    readonly billing: Billing = 'none',
    /** What the provider handed back before the failure (a URL, a task id), to fetch again. */
    readonly delivery?: Delivery,
  ) {
    super(message);
  }
}
