// The event payload (GITHUB_EVENT_PATH) is outside input. GitHub caps webhook payloads at 25 MB
// and delivers none larger
// (https://docs.github.com/en/webhooks/webhook-events-and-payloads#payload-cap), so a larger
// event file is not GitHub's: it is refused before it is read, also before @actions/github is
// loaded, since that module reads the whole file when it is imported.
import { statSync } from 'node:fs';

export const MAX_EVENT_PAYLOAD_BYTES = 25 * 1024 * 1024;

/** Why the event file must not be read, or undefined when it may (or there is none). */
export function oversizedEventPayload(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const size = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  return size > MAX_EVENT_PAYLOAD_BYTES
    ? `The event payload ${path} is ${size} bytes, more than GitHub delivers (${MAX_EVENT_PAYLOAD_BYTES}); refusing to read it`
    : undefined;
}
