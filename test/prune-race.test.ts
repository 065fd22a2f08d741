// Pruning checks the folder of a file again just before deleting it: a folder swapped for a link
// to outside the repository after the path was checked (here by a file-system hook, while the
// file is hashed), holding a file of the very same bytes, loses nothing.
import { copyFileSync, existsSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateRun, loadAndPlan } from '../src/pipeline.js';
import { createProvider } from '../src/providers/index.js';
import { makeProject, manifestText, type Project, runProject } from './generate/helpers.js';
import { tempDir } from './manifest/helpers.js';

/** What the hook does when a file whose path ends with `match` is read. */
const race: { match?: string; swap?: () => void } = {};

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    if (race.match && String(path).endsWith(race.match)) {
      race.match = undefined;
      race.swap?.();
    }
    return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, readFileSync, default: { ...fs, readFileSync } };
});

let project: Project | undefined;
afterEach(() => {
  race.match = race.swap = undefined;
  project?.remove();
});

describe('prune: true, with a folder swapped for a link while the file is checked', () => {
  it('deletes nothing outside the repository, and says why it left the file', async () => {
    project = makeProject({ prune: true, assets: [{ id: 'kept' }, { id: 'gone' }] });
    await runProject(project, { provider: 'offline' });
    writeFileSync(project.manifest, manifestText({ prune: true, assets: [{ id: 'kept' }] }));
    const planned = loadAndPlan({
      manifest: project.manifest,
      root: project.dir,
      provider: 'offline',
    });
    const outside = tempDir();
    const dir = project.dir;
    race.match = join('out', 'gone.png');
    race.swap = () => {
      // The attacker's folder holds a copy, so the sha256 still matches.
      copyFileSync(join(dir, 'out', 'gone.png'), join(outside, 'gone.png'));
      copyFileSync(join(dir, 'out', 'kept.png'), join(outside, 'kept.png'));
      renameSync(join(dir, 'out'), join(dir, 'out-moved'));
      symlinkSync(outside, join(dir, 'out'), 'dir');
    };

    const result = await generateRun(planned, {
      provider: createProvider('offline', {}),
      concurrency: 1,
    });

    expect(race.match, 'the hook ran').toBeUndefined();
    expect(result.pruned).toEqual([]);
    expect(result.notPruned).toEqual([
      { path: 'out/gone.png', reason: 'its folder now leads out of the repository' },
    ]);
    expect(existsSync(join(outside, 'gone.png'))).toBe(true);
  });
});
