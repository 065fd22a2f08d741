// SPEC §6 `offline`: the whole pipeline (plan, generate, exact size, renditions, lock file)
// with placeholder images drawn locally: no key, no network, 0 credits. On examples/assets.yml.
import { copyFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Bytes } from '../../src/lockfile.js';
import { formatSize } from '../../src/sizes.js';
import {
  fileIn,
  headerOf,
  makeProject,
  type Project,
  type Run,
  readLockFile,
  runProject,
} from './helpers.js';

const EXAMPLE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'assets.yml');

let project: Project;
let run: Run;
beforeAll(async () => {
  project = makeProject({ assets: [] });
  copyFileSync(EXAMPLE, project.manifest);
  run = await runProject(project, { provider: 'offline', concurrency: 4 });
}, 60_000);
afterAll(() => project?.remove());

describe('offline provider through the whole pipeline (examples/assets.yml)', () => {
  it('generates every asset at no cost', () => {
    const { assets } = run.planned.manifest;
    expect(assets.length).toBeGreaterThan(10);
    for (const result of run.result.results) {
      expect(result.outcome, `${result.id}: ${result.reason}`).toBe('generated');
      expect(result.credits).toBe(0);
    }
    expect(run.result.creditsSpent).toBe(0);
    expect(run.planned.plan.requiredCredits).toBe(0);
  });

  it('writes every output and rendition at exactly the manifest size and format', () => {
    let checked = 0;
    for (const asset of run.planned.manifest.assets) {
      expect(asset.size).not.toBe('auto');
      const outputs = [
        { out: asset.out, size: asset.size, format: asset.format },
        ...asset.renditions,
      ];
      expect(run.byId(asset.id).files).toEqual(outputs.map((o) => o.out));
      for (const output of outputs) {
        const header = headerOf(project, output.out);
        expect(`${output.out}: ${header.format} ${header.width}x${header.height}`).toBe(
          `${output.out}: ${output.format} ${formatSize(output.size)}`,
        );
        checked++;
      }
    }
    expect(checked).toBe(16); // 12 assets and 4 renditions
  });

  it('the Gemini-first asset is resized from the model pixels to the exact size', () => {
    const team = run.byId('team-illustration');
    expect(team.model).toBe('gemini-3-pro-image');
    expect(headerOf(project, 'generated/team-illustration.png')).toEqual({
      format: 'png',
      width: 2048,
      height: 2048,
    });
  });

  it('records every asset in the lock file with 0 credits and the files sha256', () => {
    const lock = readLockFile(project)!;
    expect(Object.keys(lock.assets).sort()).toEqual(
      run.planned.manifest.assets.map((a) => a.id).sort(),
    );
    for (const entry of Object.values(lock.assets)) {
      expect(entry).toMatchObject({ provider: 'offline', credits: 0 });
      for (const file of entry.files) {
        expect(sha256Bytes(readFileSync(fileIn(project, file.path)))).toBe(file.sha256);
      }
    }
  });

  it('a second offline run has nothing to do', async () => {
    const again = await runProject(project, { provider: 'offline' });
    expect(
      again.result.results.every((r) => r.outcome === 'skipped' && r.reason === 'unchanged'),
    ).toBe(true);
  });
});
