// The CLI: `asset-forge validate|plan|generate|doctor|schema|preview|init`, the same engine as the action.
// Arguments are parsed by commander: per-command help, --version, and a did-you-mean for an
// unknown command or flag. Every argument error exits 2 (docs/cli.md lists the exit codes).
import { Command, CommanderError, Option } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { readTextCapped } from './bounded-read.js';
import {
  checkSelection,
  parseConcurrency,
  parseCredits,
  parseMinutes,
  parseProvider,
  parseShardOption,
  UsageError,
} from './cli/arguments.js';
import { providerFor, runGenerate } from './cli/generate.js';
import { initProject } from './cli/init.js';
import { openInBrowser, writePreview } from './cli/preview.js';
import { doctorFoundProblems, doctorText, runDoctor } from './doctor.js';
import { EXIT } from './exit-codes.js';
import { LockFileInvalidError } from './lockfile.js';
import { ManifestInvalidError } from './manifest/errors.js';
import { loadManifest, MAX_MANIFEST_BYTES } from './manifest/load.js';
import { manifestJsonSchema } from './manifest/schema.js';
import { loadAndPlan, type PlannedRun, type PlanSettings } from './pipeline.js';
import type { ProviderName } from './providers/types.js';
import { findRepositoryRoot } from './repo-root.js';
import { paintFor } from './report/colour.js';
import { invalidPlanDocument, toPlanDocument } from './report/plan-document.js';
import { planTable, problemsWithSource } from './report/terminal.js';
import { SelectionError } from './selection.js';
import type { Shard } from './shard.js';

export { exitCodeFor } from './cli/generate.js';

const MANIFEST_HELP = 'the manifest (default: assets.yml)';

interface SelectionOptions {
  provider: ProviderName;
  budget?: number;
  force?: string | true;
  only?: string;
  shard?: Shard;
}

export async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let code: number = EXIT.success;
  const program = buildProgram(env, (result) => {
    code = result;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    // Commander printed its message (with its did-you-mean) already.
    if (error instanceof CommanderError)
      return error.exitCode === 0 ? EXIT.success : EXIT.invalidInput;
    if (error instanceof ManifestInvalidError) {
      const sources = new Map<string, string | undefined>();
      const sourceOf = (file: string) => {
        if (!sources.has(file)) sources.set(file, readSource(file));
        return sources.get(file);
      };
      return fail(problemsWithSource(error.problems, sourceOf), EXIT.invalidInput);
    }
    if (error instanceof LockFileInvalidError) return fail(error.message, EXIT.invalidInput);
    if (error instanceof UsageError || error instanceof SelectionError) {
      return fail(`error: ${error.message}\n(add --help for usage)`, EXIT.invalidInput);
    }
    throw error;
  }
}

function buildProgram(env: NodeJS.ProcessEnv, exit: (code: number) => void): Command {
  const program = new Command('asset-forge')
    .description(
      'Keep generated images in step with a YAML manifest: validate, price, generate what changed.',
    )
    .version(packageJson.version, '-v, --version')
    .exitOverride()
    .showSuggestionAfterError(true)
    .showHelpAfterError('(add --help for usage)')
    .addHelpText(
      'after',
      `
The API key comes from ASSET_FORGE_API_KEY. Exit codes: 0 success, 1 some assets failed,
2 invalid manifest or arguments, 3 over budget (nothing spent).`,
    );

  program
    .command('validate')
    .description('check the manifest: every error with its line and the fix')
    .argument('[manifest]', MANIFEST_HELP, 'assets.yml')
    .addOption(providerOption())
    .action((manifest: string, options: { provider: ProviderName }) => {
      const loaded = loadManifest(manifest, {
        root: findRepositoryRoot(manifest),
        provider: options.provider,
      });
      exit(print(`${manifest}: valid, ${loaded.assets.length} assets`, EXIT.success));
    });

  selectionOptions(
    program
      .command('plan')
      .description('what a run would generate and why, and what it would cost; spends nothing')
      .argument('[manifest]', MANIFEST_HELP, 'assets.yml')
      .option('--json', 'print the plan document (the format of the action’s plan file)'),
  ).action((manifest: string, options: SelectionOptions & { json?: boolean }) => {
    exit(plan(manifest, options, options.json === true, env));
  });

  selectionOptions(
    program
      .command('generate')
      .description('generate what changed (and what --force names), within the budget')
      .argument('[manifest]', MANIFEST_HELP, 'assets.yml')
      .option('--base-url <url>', 'the provider’s URL (a proxy, a local test server)')
      .option('--concurrency <n>', 'requests in flight (default 4)', parseConcurrency)
      .option(
        '--deadline <minutes>',
        'send nothing after this many minutes; finish what is in flight',
        parseMinutes,
      )
      .option('--json', 'print the plan and the results as JSON'),
  ).action(
    async (
      manifest: string,
      options: SelectionOptions & {
        baseUrl?: string;
        concurrency?: number;
        deadline?: number;
        json?: boolean;
      },
    ) => {
      const { planned, settings } = planFor(manifest, options);
      exit(
        await runGenerate(
          planned,
          {
            manifest: settings.manifest,
            provider: options.provider,
            ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
            ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
            ...(options.deadline !== undefined ? { deadline: options.deadline } : {}),
            ...(options.budget !== undefined ? { budget: options.budget } : {}),
            ...(settings.only !== undefined ? { only: settings.only } : {}),
            ...(options.shard ? { shard: `${options.shard.index}/${options.shard.count}` } : {}),
            ...(options.json ? { json: true } : {}),
          },
          env,
        ),
      );
    },
  );

  program
    .command('doctor')
    .description(
      'check, spending nothing, that the key works and which models of the chains the provider serves',
    )
    .argument('[manifest]', MANIFEST_HELP, 'assets.yml')
    .addOption(providerOption())
    .option('--base-url <url>', 'the provider’s URL (a proxy, a local test server)')
    .action(async (manifest: string, options: { provider: ProviderName; baseUrl?: string }) => {
      const { planned } = planFor(manifest, options);
      const provider = providerFor(options.provider, env.ASSET_FORGE_API_KEY, options.baseUrl);
      const report = await runDoctor({ manifest: planned.manifest, plan: planned.plan, provider });
      exit(
        print(doctorText(report), doctorFoundProblems(report) ? EXIT.assetsFailed : EXIT.success),
      );
    });

  program
    .command('schema')
    .description('print the manifest’s JSON Schema (for editors)')
    .action(() => exit(print(JSON.stringify(manifestJsonSchema(), null, 2), EXIT.success)));

  program
    .command('preview')
    .description(
      'write a contact sheet (one HTML file) of every asset: image, id, size, model, credits, change',
    )
    .argument('[manifest]', MANIFEST_HELP, 'assets.yml')
    .addOption(providerOption())
    .option('--out <file>', 'where to write it', 'asset-forge-preview.html')
    .option('--open', 'open it in the browser ($BROWSER, else the system’s)')
    .action(
      async (
        manifest: string,
        options: { provider: ProviderName; out: string; open?: boolean },
      ) => {
        const { planned, settings } = planFor(manifest, options);
        const path = writePreview(planned, settings.manifest, options.out);
        print(`Wrote the contact sheet of ${planned.plan.items.length} assets: ${path}`, 0);
        if (options.open && !(await openInBrowser(path, env))) {
          process.stderr.write(
            'Could not start a browser: open the file yourself, or set BROWSER.\n',
          );
        }
        exit(EXIT.success);
      },
    );

  program
    .command('init')
    .description('write a commented starter assets.yml and .github/workflows/assets.yml')
    .argument('[folder]', 'where to write them (default: the current folder)', '.')
    .action((folder: string) => {
      const written = initProject(folder);
      exit(
        print(
          `Wrote ${written.join(' and ')}.\nNext: asset-forge validate, then asset-forge plan.`,
          EXIT.success,
        ),
      );
    });

  return program;
}

function providerOption(): Option {
  return new Option('--provider <name>', 'nanobanana, pixapi or offline')
    .default('nanobanana')
    .argParser(parseProvider);
}

function selectionOptions(command: Command): Command {
  return command
    .addOption(providerOption())
    .option('--budget <credits>', 'the cap of this run (overrides max-credits)', parseCredits)
    .option(
      '--force [ids]',
      'regenerate these ids or globs (comma-separated) whatever the lock file says; all when bare',
    )
    .option('--only <ids>', 'only these ids or globs (comma-separated)')
    .option('--shard <i/n>', 'this job’s share of the assets, for matrix jobs', parseShardOption);
}

/** The settings of a plan; a `--force` value that names a YAML file was the manifest. */
function settingsOf(manifestArg: string, options: SelectionOptions): PlanSettings {
  let manifest = manifestArg;
  let force = options.force === true ? 'true' : options.force;
  if (force !== undefined && /\.ya?ml$/i.test(force) && manifestArg === 'assets.yml') {
    manifest = force;
    force = 'true';
  }
  return {
    manifest,
    root: findRepositoryRoot(manifest),
    provider: options.provider,
    ...(options.budget !== undefined ? { budget: options.budget } : {}),
    ...(force !== undefined ? { force } : {}),
    ...(options.only !== undefined ? { only: options.only } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
  };
}

/** Plans, and refuses a --force or --only that names no asset (before anything is spent). */
function planFor(manifestArg: string, options: SelectionOptions) {
  const settings = settingsOf(manifestArg, options);
  const planned: PlannedRun = loadAndPlan(settings);
  const ids = planned.manifest.assets.map((asset) => asset.id);
  checkSelection('--force', settings.force, ids);
  checkSelection('--only', settings.only, ids);
  return { planned, settings };
}

function plan(
  manifest: string,
  options: SelectionOptions,
  json: boolean,
  env: NodeJS.ProcessEnv,
): number {
  let planned: PlannedRun;
  try {
    planned = planFor(manifest, options).planned;
  } catch (error) {
    // The JSON reader gets a document even then: the problems, where a script can read them.
    if (json && error instanceof ManifestInvalidError) {
      print(JSON.stringify(invalidPlanDocument(manifest, error.problems), null, 2), 0);
    }
    throw error;
  }
  const document = toPlanDocument(planned.plan);
  print(
    json ? JSON.stringify(document, null, 2) : planTable(document, paintFor(process.stdout, env)),
    EXIT.success,
  );
  return planned.plan.overBudget && planned.plan.onOverBudget === 'fail'
    ? EXIT.overBudget
    : EXIT.success;
}

/** The manifest again, for the line an error points at: held to the manifest's own cap. */
function readSource(file: string): string | undefined {
  try {
    return readTextCapped(file, MAX_MANIFEST_BYTES);
  } catch {
    return undefined;
  }
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
