// SPEC §7, §8: the API key is registered as a secret before any output, and is never shown: not
// in logs, errors, the job summary, comments, the lock file or commit messages, even when the
// provider echoes it back. test/e2e/push-generate.test.ts holds the action on a push (stdout,
// stderr, summary, outputs, lock file, plan file, commit message); here: the CLI, whose output
// has no runner to mask it, and the action's pull-request comment.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from '../e2e/runner.js';
import { type Gateway, type Step, startGateway } from '../fakes/gateway.js';
import { type FakeGitHubApi, startFakeGitHubApi } from '../fakes/github-api.js';
import { makeProject, type Project } from '../generate/helpers.js';
import { spawnCli } from './helpers.js';

// Underscores and a dash: escaped for markdown they would read differently; neither may show.
const KEY = 'sk_live_reliability-0123456789abcdef';
const VARIANTS = [KEY, KEY.replaceAll('_', '&#95;'), KEY.slice(0, 16), encodeURIComponent(KEY)];

let gw: Gateway | undefined;
let api: FakeGitHubApi | undefined;
let project: Project | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await gw?.close();
  await api?.close();
  gw = api = undefined;
  project?.remove();
  project = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function expectNoKey(what: string, text: string): void {
  for (const variant of VARIANTS) expect(text, `${what} shows the key`).not.toContain(variant);
}

/**
 * One echo of the key per asset, in every place a provider can put it; the asset that gets the
 * image URLs is the last, since it alone retries. (A 401 echoing it: the next test.)
 */
const ECHOES: Step[] = [
  'ok',
  { status: 422, echoKey: true },
  { status: 400, body: `{"error":"upstream refused Authorization: Bearer ${KEY}"}` },
  { status: 400, body: `<html>Bearer ${KEY} is not allowed here</html>` },
  { envelopeCode: 400, message: `bad request for key ${KEY}` },
  // Three tries of the same model (the CLI's retry policy), each answering a URL with the key.
  { imageUrl: `ftp://user:${KEY}@files.example/x.png` },
  { imageUrl: `ftp://user:${KEY}@files.example/x.png` },
  { imageUrl: `ftp://user:${KEY}@files.example/x.png` },
];

describe('the CLI never shows ASSET_FORGE_API_KEY', () => {
  it('in stdout, stderr or the lock file, whatever the provider echoes', async () => {
    gw = await startGateway({ apiKey: KEY });
    gw.script(ECHOES);
    project = makeProject({
      defaults: { fallback: [] },
      assets: ['ok', 'echo-422', 'echo-json', 'echo-raw', 'echo-envelope', 'echo-url'].map(
        (id) => ({ id }),
      ),
    });
    const args = ['generate', project.manifest, '--base-url', gw.url, '--concurrency', '1'];

    const exit = await spawnCli(args, { ASSET_FORGE_API_KEY: KEY }).exited;

    expect(exit.code).toBe(1);
    // The provider's words are shown (with the key taken out): the user learns what happened.
    expect(exit.stdout).toContain('received Authorization: Bearer ***');
    expect(exit.stdout).toContain('upstream refused Authorization: Bearer ***');
    expect(exit.stdout).toContain('bad request for key ***');
    expect(exit.stdout).toContain('answered an image URL that is not http(s): ftp://user:***@');
    expectNoKey('stdout', exit.stdout);
    expectNoKey('stderr', exit.stderr);
    expectNoKey('the lock file', readFileSync(join(project.dir, 'assets.lock.json'), 'utf8'));
    // Sent to the API only; never to an image host.
    const api = gw.requests.filter((r) => r.kind !== 'image');
    expect(api.every((r) => r.headers.authorization === 'Bearer <hidden>')).toBe(true);
    const images = gw.requests.filter((r) => r.kind === 'image');
    expect(images.length).toBeGreaterThan(0);
    expect(images.every((r) => r.headers.authorization === undefined)).toBe(true);
  });

  it('when the key itself is refused (401 echoing it), and in a usage error', async () => {
    gw = await startGateway();
    project = makeProject({ assets: [{ id: 'one' }] });
    gw.script([{ status: 401, echoKey: true }]);

    const refused = await spawnCli(['generate', project.manifest, '--base-url', gw.url], {
      ASSET_FORGE_API_KEY: KEY,
    }).exited;
    const usage = await spawnCli(['generate', project.manifest, '--base-url', 'ftp://x'], {
      ASSET_FORGE_API_KEY: KEY,
    }).exited;

    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('Stopped: nanobanana answered HTTP 401: Invalid API key');
    expect(refused.stdout).toContain('(received Authorization: Bearer ***)');
    expect(usage.code).toBe(2);
    for (const exit of [refused, usage]) {
      expectNoKey('stdout', exit.stdout);
      expectNoKey('stderr', exit.stderr);
    }
  });
});

describe('the action never shows api-key in a pull-request comment', () => {
  it('generate on a pull_request: the key is masked first, and absent from the comment, summary and outputs', async () => {
    gw = await startGateway({ apiKey: KEY });
    gw.script([
      'ok',
      { status: 422, echoKey: true, message: 'Refused @octocat' },
      { envelopeCode: 400, message: `bad request for key ${KEY}` },
    ]);
    api = await startFakeGitHubApi();
    const workspace = mkdtempSync(join(tmpdir(), 'af-secrets-'));
    dirs.push(workspace);
    writeFileSync(
      join(workspace, 'assets.yml'),
      [
        'version: 1',
        'defaults: { model: gpt-image-2, quality: low, size: 1024x1024, out-dir: generated }',
        'assets:',
        '  - { id: hero, prompt: "A hero" }',
        '  - { id: banned, prompt: "Refused" }',
        '  - { id: other, prompt: "Another" }',
        '',
      ].join('\n'),
    );

    const run = await runAction({
      workspace,
      inputs: {
        provider: 'nanobanana',
        'api-key': KEY,
        'base-url': gw.url,
        concurrency: '1',
        publish: 'none',
        comment: 'true',
        'github-token': 'ghs_token',
      },
      eventName: 'pull_request',
      event: { pull_request: { number: 5, head: { sha: 'b'.repeat(40) } } },
      env: { GITHUB_API_URL: api.url },
    });

    expect(run.code).toBe(1);
    expect(run.stdout.startsWith(`::add-mask::${KEY}\n`)).toBe(true);
    expect(api.comments).toHaveLength(1);
    const comment = api.comments[0]!.body;
    // The provider's words, escaped: no mention, and the key taken out.
    expect(comment).toContain(
      'Refused @&#8203;octocat (received Authorization&#58; Bearer &#42;&#42;&#42;)',
    );
    const stdout = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    for (const [what, text] of [
      ['the comment', comment],
      ['the summary', run.summary],
      ['stdout', stdout],
      ['stderr', run.stderr],
      ['the outputs', JSON.stringify(run.outputs)],
      ['the lock file', readFileSync(join(workspace, 'assets.lock.json'), 'utf8')],
      ['the plan file', readFileSync(run.outputs.plan!, 'utf8')],
    ] as const) {
      expectNoKey(what, text);
    }
  });
});
