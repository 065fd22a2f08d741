// The Octokit client and the repository/event context, both read from the environment at
// call time: @actions/github reads GITHUB_API_URL and the event when it is first imported,
// which is too early for tests (and for anything that sets them later).
import { setTimeout as sleep } from 'node:timers/promises';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { readTextCapped } from '../bounded-read.js';
import { MAX_EVENT_PAYLOAD_BYTES } from './event-payload.js';
import { apiFailureOf, rateLimitOf } from './rate-limit.js';

export type Octokit = ReturnType<typeof getOctokit>;
type OctokitPlugin = NonNullable<Parameters<typeof getOctokit>[2]>;

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

/** Tries after a rate limit, and the longest wait we accept: a plan check must not hang. */
const RATE_LIMIT_RETRIES = 3;
const MAX_RATE_LIMIT_WAIT_SECONDS = 90;

const retryRateLimit = (
  retryAfter: number,
  options: { method?: string; url?: string },
  _octokit: unknown,
  retryCount: number,
): boolean => {
  const wanted = retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
  core.info(
    `GitHub rate limit on ${options.method} ${options.url}: ${wanted ? `retrying in ${retryAfter} s` : 'giving up'}.`,
  );
  return wanted;
};

/**
 * An Octokit aimed explicitly at GITHUB_API_URL (GitHub Enterprise Server, or a test fake),
 * with retries of server errors and throttling of rate limits, as
 * peter-evans/create-pull-request sets it up. 429 is left to the throttling side, which
 * honours the headers; the retry plugin's own backoff ignores them. See docs/troubleshooting.md.
 */
export function createOctokit(token: string, env: Env = process.env): Octokit {
  return getOctokit(
    token,
    {
      baseUrl: apiBaseUrl(env),
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: { onRateLimit: retryRateLimit, onSecondaryRateLimit: retryRateLimit },
    },
    retry,
    throttling,
    remainingRateLimits,
  );
}

/**
 * The throttling plugin knows rate limits by "secondary rate" in the message or by
 * x-ratelimit-remaining: 0. GitHub also answers the older "abuse detection" 403 and bare
 * 429s with retry-after (docs/troubleshooting.md); this waits for those as asked.
 */
const remainingRateLimits: OctokitPlugin = (octokit) => {
  octokit.hook.wrap('request', async (request, options) => {
    for (let retryCount = 0; ; retryCount++) {
      try {
        return await request(options);
      } catch (error) {
        const failure = apiFailureOf(error);
        const handledByThrottling =
          /\bsecondary rate\b/i.test(failure.message ?? '') ||
          String(failure.headers?.['x-ratelimit-remaining']) === '0';
        const limit = handledByThrottling ? undefined : rateLimitOf(failure);
        if (!limit) throw error;
        const target = { method: options.method, url: options.url };
        if (!retryRateLimit(limit.retryAfterSeconds, target, octokit, retryCount)) throw error;
        await sleep(limit.retryAfterSeconds * 1000);
      }
    }
  });
  return {};
};

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
    return JSON.parse(readTextCapped(path, MAX_EVENT_PAYLOAD_BYTES)) as EventPayload;
  } catch (error) {
    throw new Error(`Cannot read the event payload ${path}: ${(error as Error).message}`);
  }
}
