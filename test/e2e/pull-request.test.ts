// publish: pull-request through dist/index.js: the pull request a reviewer sees (every changed
// image at the head commit), its outputs, draft/labels/reviewers, a pull request another run
// opened meanwhile, closing when nothing is left, and every refusal made before a credit is spent.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import { type FakeGitHubApi, openedMeanwhile, startFakeGitHubApi } from '../fakes/github-api.js';
import { createRepo, git, type TestRepo } from './git-repo.js';
import { runAction } from './runner.js';

const MANIFEST = `version: 1
defaults:
  model: gpt-image-2
  quality: low
  size: 1024x1024
  out-dir: generated
assets:
  - id: hero
    prompt: "A hero banner"
    size: 1024x1024
  - id: og-card
    prompt: "A social card"
    size: 1536x1024
    renditions:
      - { out: web/og.png, size: 1200x800 }
`;

const json = (text: string | undefined) => JSON.parse(text ?? 'null') as unknown;

/** Every <img src> of a body. */
const imageSources = (body: string) => [...body.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]!);

describe('publish: pull-request', () => {
  let repo: TestRepo;
  let api: FakeGitHubApi;
  let gateway: Gateway | undefined;
  beforeEach(async () => {
    api = await startFakeGitHubApi();
    repo = createRepo({ 'assets.yml': MANIFEST });
  });
  afterEach(async () => {
    await api.close();
    await gateway?.close();
    gateway = undefined;
    rmSync(repo.root, { recursive: true, force: true });
  });

  const open = (workspace: string, inputs: Record<string, string> = {}) =>
    runAction({
      workspace,
      inputs: { provider: 'offline', publish: 'pull-request', ...inputs },
      env: { GITHUB_API_URL: api.url },
    });

  it('shows every changed image at the head commit, before and after, with its outputs', async () => {
    const first = await open(repo.work, {
      'pull-request-draft': 'true',
      'pull-request-labels': 'assets, design',
      'pull-request-reviewers': '@octocat\nacme/designers',
    });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.outputs['pull-request-operation']).toBe('created');
    expect(first.outputs['pull-request-number']).toBe('1');
    const [pull] = api.pulls;
    expect(first.outputs['pull-request-url']).toBe(pull!.html_url);
    expect(pull).toMatchObject({
      draft: true,
      labels: [{ name: 'assets' }, { name: 'design' }],
      requested_reviewers: [{ login: 'octocat' }],
      requested_teams: [{ slug: 'designers' }],
    });

    // Every image the commit adds has a thumbnail at the head commit of the pull request.
    const head = git(repo.origin, 'rev-parse', 'asset-forge/update');
    const images = repo.filesOf(head).filter((path) => path.endsWith('.png'));
    expect(images).toEqual(['generated/hero.png', 'generated/og-card.png', 'web/og.png']);
    const sources = imageSources(pull!.body!);
    for (const path of images) {
      expect(sources).toContain(`https://github.com/acme/site/blob/${head}/${path}?raw=true`);
    }
    expect(sources).toHaveLength(images.length); // new images: no "before"
    expect(pull!.body).toMatch(/\| hero<br><code>generated\/hero\.png<\/code> \| new \| <a href=/);
    expect(pull!.body).toMatch(/\| 1536x1024 \| gpt-image-2 \| 0 \|/);
    expect(pull!.body).toMatch(
      /web\/og\.png<\/code> \| new \| .* \| 1200x800 \| gpt-image-2 \| rendition \|/,
    );

    // The pull request is merged (main moves to its head), then the hero's size changes:
    // the next run's body shows the hero before (at the base) and after (at the new head).
    git(repo.origin, 'update-ref', 'refs/heads/main', head);
    const editor = repo.clone('editor');
    writeFileSync(
      join(editor, 'assets.yml'),
      MANIFEST.replace('    size: 1024x1024\n', '    size: 1024x1536\n'),
    );
    git(editor, 'commit', '--quiet', '-am', 'taller hero');
    git(editor, 'push', '--quiet', 'origin', 'main');
    const base = git(repo.origin, 'rev-parse', 'main');
    const third = await open(repo.clone('third'));
    expect(third.code, third.stdout + third.stderr).toBe(0);
    expect(json(third.outputs.generated)).toEqual(['hero']);
    expect(third.outputs['pull-request-operation']).toBe('updated');
    const newHead = git(repo.origin, 'rev-parse', 'asset-forge/update');
    expect(imageSources(api.pulls[0]!.body!)).toEqual([
      `https://github.com/acme/site/blob/${base}/generated/hero.png?raw=true`,
      `https://github.com/acme/site/blob/${newHead}/generated/hero.png?raw=true`,
    ]);
  });

  it('another run opening the same pull request meanwhile (GitHub answers 422): updates it and succeeds', async () => {
    const opened = openedMeanwhile(api, 'acme', 'site', {
      headSha: '0'.repeat(40),
      headLabel: 'acme:asset-forge/update',
      title: 'Opened by the other run',
    });

    const run = await open(repo.work);

    expect(run.code, run.stdout + run.stderr).toBe(0);
    const create = api.requests.find(
      (request) => request.method === 'POST' && request.route?.endsWith('/pulls'),
    );
    expect(create?.status).toBe(422);
    expect(run.outputs['pull-request-operation']).toBe('updated');
    expect(run.outputs['pull-request-number']).toBe(String(opened.pull!.number));
    expect(api.pulls).toHaveLength(1);
    expect(imageSources(api.pulls[0]!.body!)).toHaveLength(3);
  });

  it('closes its pull request when a later run leaves nothing to change', async () => {
    const first = await open(repo.work);
    expect(first.outputs['pull-request-operation']).toBe('created');
    // Someone brought the images to main another way (merged the branch by hand, say).
    git(
      repo.origin,
      'update-ref',
      'refs/heads/main',
      git(repo.origin, 'rev-parse', 'asset-forge/update'),
    );
    const later = await open(repo.clone('later'));
    expect(later.code, later.stdout + later.stderr).toBe(0);
    expect(json(later.outputs.generated)).toEqual([]);
    expect(later.outputs['pull-request-operation']).toBe('closed');
    expect(later.outputs['pull-request-number']).toBe('1');
    expect(api.pulls[0]!.state).toBe('closed');
  });

  describe('refuses before anything is spent', () => {
    const API_KEY = 'sk-live-preflight';
    const paid = async (workspace: string, inputs: Record<string, string>) => {
      gateway ??= await startGateway({ apiKey: API_KEY });
      return runAction({
        workspace,
        inputs: { provider: 'nanobanana', 'api-key': API_KEY, 'base-url': gateway.url, ...inputs },
        env: { GITHUB_API_URL: api.url },
      });
    };
    const refused = (run: Awaited<ReturnType<typeof paid>>, message: RegExp) => {
      expect(run.code).not.toBe(0);
      const error = run.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
      expect(error).toContain('Nothing was generated and nothing spent');
      expect(error).toMatch(message);
      expect(gateway!.requests).toHaveLength(0);
      expect(run.outputs['credits-spent']).toBe('0');
    };

    it("a pull request branch holding someone else's commit", async () => {
      const other = repo.clone('other');
      git(other, 'checkout', '--quiet', '-b', 'asset-forge/update');
      git(other, 'commit', '--quiet', '--allow-empty', '-m', 'my work in progress');
      git(other, 'push', '--quiet', 'origin', 'asset-forge/update');
      const theirs = git(repo.origin, 'rev-parse', 'asset-forge/update');
      const run = await paid(repo.work, { publish: 'pull-request' });
      refused(
        run,
        /pull-request: The pull request branch 'asset-forge\/update' holds commits asset-forge did not make/,
      );
      expect(git(repo.origin, 'rev-parse', 'asset-forge/update')).toBe(theirs);
    });

    it("the repository's default branch as the pull request branch", async () => {
      api.repository.default_branch = 'production';
      const run = await paid(repo.work, { publish: 'pull-request', branch: 'production' });
      refused(run, /is the repository's default branch/);
    });

    it('a detached HEAD with no branch to commit to', async () => {
      git(repo.work, 'checkout', '--quiet', '--detach');
      const run = await paid(repo.work, { publish: 'commit' });
      refused(run, /commit: HEAD is detached/);
    });

    it('an output folder that git ignores', async () => {
      writeFileSync(join(repo.work, '.gitignore'), 'generated/\n');
      const run = await paid(repo.work, { publish: 'commit' });
      refused(
        run,
        /git: git ignores generated\/hero\.png, generated\/og-card\.png: they could never be committed/,
      );
    });
  });
});
