// `mode: comment`: the privileged half of the fork-safe cost preview. It posts a plan made by an
// untrusted pull_request run, so the plan file is validated and must be for the commit of this
// event, and, when the event names no pull request (a fork's workflow_run), the pull request
// the plan names must be at that commit.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { readTextCapped } from '../bounded-read.js';
import {
  createOctokit,
  type EventContext,
  type Octokit,
  readEventContext,
} from '../github/client.js';
import { planMarkdown } from '../report/markdown.js';
import {
  MAX_PLAN_FILE_BYTES,
  type PlanDocument,
  parsePlanDocument,
} from '../report/plan-document.js';
import { type ActionSettings, InputError } from './inputs.js';
import type { Outputs } from './outputs.js';
import { postComment, writeSummary } from './report.js';

export async function commentMode(
  settings: ActionSettings,
  env: NodeJS.ProcessEnv,
  outputs: Outputs,
): Promise<void> {
  const event = readEventContext(env);
  if (!settings.githubToken)
    throw new InputError(
      'github-token',
      'mode `comment` needs a token that may write pull requests',
    );
  const document = readPlanFile(settings, outputs);
  if (!event.headSha || document.headSha !== event.headSha) {
    throw new Error(
      `the plan file was made for commit ${document.headSha ?? '(none)'}, but this run is for ${event.headSha ?? '(unknown)'}; refusing to post it`,
    );
  }
  const octokit = createOctokit(settings.githubToken, env);
  const pullRequest = event.pullRequestNumber ?? document.pullRequest;
  if (!pullRequest) throw new Error('neither the event nor the plan file names a pull request');
  // A fork's plan file names its own pull request: believe it only if that PR's head is this
  // commit. A PR that moved on since (the fork pushed again) is not an attack: the run for its
  // new head posts the current plan, so this one skips with a notice and does not go red.
  if (!event.pullRequestNumber) {
    const headSha = await pullRequestHead(octokit, event, pullRequest);
    if (headSha !== event.headSha) {
      core.notice(
        `Skipped: pull request #${pullRequest} is not at commit ${event.headSha} any more (its head is ${headSha}); the run for its new head posts the current plan.`,
      );
      return;
    }
  }

  outputs['credits-estimated'] = document.requiredCredits;
  outputs['over-budget'] = document.overBudget;
  outputs.skipped = document.assets.map((asset) => asset.id);
  const markdown = planMarkdown(document);
  await writeSummary(markdown);
  outputs['comment-url'] =
    (await postComment(
      { octokit, event, pullRequest, manifest: document.manifest },
      markdown,
      validAt(document),
    )) ?? '';
}

async function pullRequestHead(
  octokit: Octokit,
  event: EventContext,
  pullRequest: number,
): Promise<string> {
  try {
    const { data } = await octokit.rest.pulls.get({
      owner: event.owner,
      repo: event.repo,
      pull_number: pullRequest,
    });
    return data.head.sha;
  } catch (error) {
    if ((error as { status?: unknown }).status !== 404) throw error;
    throw new Error(
      `the plan file names pull request #${pullRequest}, which ${event.owner}/${event.repo} does not have; refusing to post the plan`,
    );
  }
}

function readPlanFile(settings: ActionSettings, outputs: Outputs): PlanDocument {
  const path = resolve(settings.workspace, settings.planFile ?? '');
  if (!existsSync(path)) throw new InputError('plan-file', `${path} does not exist`);
  outputs.plan = path;
  try {
    // Capped before it is read: the plan file comes from an untrusted run.
    return parsePlanDocument(readTextCapped(path, MAX_PLAN_FILE_BYTES));
  } catch (error) {
    throw new InputError('plan-file', (error as Error).message);
  }
}

/**
 * When the plan was made, so an older plan posted late never replaces a newer comment; never
 * later than now, so a plan file claiming the future cannot pin the comment against later runs.
 */
function validAt(document: PlanDocument): Date {
  const now = new Date();
  const created = document.createdAt ? new Date(document.createdAt) : now;
  return created < now ? created : now;
}
