// Publishes what a run wrote: a commit, a pull request, a workflow artifact, or several.
import * as core from '@actions/core';
import { uploadFilesArtifact } from '../github/artifact.js';
import type { EventContext, Octokit } from '../github/client.js';
import { commitAndPush } from '../github/commit.js';
import { publishPullRequest } from '../github/pull-request.js';
import type { ActionSettings } from './inputs.js';

export interface Published {
  commitSha?: string;
  pullRequestUrl?: string;
  artifactId?: number;
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
  octokit?: Octokit;
  event?: EventContext;
  env: NodeJS.ProcessEnv;
}

export async function publish(request: PublishRequest): Promise<Published> {
  const { settings, files } = request;
  const published: Published = { errors: [] };
  if (files.length === 0 || settings.publish.length === 0) return published;
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

  if (settings.publish.includes('commit')) {
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
  if (settings.publish.includes('pull-request')) {
    await attempt('pull-request', async () => {
      if (!request.octokit || !request.event)
        throw new Error('a github-token is needed to open a pull request');
      const result = await publishPullRequest({
        octokit: request.octokit,
        owner: request.event.owner,
        repo: request.event.repo,
        cwd: settings.workspace,
        files,
        ...(settings.branch ? { branch: settings.branch } : {}),
        base: request.env.GITHUB_BASE_REF || request.env.GITHUB_REF_NAME || 'main',
        title: message,
        body: request.body,
        commitMessage: message,
        ...(settings.githubToken ? { token: settings.githubToken } : {}),
      });
      if (result.url) published.pullRequestUrl = result.url;
      core.info(`Pull request: ${result.action}${result.url ? ` ${result.url}` : ''}.`);
    });
  }
  // The artifact is also the safety net when a commit or pull request could not be pushed.
  const wantsArtifact = settings.publish.includes('artifact');
  if (wantsArtifact || (published.errors.length > 0 && request.env.ACTIONS_RUNTIME_TOKEN)) {
    await attempt('artifact', async () => {
      const result = await uploadFilesArtifact({
        name: settings.artifactName,
        files,
        rootDirectory: settings.workspace,
        ...(settings.retentionDays !== undefined ? { retentionDays: settings.retentionDays } : {}),
      });
      if (result.id !== undefined) published.artifactId = result.id;
      if (!wantsArtifact)
        core.warning(
          `Publishing failed; the files were uploaded as artifact ${settings.artifactName}.`,
        );
    });
  }
  return published;
}
