// publish: artifact, through the real @actions/artifact client against a fake results service.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type FakeArtifactService,
  readZipEntries,
  runtimeToken,
  startFakeArtifactService,
} from '../fakes/artifact-service.js';
import { runAction } from './runner.js';

const DAY = 24 * 60 * 60 * 1000;

/** A workspace (no git) whose manifest lives in a subfolder. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'asset-forge-artifact-'));
  mkdirSync(join(dir, 'design'));
  writeFileSync(
    join(dir, 'design', 'assets.yml'),
    `version: 1
defaults:
  size: 1024x1024
  quality: low
assets:
  - id: hero
    prompt: "A hero"
    out: web/hero.png
    renditions:
      - { out: web/hero.webp, size: 512x512, format: webp }
  - id: badge
    prompt: "A badge"
    format: jpeg
`,
  );
  return dir;
}

describe('publish: artifact', () => {
  let service: FakeArtifactService;
  beforeEach(async () => {
    service = await startFakeArtifactService();
  });
  afterEach(async () => {
    await service.close();
  });

  it('uploads the generated files and the lock file, with the retention asked for', async () => {
    const ws = workspace();
    const before = Date.now();
    const run = await runAction({
      workspace: ws,
      inputs: {
        manifest: 'design/assets.yml',
        provider: 'offline',
        publish: 'artifact',
        'artifact-name': 'marketing-images',
        'retention-days': '5',
      },
      env: { ...service.env, GITHUB_RUN_ID: '4242' },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['artifact-id']).toBe('1');
    expect(run.outputs['artifact-url']).toBe(
      'https://github.com/acme/site/actions/runs/4242/artifacts/1',
    );
    expect(run.outputs['commit-sha']).toBe('');
    expect(JSON.parse(run.outputs.files!)).toEqual([
      'design/web/hero.png',
      'design/web/hero.webp',
      'design/assets/generated/badge.jpg',
    ]);

    expect(service.artifacts).toHaveLength(1);
    const [artifact] = service.artifacts;
    expect(artifact!.name).toBe('marketing-images');
    expect(artifact!.finalizeRequest).toBeDefined();
    const expires = Date.parse(String(artifact!.createRequest.expires_at));
    expect(expires).toBeGreaterThanOrEqual(before + 5 * DAY - 60_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 5 * DAY + 60_000);

    // Entries are named as in the repository, and hold exactly the bytes written.
    const entries = readZipEntries(artifact!.zip);
    expect([...entries.keys()].sort()).toEqual([
      'design/assets.lock.json',
      'design/assets/generated/badge.jpg',
      'design/web/hero.png',
      'design/web/hero.webp',
    ]);
    for (const [name, bytes] of entries) {
      expect(bytes.equals(readFileSync(join(ws, name))), name).toBe(true);
    }
  });

  it('asks for no expiry without retention-days, and the repository maximum caps it', async () => {
    const plain = await runAction({
      workspace: workspace(),
      inputs: { manifest: 'design/assets.yml', provider: 'offline', publish: 'artifact' },
      env: service.env,
    });
    expect(plain.code, plain.stdout).toBe(0);
    expect(service.artifacts[0]!.name).toBe('generated-assets');
    expect(service.artifacts[0]!.createRequest.expires_at).toBeUndefined();

    const capped = await runAction({
      workspace: workspace(),
      inputs: {
        manifest: 'design/assets.yml',
        provider: 'offline',
        publish: 'artifact',
        'artifact-name': 'capped-assets', // the service refuses a name the run already has
        'retention-days': '90',
      },
      env: { ...service.env, GITHUB_RETENTION_DAYS: '7' },
    });
    expect(capped.code, capped.stdout).toBe(0);
    const expires = Date.parse(String(service.artifacts[1]!.createRequest.expires_at));
    expect(Math.round((expires - Date.now()) / DAY)).toBe(7);
  });

  it('never hands a path the run deleted (pruned) to the upload', async () => {
    const ws = workspace();
    const inputs = { manifest: 'design/assets.yml', provider: 'offline', publish: 'artifact' };
    expect((await runAction({ workspace: ws, inputs, env: service.env })).code).toBe(0);
    const manifest = join(ws, 'design', 'assets.yml');
    const text = readFileSync(manifest, 'utf8');
    writeFileSync(
      manifest,
      text
        .replace('version: 1\n', 'version: 1\nprune: true\n')
        .replace(/ {2}- id: badge[\s\S]*$/, ''),
    );
    const second = await runAction({
      workspace: ws,
      inputs: { ...inputs, 'artifact-name': 'after-prune' },
      env: service.env,
    });
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(existsSync(join(ws, 'design', 'assets', 'generated', 'badge.jpg'))).toBe(false);
    const [, artifact] = service.artifacts;
    expect([...readZipEntries(artifact!.zip).keys()]).toEqual(['design/assets.lock.json']);
  });

  it("reports the service's 409 for a name this workflow run already has", async () => {
    const inputs = { manifest: 'design/assets.yml', provider: 'offline', publish: 'artifact' };
    expect((await runAction({ workspace: workspace(), inputs, env: service.env })).code).toBe(0);
    const again = await runAction({ workspace: workspace(), inputs, env: service.env });
    expect(again.code).not.toBe(0);
    expect(again.stdout).toContain(
      'artifact: Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
    );
  });

  it('fails clearly on a runtime token the service refuses', async () => {
    const run = await runAction({
      workspace: workspace(),
      inputs: { manifest: 'design/assets.yml', provider: 'offline', publish: 'artifact' },
      // Well formed, but not the token this service issued (another job's).
      env: { ...service.env, ACTIONS_RUNTIME_TOKEN: runtimeToken('run-1', 'another-job') },
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/::error::Publishing failed .*artifact: .*\(401\)/);
    expect(service.artifacts).toHaveLength(0);
  });

  it('stops before generating on GitHub Enterprise Server, where the artifact service cannot be used', async () => {
    const run = await runAction({
      workspace: workspace(),
      inputs: { manifest: 'design/assets.yml', provider: 'offline', publish: 'artifact' },
      env: { ...service.env, GITHUB_SERVER_URL: 'https://github.acme-corp.example' },
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain(
      '::error::Nothing was generated and nothing spent: publishing could not succeed. artifact: cannot upload the artifact: github.acme-corp.example looks like GitHub Enterprise Server',
    );
    expect(run.outputs.generated).toBe('[]');
    expect(service.requests).toHaveLength(0);
  });

  it('uploads nothing when nothing was generated', async () => {
    const ws = workspace();
    const inputs = { manifest: 'design/assets.yml', provider: 'offline', publish: 'artifact' };
    expect((await runAction({ workspace: ws, inputs, env: service.env })).code).toBe(0);
    const again = await runAction({ workspace: ws, inputs, env: service.env });
    expect(again.code, again.stdout).toBe(0);
    expect(again.outputs['artifact-id']).toBe('');
    expect(service.artifacts).toHaveLength(1);
  });

  it('fails clearly before generating without the runner environment an upload needs', async () => {
    const run = await runAction({
      workspace: workspace(),
      inputs: { manifest: 'design/assets.yml', provider: 'offline', publish: 'artifact' },
    });
    expect(run.code).not.toBe(0);
    // Known before anything is generated, so nothing is.
    expect(run.stdout).toMatch(
      /::error::Nothing was generated and nothing spent: publishing could not succeed. artifact: cannot upload the artifact: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set/,
    );
    expect(run.outputs['artifact-id']).toBe('');
    expect(run.outputs.generated).toBe('[]');
  });
});
