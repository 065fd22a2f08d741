import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commitAndPush } from '../src/github/commit.js';
import { type LockEntry, type LockFile, mergeLocks, serializeLock } from '../src/lockfile.js';
import { git } from './github/dev-git.js';

function entry(path: string, generatedAt: string, sha = 'a'.repeat(64)): LockEntry {
  return {
    specHash: `sha256:${createHash('sha256').update(path).digest('hex')}`,
    files: [{ path, sha256: sha }],
    model: 'gpt-image-2',
    provider: 'nanobanana',
    credits: 1,
    generatedAt,
  };
}

const lock = (assets: Record<string, LockEntry>): LockFile => ({ version: 1, assets });
const OLD = '2026-01-01T00:00:00.000Z';
const NEW = '2026-02-01T00:00:00.000Z';

describe('mergeLocks', () => {
  it('keeps every asset of either side', () => {
    const merged = mergeLocks(
      lock({ a: entry('a.png', OLD), c: entry('c.png', OLD) }),
      lock({ b: entry('b.png', NEW) }),
    );
    expect(Object.keys(merged.assets)).toEqual(['a', 'b', 'c']);
    expect(merged.version).toBe(1);
  });

  it('an asset on both sides: the newer entry wins, whichever side it is on', () => {
    const older = lock({ hero: entry('hero.png', OLD, '1'.repeat(64)) });
    const newer = lock({ hero: entry('hero.png', NEW, '2'.repeat(64)) });
    expect(mergeLocks(older, newer).assets.hero?.generatedAt).toBe(NEW);
    expect(mergeLocks(newer, older).assets.hero?.generatedAt).toBe(NEW);
  });

  it('with the common base: a side that left an entry alone takes the other side’s change', () => {
    const base = lock({ gone: entry('gone.png', OLD), kept: entry('kept.png', OLD) });
    // Ours pruned `gone`; theirs still has it as it was, and regenerated `kept`.
    const ours = lock({ kept: entry('kept.png', OLD) });
    const theirs = lock({ gone: entry('gone.png', OLD), kept: entry('kept.png', NEW) });
    const merged = mergeLocks(ours, theirs, base);
    expect(Object.keys(merged.assets)).toEqual(['kept']);
    expect(merged.assets.kept?.generatedAt).toBe(NEW);
  });

  it('changed on one side and dropped on the other: the change is kept', () => {
    const base = lock({ hero: entry('hero.png', OLD) });
    const merged = mergeLocks(lock({}), lock({ hero: entry('hero.png', NEW) }), base);
    expect(merged.assets.hero?.generatedAt).toBe(NEW);
  });

  it('leaves its inputs as they were, and ignores inherited names', () => {
    const ours = lock({ a: entry('a.png', OLD) });
    const theirs = lock({ b: entry('b.png', OLD) });
    const before = JSON.stringify([ours, theirs]);
    const merged = mergeLocks(ours, theirs);
    expect(JSON.stringify([ours, theirs])).toBe(before);
    expect(Object.hasOwn(merged.assets, 'constructor')).toBe(false);
  });
});

describe('a push whose rebase conflicts in the lock file only', () => {
  let root: string;
  let origin: string;

  beforeEach(async () => {
    vi.stubEnv('GIT_CONFIG_GLOBAL', '/dev/null');
    vi.stubEnv('GIT_CONFIG_NOSYSTEM', '1');
    root = await mkdtemp(join(tmpdir(), 'asset-forge-shard-lock-'));
    origin = join(root, 'origin.git');
    git(root, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
    const seed = clone('seed');
    await writeFile(join(seed, 'assets.yml'), 'version: 1\n');
    await writeFile(
      join(seed, 'assets.lock.json'),
      serializeLock(lock({ old: entry('old.png', OLD) })),
    );
    git(seed, 'add', '.');
    git(seed, 'commit', '--quiet', '-m', 'initial');
    git(seed, 'push', '--quiet', 'origin', 'main');
  });

  afterEach(async () => {
    vi.unstubAllEnvs();
    await rm(root, { recursive: true, force: true });
  });

  function clone(name: string): string {
    const dir = join(root, name);
    git(root, 'clone', '--quiet', origin, dir);
    return dir;
  }

  /** What a shard's run leaves: its image, and the lock file it read plus its new entry. */
  async function shardRun(dir: string, id: string, generatedAt: string): Promise<string[]> {
    await writeFile(join(dir, `${id}.png`), `${id} bytes`);
    const current = JSON.parse(readFileSync(join(dir, 'assets.lock.json'), 'utf8')) as LockFile;
    current.assets[id] = entry(`${id}.png`, generatedAt);
    await writeFile(join(dir, 'assets.lock.json'), serializeLock(current));
    return [`${id}.png`, 'assets.lock.json'];
  }

  it('merges the entries and pushes; origin has both shards’ images and entries', async () => {
    const first = clone('shard-1');
    const second = clone('shard-2');
    // Neighbouring ids, so that git's own line merge conflicts.
    const firstFiles = await shardRun(first, 'icon-a', NEW);
    const secondFiles = await shardRun(second, 'icon-b', NEW);

    await commitAndPush({ cwd: first, files: firstFiles, message: 'shard 1' });
    const result = await commitAndPush({
      cwd: second,
      files: secondFiles,
      message: 'shard 2',
      retryDelayMs: 10,
    });

    expect(result.pushed).toBe(true);
    expect(git(origin, 'log', '--format=%s', 'main').split('\n')).toEqual([
      'shard 2',
      'shard 1',
      'initial',
    ]);
    const merged = JSON.parse(git(origin, 'show', 'main:assets.lock.json')) as LockFile;
    expect(Object.keys(merged.assets)).toEqual(['icon-a', 'icon-b', 'old']);
    expect(git(origin, 'show', 'main:icon-a.png')).toBe('icon-a bytes');
    expect(git(origin, 'show', 'main:icon-b.png')).toBe('icon-b bytes');
    // The working tree holds the merged lock file too, and nothing is left half-done.
    expect(readFileSync(join(second, 'assets.lock.json'), 'utf8')).toBe(
      `${git(origin, 'show', 'main:assets.lock.json')}\n`,
    );
    expect(git(second, 'status', '--porcelain')).toBe('');
  });

  it('a lock file both sides created (no common base) is merged too', async () => {
    const seed = clone('reset');
    git(seed, 'rm', '--quiet', 'assets.lock.json');
    git(seed, 'commit', '--quiet', '-m', 'no lock');
    git(seed, 'push', '--quiet', 'origin', 'main');
    const first = clone('shard-1');
    const second = clone('shard-2');
    for (const [dir, id] of [
      [first, 'a'],
      [second, 'b'],
    ] as const) {
      await writeFile(join(dir, `${id}.png`), id);
      await writeFile(
        join(dir, 'assets.lock.json'),
        serializeLock(lock({ [id]: entry(`${id}.png`, NEW) })),
      );
    }
    const files = (id: string) => [`${id}.png`, 'assets.lock.json'];
    await commitAndPush({ cwd: first, files: files('a'), message: 'a' });
    await commitAndPush({ cwd: second, files: files('b'), message: 'b', retryDelayMs: 10 });
    const merged = JSON.parse(git(origin, 'show', 'main:assets.lock.json')) as LockFile;
    expect(Object.keys(merged.assets)).toEqual(['a', 'b']);
  });

  it('a conflict in any other file still stops the push, as before', async () => {
    const first = clone('shard-1');
    const second = clone('shard-2');
    await writeFile(join(first, 'hero.png'), 'first');
    await writeFile(join(second, 'hero.png'), 'second');
    await commitAndPush({ cwd: first, files: ['hero.png'], message: 'first' });
    await expect(
      commitAndPush({ cwd: second, files: ['hero.png'], message: 'second', retryDelayMs: 10 }),
    ).rejects.toThrow(/same files changed on both sides/);
    expect(git(second, 'status', '--porcelain')).toBe('');
  });
});
