import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOctokit } from '../../src/github/client.js';
import { publishPullRequest } from '../../src/github/pull-request.js';
import { type FakeGitHubApi, startFakeGitHubApi } from '../fakes/github-api.js';
import { git } from './dev-git.js';

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
    origin = join(root, 'origin.git');
    work = join(root, 'work');
    git(root, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
    git(root, 'init', '--quiet', '--initial-branch=main', work);
    git(work, 'remote', 'add', 'origin', origin);
    await writeFile(join(work, 'assets.yml'), 'assets: []\n');
    git(work, 'add', '.');
    git(work, 'commit', '--quiet', '-m', 'initial');
    git(work, 'push', '--quiet', 'origin', 'main');
  });

  afterEach(async () => {
    vi.unstubAllEnvs();
    await api.close();
    await rm(root, { recursive: true, force: true });
  });

  const publish = (overrides: { title?: string; body?: string; files?: string[] } = {}) =>
    publishPullRequest({
      octokit: createOctokit('ghs_token', { GITHUB_API_URL: api.url }),
      owner: 'acme',
      repo: 'site',
      cwd: work,
      files: overrides.files ?? ['hero.png', 'assets.lock.json'],
      base: 'main',
      title: overrides.title ?? 'Regenerate assets',
      body: overrides.body ?? 'Generated 1 asset',
      commitMessage: 'chore(assets): regenerate',
    });
  const branchLog = () => git(origin, 'log', '--format=%s', 'asset-forge/update').split('\n');

  it('opens a pull request, then updates the same one on later runs', async () => {
    await writeFile(join(work, 'hero.png'), 'v1');
    await writeFile(join(work, 'assets.lock.json'), '{"v":1}\n');
    await writeFile(join(work, 'scratch.txt'), 'not ours');

    const first = await publish();
    expect(first).toEqual({
      action: 'created',
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
    expect(second).toEqual({ ...first, action: 'updated' });
    expect(api.pulls).toHaveLength(1);
    expect(api.pulls[0]?.body).toBe('Generated 1 asset again');
    expect(branchLog()).toEqual(['chore(assets): regenerate', 'initial']);
    expect(git(origin, 'show', 'asset-forge/update:hero.png')).toBe('v2');

    const writesBefore = api.requests.filter((request) => request.method !== 'GET').length;
    const third = await publish({ body: 'Generated 1 asset again' });
    expect(third).toEqual({ ...first, action: 'none' });
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

    expect((await publish({ files: ['hero.png'] })).action).toBe('none');
    await writeFile(join(work, 'hero.png'), 'v2');
    expect((await publish({ files: ['hero.png'] })).action).toBe('updated');
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
    expect(result.action).toBe('updated');
    expect(branchLog()).toEqual(['chore(assets): regenerate', 'docs', 'initial']);
  });

  it('does nothing when the files match the base', async () => {
    const result = await publish({ files: ['assets.yml'] });
    expect(result).toEqual({ action: 'none' });
    expect(git(origin, 'for-each-ref', '--format=%(refname:short)', 'refs/heads')).toBe('main');
    expect(api.requests).toEqual([]);
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
        body: 'b',
        commitMessage: 'm',
      }),
    ).rejects.toThrow(/is the base branch/);
  });
});
