// The CLI: `asset-forge validate|plan|generate|schema`, the same engine as the action.
import { parseArgs } from 'node:util';
import { EXIT } from './exit-codes.js';
import type { AssetResult, RunResult } from './generate/types.js';
import { LockFileInvalidError } from './lockfile.js';
import { ManifestInvalidError } from './manifest/errors.js';
import { loadManifest } from './manifest/load.js';
import { manifestJsonSchema } from './manifest/schema.js';
import { generateRun, loadAndPlan, type PlanSettings } from './pipeline.js';
import { createProvider } from './providers/index.js';
import { PROVIDER_NAMES, type ProviderName } from './providers/types.js';
import { findRepositoryRoot } from './repo-root.js';
import { toPlanDocument } from './report/plan-document.js';
import { planTable, progressLine, resultsTable } from './report/terminal.js';
import { parseShard } from './shard.js';

const USAGE = `Usage:
  asset-forge validate [manifest] [--provider P]
  asset-forge plan [manifest] [--json] [--budget N] [--provider P] [--force[=IDS]] [--only IDS] [--shard i/n]
  asset-forge generate [manifest] [--provider P] [--base-url U] [--concurrency N] [--force[=IDS]]
                       [--only IDS] [--budget N] [--shard i/n]
  asset-forge schema

The manifest defaults to assets.yml. The provider is nanobanana, pixapi or offline (default
nanobanana); its key comes from ASSET_FORGE_API_KEY.
Exit codes: 0 success, 1 some assets failed, 2 invalid manifest or arguments, 3 over budget.`;

class UsageError extends Error {}

const OPTIONS = {
  json: { type: 'boolean' },
  budget: { type: 'string' },
  provider: { type: 'string' },
  'base-url': { type: 'string' },
  concurrency: { type: 'string' },
  force: { type: 'string' },
  only: { type: 'string' },
  shard: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  try {
    // A bare --force means every asset; --force=ids names some.
    const args = argv.map((arg) => (arg === '--force' ? '--force=true' : arg));
    const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true });
    const [command, manifestArg, ...extra] = positionals;
    if (values.help || command === 'help') return print(USAGE, EXIT.success);
    if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`);
    const manifest = manifestArg ?? 'assets.yml';
    const provider = providerOf(values.provider);
    switch (command) {
      case 'schema':
        return print(JSON.stringify(manifestJsonSchema(), null, 2), EXIT.success);
      case 'validate': {
        const loaded = loadManifest(manifest, { root: findRepositoryRoot(manifest), provider });
        return print(`${manifest}: valid, ${loaded.assets.length} assets`, EXIT.success);
      }
      case 'plan':
        return plan(settingsOf(manifest, provider, values), values.json === true);
      case 'generate':
        return await generate(settingsOf(manifest, provider, values), values, env);
      default:
        throw new UsageError(command ? `unknown command ${command}` : 'a command is needed');
    }
  } catch (error) {
    if (error instanceof ManifestInvalidError) return fail(error.message, EXIT.invalidInput);
    if (error instanceof LockFileInvalidError) return fail(error.message, EXIT.invalidInput);
    if (error instanceof UsageError || isParseArgsError(error)) {
      return fail(`${(error as Error).message}\n\n${USAGE}`, EXIT.invalidInput);
    }
    throw error;
  }
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

function settingsOf(manifest: string, provider: ProviderName, values: Values): PlanSettings {
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (values.shard !== undefined && !shard)
    throw new UsageError(`--shard ${values.shard}: write i/n, for example 1/3`);
  const budget =
    values.budget === undefined ? undefined : wholeNumber('--budget', values.budget, 0);
  return {
    manifest,
    root: findRepositoryRoot(manifest),
    provider,
    ...(budget !== undefined ? { budget } : {}),
    ...(values.force !== undefined ? { force: values.force } : {}),
    ...(values.only !== undefined ? { only: values.only } : {}),
    ...(shard ? { shard } : {}),
  };
}

function plan(settings: PlanSettings, json: boolean): number {
  const planned = loadAndPlan(settings);
  const document = toPlanDocument(planned.plan);
  print(json ? JSON.stringify(document, null, 2) : planTable(document), EXIT.success);
  return overBudgetAndFailing(planned.plan) ? EXIT.overBudget : EXIT.success;
}

async function generate(
  settings: PlanSettings,
  values: Values,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const concurrency =
    values.concurrency === undefined ? 4 : wholeNumber('--concurrency', values.concurrency, 1);
  const apiKey = env.ASSET_FORGE_API_KEY;
  if (settings.provider !== 'offline' && !apiKey) {
    throw new UsageError(
      `the ${settings.provider} provider needs a key: set ASSET_FORGE_API_KEY, or use --provider offline`,
    );
  }
  const planned = loadAndPlan(settings);
  const document = toPlanDocument(planned.plan);
  process.stdout.write(`${planTable(document)}\n\n`);
  if (overBudgetAndFailing(planned.plan)) {
    return fail(
      'Over budget: nothing was generated. Raise --budget or the manifest max-credits, or set on-over-budget: partial.',
      EXIT.overBudget,
    );
  }
  const provider = providerFor(settings.provider, apiKey, values['base-url']);
  const total = planned.plan.items.filter((item) => item.selected).length;
  const progress = progressReporter(total);
  const controller = new AbortController();
  const stop = () => controller.abort(new Error('interrupted'));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    let result: Awaited<ReturnType<typeof generateRun>>;
    try {
      result = await generateRun(planned, {
        provider,
        concurrency,
        signal: controller.signal,
        onAssetDone: progress,
      });
    } catch (error) {
      if (!controller.signal.aborted) throw error;
      return fail(
        `\nInterrupted. Every asset finished before that is saved, with the lock file ${planned.lockPath}; run the same command again to continue.`,
        EXIT.assetsFailed,
      );
    }
    process.stdout.write(`\n${resultsTable(result)}\n`);
    if (result.pruned.length > 0) process.stdout.write(`Pruned: ${result.pruned.join(', ')}\n`);
    for (const { path, reason } of result.notPruned) {
      process.stdout.write(`Not pruned, left alone: ${path} (${reason})\n`);
    }
    return exitCodeFor(result);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

/** SPEC §8: 1 when an asset failed or the run stopped sending (401, 402), else 0. */
export function exitCodeFor(result: Pick<RunResult, 'results' | 'stoppedBecause'>): number {
  return result.results.some((r) => r.outcome === 'failed') || result.stoppedBecause
    ? EXIT.assetsFailed
    : EXIT.success;
}

/** A bad --base-url is the user's argument, not a crash. */
function providerFor(name: ProviderName, apiKey: string | undefined, baseUrl: string | undefined) {
  try {
    return createProvider(name, {
      ...(apiKey ? { apiKey } : {}),
      ...(baseUrl ? { baseUrl } : {}),
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** One line per finished asset; on a terminal the line is rewritten in place. */
function progressReporter(total: number): (result: AssetResult) => void {
  let done = 0;
  const live = process.stderr.isTTY === true;
  return (result) => {
    done++;
    const line = progressLine(done, total, result);
    if (live) process.stderr.write(`\r\x1b[2K${line}${done === total ? '\n' : ''}`);
    else process.stderr.write(`${line}\n`);
  };
}

function overBudgetAndFailing(plan: { overBudget: boolean; onOverBudget: string }): boolean {
  return plan.overBudget && plan.onOverBudget === 'fail';
}

function providerOf(value: string | undefined): ProviderName {
  const name = value ?? 'nanobanana';
  if (!(PROVIDER_NAMES as readonly string[]).includes(name)) {
    throw new UsageError(`--provider ${name}: use one of ${PROVIDER_NAMES.join(', ')}`);
  }
  return name as ProviderName;
}

function wholeNumber(flag: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new UsageError(`${flag} ${text}: give a whole number of ${min} or more`);
  return value;
}

function isParseArgsError(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code?.startsWith('ERR_PARSE_ARGS') === true;
}

function print(text: string, code: number): number {
  process.stdout.write(`${text}\n`);
  return code;
}

function fail(text: string, code: number): number {
  process.stderr.write(`${text}\n`);
  return code;
}

/** Runs the CLI as the process: its exit code, and a message (no crash) for the unexpected. */
export function runAsProcess(): void {
  main(process.argv.slice(2), process.env).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`asset-forge: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = EXIT.assetsFailed;
    },
  );
}
