// The fork-safe split of workflow 2: a pull_request run (no secrets, read-only token) writes the
// plan file; a workflow_run run with a token that may write checks it and posts the comment.
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGitHubApi, startFakeGitHubApi } from '../fakes/github-api.js';
import { runAction } from './runner.js';

const HEAD = 'c0ffee'.padEnd(40, '1');
const OTHER = 'dead'.padEnd(40, '2');
const MANIFEST = `version: 1
budget:
  max-credits: 100
defaults:
  model: gpt-image-2
  size: 1024x1024
assets:
  - id: hero
    prompt: "A hero banner"
    quality: high
  - id: icon
    prompt: "An icon"
    quality: low
`;

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'asset-forge-comment-'));
  writeFileSync(join(dir, 'assets.yml'), MANIFEST);
  return dir;
}

/** The untrusted half: a plan run on the pull request, with a token that may not comment. */
async function planOnPullRequest(number: number, headSha = HEAD): Promise<string> {
  const run = await runAction({
    workspace: workspace(),
    inputs: { mode: 'plan', comment: 'false' },
    eventName: 'pull_request',
    event: { pull_request: { number, head: { sha: headSha } } },
  });
  expect(run.code, run.stdout).toBe(0);
  // The workflow uploads it as an artifact; the next workflow downloads it somewhere.
  const downloaded = join(mkdtempSync(join(tmpdir(), 'asset-forge-download-')), 'plan.json');
  writeFileSync(downloaded, readFileSync(run.outputs.plan!));
  return downloaded;
}

const workflowRun = (headSha: string, pullRequests: number[]) => ({
  eventName: 'workflow_run',
  event: {
    workflow_run: { head_sha: headSha, pull_requests: pullRequests.map((number) => ({ number })) },
  },
});

describe('mode: comment (the privileged half of the fork-safe preview)', () => {
  let api: FakeGitHubApi;
  beforeEach(async () => {
    api = await startFakeGitHubApi();
  });
  afterEach(async () => {
    await api.close();
  });

  const comment = (planFile: string, event: ReturnType<typeof workflowRun>) =>
    runAction({
      workspace: workspace(),
      inputs: { mode: 'comment', 'plan-file': planFile, 'github-token': 'ghs_write' },
      env: { GITHUB_API_URL: api.url },
      ...event,
    });
  const writes = () => api.requests.filter((request) => request.method !== 'GET');

  it('posts the plan of a pull request whose head is the commit of the workflow run', async () => {
    const planFile = await planOnPullRequest(12);
    const run = await comment(planFile, workflowRun(HEAD, [12]));
    expect(run.code, run.stdout).toBe(0);
    expect(api.comments).toHaveLength(1);
    const [posted] = api.comments;
    expect(posted!.issueNumber).toBe(12);
    expect(posted!.body).toMatch(/^<!-- asset-forge:cost-preview\/assets\.yml valid-at=\S+ -->/);
    expect(posted!.body).toContain('| hero | new | 1024x1024 | 1K | high | gpt-image-2 | 14 |');
    expect(posted!.body).toContain('**Total: 15 credits** of a budget of 100: within budget.');
    expect(run.outputs['comment-url']).toBe(posted!.html_url);
    expect(run.outputs['credits-estimated']).toBe('15');
    expect(run.outputs.plan).toBe(planFile);
    expect(Object.keys(run.outputs)).toHaveLength(15);
    expect(run.outputs.skipped).toBe('["hero","icon"]');
    expect(run.summary).toContain('| icon | new | 1024x1024 | 1K | low | gpt-image-2 | 1 |');
    // Posting it again changes nothing.
    const again = await comment(planFile, workflowRun(HEAD, [12]));
    expect(again.code).toBe(0);
    expect(writes()).toHaveLength(1);
  });

  it('refuses a plan made for another commit, posting nothing', async () => {
    const planFile = await planOnPullRequest(12);
    const run = await comment(planFile, workflowRun(OTHER, [12]));
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain(
      `::error::the plan file was made for commit ${HEAD}, but this run is for ${OTHER}; refusing to post it`,
    );
    expect(writes()).toHaveLength(0);
    expect(run.outputs['comment-url']).toBe('');
  });

  it('for a fork (no PR in the event) believes the plan only when that PR is at the commit', async () => {
    const planFile = await planOnPullRequest(31);
    const pull = api.addPullRequest('acme', 'site', { number: 31, headSha: HEAD });

    const run = await comment(planFile, workflowRun(HEAD, []));
    expect(run.code, run.stdout).toBe(0);
    expect(
      api.requests.some((r) => r.method === 'GET' && r.path === '/repos/acme/site/pulls/31'),
    ).toBe(true);
    expect(api.comments.map((c) => c.issueNumber)).toEqual([31]);

    // The fork pushed again: the plan is for an older head. Nothing is posted, and the check
    // stays green with a notice: the run for the new head posts the current plan.
    pull.head.sha = OTHER;
    api.comments.length = 0;
    const moved = await comment(planFile, workflowRun(HEAD, []));
    expect(moved.code, moved.stdout).toBe(0);
    expect(moved.stdout).toContain(
      `::notice::Skipped: pull request #31 is not at commit ${HEAD} any more (its head is ${OTHER})`,
    );
    expect(moved.stdout).not.toContain('::error::');
    expect(api.comments).toHaveLength(0);

    // A plan that names a PR that does not exist.
    const missing = await comment(await planOnPullRequest(99), workflowRun(HEAD, []));
    expect(missing.code).not.toBe(0);
    expect(missing.stdout).toMatch(/::error::.*#99/);
    expect(api.comments).toHaveLength(0);
  });

  it('rejects a tampered or invalid plan file with a clear error, calling no API', async () => {
    const planFile = await planOnPullRequest(12);
    const plan = JSON.parse(readFileSync(planFile, 'utf8'));
    const cases: [string, string][] = [
      ['{ not json', 'the plan file is not JSON'],
      [JSON.stringify({ ...plan, script: '<script>' }), 'the plan file is not an asset-forge plan'],
      [
        JSON.stringify({ ...plan, requiredCredits: -1 }),
        'the plan file is not an asset-forge plan: requiredCredits',
      ],
      [
        JSON.stringify({ ...plan, headSha: 'HEAD; rm -rf /' }),
        'the plan file is not an asset-forge plan: headSha',
      ],
    ];
    for (const [text, message] of cases) {
      writeFileSync(planFile, text);
      const run = await comment(planFile, workflowRun(HEAD, [12]));
      expect(run.code, text).not.toBe(0);
      expect(run.stdout).toContain(`::error::input \`plan-file\`: ${message}`);
    }
    const missing = await comment(join(tmpdir(), 'no-such-plan.json'), workflowRun(HEAD, [12]));
    expect(missing.stdout).toMatch(
      /::error::input `plan-file`: .*no-such-plan\.json does not exist/,
    );
    expect(api.requests).toHaveLength(0);
  });

  it('escapes hostile text from the plan file: no broken table, no mentions, no HTML', async () => {
    const planFile = await planOnPullRequest(12);
    const plan = JSON.parse(readFileSync(planFile, 'utf8'));
    plan.assets[0].id =
      'x | <img src=x onerror=alert(1)> @octocat #1 [click](https://evil.example)\n| y | \u202egnp.exe\u2066\u200b';
    plan.assets[0].model = '<b>gpt</b>`code`';
    plan.manifest = '../<evil> @team.yml';
    writeFileSync(planFile, JSON.stringify(plan));

    const run = await comment(planFile, workflowRun(HEAD, [12]));
    expect(run.code, run.stdout).toBe(0);
    const body = api.comments[0]!.body;
    expect(body).not.toMatch(/<img|<b>|@octocat|@team|(^|[^&])#1|\[click\]|`/);
    expect(body).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b-\u200f]/); // bidi, zero-width
    const row = body.split('\n').find((line) => line.includes('onerror'))!;
    expect(row).toContain('x &#124; &lt;img src=x onerror=alert(1)&gt; @&#8203;octocat #&#8203;1');
    expect(row.split('|')).toHaveLength(9); // 7 cells
    // The marker is ours alone: the manifest name cannot end the HTML comment early.
    expect(body.split('\n')[0]).toMatch(
      /^<!-- asset-forge:cost-preview\/[\w./-]+ valid-at=\S+ -->$/,
    );
  });

  it('refuses a 300 MB plan file, and a 100 MB event payload, without reading them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asset-forge-huge-'));
    const planFile = join(dir, 'plan.json');
    const eventFile = join(dir, 'event.json');
    for (const [file, size] of [
      [planFile, 300],
      [eventFile, 100],
    ] as const) {
      writeFileSync(file, '');
      truncateSync(file, size * 1024 * 1024); // sparse: no disk, and no memory unless read
    }
    const plan = await comment(planFile, workflowRun(HEAD, [12]));
    expect(plan.code).not.toBe(0);
    expect(plan.stdout).toContain(
      `::error::input \`plan-file\`: ${planFile} is larger than 8388608 bytes, more than asset-forge reads`,
    );
    const event = await runAction({
      workspace: workspace(),
      inputs: { mode: 'plan' },
      env: { GITHUB_EVENT_PATH: eventFile },
    });
    expect(event.code).not.toBe(0);
    expect(event.stdout).toContain(
      `::error::The event payload ${eventFile} is 104857600 bytes, more than GitHub delivers (26214400); refusing to read it`,
    );
    expect(api.requests).toHaveLength(0);
  });

  it('never lets an older plan overwrite a newer comment', async () => {
    const planFile = await planOnPullRequest(12);
    const newer = await comment(planFile, workflowRun(HEAD, [12]));
    expect(newer.code).toBe(0);
    const body = api.comments[0]!.body;
    const plan = JSON.parse(readFileSync(planFile, 'utf8'));
    plan.createdAt = new Date(Date.parse(plan.createdAt) - 60_000).toISOString();
    plan.requiredCredits = 1;
    writeFileSync(planFile, JSON.stringify(plan));
    const older = await comment(planFile, workflowRun(HEAD, [12]));
    expect(older.code).toBe(0);
    expect(api.comments[0]!.body).toBe(body);
    expect(writes()).toHaveLength(1);
  });
});
