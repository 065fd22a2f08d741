// Plan mode of the bundled action on the example manifest, and the PR cost preview comment.
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeGitHubApi, startFakeGitHubApi } from '../fakes/github-api.js';
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
    const { writeFileSync } = await import('node:fs');
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
});
