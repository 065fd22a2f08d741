// What the action shows on GitHub: the job summary, manifest errors as annotations on their
// lines, and the sticky cost-preview comment on the pull request.
import { relative } from 'node:path';
import * as core from '@actions/core';
import type { EventContext, Octokit } from '../github/client.js';
import { capCommentBody, upsertStickyComment } from '../github/comment.js';
import type { ManifestProblem } from '../manifest/errors.js';

export async function writeSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(markdown, true).write();
}

export function annotateProblems(problems: ManifestProblem[], workspace: string): void {
  for (const problem of problems) {
    core.error(`${problem.message}. Fix: ${problem.fix}`, {
      title: 'asset-forge: invalid manifest',
      file: relative(workspace, problem.file).split('\\').join('/') || problem.file,
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
  } else if (result.action === 'skipped-newer') {
    core.info('A newer cost preview is already on the pull request; it was left as it is.');
  }
  return result.url;
}
