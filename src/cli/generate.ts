// `asset-forge generate`: plan, then generate what changed with progress on the terminal, then
// the results and the files written; after Ctrl-C, the exact command that continues.
import { join, relative, sep } from 'node:path';
import { EXIT } from '../exit-codes.js';
import { cancelOnSignals } from '../generate/cancel.js';
import type { AssetResult, RunResult } from '../generate/types.js';
import { generateRun, type PlannedRun } from '../pipeline.js';
import { createProvider } from '../providers/index.js';
import type { ProviderName } from '../providers/types.js';
import { paintFor } from '../report/colour.js';
import { toPlanDocument } from '../report/plan-document.js';
import { filesWrittenList, planTable, resultsTable } from '../report/terminal.js';
import { UsageError } from './arguments.js';
import { continueAdvice, type RunArguments, remainingAfter } from './continue-advice.js';
import { Progress } from './progress.js';

export interface GenerateArguments extends RunArguments {
  provider: ProviderName;
  concurrency?: number;
  /** Minutes: past them nothing more is sent (SPEC 6). */
  deadline?: number;
}

export async function runGenerate(
  planned: PlannedRun,
  args: GenerateArguments,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const apiKey = env.ASSET_FORGE_API_KEY;
  if (args.provider !== 'offline' && !apiKey) {
    throw new UsageError(
      `the ${args.provider} provider needs a key: set ASSET_FORGE_API_KEY, or use --provider offline`,
    );
  }
  const provider = providerFor(args.provider, apiKey, args.baseUrl);
  const document = toPlanDocument(planned.plan);
  const out = process.stdout;
  const paint = paintFor(out, env);
  if (!args.json) out.write(`${planTable(document, paint)}\n\n`);
  if (planned.plan.overBudget && planned.plan.onOverBudget === 'fail') {
    if (args.json) out.write(`${JSON.stringify({ plan: document, run: null }, null, 2)}\n`);
    process.stderr.write(
      'Over budget: nothing was generated. Raise --budget or the manifest max-credits, or set on-over-budget: partial.\n',
    );
    return EXIT.overBudget;
  }

  const selected = planned.plan.items.filter((item) => item.selected);
  const progress = new Progress({
    total: selected.length,
    ...(planned.plan.cap !== undefined ? { cap: planned.plan.cap } : {}),
    out: process.stderr,
    live: process.stderr.isTTY === true,
    paint: paintFor(process.stderr, env),
  });
  const finished: AssetResult[] = [];
  const cancel = cancelOnSignals();
  let result: Awaited<ReturnType<typeof generateRun>> | undefined;
  try {
    result = await generateRun(planned, {
      provider,
      // The key authenticates the journal: images delivered and not yet locked (SPEC 4).
      ...(apiKey && !provider.free ? { journalKey: apiKey } : {}),
      concurrency: args.concurrency ?? 4,
      ...(args.deadline ? { deadline: Date.now() + args.deadline * 60_000 } : {}),
      signal: cancel.abort,
      stop: cancel.stop,
      onAssetStart: (id) => progress.start(id),
      onAssetDone: (done: AssetResult) => {
        finished.push(done);
        progress.done(done);
      },
    });
  } catch (error) {
    if (!cancel.stop.aborted) throw error;
  } finally {
    progress.stop();
    cancel.dispose();
  }

  // From what finished, not from the result: an interrupted run has none, and wrote files too.
  const files = filesOf(planned, finished);
  if (args.json) {
    out.write(
      `${JSON.stringify({ plan: document, run: result ? { ...result, files } : null, interrupted: cancel.stop.aborted }, null, 2)}\n`,
    );
  } else if (result) {
    out.write(`${resultsTable(result, paint)}\n`);
    if (result.pruned.length > 0) out.write(`Pruned: ${result.pruned.join(', ')}\n`);
    for (const { path, reason } of result.notPruned) {
      out.write(`Not pruned, left alone: ${path} (${reason})\n`);
    }
    for (const line of result.journalIgnored ?? []) out.write(`Warning: ${line}\n`);
  }
  if (!args.json) out.write(`${filesWrittenList(files)}\n`);
  if (cancel.stop.aborted || result?.interrupted) {
    const generated = new Set(finished.filter((r) => r.outcome === 'generated').map((r) => r.id));
    const remaining = remainingAfter(planned.plan.items, generated);
    process.stderr.write(`\n${continueAdvice(args, remaining, planned.lockPath)}\n`);
    return EXIT.assetsFailed;
  }
  return exitCodeFor(result!);
}

/** SPEC §8: 1 when an asset failed or the run stopped sending (401, 402), else 0. */
export function exitCodeFor(result: Pick<RunResult, 'results' | 'stoppedBecause'>): number {
  return result.results.some((r) => r.outcome === 'failed') || result.stoppedBecause
    ? EXIT.assetsFailed
    : EXIT.success;
}

/** The files written, as paths from the current folder (what the user would open). */
function filesOf(planned: PlannedRun, results: readonly AssetResult[]): string[] {
  const order = new Map(planned.plan.items.map((item, index) => [item.asset.id, index]));
  const inManifestOrder = [...results].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return inManifestOrder.flatMap((result) =>
    result.files.map((file) =>
      relative(process.cwd(), join(planned.manifest.dir, file)).split(sep).join('/'),
    ),
  );
}

/** A missing key or a bad --base-url is the user's argument, not a crash. */
export function providerFor(
  name: ProviderName,
  apiKey: string | undefined,
  baseUrl: string | undefined,
) {
  try {
    return createProvider(name, {
      ...(apiKey ? { apiKey } : {}),
      ...(baseUrl ? { baseUrl } : {}),
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
