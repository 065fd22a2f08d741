// SPEC §5: `prune: true` deletes only image files the lock file records as this tool's outputs,
// byte-identical to what it wrote, confined like `out`. The lock file is text a pull request can
// edit: these attacks name the manifest, .git/config, source files and files behind a link that
// leads out, each with its true sha256, and the built CLI must leave them all alone.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LockFile } from '../src/lockfile.js';
import {
  fileIn,
  makeProject,
  manifestText,
  type Project,
  readLockFile,
} from './generate/helpers.js';
import { tempDir } from './manifest/helpers.js';
import { spawnCli } from './reliability/helpers.js';

let project: Project | undefined;
afterEach(() => project?.remove());

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('prune: true, with a lock file a pull request edited', () => {
  it('deletes only our unchanged images; the manifest, .git, sources and files behind a link are reported and left alone', async () => {
    project = makeProject({
      prune: true,
      assets: [{ id: 'kept' }, { id: 'gone' }, { id: 'edited' }],
    });
    const first = await spawnCli(['generate', project.manifest, '--provider', 'offline']).exited;
    expect(first.code, first.stderr).toBe(0);

    // The repository around the outputs: git, a source file, a picture that is not ours, and a
    // folder linked to somewhere outside the repository.
    mkdirSync(join(project.dir, '.git'));
    writeFileSync(join(project.dir, '.git', 'config'), '[core]\n');
    writeFileSync(join(project.dir, '.git', 'logo.png'), "a picture in git's folder");
    mkdirSync(join(project.dir, 'src'));
    writeFileSync(join(project.dir, 'src', 'index.ts'), 'export {};\n');
    const outside = tempDir();
    writeFileSync(join(outside, 'photo.png'), 'not in the repository');
    symlinkSync(outside, join(project.dir, 'linked'), 'dir');
    writeFileSync(fileIn(project, 'out/edited.png'), 'the user drew over it');

    const lock = readLockFile(project)!;
    const named = [
      'assets.yml',
      '.git/config',
      '.git/logo.png',
      'src/index.ts',
      'linked/photo.png',
      'assets.lock.json',
    ];
    const hostile: LockFile = { ...lock, assets: { ...lock.assets } };
    named.forEach((path, i) => {
      hostile.assets[`planted-${i}`] = {
        ...lock.assets.gone!,
        files: [{ path, sha256: sha256(join(project!.dir, ...path.split('/'))) }],
      };
    });
    writeFileSync(project.lockPath, JSON.stringify(hostile, null, 2));
    writeFileSync(project.manifest, manifestText({ prune: true, assets: [{ id: 'kept' }] }));

    const exit = await spawnCli(['generate', project.manifest, '--provider', 'offline']).exited;

    expect(exit.code, exit.stderr).toBe(0);
    expect(exit.stdout).toContain('Pruned: out/gone.png\n');
    expect(existsSync(fileIn(project, 'out/gone.png'))).toBe(false);
    const leftAlone = exit.stdout.split('\n').filter((line) => line.startsWith('Not pruned'));
    expect(leftAlone.sort()).toEqual(
      [
        'Not pruned, left alone: .git/config (it is not an image file (.png, .webp, .jpg))',
        'Not pruned, left alone: .git/logo.png (it is inside .git, where git keeps its own data (a file there is never committed))',
        'Not pruned, left alone: assets.lock.json (it is not an image file (.png, .webp, .jpg))',
        'Not pruned, left alone: assets.yml (it is not an image file (.png, .webp, .jpg))',
        'Not pruned, left alone: linked/photo.png (linked is a symbolic link that leads out of the repository)',
        'Not pruned, left alone: out/edited.png (it changed since asset-forge wrote it (its sha256 is not the one in the lock file))',
        'Not pruned, left alone: src/index.ts (it is not an image file (.png, .webp, .jpg))',
      ].sort(),
    );
    for (const path of [...named.filter((p) => p !== 'assets.lock.json'), 'out/edited.png']) {
      expect(existsSync(join(project.dir, ...path.split('/'))), path).toBe(true);
    }
    expect(readFileSync(join(outside, 'photo.png'), 'utf8')).toBe('not in the repository');
    // The removed assets are forgotten, the kept one stays.
    expect(Object.keys(readLockFile(project)!.assets)).toEqual(['kept']);
  });
});
