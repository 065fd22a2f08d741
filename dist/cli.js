import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  LockFileInvalidError,
  ManifestInvalidError,
  PROVIDER_NAMES,
  createProvider,
  generateRun,
  loadAndPlan,
  loadManifest,
  manifestJsonSchema,
  parseShard,
  planTable,
  progressLine,
  resultsTable,
  toPlanDocument
} from "./chunks/chunk-Q7UYYRZK.js";
import "./chunks/chunk-5LTUXRXC.js";

// src/cli.ts
import { parseArgs } from "node:util";

// src/exit-codes.ts
var EXIT = {
  success: 0,
  assetsFailed: 1,
  invalidInput: 2,
  overBudget: 3
};

// src/repo-root.ts
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
function findRepositoryRoot(manifestFile) {
  const start = dirname(resolve(manifestFile));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

// src/cli.ts
var USAGE = `Usage:
  asset-forge validate [manifest] [--provider P]
  asset-forge plan [manifest] [--json] [--budget N] [--provider P] [--force[=IDS]] [--only IDS] [--shard i/n]
  asset-forge generate [manifest] [--provider P] [--base-url U] [--concurrency N] [--force[=IDS]]
                       [--only IDS] [--budget N] [--shard i/n]
  asset-forge schema

The manifest defaults to assets.yml. The provider is nanobanana, pixapi or offline (default
nanobanana); its key comes from ASSET_FORGE_API_KEY.
Exit codes: 0 success, 1 some assets failed, 2 invalid manifest or arguments, 3 over budget.`;
var UsageError = class extends Error {
};
var OPTIONS = {
  json: { type: "boolean" },
  budget: { type: "string" },
  provider: { type: "string" },
  "base-url": { type: "string" },
  concurrency: { type: "string" },
  force: { type: "string" },
  only: { type: "string" },
  shard: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function main(argv, env) {
  try {
    const args = argv.map((arg) => arg === "--force" ? "--force=true" : arg);
    const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true });
    const [command, manifestArg, ...extra] = positionals;
    if (values.help || command === "help") return print(USAGE, EXIT.success);
    if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`);
    const manifest = manifestArg ?? "assets.yml";
    const provider = providerOf(values.provider);
    switch (command) {
      case "schema":
        return print(JSON.stringify(manifestJsonSchema(), null, 2), EXIT.success);
      case "validate": {
        const loaded = loadManifest(manifest, { root: findRepositoryRoot(manifest), provider });
        return print(`${manifest}: valid, ${loaded.assets.length} assets`, EXIT.success);
      }
      case "plan":
        return plan(settingsOf(manifest, provider, values), values.json === true);
      case "generate":
        return await generate(settingsOf(manifest, provider, values), values, env);
      default:
        throw new UsageError(command ? `unknown command ${command}` : "a command is needed");
    }
  } catch (error) {
    if (error instanceof ManifestInvalidError) return fail(error.message, EXIT.invalidInput);
    if (error instanceof LockFileInvalidError) return fail(error.message, EXIT.invalidInput);
    if (error instanceof UsageError || isParseArgsError(error)) {
      return fail(`${error.message}

${USAGE}`, EXIT.invalidInput);
    }
    throw error;
  }
}
function settingsOf(manifest, provider, values) {
  const shard = values.shard === void 0 ? void 0 : parseShard(values.shard);
  if (values.shard !== void 0 && !shard)
    throw new UsageError(`--shard ${values.shard}: write i/n, for example 1/3`);
  const budget = values.budget === void 0 ? void 0 : wholeNumber("--budget", values.budget, 0);
  return {
    manifest,
    root: findRepositoryRoot(manifest),
    provider,
    ...budget !== void 0 ? { budget } : {},
    ...values.force !== void 0 ? { force: values.force } : {},
    ...values.only !== void 0 ? { only: values.only } : {},
    ...shard ? { shard } : {}
  };
}
function plan(settings, json) {
  const planned = loadAndPlan(settings);
  const document = toPlanDocument(planned.plan);
  print(json ? JSON.stringify(document, null, 2) : planTable(document), EXIT.success);
  return overBudgetAndFailing(planned.plan) ? EXIT.overBudget : EXIT.success;
}
async function generate(settings, values, env) {
  const concurrency = values.concurrency === void 0 ? 4 : wholeNumber("--concurrency", values.concurrency, 1);
  const apiKey = env.ASSET_FORGE_API_KEY;
  if (settings.provider !== "offline" && !apiKey) {
    throw new UsageError(
      `the ${settings.provider} provider needs a key: set ASSET_FORGE_API_KEY, or use --provider offline`
    );
  }
  const planned = loadAndPlan(settings);
  const document = toPlanDocument(planned.plan);
  process.stdout.write(`${planTable(document)}

`);
  if (overBudgetAndFailing(planned.plan)) {
    return fail(
      "Over budget: nothing was generated. Raise --budget or the manifest max-credits, or set on-over-budget: partial.",
      EXIT.overBudget
    );
  }
  const provider = providerFor(settings.provider, apiKey, values["base-url"]);
  const total = planned.plan.items.filter((item) => item.selected).length;
  const progress = progressReporter(total);
  const controller = new AbortController();
  const stop = () => controller.abort(new Error("interrupted"));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    let result;
    try {
      result = await generateRun(planned, {
        provider,
        concurrency,
        signal: controller.signal,
        onAssetDone: progress
      });
    } catch (error) {
      if (!controller.signal.aborted) throw error;
      return fail(
        `
Interrupted. Every asset finished before that is saved, with the lock file ${planned.lockPath}; run the same command again to continue.`,
        EXIT.assetsFailed
      );
    }
    process.stdout.write(`
${resultsTable(result)}
`);
    if (result.pruned.length > 0) process.stdout.write(`Pruned: ${result.pruned.join(", ")}
`);
    return exitCodeFor(result);
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
}
function exitCodeFor(result) {
  return result.results.some((r) => r.outcome === "failed") || result.stoppedBecause ? EXIT.assetsFailed : EXIT.success;
}
function providerFor(name, apiKey, baseUrl) {
  try {
    return createProvider(name, {
      ...apiKey ? { apiKey } : {},
      ...baseUrl ? { baseUrl } : {}
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
}
function progressReporter(total) {
  let done = 0;
  const live = process.stderr.isTTY === true;
  return (result) => {
    done++;
    const line = progressLine(done, total, result);
    if (live) process.stderr.write(`\r\x1B[2K${line}${done === total ? "\n" : ""}`);
    else process.stderr.write(`${line}
`);
  };
}
function overBudgetAndFailing(plan2) {
  return plan2.overBudget && plan2.onOverBudget === "fail";
}
function providerOf(value) {
  const name = value ?? "nanobanana";
  if (!PROVIDER_NAMES.includes(name)) {
    throw new UsageError(`--provider ${name}: use one of ${PROVIDER_NAMES.join(", ")}`);
  }
  return name;
}
function wholeNumber(flag, text, min) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new UsageError(`${flag} ${text}: give a whole number of ${min} or more`);
  return value;
}
function isParseArgsError(error) {
  return error?.code?.startsWith("ERR_PARSE_ARGS") === true;
}
function print(text, code) {
  process.stdout.write(`${text}
`);
  return code;
}
function fail(text, code) {
  process.stderr.write(`${text}
`);
  return code;
}
function runAsProcess() {
  main(process.argv.slice(2), process.env).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`asset-forge: ${error.stack ?? String(error)}
`);
      process.exitCode = EXIT.assetsFailed;
    }
  );
}

// src/cli-main.ts
runAsProcess();
