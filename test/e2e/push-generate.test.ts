// Workflow 1 of SPEC §1: on a push to main, generate what changed and commit it back. The bundled
// action runs as the runner runs it, in a real clone of a bare origin.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type FakeArtifactService,
  readZipEntries,
  startFakeArtifactService,
} from '../fakes/artifact-service.js';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import { BOT, createRepo, git, rejectPushes, type TestRepo } from './git-repo.js';
import { type ActionRun, runAction } from './runner.js';

const MANIFEST = `version: 1
defaults:
  model: gpt-image-2
  quality: high
  size: 1024x1024
  out-dir: generated
assets:
  - id: hero
    prompt: "A hero banner with a paper rocket"
  - id: icon
    prompt: "A flat app icon"
    renditions:
      - { out: generated/icon-small.png, size: 512x512 }
`;

// Underscores too: escaped for markdown they would read sk&#95;live…, which must not show either.
const API_KEY = 'sk_live_e2e-0123456789abcdef';
const ESCAPED_KEY = API_KEY.replaceAll('_', '&#95;');

/** Everything the job shows or keeps, less the runner's own ::add-mask:: command. */
function visibleText(run: ActionRun): string {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n');
}

const json = (text: string | undefined) => JSON.parse(text ?? 'null') as unknown;

describe('a push that generates and commits (workflow 1)', () => {
  let repo: TestRepo | undefined;
  let gateway: Gateway | undefined;
  let artifacts: FakeArtifactService | undefined;
  afterEach(async () => {
    await gateway?.close();
    await artifacts?.close();
    if (repo) rmSync(repo.root, { recursive: true, force: true });
    repo = gateway = artifacts = undefined;
  });

  it('commits exactly the generated files and the lock file as github-actions[bot], then nothing', async () => {
    repo = createRepo({ 'assets.yml': MANIFEST, 'README.md': 'hello\n' });
    const { work, origin } = repo;
    // Someone's unrelated work in the tree: neither may end up in the commit.
    writeFileSync(join(work, 'README.md'), 'edited by hand\n');
    writeFileSync(join(work, 'notes.txt'), 'scratch\n');
    const initial = git(origin, 'rev-parse', 'main');

    const first = await runAction({ workspace: work, inputs: { provider: 'offline' } });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(json(first.outputs.generated)).toEqual(['hero', 'icon']);
    expect(json(first.outputs.skipped)).toEqual([]);
    expect(json(first.outputs.failed)).toEqual([]);
    expect(json(first.outputs.files)).toEqual([
      'generated/hero.png',
      'generated/icon.png',
      'generated/icon-small.png',
    ]);
    expect(first.outputs['credits-spent']).toBe('0');
    const sha = first.outputs['commit-sha']!;
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect(git(origin, 'rev-parse', 'main')).toBe(sha);
    expect(git(origin, 'rev-parse', `${sha}^`)).toBe(initial);
    expect(repo.filesOf(sha)).toEqual([
      'assets.lock.json',
      'generated/hero.png',
      'generated/icon-small.png',
      'generated/icon.png',
    ]);
    expect(git(origin, 'log', '-1', '--format=%an <%ae>|%cn <%ce>|%s', sha)).toBe(
      `${BOT}|${BOT}|chore(assets): regenerate 2 assets (0 credits)`,
    );
    // The user's changes are still there, uncommitted; the generated files are clean.
    expect(git(work, 'status', '--short')).toBe(' M README.md\n?? notes.txt');
    expect(first.summary).toContain('### Generated');
    expect(first.summary).toMatch(/\| hero \| generated \| gpt-image-2 \| 0 \| gpt-image-2 ok \|/);

    const second = await runAction({ workspace: work, inputs: { provider: 'offline' } });
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.outputs['commit-sha']).toBe('');
    expect(json(second.outputs.generated)).toEqual([]);
    expect(json(second.outputs.skipped)).toEqual(['hero', 'icon']);
    expect(json(second.outputs.files)).toEqual([]);
    expect(git(origin, 'rev-parse', 'main')).toBe(sha);
  });

  it("with prune: true, commits the deletion of a removed asset's files", async () => {
    repo = createRepo({ 'assets.yml': MANIFEST });
    const first = await runAction({ workspace: repo.work, inputs: { provider: 'offline' } });
    expect(first.code, first.stdout).toBe(0);
    git(repo.work, 'pull', '--quiet', '--ff-only');
    // The developer drops `icon` from the manifest and pushes: the push this run is for.
    const manifest = MANIFEST.replace(/ {2}- id: icon[\s\S]*$/, '').replace(
      'version: 1\n',
      'version: 1\nprune: true\n',
    );
    writeFileSync(join(repo.work, 'assets.yml'), manifest);
    git(repo.work, 'commit', '--quiet', '-am', 'drop the icon');
    git(repo.work, 'push', '--quiet', 'origin', 'main');

    const run = await runAction({ workspace: repo.work, inputs: { provider: 'offline' } });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const sha = run.outputs['commit-sha']!;
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect(git(repo.origin, 'show', '--name-status', '--format=', sha).split('\n').sort()).toEqual([
      'D\tgenerated/icon-small.png',
      'D\tgenerated/icon.png',
      'M\tassets.lock.json',
    ]);
    const lock = JSON.parse(git(repo.origin, 'show', `${sha}:assets.lock.json`));
    expect(Object.keys(lock.assets)).toEqual(['hero']);
    expect(git(repo.work, 'status', '--short')).toBe('');
  });

  it('rebases onto a commit pushed meanwhile and pushes on top of it', async () => {
    repo = createRepo({ 'assets.yml': MANIFEST, 'README.md': 'hello\n' });
    // Another job pushed to main after this job's checkout.
    const other = repo.clone('other');
    writeFileSync(join(other, 'README.md'), 'pushed meanwhile\n');
    git(other, 'commit', '--quiet', '-am', 'docs: meanwhile');
    git(other, 'push', '--quiet', 'origin', 'main');
    const meanwhile = git(repo.origin, 'rev-parse', 'main');

    const run = await runAction({ workspace: repo.work, inputs: { provider: 'offline' } });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const sha = run.outputs['commit-sha']!;
    expect(git(repo.origin, 'rev-parse', 'main')).toBe(sha);
    expect(git(repo.origin, 'rev-parse', `${sha}^`)).toBe(meanwhile);
    expect(repo.filesOf(sha)).toContain('assets.lock.json');
    expect(git(repo.origin, 'log', '-1', '--format=%an <%ae>', sha)).toBe(BOT);
  });

  it('generates over real HTTP, never shows the api-key, escapes provider messages, and resends nothing', async () => {
    repo = createRepo({
      'assets.yml': `version: 1
defaults:
  model: gpt-image-2
  quality: high
  size: 1024x1024
  out-dir: generated
assets:
  - id: hero
    prompt: "A hero banner with a paper rocket"
  - id: banned
    prompt: "Something the moderation refuses"
`,
    });
    gateway = await startGateway({ apiKey: API_KEY });
    gateway.script([
      'ok',
      {
        status: 422,
        message: 'Rejected | @octocat <script>alert(1)</script> ![x](https://evil.example/x.png)',
        echoKey: true,
      },
    ]);
    const inputs = {
      provider: 'nanobanana',
      'base-url': gateway.url,
      'api-key': API_KEY,
      concurrency: '1',
    };

    const first = await runAction({ workspace: repo.work, inputs });
    expect(first.code).toBe(1); // fail-on: error, and one asset failed
    expect(first.stdout).toContain('::error::1 assets failed: banned');
    // Registered as a secret before anything else is written.
    expect(first.stdout.startsWith(`::add-mask::${API_KEY}\n`)).toBe(true);
    expect(json(first.outputs.generated)).toEqual(['hero']);
    expect(json(first.outputs.failed)).toEqual(['banned']);
    expect(first.outputs['credits-spent']).toBe('14');
    const generates = gateway.requests.filter((r) => r.kind === 'generate');
    expect(generates).toHaveLength(2);
    expect(generates[0]!.headers.authorization).toBe('Bearer <hidden>');
    expect(generates[0]!.body).toMatchObject({ model: 'gpt-image-2', size: '1024x1024' });

    // What was generated is committed even though the run failed.
    const sha = first.outputs['commit-sha']!;
    expect(git(repo.origin, 'rev-parse', 'main')).toBe(sha);
    expect(repo.filesOf(sha)).toEqual(['assets.lock.json', 'generated/hero.png']);
    const message = git(repo.origin, 'log', '-1', '--format=%B', sha);
    expect(message).toBe('chore(assets): regenerate 1 assets (14 credits)');

    // The gateway echoed the key in its error; it appears nowhere.
    const lock = readFileSync(join(repo.work, 'assets.lock.json'), 'utf8');
    for (const text of [
      visibleText(first),
      lock,
      message,
      readFileSync(first.outputs.plan!, 'utf8'),
    ]) {
      expect(text).not.toContain(API_KEY);
      expect(text).not.toContain(ESCAPED_KEY);
    }
    expect(first.summary).toContain('received Authorization');
    // The provider's message is shown, escaped: no broken table, no mention, no HTML, no image.
    const row = first.summary.split('\n').findLast((line) => line.startsWith('| banned |'))!;
    expect(row).toContain('Rejected &#124; @&#8203;octocat &lt;script&gt;');
    expect(row.split('|').length).toBe(7);
    expect(first.summary).not.toMatch(/<script|@octocat|!\[x\]/);

    // The next run retries only the asset that failed.
    gateway.reset();
    const second = await runAction({ workspace: repo.work, inputs });
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(json(second.outputs.generated)).toEqual(['banned']);
    expect(json(second.outputs.skipped)).toEqual(['hero']);
    expect(gateway.requests.filter((r) => r.kind === 'generate')).toHaveLength(1);
    expect(repo.filesOf(second.outputs['commit-sha']!)).toEqual([
      'assets.lock.json',
      'generated/banned.png',
    ]);

    // And the one after that sends nothing at all, and commits nothing.
    gateway.reset();
    const third = await runAction({ workspace: repo.work, inputs });
    expect(third.code, third.stdout + third.stderr).toBe(0);
    expect(gateway.requests).toHaveLength(0);
    expect(third.outputs['commit-sha']).toBe('');
    expect(third.outputs['credits-spent']).toBe('0');
    expect(json(third.outputs.skipped)).toEqual(['hero', 'banned']);
  });

  it('fails clearly when origin keeps refusing the push, keeping the files and uploading them as an artifact', async () => {
    repo = createRepo({ 'assets.yml': MANIFEST });
    rejectPushes(repo.origin, 'GH006: Protected branch update failed for refs/heads/main.');
    const initial = git(repo.origin, 'rev-parse', 'main');
    artifacts = await startFakeArtifactService();

    const run = await runAction({
      workspace: repo.work,
      inputs: { provider: 'offline' },
      env: artifacts.env,
    });
    expect(run.code).not.toBe(0);
    const error = run.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
    expect(error).toContain('Publishing failed (the generated files are kept)');
    expect(error).toContain("Could not push to 'main'");
    expect(error).toContain('GH006: Protected branch update failed');
    expect(git(repo.origin, 'rev-parse', 'main')).toBe(initial);
    expect(run.outputs['commit-sha']).toBe('');
    expect(json(run.outputs.generated)).toEqual(['hero', 'icon']);
    for (const file of ['generated/hero.png', 'generated/icon.png', 'assets.lock.json']) {
      expect(existsSync(join(repo.work, file)), file).toBe(true);
    }
    // The safety net: the files went up as the workflow artifact.
    expect(run.stdout).toContain(
      '::warning::Publishing failed; the files were uploaded as artifact',
    );
    expect(run.outputs['artifact-id']).toBe('1');
    const [artifact] = artifacts.artifacts;
    expect([...readZipEntries(artifact!.zip).keys()].sort()).toEqual([
      'assets.lock.json',
      'generated/hero.png',
      'generated/icon-small.png',
      'generated/icon.png',
    ]);
  });
  it('in a matrix, each shard whose push fails keeps its files under a name of its own', async () => {
    repo = createRepo({ 'assets.yml': MANIFEST });
    rejectPushes(repo.origin, 'GH006: Protected branch update failed for refs/heads/main.');
    artifacts = await startFakeArtifactService(); // one workflow run: names must differ
    const shard = (index: number) =>
      runAction({
        workspace: repo!.clone(`shard-${index}`),
        inputs: { provider: 'offline', shard: `${index}/2` },
        env: artifacts!.env,
      });
    const [first, second] = [await shard(1), await shard(2)];
    for (const run of [first, second]) {
      expect(run.code).not.toBe(0);
      expect(run.outputs['artifact-id'], run.stdout).not.toBe('');
    }
    expect(artifacts.artifacts.map((artifact) => artifact.name)).toEqual([
      'generated-assets-shard-1-of-2',
      'generated-assets-shard-2-of-2',
    ]);
    // icon is shard 1's, hero shard 2's (an asset's shard follows from its id).
    expect([...readZipEntries(artifacts.artifacts[1]!.zip).keys()].sort()).toEqual([
      'assets.lock.json',
      'generated/hero.png',
    ]);
  });
});
