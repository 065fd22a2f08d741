// publish: artifact, through the real @actions/artifact client against a fake results service.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type FakeArtifactService,
  readZipEntries,
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
      env: service.env,
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['artifact-id']).toBe('1');
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
        'retention-days': '90',
      },
      env: { ...service.env, GITHUB_RETENTION_DAYS: '7' },
    });
    expect(capped.code, capped.stdout).toBe(0);
    const expires = Date.parse(String(service.artifacts[1]!.createRequest.expires_at));
    expect(Math.round((expires - Date.now()) / DAY)).toBe(7);
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

  it('fails clearly without the runner environment an upload needs', async () => {
    const run = await runAction({
      workspace: workspace(),
      inputs: { manifest: 'design/assets.yml', provider: 'offline', publish: 'artifact' },
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(
      /::error::Publishing failed \(the generated files are kept\): artifact: cannot upload the artifact: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set/,
    );
    expect(run.outputs['artifact-id']).toBe('');
  });
});
