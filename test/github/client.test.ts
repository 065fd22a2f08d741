import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiBaseUrl, createOctokit, readEventContext } from '../../src/github/client.js';
import { FAULTS, type FakeGitHubApi, startFakeGitHubApi } from '../fakes/github-api.js';

describe('createOctokit', () => {
  let api: FakeGitHubApi;
  beforeEach(async () => {
    api = await startFakeGitHubApi();
  });
  afterEach(() => api.close());

  it('talks to GITHUB_API_URL as it is when called, not when @actions/github was loaded', async () => {
    const octokit = createOctokit('ghs_token', { GITHUB_API_URL: `${api.url}/` });
    await octokit.rest.pulls.list({ owner: 'acme', repo: 'site' });
    expect(api.requests).toEqual([
      expect.objectContaining({ method: 'GET', path: '/repos/acme/site/pulls', auth: 'token' }),
    ]);
  });

  const listPulls = () =>
    createOctokit('ghs_token', { GITHUB_API_URL: api.url }).rest.pulls.list({
      owner: 'acme',
      repo: 'site',
    });
  const pullListings = () => api.requests.filter((r) => r.path === '/repos/acme/site/pulls');

  it.each([
    ['a 502', FAULTS.badGateway()],
    ['a primary rate limit (x-ratelimit-remaining: 0 until the reset)', FAULTS.primaryRateLimit(1)],
    ['a secondary rate limit with retry-after', FAULTS.secondaryRateLimit(1)],
    ['a secondary rate limit sent as 429', FAULTS.secondaryRateLimit(1, 429)],
    ['the older abuse-detection 403', FAULTS.abuseDetection(1)],
    ['a bare 429 with retry-after', FAULTS.tooManyRequests(1)],
  ])('waits and retries after %s', async (_name, fault) => {
    api.failNext([fault]);
    const started = Date.now();
    const { status } = await listPulls();
    expect(status).toBe(200);
    expect(pullListings()).toHaveLength(2);
    if (fault.headers?.['retry-after']) expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('does not retry a refusal, and gives up on a wait longer than a check should hang', async () => {
    api.forbiddenTokens.add('ghs_token');
    const octokit = createOctokit('ghs_token', { GITHUB_API_URL: api.url });
    await expect(
      octokit.rest.issues.createComment({
        owner: 'acme',
        repo: 'site',
        issue_number: 1,
        body: 'x',
      }),
    ).rejects.toMatchObject({ status: 403 });
    expect(api.requests).toHaveLength(1);

    api.failNext([FAULTS.secondaryRateLimit(3600)]);
    await expect(listPulls()).rejects.toMatchObject({ status: 403 });
    expect(pullListings()).toHaveLength(1);
  });

  it('defaults to api.github.com', () => {
    expect(apiBaseUrl({})).toBe('https://api.github.com');
  });
});

describe('readEventContext', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'asset-forge-event-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const contextOf = async (eventName: string, payload: object) => {
    const path = join(dir, 'event.json');
    await writeFile(path, JSON.stringify(payload));
    return readEventContext({
      GITHUB_REPOSITORY: 'acme/site',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: path,
    });
  };

  it('reads the pull request of a pull_request event', async () => {
    expect(
      await contextOf('pull_request', { pull_request: { number: 12, head: { sha: 'abc' } } }),
    ).toEqual({
      owner: 'acme',
      repo: 'site',
      eventName: 'pull_request',
      pullRequestNumber: 12,
      headSha: 'abc',
    });
  });

  it('reads the head of a workflow_run, whose pull request list is empty for forks', async () => {
    const context = await contextOf('workflow_run', {
      workflow_run: { head_sha: 'def', pull_requests: [] },
    });
    expect(context).toMatchObject({ pullRequestNumber: undefined, headSha: 'def' });
  });

  it('reads a comment on a pull request, but not on an issue', async () => {
    expect(
      await contextOf('issue_comment', { issue: { number: 3, pull_request: {} } }),
    ).toMatchObject({
      pullRequestNumber: 3,
    });
    expect(await contextOf('issue_comment', { issue: { number: 4 } })).toMatchObject({
      pullRequestNumber: undefined,
    });
  });

  it('says what is missing outside GitHub Actions', () => {
    expect(() => readEventContext({})).toThrow(/GITHUB_REPOSITORY/);
  });
});
