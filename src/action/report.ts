// What the action shows on GitHub: the job summary, manifest errors as annotations on their
// lines, and the sticky cost-preview comment on the pull request.
import * as core from '@actions/core';
import { createOctokit, type EventContext, type Octokit } from '../github/client.js';
import { capCommentBody, upsertStickyComment } from '../github/comment.js';
import type { ManifestProblem } from '../manifest/errors.js';
import type { ActionSettings } from './inputs.js';

/** GitHub drops a step summary larger than 1 MiB; stay under it, counting bytes. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 1024;

export async function writeSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(capSummary(markdown), true).write();
}

/** Cuts at line boundaries (as the comment is cut) until the UTF-8 bytes fit. */
export function capSummary(markdown: string, limitBytes = SUMMARY_LIMIT_BYTES): string {
  let capped = markdown;
  let limit = markdown.length;
  while (Buffer.byteLength(capped) > limitBytes) {
    limit = Math.floor(Math.min(limit * 0.95, (limit * limitBytes) / Buffer.byteLength(capped)));
    capped = capCommentBody(
      markdown,
      limit,
      'see the plan file (the `plan` output) for every asset',
    );
  }
  return capped;
}

/** `problems` with their files relative to the workspace, as annotations want them. */
export function annotateProblems(problems: ManifestProblem[]): void {
  for (const problem of problems) {
    core.error(`${problem.message}. Fix: ${problem.fix}`, {
      title: 'asset-forge: invalid manifest',
      file: problem.file,
      startLine: problem.line,
      startColumn: problem.column,
    });
  }
}

export interface CommentTarget {
  octokit: Octokit;
  event: EventContext;
  pullRequest: number;
  manifest: string;
}

/**
 * Where the plan and generate modes comment, if at all: `auto` on pull_request events, `true`
 * on any event that names a pull request, never without a token. `manifest` names the marker.
 */
export function commentTargetFor(
  settings: ActionSettings,
  event: EventContext | undefined,
  manifest: string,
  env: NodeJS.ProcessEnv,
): CommentTarget | undefined {
  if (settings.comment === 'false' || !event?.pullRequestNumber || !settings.githubToken)
    return undefined;
  const isPullRequestEvent =
    event.eventName === 'pull_request' || event.eventName === 'pull_request_target';
  if (settings.comment === 'auto' && !isPullRequestEvent) return undefined;
  return {
    octokit: createOctokit(settings.githubToken, env),
    event,
    pullRequest: event.pullRequestNumber,
    manifest,
  };
}

/** Posts or updates the sticky comment; a token that may not comment (forks) only earns a notice. */
export async function postComment(
  target: CommentTarget,
  markdown: string,
  validAt: Date,
): Promise<string | undefined> {
  const result = await upsertStickyComment(target.octokit, {
    owner: target.event.owner,
    repo: target.event.repo,
    issueNumber: target.pullRequest,
    body: capCommentBody(markdown),
    marker: `cost-preview/${target.manifest.replace(/[^A-Za-z0-9._/-]/g, '-')}`,
    validAt,
  });
  if (result.action === 'forbidden') {
    core.notice(
      'asset-forge could not comment on the pull request (the token may not write, as on pull requests from forks); the cost preview is in the job summary. See the fork-safe workflow in the README.',
    );
  } else if (result.action === 'unavailable') {
    core.warning(
      `asset-forge could not post the cost preview comment after retrying (${result.reason}); the cost preview is in the job summary, and the next run posts it.`,
    );
  } else if (result.action === 'skipped-newer') {
    core.info('A newer cost preview is already on the pull request; it was left as it is.');
  }
  return result.url;
}
