import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { uploadFilesArtifact } from '../../src/github/artifact.js';
import {
  type FakeArtifactService,
  readZipEntries,
  startFakeArtifactService,
} from '../fakes/artifact-service.js';

describe('uploadFilesArtifact', () => {
  let service: FakeArtifactService;
  let root: string;

  beforeEach(async () => {
    service = await startFakeArtifactService({ runId: 'run-7', jobId: 'job-3' });
    for (const [key, value] of Object.entries(service.env)) vi.stubEnv(key, value);
    vi.stubEnv('GITHUB_SERVER_URL', undefined);
    vi.stubEnv('GITHUB_RETENTION_DAYS', undefined);
    // @actions/core writes progress to stdout; keep the test output readable.
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    root = await mkdtemp(join(tmpdir(), 'asset-forge-artifact-'));
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    await service.close();
    await rm(root, { recursive: true, force: true });
  });

  it('uploads a zip of the files, relative to the root, with the retention asked for', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
    await mkdir(join(root, 'assets', 'hero'), { recursive: true });
    await writeFile(join(root, 'assets', 'hero', 'banner.png'), png);
    await writeFile(join(root, 'assets.lock.json'), '{"assets":{}}\n');
    await writeFile(join(root, 'not-generated.txt'), 'left out');

    const result = await uploadFilesArtifact({
      name: 'generated-assets',
      files: ['assets/hero/banner.png', join(root, 'assets.lock.json')],
      rootDirectory: root,
      retentionDays: 5,
    });

    expect(result.id).toBe(1);
    const [artifact] = service.artifacts;
    expect(artifact?.name).toBe('generated-assets');
    expect(artifact?.createRequest).toMatchObject({
      workflow_run_backend_id: 'run-7',
      workflow_job_run_backend_id: 'job-3',
    });
    const expiresAt = new Date(String(artifact?.createRequest.expires_at)).getTime();
    expect((expiresAt - Date.now()) / 86_400_000).toBeCloseTo(5, 0);
    const entries = readZipEntries(artifact!.zip);
    expect([...entries.keys()].sort()).toEqual(['assets.lock.json', 'assets/hero/banner.png']);
    expect(entries.get('assets/hero/banner.png')).toEqual(png);
    expect(entries.get('assets.lock.json')?.toString()).toBe('{"assets":{}}\n');
    expect(result.size).toBe(artifact!.zip.length);
    expect(artifact?.finalizeRequest?.size).toBe(String(artifact!.zip.length));
  });

  it('asks for no expiry when no retention is given', async () => {
    await writeFile(join(root, 'a.png'), 'x');
    await uploadFilesArtifact({ name: 'generated-assets', files: ['a.png'], rootDirectory: root });
    expect(service.artifacts[0]?.createRequest).not.toHaveProperty('expires_at');
  });
});
