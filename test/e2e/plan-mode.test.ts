// Plan mode of the bundled action on the example manifest, and the PR cost preview comment.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FAULTS, type FakeGitHubApi, startFakeGitHubApi } from '../fakes/github-api.js';
import { REPO, runAction } from './runner.js';

function workspaceWithExample(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'asset-forge-ws-'));
  cpSync(join(REPO, 'examples', 'assets.yml'), join(workspace, 'assets.yml'));
  return workspace;
}

describe('dist/index.js in plan mode', () => {
  let api: FakeGitHubApi | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  it('prices the example manifest, writes the plan file, the outputs and the job summary', async () => {
    const workspace = workspaceWithExample();
    const run = await runAction({ workspace, inputs: { mode: 'plan' } });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    // 133+133+34+4+17+4+1+67+14+1+34 at gpt-image-2 and 8 for the Gemini-first asset.
    expect(run.outputs['credits-estimated']).toBe('450');
    expect(run.outputs['over-budget']).toBe('false');
    expect(run.outputs['credits-spent']).toBe('0');
    expect(JSON.parse(run.outputs.generated!)).toEqual([]);
    const plan = JSON.parse(readFileSync(run.outputs.plan!, 'utf8'));
    expect(plan.assets).toHaveLength(12);
    expect(plan.requiredCredits).toBe(450);
    expect(plan.manifest).toBe('assets.yml'); // not the runner's absolute path
    expect(run.summary).toContain('| hero | new | 3840x2160 | 4K | high | gpt-image-2 | 133 |');
    expect(run.summary).toContain('**Total: 450 credits** of a budget of 800: within budget.');
    expect(existsSync(join(workspace, 'assets.lock.json'))).toBe(false);
  });

  it('fails the check over budget and says so, spending nothing', async () => {
    const run = await runAction({
      workspace: workspaceWithExample(),
      inputs: { mode: 'plan', budget: '100' },
    });
    expect(run.code).not.toBe(0);
    expect(run.outputs['over-budget']).toBe('true');
    expect(run.stdout).toContain('::error::Over budget: 450 credits needed, the budget is 100');
    expect(run.summary).toContain('**over budget by 350**');
  });

  it('reports manifest errors as annotations on their lines', async () => {
    const workspace = workspaceWithExample();
    const text = readFileSync(join(workspace, 'assets.yml'), 'utf8').replace(
      'size: 3072x1024',
      'size: 3840x1024',
    );
    writeFileSync(join(workspace, 'assets.yml'), text);
    const line = text.split('\n').findIndex((l) => l.includes('3840x1024')) + 1;
    const run = await runAction({ workspace, inputs: { mode: 'plan' } });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(
        `::error title=asset-forge%3A invalid manifest,file=assets.yml,line=${line},col=\\d+::size 3840x1024 is not valid for gpt-image-2`,
      ),
    );
    expect(run.stdout).toContain('use 3072x1024');
    expect(run.summary).toContain('The manifest is invalid');
  });

  it('posts one sticky cost-preview comment on a pull request and updates it in place', async () => {
    api = await startFakeGitHubApi();
    const workspace = workspaceWithExample();
    const pr = {
      eventName: 'pull_request',
      event: { pull_request: { number: 7, head: { sha: 'a'.repeat(40) } } },
    };
    const inputs = { mode: 'plan', 'github-token': 'token-1' };
    const env = { GITHUB_API_URL: api.url };
    const first = await runAction({ workspace, inputs, env, ...pr });
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs['comment-url']).toMatch(/^http/);
    const second = await runAction({ workspace, inputs: { ...inputs, budget: '300' }, env, ...pr });
    expect(second.code).not.toBe(0); // over budget fails the check, after updating the comment
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('**over budget by 150**');
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  const pr = (number: number) => ({
    eventName: 'pull_request',
    event: { pull_request: { number, head: { sha: 'a'.repeat(40) } } },
  });

  it('finds its comment on a later page among many and edits it, and leaves it alone when unchanged', async () => {
    api = await startFakeGitHubApi();
    const workspace = workspaceWithExample();
    const env = { GITHUB_API_URL: api.url };
    const inputs = { mode: 'plan', 'github-token': 'token-1' };
    for (let i = 0; i < 130; i++) api.addComment('acme', 'site', 7, `comment ${i}`);
    const ours = api.addComment(
      'acme',
      'site',
      7,
      '<!-- asset-forge:cost-preview/assets.yml valid-at=2000-01-01T00:00:00.000Z -->\nold',
      { login: 'github-actions[bot]', type: 'Bot' },
    );
    for (let i = 0; i < 20; i++) api.addComment('acme', 'site', 7, `later ${i}`);

    const first = await runAction({ workspace, inputs, env, ...pr(7) });
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs['comment-url']).toBe(ours.html_url);
    expect(ours.body).toContain('**Total: 450 credits**');
    const pages = api.requests.filter((r) => r.method === 'GET').map((r) => r.query.page ?? '1');
    expect(pages).toEqual(['1', '2']);
    expect(api.requests.filter((r) => r.method !== 'GET')).toEqual([
      expect.objectContaining({
        method: 'PATCH',
        path: `/repos/acme/site/issues/comments/${ours.id}`,
      }),
    ]);

    // Nothing changed: a newer valid-at alone is no reason to edit.
    const second = await runAction({ workspace, inputs, env, ...pr(7) });
    expect(second.code).toBe(0);
    expect(api.requests.filter((r) => r.method !== 'GET')).toHaveLength(1);
    expect(api.comments).toHaveLength(151);
  });

  it('on a fork, whose token may not comment, writes the job summary and a notice and passes', async () => {
    api = await startFakeGitHubApi({ forbiddenTokens: ['ghs_fork_read_only'] });
    const run = await runAction({
      workspace: workspaceWithExample(),
      inputs: { mode: 'plan' },
      githubToken: 'ghs_fork_read_only', // what ${{ github.token }} is on a fork's pull request
      env: { GITHUB_API_URL: api.url },
      ...pr(8),
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('::notice::asset-forge could not comment on the pull request');
    expect(run.summary).toContain('| hero | new | 3840x2160 | 4K | high | gpt-image-2 | 133 |');
    expect(run.outputs['comment-url']).toBe('');
    expect(api.comments).toHaveLength(0);
    expect(api.requests.some((r) => r.method === 'POST')).toBe(true); // it tried, and was refused
  });

  it('waits out rate limits and server errors on the comment, and posts it', async () => {
    api = await startFakeGitHubApi();
    // The older abuse-detection 403 is a rate limit, not a fork's read-only token.
    api.failNext(
      [FAULTS.abuseDetection(1)],
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    );
    api.failNext(
      [FAULTS.badGateway(), FAULTS.secondaryRateLimit(1)],
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    );
    const run = await runAction({
      workspace: workspaceWithExample(),
      inputs: { mode: 'plan' },
      env: { GITHUB_API_URL: api.url },
      ...pr(10),
    });
    expect(run.code, run.stdout).toBe(0);
    expect(api.comments).toHaveLength(1);
    expect(run.outputs['comment-url']).toBe(api.comments[0]!.html_url);
    expect(run.stdout).not.toContain('::notice::asset-forge could not comment');
  });

  it('a comment still rate-limited after the retries is a warning, not a red check', async () => {
    api = await startFakeGitHubApi();
    api.failNext([FAULTS.primaryRateLimit(3600)]);
    const run = await runAction({
      workspace: workspaceWithExample(),
      inputs: { mode: 'plan' },
      env: { GITHUB_API_URL: api.url },
      ...pr(11),
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::asset-forge could not post the cost preview comment after retrying \(API rate limit exceeded/,
    );
    expect(run.stdout).not.toContain('::error::');
    expect(run.summary).toContain('**Total: 450 credits**');
    expect(api.comments).toHaveLength(0);
  });

  it('with comment: false calls no API at all', async () => {
    api = await startFakeGitHubApi();
    const run = await runAction({
      workspace: workspaceWithExample(),
      inputs: { mode: 'plan', comment: 'false', 'github-token': 'token-1' },
      env: { GITHUB_API_URL: api.url },
      ...pr(9),
    });
    expect(run.code, run.stdout).toBe(0);
    expect(api.requests).toHaveLength(0);
    expect(run.summary).toContain('**Total: 450 credits**');
  });

  it('with comment: auto does not comment outside pull_request events; true does, on an issue_comment', async () => {
    api = await startFakeGitHubApi();
    const env = { GITHUB_API_URL: api.url };
    const event = { issue: { number: 10, pull_request: { url: 'x' } } };
    const auto = await runAction({
      workspace: workspaceWithExample(),
      inputs: { mode: 'plan', 'github-token': 'token-1' },
      env,
      eventName: 'issue_comment',
      event,
    });
    expect(auto.code).toBe(0);
    expect(api.requests).toHaveLength(0);
    const forced = await runAction({
      workspace: workspaceWithExample(),
      inputs: { mode: 'plan', comment: 'true', 'github-token': 'token-1' },
      env,
      eventName: 'issue_comment',
      event,
    });
    expect(forced.code).toBe(0);
    expect(api.comments.map((c) => c.issueNumber)).toEqual([10]);
  });

  it('after generating on a pull request, the comment says what was made by which model', async () => {
    api = await startFakeGitHubApi();
    const workspace = mkdtempSync(join(tmpdir(), 'asset-forge-ws-'));
    writeFileSync(
      join(workspace, 'assets.yml'),
      'version: 1\nassets:\n  - id: hero\n    prompt: "A hero"\n    size: 1024x1024\n    model: gemini-3-pro-image-preview\n',
    );
    const run = await runAction({
      workspace,
      inputs: { provider: 'offline', publish: 'none', 'github-token': 'token-1' },
      env: { GITHUB_API_URL: api.url },
      ...pr(11),
    });
    expect(run.code, run.stdout).toBe(0);
    const body = api.comments[0]!.body;
    expect(body).toContain('| hero | new | 1024x1024 |');
    expect(body).toContain('### Generated');
    expect(body).toContain(
      '| hero | generated | gemini-3-pro-image-preview | 0 | gemini-3-pro-image-preview ok |',
    );
    expect(run.summary).toContain('| hero | generated | gemini-3-pro-image-preview |');
  });

  it("caps a huge cost preview at GitHub's comment limit; the job summary keeps every row", async () => {
    api = await startFakeGitHubApi();
    const workspace = mkdtempSync(join(tmpdir(), 'asset-forge-ws-'));
    const assets = Array.from(
      { length: 1500 },
      (_, i) => `  - id: asset-${String(i).padStart(4, '0')}\n    prompt: "Picture ${i}"\n`,
    );
    writeFileSync(
      join(workspace, 'assets.yml'),
      `version: 1\ndefaults:\n  size: 1024x1024\n  quality: low\nassets:\n${assets.join('')}`,
    );
    const run = await runAction({
      workspace,
      inputs: { mode: 'plan', 'github-token': 'token-1' },
      env: { GITHUB_API_URL: api.url },
      ...pr(12),
    });
    expect(run.code, run.stdout).toBe(0);
    const body = api.comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/… \d+ more lines left out; see the job summary$/);
    expect(body).toContain('| asset-0000 | new |');
    expect(run.summary).toContain('| asset-1499 | new |');
  });
});
