// Workflow 3 of SPEC §1: a cron run regenerates the assets whose `refresh` period has passed,
// and publishes them as one pull request that later runs update in place.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGitHubApi, startFakeGitHubApi } from '../fakes/github-api.js';
import { BOT, createRepo, git, type TestRepo } from './git-repo.js';
import { runAction } from './runner.js';

const MANIFEST = `version: 1
defaults:
  model: gpt-image-2
  quality: low
  size: 1024x1024
  out-dir: generated
assets:
  - id: seasonal
    prompt: "The shop window this season"
    refresh: 1d
  - id: weekly
    prompt: "This week's banner"
    refresh: 1d
  - id: logo
    prompt: "The logo mark"
`;

const DAY = 24 * 60 * 60 * 1000;
const schedule = { eventName: 'schedule', event: { schedule: '0 3 * * *' } };
const json = (text: string | undefined) => JSON.parse(text ?? 'null') as unknown;

interface Lock {
  assets: Record<string, { generatedAt: string; files: { path: string; sha256: string }[] }>;
}

describe('a scheduled refresh (workflow 3)', () => {
  let repo: TestRepo;
  let api: FakeGitHubApi;

  /**
   * main holds the three assets and their lock: `seasonal` made 3 days ago (refresh 1d: stale),
   * `weekly` an hour ago (refresh 1d: fresh), `logo` 30 days ago (no refresh: never stale).
   */
  beforeEach(async () => {
    api = await startFakeGitHubApi();
    repo = createRepo({ 'assets.yml': MANIFEST });
    const setup = await runAction({
      workspace: repo.work,
      inputs: { provider: 'offline', publish: 'none' },
    });
    expect(setup.code, setup.stdout).toBe(0);
    const lockPath = join(repo.work, 'assets.lock.json');
    const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as Lock;
    const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
    lock.assets.seasonal!.generatedAt = ago(3 * DAY);
    lock.assets.weekly!.generatedAt = ago(DAY / 24);
    lock.assets.logo!.generatedAt = ago(30 * DAY);
    // Last season's picture differs from what this run draws, so the refresh changes the file.
    const logo = lock.assets.logo!.files[0]!;
    writeFileSync(
      join(repo.work, 'generated', 'seasonal.png'),
      readFileSync(join(repo.work, logo.path)),
    );
    lock.assets.seasonal!.files[0]!.sha256 = logo.sha256;
    writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
    git(repo.work, 'add', '.');
    git(repo.work, 'commit', '--quiet', '-m', 'assets');
    git(repo.work, 'push', '--quiet', 'origin', 'main');
  });

  afterEach(async () => {
    await api.close();
    rmSync(repo.root, { recursive: true, force: true });
  });

  const refresh = (workspace: string) =>
    runAction({
      workspace,
      inputs: { provider: 'offline', publish: 'pull-request', 'github-token': 'ghs_write' },
      env: { GITHUB_API_URL: api.url },
      ...schedule,
    });

  it('regenerates only the stale asset, opens a pull request, and updates the same one next time', async () => {
    const main = git(repo.origin, 'rev-parse', 'main');
    const first = await refresh(repo.work);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(json(first.outputs.generated)).toEqual(['seasonal']);
    expect(json(first.outputs.skipped)).toEqual(['weekly', 'logo']);
    expect(first.summary).toContain(
      '| seasonal | stale | 1024x1024 | 1K | low | gpt-image-2 | 0 |',
    );
    expect(first.summary).not.toMatch(/\| (weekly|logo) \| (stale|new|changed)/);

    // One PR from asset-forge/update into main, holding the refreshed file and the lock file.
    expect(api.pulls).toHaveLength(1);
    const [pull] = api.pulls;
    expect(pull).toMatchObject({
      head: { label: 'acme:asset-forge/update' },
      base: { ref: 'main' },
      title: 'chore(assets): regenerate 1 assets (0 credits)',
      state: 'open',
    });
    expect(pull!.body).toContain('| seasonal | generated | gpt-image-2 |');
    expect(first.outputs['pull-request-url']).toBe(pull!.html_url);
    expect(first.outputs['commit-sha']).toBe('');
    const branch = git(repo.origin, 'rev-parse', 'asset-forge/update');
    expect(git(repo.origin, 'rev-parse', `${branch}^`)).toBe(main);
    expect(repo.filesOf(branch)).toEqual(['assets.lock.json', 'generated/seasonal.png']);
    expect(git(repo.origin, 'log', '-1', '--format=%an <%ae>', branch)).toBe(BOT);
    expect(git(repo.origin, 'rev-parse', 'main')).toBe(main); // main itself is untouched

    // The next night, nobody has merged: a fresh checkout of main, the same asset still stale.
    const second = await refresh(repo.clone('next-night'));
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(json(second.outputs.generated)).toEqual(['seasonal']);
    expect(api.pulls).toHaveLength(1);
    expect(second.outputs['pull-request-url']).toBe(pull!.html_url);
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(api.requests.filter((r) => r.method === 'PATCH')).toEqual([
      expect.objectContaining({ path: '/repos/acme/site/pulls/1' }),
    ]);
    const moved = git(repo.origin, 'rev-parse', 'asset-forge/update');
    expect(moved).not.toBe(branch);
    expect(git(repo.origin, 'rev-parse', `${moved}^`)).toBe(main); // still one commit on main
  });

  it('says clearly when Actions may not create pull requests, and fails', async () => {
    api.denyPullRequestCreation = true;
    const run = await refresh(repo.work);
    expect(run.code).not.toBe(0);
    const error = run.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
    expect(error).toContain('GitHub Actions may not create pull requests in this repository');
    expect(error).toContain('Allow GitHub Actions to create and approve pull requests');
    expect(run.outputs['pull-request-url']).toBe('');
    // The branch was pushed, for a pull request by hand.
    expect(repo.filesOf('asset-forge/update')).toEqual([
      'assets.lock.json',
      'generated/seasonal.png',
    ]);
  });

  it('does nothing when nothing is stale', async () => {
    const lockPath = join(repo.work, 'assets.lock.json');
    const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as Lock;
    lock.assets.seasonal!.generatedAt = new Date().toISOString();
    writeFileSync(lockPath, JSON.stringify(lock));
    const run = await refresh(repo.work);
    expect(run.code, run.stdout).toBe(0);
    expect(json(run.outputs.generated)).toEqual([]);
    expect(run.outputs['pull-request-url']).toBe('');
    expect(run.outputs['pull-request-operation']).toBe('none');
    // It only looked for an open pull request of its own to close.
    expect(api.requests.filter((request) => request.method !== 'GET')).toHaveLength(0);
    expect(git(repo.origin, 'branch', '--list', 'asset-forge/update')).toBe('');
  });
});
