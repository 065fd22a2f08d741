// Values of the CLI's options, checked as they are parsed: a wrong form is an error (exit 2)
// that says what form is expected and, for names, what was probably meant.
import { InvalidArgumentError } from 'commander';
import { closestName } from '../manifest/errors.js';
import { PROVIDER_NAMES, type ProviderName } from '../providers/types.js';
import { unmatchedWithHints } from '../selection.js';
import { parseShard, type Shard } from '../shard.js';

/** An argument error found after parsing (a key that is missing, an id that matches nothing). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseProvider(value: string): ProviderName {
  if ((PROVIDER_NAMES as readonly string[]).includes(value)) return value as ProviderName;
  const guess = closestName(value, PROVIDER_NAMES);
  throw new InvalidArgumentError(
    `${guess ? `Did you mean ${guess}? ` : ''}Use one of ${PROVIDER_NAMES.join(', ')}.`,
  );
}

export const parseCredits = (value: string) => wholeNumber(value, 0);
export const parseConcurrency = (value: string) => wholeNumber(value, 1);
export const parseMinutes = (value: string) => wholeNumber(value, 1);

function wholeNumber(text: string, min: number): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < min) {
    throw new InvalidArgumentError(`Give a whole number of ${min} or more.`);
  }
  return value;
}

export function parseShardOption(value: string): Shard {
  const shard = parseShard(value);
  if (!shard) throw new InvalidArgumentError('Write i/n with 1 <= i <= n, for example 1/3.');
  return shard;
}

/** Refuses a `--force`/`--only` list with an id or glob that names no asset of the manifest. */
export function checkSelection(flag: string, text: string | undefined, ids: readonly string[]) {
  const hints = unmatchedWithHints(text, ids);
  if (hints.length === 0) return;
  throw new UsageError(
    `${flag} ${hints.join(', ')}: matches no asset id of the manifest. The ids are ${listed(ids)}.`,
  );
}

function listed(ids: readonly string[]): string {
  return ids.length <= 30
    ? ids.join(', ')
    : `${ids.slice(0, 30).join(', ')} and ${ids.length - 30} more`;
}
