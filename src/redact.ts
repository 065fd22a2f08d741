// Secrets out of everything a provider (or a proxy in front of it) says: an error message, a
// request id, a task id may echo the API key, whole or encoded, and these end up in logs,
// comments, the lock file and the journal. One module, used wherever such a value is kept or
// shown. See docs/reliability.md.
import { HIDDEN_OR_CONTROL_ALL } from './text-safety.js';

export const REDACTED = '***';
/** The longest provider value (request id, task id) kept; the lock file refuses longer ones. */
export const MAX_PROVIDER_VALUE = 256;

/** Base64 fragments shorter than this could match by chance: the key is caught whole anyway. */
const MIN_FRAGMENT = 8;

/**
 * `text` with every form of each secret replaced by ***: as written, URL-encoded (either case of
 * hex), and base64 (standard and URL-safe, at each of the three byte alignments it can have
 * inside a longer encoded string, as in a Basic authorization header).
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let redacted = text;
  for (const secret of secrets) {
    if (!secret) continue;
    for (const form of formsOf(secret)) redacted = redacted.replace(form, REDACTED);
  }
  return redacted;
}

/**
 * A value a provider supplied (request id, task id), made fit to keep and show: redacted, without
 * control or invisible characters, and at most `max` characters; undefined stays undefined.
 */
export function providerValue(
  value: string | undefined,
  secrets: readonly string[],
  max: number = MAX_PROVIDER_VALUE,
): string | undefined {
  if (value === undefined) return undefined;
  const clean = redactSecrets(value, secrets).replace(HIDDEN_OR_CONTROL_ALL, '');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

const formCache = new Map<string, RegExp[]>();

function formsOf(secret: string): RegExp[] {
  const cached = formCache.get(secret);
  if (cached) return cached;
  const encoded = encodeURIComponent(secret);
  const forms = [
    literal(secret),
    // %2f and %2F are the same byte.
    new RegExp(
      escapeRegExp(encoded).replace(
        /%([0-9A-F]{2})/g,
        (_, hex: string) =>
          `%${[...hex].map((c) => (/[A-F]/.test(c) ? `[${c}${c.toLowerCase()}]` : c)).join('')}`,
      ),
      'g',
    ),
    ...base64Fragments(secret).map(literal),
  ];
  formCache.set(secret, forms);
  return forms;
}

/** The base64 characters that depend on the secret alone, at offsets 0, 1 and 2 of a group. */
function base64Fragments(secret: string): string[] {
  const bytes = Buffer.from(secret);
  const fragments = new Set<string>();
  for (const offset of [0, 1, 2]) {
    const padded = Buffer.concat([Buffer.alloc(offset), bytes]);
    const whole = Math.floor(padded.length / 3) * 4; // characters of complete groups
    const skip = [0, 2, 3][offset]!; // characters that mix in the bytes before
    const standard = padded.toString('base64').slice(skip, whole);
    if (standard.length < MIN_FRAGMENT) continue;
    fragments.add(standard);
    fragments.add(standard.replaceAll('+', '-').replaceAll('/', '_'));
  }
  return [...fragments];
}

function literal(text: string): RegExp {
  return new RegExp(escapeRegExp(text), 'g');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
