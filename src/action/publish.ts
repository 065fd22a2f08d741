// Publishes what a run wrote: a commit, a pull request, a workflow artifact, or several.
import * as core from '@actions/core';
import { uploadFilesArtifact } from '../github/artifact.js';
import type { EventContext, Octokit } from '../github/client.js';
import { commitAndPush } from '../github/commit.js';
import { type PullRequestOperation, publishPullRequest } from '../github/pull-request.js';
import { imageReviewMarkdown, type ReviewImage } from '../github/pull-request-body.js';
import type { ActionSettings } from './inputs.js';

export interface Published {
  commitSha?: string;
  pullRequestUrl?: string;
  pullRequestNumber?: number;
  pullRequestOperation: PullRequestOperation;
  artifactId?: number;
  artifactUrl?: string;
  /** Publishing steps that failed; the files stay on disk (and in the artifact when it could be uploaded). */
  errors: string[];
}

export interface PublishRequest {
  settings: ActionSettings;
  /** Paths relative to the workspace: the generated files, pruned files and the lock file. */
  files: string[];
  count: number;
  credits: number;
  body: string;
  /** The images written, for the pull request's review table. */
  images: ReviewImage[];
  /** Nothing is left to generate or remove, in this run's selection or outside it. */
  nothingLeft: boolean;
  octokit?: Octokit;
  event?: EventContext;
  env: NodeJS.ProcessEnv;
}

export async function publish(request: PublishRequest): Promise<Published> {
  const { settings, files } = request;
  const published: Published = { errors: [], pullRequestOperation: 'none' };
  const wantsPullRequest = settings.publish.includes('pull-request');
  // With nothing written, only a pull request may have something to do: close itself.
  if (files.length === 0 && !(wantsPullRequest && request.nothingLeft)) return published;
  const message = settings.commitMessage
    .replaceAll('{count}', String(request.count))
    .replaceAll('{credits}', String(request.credits));
  const attempt = async (target: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      published.errors.push(`${target}: ${(error as Error).message}`);
    }
  };

  if (settings.publish.includes('commit') && files.length > 0) {
    await attempt('commit', async () => {
      const result = await commitAndPush({
        cwd: settings.workspace,
        files,
        message,
        ...(settings.branch ? { branch: settings.branch } : {}),
        ...(settings.githubToken ? { token: settings.githubToken } : {}),
      });
      if (result.sha) published.commitSha = result.sha;
      core.info(
        result.sha ? `Pushed ${result.sha}.` : 'Nothing to commit: the files are unchanged.',
      );
    });
  }
  if (wantsPullRequest) {
    await attempt('pull-request', async () => {
      const { octokit, event } = request;
      if (!octokit || !event) throw new Error('a github-token is needed to open a pull request');
      const address = {
        serverUrl: request.env.GITHUB_SERVER_URL || 'https://github.com',
        owner: event.owner,
        repo: event.repo,
      };
      const result = await publishPullRequest({
        octokit,
        owner: event.owner,
        repo: event.repo,
        cwd: settings.workspace,
        files,
        ...(settings.branch ? { branch: settings.branch } : {}),
        base: pullRequestBase(request.env),
        title: message,
        body: (commit) =>
          [imageReviewMarkdown(address, commit, request.images), request.body]
            .filter(Boolean)
            .join('\n\n'),
        commitMessage: message,
        draft: settings.pullRequest.draft,
        labels: settings.pullRequest.labels,
        reviewers: settings.pullRequest.reviewers,
        nothingLeft: request.nothingLeft,
        ...(settings.githubToken ? { token: settings.githubToken } : {}),
      });
      published.pullRequestOperation = result.operation;
      if (result.url) published.pullRequestUrl = result.url;
      if (result.number !== undefined) published.pullRequestNumber = result.number;
      core.info(`Pull request: ${result.operation}${result.url ? ` ${result.url}` : ''}.`);
    });
  }
  // The artifact is also the safety net when a commit or pull request could not be pushed.
  const wantsArtifact = settings.publish.includes('artifact');
  const fallback = !wantsArtifact && published.errors.length > 0;
  if (files.length > 0 && (wantsArtifact || (fallback && request.env.ACTIONS_RUNTIME_TOKEN))) {
    const name = fallback ? fallbackArtifactName(settings) : settings.artifactName;
    await attempt('artifact', async () => {
      const result = await uploadFilesArtifact(
        {
          name,
          files,
          rootDirectory: settings.workspace,
          ...(settings.retentionDays !== undefined
            ? { retentionDays: settings.retentionDays }
            : {}),
        },
        request.env,
      );
      if (result.id !== undefined) published.artifactId = result.id;
      if (result.url) published.artifactUrl = result.url;
      if (fallback && result.id !== undefined)
        core.warning(`Publishing failed; the files were uploaded as artifact ${name}.`);
    });
  }
  return published;
}

/** The pull request merges into the branch the run is on (or the base of a pull_request run). */
export function pullRequestBase(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_BASE_REF || env.GITHUB_REF_NAME || 'main';
}

/**
 * The safety-net artifact of one shard: in a matrix every failing shard uploads one, and the
 * service refuses a name the run already has (409), so each shard's name is its own.
 */
export function fallbackArtifactName(settings: ActionSettings): string {
  const { shard } = settings;
  return shard
    ? `${settings.artifactName}-shard-${shard.index}-of-${shard.count}`
    : settings.artifactName;
}
