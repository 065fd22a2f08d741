// The action: inputs -> pipeline -> outputs, summary, comment and publishing. Nothing else.
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { commentMode } from './action/comment-mode.js';
import { type ActionSettings, InputError, readSettings } from './action/inputs.js';
import { emptyOutputs, type Outputs, writeOutputs } from './action/outputs.js';
import { checkBeforeSpending, plannedOutputs } from './action/preflight.js';
import { publish } from './action/publish.js';
import { annotateProblems, commentTargetFor, postComment, writeSummary } from './action/report.js';
import { nothingLeftToChange, reviewImages } from './action/review-images.js';
import { posixRelative, workspacePath, writePlanFile } from './action/workspace.js';
import { runDoctor, unservedWarnings } from './doctor.js';
import { type Cancellation, cancelOnSignals } from './generate/cancel.js';
import type { RunResult } from './generate/types.js';
import { createOctokit, type EventContext, readEventContext } from './github/client.js';
import { ManifestInvalidError } from './manifest/errors.js';
import { generateRun, loadAndPlan } from './pipeline.js';
import { createProvider } from './providers/index.js';
import { planMarkdown, resultsMarkdown } from './report/markdown.js';
import { invalidPlanDocument, type PlanContext, toPlanDocument } from './report/plan-document.js';
import { progressLine } from './report/terminal.js';
import { unmatchedWithHints } from './selection.js';
import { plural } from './words.js';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const outputs = emptyOutputs();
  // Held to the end: a SIGTERM that comes while publishing must not kill the publishing.
  const cancel = cancelOnSignals();
  try {
    const settings = readSettings(env);
    if (settings.mode === 'comment') await commentMode(settings, env, outputs);
    else await planOrGenerate(settings, env, outputs, cancel);
  } catch (error) {
    core.setFailed((error as Error).message);
  } finally {
    writeOutputs(outputs);
    cancel.dispose();
  }
}

async function planOrGenerate(
  settings: ActionSettings,
  env: NodeJS.ProcessEnv,
  outputs: Outputs,
  cancel: Cancellation,
): Promise<void> {
  const startedAt = Date.now();
  const event = tryEventContext(env);
  const manifestPath = resolve(settings.workspace, settings.manifest);
  // The workspace-relative name: the plan file and the comment marker must not depend on where
  // the runner checked the repository out.
  const manifestName = posixRelative(settings.workspace, manifestPath);
  const commentTarget = commentTargetFor(settings, event, manifestName, env);
  let planned: ReturnType<typeof loadAndPlan>;
  try {
    planned = loadAndPlan({
      manifest: manifestPath,
      root: settings.workspace,
      provider: settings.provider,
      ...(settings.budget !== undefined ? { budget: settings.budget } : {}),
      force: settings.force,
      only: settings.only,
      ...(settings.shard ? { shard: settings.shard } : {}),
    });
  } catch (error) {
    if (!(error instanceof ManifestInvalidError)) throw error;
    const problems = error.problems.map((problem) => ({
      ...problem,
      file: posixRelative(settings.workspace, problem.file),
    }));
    const document = invalidPlanDocument(manifestName, problems, planContext(event, new Date()));
    outputs.plan = writePlanFile(document, env);
    annotateProblems(problems);
    const markdown = planMarkdown(document);
    await writeSummary(markdown);
    if (commentTarget)
      outputs['comment-url'] = (await postComment(commentTarget, markdown, new Date())) ?? '';
    throw new Error(
      `${settings.manifest} is invalid (${plural(error.problems.length, 'problem')}; see the annotations)`,
    );
  }

  refuseUnmatchedSelection(
    settings,
    planned.manifest.assets.map((asset) => asset.id),
  );
  const createdAt = new Date();
  const document = toPlanDocument(planned.plan, {
    manifest: manifestName,
    ...planContext(event, createdAt),
  });
  outputs.plan = writePlanFile(document, env);
  outputs['credits-estimated'] = document.requiredCredits;
  outputs['over-budget'] = document.overBudget;
  const stopForBudget = document.overBudget && document.onOverBudget === 'fail';

  if (settings.mode === 'plan' || stopForBudget) {
    outputs.skipped = document.assets.map((asset) => asset.id);
    const markdown = planMarkdown(document);
    await writeSummary(markdown);
    if (commentTarget)
      outputs['comment-url'] = (await postComment(commentTarget, markdown, createdAt)) ?? '';
    if (stopForBudget) {
      throw new Error(
        `Over budget: ${document.requiredCredits} credits needed, the budget is ${document.budget}; nothing was generated`,
      );
    }
    return;
  }

  const toWorkspace = (path: string) =>
    workspacePath(settings.workspace, planned.manifest.dir, path);
  const octokit = settings.githubToken ? createOctokit(settings.githubToken, env) : undefined;
  if (planned.plan.items.some((item) => item.selected)) {
    await checkBeforeSpending({
      settings,
      outputs: [
        ...plannedOutputs(planned.plan).map(toWorkspace),
        posixRelative(settings.workspace, planned.lockPath),
      ],
      ...(octokit ? { octokit } : {}),
      ...(event ? { event } : {}),
      env,
    });
  }

  const provider = createProvider(settings.provider, {
    ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
    ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}),
  });
  const total = planned.plan.items.filter((item) => item.selected).length;
  // A model of a chain that the provider does not serve is said before anything is spent.
  if (total > 0) {
    const check = await runDoctor({
      manifest: planned.manifest,
      plan: planned.plan,
      provider,
      signal: cancel.stop, // a cancel before spending ends the look-up too
    });
    for (const warning of unservedWarnings(check)) core.warning(warning);
  }
  let done = 0;
  // A cancelled job stops sending and still publishes what was paid for (SPEC 7).
  const result = await generateRun(planned, {
    provider,
    // The key authenticates the journal: images delivered and not yet locked (SPEC 4).
    ...(settings.apiKey && !provider.free ? { journalKey: settings.apiKey } : {}),
    concurrency: settings.concurrency,
    stop: cancel.stop,
    signal: cancel.abort,
    ...(settings.deadline ? { deadline: startedAt + settings.deadline * 60_000 } : {}),
    onAssetDone: (asset) => core.info(progressLine(++done, total, asset)),
  });
  for (const line of result.journalIgnored ?? []) core.warning(line);
  if (result.interrupted) {
    core.warning(
      `The run stopped early (${result.interrupted}); what was paid for is published. Not generated: ${result.remaining.join(', ') || 'none'}. Run again to continue.`,
    );
  }
  recordResults(result, outputs, toWorkspace);

  for (const { path, reason } of result.notPruned) {
    core.warning(`Not pruned, left alone: ${path} (${reason})`);
  }
  const changedFiles = [...outputs.files, ...result.pruned.map(toWorkspace)];
  // The lock file changed with them, or alone when pruning forgot assets whose files were gone.
  const lockChanged = planned.manifest.prune && planned.plan.removed.length > 0;
  if (changedFiles.length > 0 || lockChanged)
    changedFiles.push(posixRelative(settings.workspace, planned.lockPath));
  const markdown = `${planMarkdown(document)}\n\n${resultsMarkdown(result)}`;
  const published = await publish({
    settings,
    files: changedFiles,
    count: outputs.generated.length,
    credits: result.creditsSpent,
    body: markdown,
    images: reviewImages(planned.plan, result, toWorkspace),
    nothingLeft: nothingLeftToChange(planned.plan),
    ...(octokit ? { octokit } : {}),
    ...(event ? { event } : {}),
    env,
  });
  outputs['commit-sha'] = published.commitSha ?? '';
  outputs['pull-request-url'] = published.pullRequestUrl ?? '';
  outputs['pull-request-number'] = String(published.pullRequestNumber ?? '');
  outputs['pull-request-operation'] = published.pullRequestOperation;
  outputs['artifact-id'] = published.artifactId !== undefined ? String(published.artifactId) : '';
  outputs['artifact-url'] = published.artifactUrl ?? '';

  await writeSummary(markdown);
  if (commentTarget)
    outputs['comment-url'] = (await postComment(commentTarget, markdown, createdAt)) ?? '';
  if (published.errors.length > 0) {
    throw new Error(
      `Publishing failed (the generated files are kept): ${published.errors.join('; ')}`,
    );
  }
  const stopped = result.stoppedBecause ?? result.interrupted;
  if (settings.failOn === 'error' && (outputs.failed.length > 0 || stopped)) {
    throw new Error(
      stopped
        ? `The run stopped: ${stopped}`
        : `${outputs.failed.length} assets failed: ${outputs.failed.join(', ')}`,
    );
  }
}

function recordResults(
  result: RunResult,
  outputs: Outputs,
  toWorkspace: (path: string) => string,
): void {
  outputs['credits-spent'] = result.creditsSpent;
  for (const asset of result.results) {
    if (asset.outcome === 'generated') outputs.generated.push(asset.id);
    else if (asset.outcome === 'failed') outputs.failed.push(asset.id);
    else outputs.skipped.push(asset.id);
    outputs.files.push(...asset.files.map(toWorkspace));
  }
}

function tryEventContext(env: NodeJS.ProcessEnv): EventContext | undefined {
  try {
    return readEventContext(env);
  } catch {
    return undefined; // outside GitHub Actions (a local run of the action): no comment, no PR
  }
}

/** A `force` or `only` that names no asset is a typo, not "nothing to do": refused before spending. */
function refuseUnmatchedSelection(settings: ActionSettings, ids: readonly string[]): void {
  for (const input of ['force', 'only'] as const) {
    const hints = unmatchedWithHints(settings[input], ids);
    if (hints.length > 0) {
      throw new InputError(input, `${hints.join(', ')}: matches no asset id of the manifest`);
    }
  }
}

/** What ties a plan file to its run, so that `mode: comment` can check it. */
function planContext(event: EventContext | undefined, createdAt: Date): PlanContext {
  return {
    createdAt: createdAt.toISOString(),
    ...(event?.headSha ? { headSha: event.headSha } : {}),
    ...(event?.pullRequestNumber ? { pullRequest: event.pullRequestNumber } : {}),
  };
}
