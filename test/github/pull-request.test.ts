import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOctokit } from '../../src/github/client.js';
import { type PullRequestSettings, publishPullRequest } from '../../src/github/pull-request.js';
import { type FakeGitHubApi, openedMeanwhile, startFakeGitHubApi } from '../fakes/github-api.js';
import { git, originAndWork } from './dev-git.js';

describe('publishPullRequest', () => {
  let root: string;
  let origin: string;
  let work: string;
  let api: FakeGitHubApi;

  beforeEach(async () => {
    vi.stubEnv('GIT_CONFIG_GLOBAL', '/dev/null');
    vi.stubEnv('GIT_CONFIG_NOSYSTEM', '1');
    api = await startFakeGitHubApi();
    root = await mkdtemp(join(tmpdir(), 'asset-forge-pr-'));
    ({ origin, work } = originAndWork(root));
  });

  afterEach(async () => {
    vi.unstubAllEnvs();
    await api.close();
    await rm(root, { recursive: true, force: true });
  });

  const publish = (
    overrides: Partial<Omit<PullRequestSettings, 'body'>> & { body?: string } = {},
  ) =>
    publishPullRequest({
      octokit: createOctokit('ghs_token', { GITHUB_API_URL: api.url }),
      owner: 'acme',
      repo: 'site',
      cwd: work,
      files: ['hero.png', 'assets.lock.json'],
      base: 'main',
      title: 'Regenerate assets',
      commitMessage: 'chore(assets): regenerate',
      ...overrides,
      body: () => overrides.body ?? 'Generated 1 asset',
    });
  const branchLog = () => git(origin, 'log', '--format=%s', 'asset-forge/update').split('\n');

  it('opens a pull request, then updates the same one on later runs', async () => {
    await writeFile(join(work, 'hero.png'), 'v1');
    await writeFile(join(work, 'assets.lock.json'), '{"v":1}\n');
    await writeFile(join(work, 'scratch.txt'), 'not ours');

    const first = await publish();
    expect(first).toEqual({
      operation: 'created',
      number: 1,
      url: 'https://github.com/acme/site/pull/1',
    });
    expect(api.pulls[0]).toMatchObject({
      title: 'Regenerate assets',
      body: 'Generated 1 asset',
      head: { label: 'acme:asset-forge/update' },
      base: { ref: 'main' },
    });
    expect(branchLog()).toEqual(['chore(assets): regenerate', 'initial']);
    expect(git(origin, 'show', '--name-only', '--format=', 'asset-forge/update')).toBe(
      'assets.lock.json\nhero.png',
    );
    // The checkout is left alone: still on main, files still there, uncommitted.
    expect(git(work, 'symbolic-ref', '--short', 'HEAD')).toBe('main');
    expect(git(work, 'log', '--format=%s')).toBe('initial');

    await writeFile(join(work, 'hero.png'), 'v2');
    const second = await publish({ body: 'Generated 1 asset again' });
    expect(second).toEqual({ ...first, operation: 'updated' });
    expect(api.pulls).toHaveLength(1);
    expect(api.pulls[0]?.body).toBe('Generated 1 asset again');
    expect(branchLog()).toEqual(['chore(assets): regenerate', 'initial']);
    expect(git(origin, 'show', 'asset-forge/update:hero.png')).toBe('v2');

    const writesBefore = api.requests.filter((request) => request.method !== 'GET').length;
    const third = await publish({ body: 'Generated 1 asset again' });
    expect(third).toEqual({ ...first, operation: 'none' });
    expect(api.requests.filter((request) => request.method !== 'GET')).toHaveLength(writesBefore);
    expect(git(origin, 'log', '--format=%s', 'main')).toBe('initial');
    expect(git(work, 'rev-parse', '--is-shallow-repository')).toBe('false');
  });

  it('works from a shallow checkout, as actions/checkout makes by default', async () => {
    await writeFile(join(work, 'hero.png'), 'v1');
    await publish({ files: ['hero.png'] });
    const shallow = join(root, 'shallow');
    git(root, 'clone', '--quiet', '--depth=1', `file://${origin}`, shallow);
    work = shallow;
    await writeFile(join(work, 'hero.png'), 'v1');

    expect((await publish({ files: ['hero.png'] })).operation).toBe('none');
    await writeFile(join(work, 'hero.png'), 'v2');
    expect((await publish({ files: ['hero.png'] })).operation).toBe('updated');
    expect(git(origin, 'show', 'asset-forge/update:hero.png')).toBe('v2');
    expect(branchLog()).toEqual(['chore(assets): regenerate', 'initial']);
  });

  it('rebuilds the branch on the new base after the base moved', async () => {
    await writeFile(join(work, 'hero.png'), 'v1');
    await publish({ files: ['hero.png'] });
    await writeFile(join(work, 'README.md'), 'docs\n');
    git(work, 'add', 'README.md');
    git(work, 'commit', '--quiet', '-m', 'docs');
    git(work, 'push', '--quiet', 'origin', 'main');

    const result = await publish({ files: ['hero.png'] });
    expect(result.operation).toBe('updated');
    expect(branchLog()).toEqual(['chore(assets): regenerate', 'docs', 'initial']);
  });

  it('does nothing when the files match the base', async () => {
    const result = await publish({ files: ['assets.yml'] });
    expect(result).toEqual({ operation: 'none' });
    expect(git(origin, 'for-each-ref', '--format=%(refname:short)', 'refs/heads')).toBe('main');
    expect(api.requests.filter((request) => request.method !== 'GET')).toEqual([]);
  });

  it('closes its pull request when a later run leaves nothing to change', async () => {
    await writeFile(join(work, 'hero.png'), 'v1');
    const opened = await publish({ files: ['hero.png'] });
    // hero.png reached main some other way: the pull request has nothing left to bring.
    git(work, 'add', 'hero.png');
    git(work, 'commit', '--quiet', '-m', 'hero by hand');
    git(work, 'push', '--quiet', 'origin', 'main');

    expect((await publish({ files: ['hero.png'] })).operation).toBe('none');
    expect(api.pulls[0]!.state).toBe('open');
    const closed = await publish({ files: ['hero.png'], nothingLeft: true });
    expect(closed).toEqual({ ...opened, operation: 'closed' });
    expect(api.pulls[0]!.state).toBe('closed');
  });

  it('another run opening the same pull request meanwhile (GitHub answers 422): updates that one instead of failing', async () => {
    await writeFile(join(work, 'hero.png'), 'v1');
    const lookUp = 'GET /repos/{owner}/{repo}/pulls';
    const opened = openedMeanwhile(api, 'acme', 'site', {
      headSha: '0'.repeat(40),
      headLabel: 'acme:asset-forge/update',
      title: 'Regenerate assets (the other run)',
      body: 'Generated 0 assets',
    });

    const result = await publish({ files: ['hero.png'], body: 'Generated 1 asset' });

    expect(result).toEqual({
      operation: 'updated',
      number: opened.pull!.number,
      url: opened.pull!.html_url,
    });
    expect(api.pulls).toHaveLength(1);
    expect(api.pulls[0]).toMatchObject({ title: 'Regenerate assets', body: 'Generated 1 asset' });
    const calls = api.requests.filter((request) => request.route?.includes('/pulls'));
    expect(calls.map((request) => [request.method, request.route, request.status])).toEqual([
      ['GET', lookUp, 200],
      ['POST', 'POST /repos/{owner}/{repo}/pulls', 422],
      ['GET', lookUp, 200],
      ['PATCH', 'PATCH /repos/{owner}/{repo}/pulls/{pull_number}', 200],
    ]);
    expect(calls[2]!.query).toMatchObject({ head: 'acme:asset-forge/update', state: 'open' });
  });

  it('opens a draft with labels and reviewers, users and teams', async () => {
    await writeFile(join(work, 'hero.png'), 'v1');
    await publish({
      files: ['hero.png'],
      draft: true,
      labels: ['assets', 'design'],
      reviewers: ['octocat', 'acme/designers'],
    });
    expect(api.pulls[0]).toMatchObject({
      draft: true,
      labels: [{ name: 'assets' }, { name: 'design' }],
      requested_reviewers: [{ login: 'octocat' }],
      requested_teams: [{ slug: 'designers' }],
    });
  });

  it("refuses a branch holding someone else's commit before pushing anything", async () => {
    await writeFile(join(work, 'hero.png'), 'v1');
    await publish({ files: ['hero.png'] });
    const other = join(root, 'other');
    git(root, 'clone', '--quiet', '--branch', 'asset-forge/update', origin, other);
    await writeFile(join(other, 'notes.md'), 'my work\n');
    git(other, 'add', 'notes.md');
    git(
      other,
      '-c',
      'user.name=Dev',
      '-c',
      'user.email=dev@example.com',
      'commit',
      '--quiet',
      '-m',
      'my work',
    );
    git(other, 'push', '--quiet', 'origin', 'asset-forge/update');
    const theirs = git(origin, 'rev-parse', 'asset-forge/update');

    await writeFile(join(work, 'hero.png'), 'v2');
    await expect(publish({ files: ['hero.png'] })).rejects.toThrow(
      /holds commits asset-forge did not make .* by dev@example.com/,
    );
    expect(git(origin, 'rev-parse', 'asset-forge/update')).toBe(theirs);
  });

  it('refuses a token that GitHub shows may not push', async () => {
    api.repository.permissions = {
      admin: false,
      maintain: false,
      push: false,
      triage: false,
      pull: true,
    };
    await writeFile(join(work, 'hero.png'), 'v1');
    await expect(publish({ files: ['hero.png'] })).rejects.toThrow(/may not push to acme\/site/);
    expect(git(origin, 'for-each-ref', '--format=%(refname:short)', 'refs/heads')).toBe('main');
  });

  it("refuses the repository's default branch", async () => {
    api.repository.default_branch = 'develop';
    await writeFile(join(work, 'hero.png'), 'v1');
    await expect(publish({ files: ['hero.png'], branch: 'develop' })).rejects.toThrow(
      /is the repository's default branch/,
    );
    expect(git(origin, 'for-each-ref', '--format=%(refname:short)', 'refs/heads')).toBe('main');
  });

  it('explains how to allow GitHub Actions to create pull requests', async () => {
    api.denyPullRequestCreation = true;
    await writeFile(join(work, 'hero.png'), 'v1');
    await expect(publish({ files: ['hero.png'] })).rejects.toThrow(
      /Allow GitHub Actions to create and approve pull requests.*personal access token/,
    );
  });

  it('refuses to use the base branch as its own branch', async () => {
    await expect(
      publishPullRequest({
        octokit: createOctokit('ghs_token', { GITHUB_API_URL: api.url }),
        owner: 'acme',
        repo: 'site',
        cwd: work,
        files: ['hero.png'],
        branch: 'main',
        base: 'main',
        title: 't',
        body: () => 'b',
        commitMessage: 'm',
      }),
    ).rejects.toThrow(/is the base branch/);
  });
});
