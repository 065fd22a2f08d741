// Every fault the fake gateway can play (test/fakes/gateway.ts), by name: the chaos matrix
// (chaos.test.ts) plays each of them, and so does the credit-efficiency bench (bench/credit.ts).
import type { Step } from '../fakes/gateway.js';

export interface Fault {
  name: string;
  steps: Step[];
  /** Faults of the async task API need pixapi's async requests. */
  async?: boolean;
  /** Hangs cost a deadline each: played less often. */
  slow?: boolean;
}

export const FAULTS: Fault[] = [
  { name: 'runs of 503', steps: [{ status: 503 }] },
  { name: '429 with Retry-After', steps: [{ status: 429, retryAfter: '1' }] },
  { name: '429 with retry-after-ms', steps: [{ status: 429, retryAfterMs: 3 }] },
  { name: '429 without Retry-After', steps: [{ status: 429 }] },
  { name: 'a hang past the timeout', steps: ['hang'], slow: true },
  { name: 'a hang in the middle of the body', steps: ['hang-mid-body'], slow: true },
  { name: 'a connection reset', steps: ['reset'] },
  { name: 'a connection reset mid-body', steps: ['reset-mid-body'] },
  { name: 'HTTP 200 with an error envelope', steps: [{ envelopeCode: 1001, message: 'busy' }] },
  { name: 'a body that is not JSON', steps: ['garbage'] },
  { name: 'a success without an image', steps: ['no-image'] },
  { name: 'garbage image bytes', steps: ['image-garbage'] },
  { name: 'a truncated image', steps: ['image-truncated'] },
  { name: 'an image that does not decode', steps: ['image-undecodable'] },
  { name: 'wrong dimensions', steps: [{ imageSize: { width: 512, height: 512 } }] },
  { name: '404 on the image URL', steps: ['image-404'] },
  { name: 'an image download cut midway', steps: ['image-reset'] },
  { name: 'an image download cut once (fetched again)', steps: ['image-reset-once'] },
  { name: 'an image download that stalls', steps: ['image-stall'], slow: true },
  { name: 'too many redirects of the image URL', steps: [{ imageRedirects: 11 }] },
  { name: 'a few redirects of the image URL', steps: [{ imageRedirects: 4 }] },
  { name: '401 invalid key', steps: [{ status: 401 }] },
  { name: '402 insufficient credits', steps: [{ status: 402 }] },
  { name: '422 prompt rejected', steps: [{ status: 422 }] },
  { name: '400 invalid request', steps: [{ status: 400 }] },
  { name: 'an async task that fails', steps: ['task-failed'], async: true },
  { name: 'an async task that never ends', steps: ['task-stuck'], async: true, slow: true },
  { name: 'an async task whose first poll fails', steps: ['task-flaky'], async: true },
];
