// What to run after an interrupted `generate`. The lock file already skips every asset that was
// finished, so the same command continues, except when it forced assets: forcing them again
// would buy the finished ones a second time. The advice forces exactly the forced ones left.
import type { PlannedAsset } from '../plan.js';

export interface RunArguments {
  manifest: string;
  provider: string;
  baseUrl?: string;
  concurrency?: number;
  budget?: number;
  only?: string;
  shard?: string;
  json?: boolean;
}

export interface Remaining {
  /** Selected assets that were not generated, in manifest order. */
  ids: string[];
  /** Those of them that only `--force` would generate. */
  forced: string[];
}

export function remainingAfter(items: readonly PlannedAsset[], generated: ReadonlySet<string>) {
  const left = items.filter((item) => item.selected && !generated.has(item.asset.id));
  return {
    ids: left.map((item) => item.asset.id),
    forced: left.filter((item) => item.change === 'forced').map((item) => item.asset.id),
  } satisfies Remaining;
}

/** The command that generates exactly what is left, no more. */
export function continueCommand(run: RunArguments, remaining: Remaining): string {
  const words = ['asset-forge', 'generate', run.manifest];
  if (run.provider !== 'nanobanana') words.push('--provider', run.provider);
  if (run.baseUrl) words.push('--base-url', run.baseUrl);
  if (run.concurrency !== undefined) words.push('--concurrency', String(run.concurrency));
  if (run.budget !== undefined) words.push('--budget', String(run.budget));
  if (run.shard) words.push('--shard', run.shard);
  if (run.only) words.push('--only', run.only);
  if (remaining.forced.length > 0) words.push('--force', remaining.forced.join(','));
  if (run.json) words.push('--json');
  return words.map(shellQuote).join(' ');
}

export function continueAdvice(run: RunArguments, remaining: Remaining, lockPath: string): string {
  if (remaining.ids.length === 0) {
    return `Interrupted after every selected asset was done; they are saved with the lock file ${lockPath}.`;
  }
  const left =
    remaining.ids.length <= 20
      ? remaining.ids.join(', ')
      : `${remaining.ids.slice(0, 20).join(', ')} and ${remaining.ids.length - 20} more`;
  return [
    `Interrupted. Every asset finished before that is saved, with the lock file ${lockPath}.`,
    `Left to generate (${remaining.ids.length}): ${left}.`,
    'To continue with exactly these, run:',
    `  ${continueCommand(run, remaining)}`,
  ].join('\n');
}

function shellQuote(word: string): string {
  return /^[\w./:@%+=,-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
