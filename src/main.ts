// The action: inputs -> pipeline -> outputs, summary, comment and publishing. Nothing else.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { type ActionSettings, readSettings } from './action/inputs.js';
import { publish } from './action/publish.js';
import {
  annotateProblems,
  type CommentTarget,
  postComment,
  writeSummary,
} from './action/report.js';
import type { RunResult } from './generate/types.js';
import { createOctokit, type EventContext, readEventContext } from './github/client.js';
import { ManifestInvalidError } from './manifest/errors.js';
import { generateRun, loadAndPlan } from './pipeline.js';
import { createProvider } from './providers/index.js';
import { planMarkdown, resultsMarkdown } from './report/markdown.js';
import {
  invalidPlanDocument,
  type PlanDocument,
  parsePlanDocument,
  toPlanDocument,
} from './report/plan-document.js';
import { progressLine } from './report/terminal.js';

interface Outputs {
  'credits-estimated': number;
  'credits-spent': number;
  'over-budget': boolean;
  generated: string[];
  skipped: string[];
  failed: string[];
  files: string[];
  plan: string;
  'commit-sha': string;
  'pull-request-url': string;
  'artifact-id': string;
  'comment-url': string;
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const outputs: Outputs = {
    'credits-estimated': 0,
    'credits-spent': 0,
    'over-budget': false,
    generated: [],
    skipped: [],
    failed: [],
    files: [],
    plan: '',
    'commit-sha': '',
    'pull-request-url': '',
    'artifact-id': '',
    'comment-url': '',
  };
  try {
    const settings = readSettings(env);
    if (settings.mode === 'comment') await commentMode(settings, env, outputs);
    else await planOrGenerate(settings, env, outputs);
  } catch (error) {
    core.setFailed((error as Error).message);
  } finally {
    for (const [name, value] of Object.entries(outputs)) {
      core.setOutput(name, typeof value === 'string' ? value : JSON.stringify(value));
    }
  }
}

async function planOrGenerate(
  settings: ActionSettings,
  env: NodeJS.ProcessEnv,
  outputs: Outputs,
): Promise<void> {
  const event = tryEventContext(env);
  const manifestPath = resolve(settings.workspace, settings.manifest);
  const commentTarget = commentTargetFor(settings, event);
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
    const document = invalidPlanDocument(settings.manifest, error.problems);
    outputs.plan = writePlanFile(document, env);
    annotateProblems(error.problems, settings.workspace);
    const markdown = planMarkdown(document);
    await writeSummary(markdown);
    if (commentTarget)
      outputs['comment-url'] = (await postComment(commentTarget, markdown, new Date())) ?? '';
    throw new Error(
      `${settings.manifest} is invalid (${plural(error.problems.length, 'problem')}; see the annotations)`,
    );
  }

  const createdAt = new Date();
  const document = toPlanDocument(planned.plan, {
    createdAt: createdAt.toISOString(),
    ...(event?.headSha ? { headSha: event.headSha } : {}),
    ...(event?.pullRequestNumber ? { pullRequest: event.pullRequestNumber } : {}),
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

  const provider = createProvider(settings.provider, {
    ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
    ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}),
  });
  const total = planned.plan.items.filter((item) => item.selected).length;
  let done = 0;
  const result = await generateRun(planned, {
    provider,
    concurrency: settings.concurrency,
    onAssetDone: (asset) => core.info(progressLine(++done, total, asset)),
  });
  recordResults(result, outputs, (path) => workspacePath(settings, planned.manifest.dir, path));

  const changedFiles = [
    ...outputs.files,
    ...result.pruned.map((path) => workspacePath(settings, planned.manifest.dir, path)),
  ];
  if (changedFiles.length > 0)
    changedFiles.push(workspacePath(settings, planned.manifest.dir, 'assets.lock.json'));
  const markdown = `${planMarkdown(document)}\n\n${resultsMarkdown(result)}`;
  const published = await publish({
    settings,
    files: changedFiles,
    count: outputs.generated.length,
    credits: result.creditsSpent,
    body: markdown,
    ...(settings.githubToken ? { octokit: createOctokit(settings.githubToken, env) } : {}),
    ...(event ? { event } : {}),
    env,
  });
  outputs['commit-sha'] = published.commitSha ?? '';
  outputs['pull-request-url'] = published.pullRequestUrl ?? '';
  outputs['artifact-id'] = published.artifactId !== undefined ? String(published.artifactId) : '';

  await writeSummary(markdown);
  if (commentTarget)
    outputs['comment-url'] = (await postComment(commentTarget, markdown, createdAt)) ?? '';
  if (published.errors.length > 0) {
    throw new Error(
      `Publishing failed (the generated files are kept): ${published.errors.join('; ')}`,
    );
  }
  if (settings.failOn === 'error' && (outputs.failed.length > 0 || result.stoppedBecause)) {
    throw new Error(
      result.stoppedBecause
        ? `The run stopped: ${result.stoppedBecause}`
        : `${outputs.failed.length} assets failed: ${outputs.failed.join(', ')}`,
    );
  }
}

/** `mode: comment`: the privileged half of the fork-safe preview, posting a plan made elsewhere. */
async function commentMode(
  settings: ActionSettings,
  env: NodeJS.ProcessEnv,
  outputs: Outputs,
): Promise<void> {
  const event = readEventContext(env);
  if (!settings.githubToken)
    throw new Error('mode `comment` needs a github-token that may write pull requests');
  const document = readPlanFile(settings, outputs);
  if (!event.headSha || document.headSha !== event.headSha) {
    throw new Error(
      `the plan file was made for commit ${document.headSha ?? '(none)'}, but this run is for ${event.headSha ?? '(unknown)'}; refusing to post it`,
    );
  }
  const octokit = createOctokit(settings.githubToken, env);
  const pullRequest = event.pullRequestNumber ?? document.pullRequest;
  if (!pullRequest) throw new Error('neither the event nor the plan file names a pull request');
  if (!event.pullRequestNumber) {
    // A fork's plan file names its own pull request: believe it only if that PR's head is this commit.
    const { data } = await octokit.rest.pulls.get({
      owner: event.owner,
      repo: event.repo,
      pull_number: pullRequest,
    });
    if (data.head.sha !== event.headSha) {
      throw new Error(
        `pull request #${pullRequest} is not at commit ${event.headSha}; refusing to post the plan`,
      );
    }
  }
  outputs['credits-estimated'] = document.requiredCredits;
  outputs['over-budget'] = document.overBudget;
  outputs.skipped = document.assets.map((asset) => asset.id);
  const markdown = planMarkdown(document);
  await writeSummary(markdown);
  const validAt = document.createdAt ? new Date(document.createdAt) : new Date();
  outputs['comment-url'] =
    (await postComment(
      { octokit, event, pullRequest, manifest: document.manifest },
      markdown,
      validAt,
    )) ?? '';
}

function readPlanFile(settings: ActionSettings, outputs: Outputs): PlanDocument {
  const path = resolve(settings.workspace, settings.planFile ?? '');
  if (!existsSync(path))
    throw new Error(`input \`plan-file\`: ${settings.planFile} does not exist`);
  outputs.plan = path;
  return parsePlanDocument(readFileSync(path, 'utf8'));
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

function workspacePath(settings: ActionSettings, manifestDir: string, path: string): string {
  return relative(settings.workspace, join(manifestDir, ...path.split('/')))
    .split('\\')
    .join('/');
}

function writePlanFile(document: PlanDocument, env: NodeJS.ProcessEnv): string {
  const folder = join(env.RUNNER_TEMP || tmpdir(), 'asset-forge');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'plan.json');
  writeFileSync(path, `${JSON.stringify(document, null, 2)}\n`);
  return path;
}

function commentTargetFor(
  settings: ActionSettings,
  event: EventContext | undefined,
): CommentTarget | undefined {
  if (settings.comment === 'false' || !event?.pullRequestNumber || !settings.githubToken)
    return undefined;
  const isPullRequestEvent =
    event.eventName === 'pull_request' || event.eventName === 'pull_request_target';
  if (settings.comment === 'auto' && !isPullRequestEvent) return undefined;
  return {
    octokit: createOctokit(settings.githubToken, process.env),
    event,
    pullRequest: event.pullRequestNumber,
    manifest: settings.manifest,
  };
}

function tryEventContext(env: NodeJS.ProcessEnv): EventContext | undefined {
  try {
    return readEventContext(env);
  } catch {
    return undefined; // outside GitHub Actions (a local run of the action): no comment, no PR
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
