// The Octokit client and the repository/event context, both read from the environment at
// call time: @actions/github reads GITHUB_API_URL and the event when it is first imported,
// which is too early for tests (and for anything that sets them later).
import { readFileSync } from 'node:fs';
import { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface EventContext extends RepoRef {
  eventName?: string;
  /** The pull request this event is about, when it names one. */
  pullRequestNumber?: number;
  /** The commit the event is about: the PR head, or the head of the workflow run. */
  headSha?: string;
}

type Env = Record<string, string | undefined>;

export function apiBaseUrl(env: Env = process.env): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

/** An Octokit aimed explicitly at GITHUB_API_URL (GitHub Enterprise Server, or a test fake). */
export function createOctokit(token: string, env: Env = process.env): Octokit {
  return getOctokit(token, { baseUrl: apiBaseUrl(env) });
}

interface EventPayload {
  pull_request?: { number?: number; head?: { sha?: string } };
  issue?: { number?: number; pull_request?: unknown };
  workflow_run?: { head_sha?: string; pull_requests?: { number?: number }[] };
}

export function readEventContext(env: Env = process.env): EventContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) {
    throw new Error(
      "GITHUB_REPOSITORY is not set to 'owner/repo'; is this running in GitHub Actions?",
    );
  }
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const commentedPullRequest = payload.issue?.pull_request ? payload.issue.number : undefined;
  return {
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME,
    pullRequestNumber:
      payload.pull_request?.number ??
      commentedPullRequest ??
      // Empty for runs from forks: the comment mode takes the number from the plan file then.
      payload.workflow_run?.pull_requests?.[0]?.number,
    headSha: payload.pull_request?.head?.sha ?? payload.workflow_run?.head_sha,
  };
}

function readPayload(path: string | undefined): EventPayload {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EventPayload;
  } catch (error) {
    throw new Error(`Cannot read the event payload ${path}: ${(error as Error).message}`);
  }
}
