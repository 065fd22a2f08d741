import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commitAndPush } from '../../src/github/commit.js';
import { git } from './dev-git.js';

const BOT = 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>';

describe('commitAndPush', () => {
  let root: string;
  let origin: string;
  let clone: string;

  /** A bare origin that refuses any force-push, seeded with one commit on main. */
  beforeEach(async () => {
    // Keep the developer's own git config out of the tests.
    vi.stubEnv('GIT_CONFIG_GLOBAL', '/dev/null');
    vi.stubEnv('GIT_CONFIG_NOSYSTEM', '1');
    root = await mkdtemp(join(tmpdir(), 'asset-forge-commit-'));
    origin = join(root, 'origin.git');
    git(root, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
    git(origin, 'config', 'receive.denyNonFastForwards', 'true');
    clone = cloneOrigin('work');
    await writeFile(join(clone, 'README.md'), 'hello\n');
    await writeFile(join(clone, 'assets.yml'), 'assets: []\n');
    git(clone, 'add', '.');
    git(clone, 'commit', '--quiet', '-m', 'initial');
    git(clone, 'push', '--quiet', 'origin', 'main');
  });

  afterEach(async () => {
    vi.unstubAllEnvs();
    await rm(root, { recursive: true, force: true });
  });

  const cloneOrigin = (name: string) => {
    const dir = join(root, name);
    git(root, 'clone', '--quiet', origin, dir);
    return dir;
  };
  const originLog = (ref = 'main') => git(origin, 'log', '--format=%s', ref).split('\n');

  it('commits only the given files as github-actions[bot] and pushes them', async () => {
    await writeFile(join(clone, 'hero.png'), 'png bytes');
    await writeFile(join(clone, 'assets.lock.json'), '{}\n');
    await writeFile(join(clone, 'README.md'), 'edited by hand\n');
    await writeFile(join(clone, 'notes.txt'), 'staged by the user');
    git(clone, 'add', 'notes.txt');

    const result = await commitAndPush({
      cwd: clone,
      files: ['hero.png', 'assets.lock.json'],
      message: 'chore(assets): regenerate 1 assets (40 credits)',
    });

    expect(result.pushed).toBe(true);
    expect(result.sha).toBe(git(origin, 'rev-parse', 'main'));
    expect(git(origin, 'show', '--name-only', '--format=', 'main').split('\n').sort()).toEqual([
      'assets.lock.json',
      'hero.png',
    ]);
    expect(git(origin, 'log', '-1', '--format=%an <%ae>|%cn <%ce>|%s', 'main')).toBe(
      `${BOT}|${BOT}|chore(assets): regenerate 1 assets (40 credits)`,
    );
    // The user's own work is as it was: README still modified, notes.txt still staged.
    expect(git(clone, 'status', '--short', '--untracked-files=no')).toBe(
      'M README.md\nA  notes.txt',
    );
  });

  it('makes no commit when the files did not change', async () => {
    const before = git(origin, 'rev-parse', 'main');
    await writeFile(join(clone, 'scratch.txt'), 'dirty but not ours');
    const result = await commitAndPush({ cwd: clone, files: ['assets.yml'], message: 'nothing' });
    expect(result).toEqual({ pushed: false });
    expect(git(origin, 'rev-parse', 'main')).toBe(before);
    expect(git(clone, 'rev-parse', 'HEAD')).toBe(before);
  });

  it('commits a listed file that is gone as a deletion', async () => {
    await unlink(join(clone, 'assets.yml'));
    const result = await commitAndPush({
      cwd: clone,
      files: ['assets.yml', 'never-existed.png'],
      message: 'prune',
    });
    expect(result.pushed).toBe(true);
    expect(git(origin, 'ls-tree', '--name-only', 'main')).toBe('README.md');
    expect(git(clone, 'status', '--porcelain')).toBe('');
  });

  it('rebases onto a push made in between and retries, without forcing', async () => {
    const other = cloneOrigin('other');
    await writeFile(join(other, 'README.md'), 'someone else was quicker\n');
    git(other, 'commit', '--quiet', '-am', 'their change');
    git(other, 'push', '--quiet', 'origin', 'main');

    await writeFile(join(clone, 'hero.png'), 'png bytes');
    await writeFile(join(clone, 'unrelated.txt'), 'dirty, survives the rebase');
    const result = await commitAndPush({
      cwd: clone,
      files: ['hero.png'],
      message: 'our change',
      retryDelayMs: 10,
    });

    expect(result.pushed).toBe(true);
    expect(originLog()).toEqual(['our change', 'their change', 'initial']);
    expect(result.sha).toBe(git(origin, 'rev-parse', 'main'));
    expect(readFileSync(join(clone, 'README.md'), 'utf8')).toBe('someone else was quicker\n');
    expect(readFileSync(join(clone, 'unrelated.txt'), 'utf8')).toBe('dirty, survives the rebase');
  });

  it('retries when the remote lost the race for the branch lock to a push at the same moment', async () => {
    // What a matrix shard sees when another shard's push holds refs/heads/main.lock on origin.
    const lock = join(origin, 'refs', 'heads', 'main.lock');
    await writeFile(lock, '');
    // Released after the first push (within 700 ms) and before the retry (at least 1 s later).
    setTimeout(() => void unlink(lock), 700);

    await writeFile(join(clone, 'hero.png'), 'png bytes');
    const result = await commitAndPush({
      cwd: clone,
      files: ['hero.png'],
      message: 'our change',
      retryDelayMs: 2000,
    });

    expect(result.pushed).toBe(true);
    expect(originLog()).toEqual(['our change', 'initial']);
  });
  it('fails at once, clearly, when the remote refuses the push (a retry cannot help)', async () => {
    const hook = join(origin, 'hooks', 'pre-receive');
    await writeFile(hook, '#!/bin/sh\necho "protected branch" >&2\nexit 1\n');
    await chmod(hook, 0o755);
    await writeFile(join(clone, 'hero.png'), 'png bytes');

    await expect(
      commitAndPush({
        cwd: clone,
        files: ['hero.png'],
        message: 'x',
        maxAttempts: 2,
        retryDelayMs: 10,
      }),
    ).rejects.toThrow(/Could not push to 'main': the remote refused it [\s\S]*protected branch/);
    expect(originLog()).toEqual(['initial']);
    // The commit and the files stay in the clone for the caller to upload instead.
    expect(readFileSync(join(clone, 'hero.png'), 'utf8')).toBe('png bytes');
  });

  it("retries a push that fails for another reason, then gives up with git's message", async () => {
    await writeFile(join(clone, 'hero.png'), 'png bytes');
    await rename(origin, `${origin}.gone`);
    await expect(
      commitAndPush({
        cwd: clone,
        files: ['hero.png'],
        message: 'x',
        maxAttempts: 2,
        retryDelayMs: 10,
      }),
    ).rejects.toThrow(/Could not push to 'main' after 2 attempts:[\s\S]*origin\.git/);
    await rename(`${origin}.gone`, origin);
    expect(originLog()).toEqual(['initial']);
    expect(readFileSync(join(clone, 'hero.png'), 'utf8')).toBe('png bytes');
  });

  it('stops with a clear error when the rebase conflicts', async () => {
    const other = cloneOrigin('other');
    await writeFile(join(other, 'assets.lock.json'), '{"theirs":1}\n');
    git(other, 'add', '.');
    git(other, 'commit', '--quiet', '-m', 'their lock');
    git(other, 'push', '--quiet', 'origin', 'main');

    await writeFile(join(clone, 'assets.lock.json'), '{"ours":1}\n');
    await expect(
      commitAndPush({ cwd: clone, files: ['assets.lock.json'], message: 'x', retryDelayMs: 10 }),
    ).rejects.toThrow(/Could not rebase onto origin\/main .*same files changed on both sides/);
    expect(originLog()).toEqual(['their lock', 'initial']);
    expect(git(clone, 'status', '--porcelain')).toBe('');
  });

  it('pushes a detached HEAD to the branch it is given, and refuses to guess one', async () => {
    git(clone, 'checkout', '--quiet', '--detach', 'HEAD');
    await writeFile(join(clone, 'hero.png'), 'png bytes');
    await expect(commitAndPush({ cwd: clone, files: ['hero.png'], message: 'x' })).rejects.toThrow(
      /HEAD is detached.*`branch` input/,
    );

    const result = await commitAndPush({
      cwd: clone,
      files: ['hero.png'],
      message: 'to a branch',
      branch: 'assets',
    });
    expect(result.sha).toBe(git(origin, 'rev-parse', 'assets'));
    expect(originLog('assets')).toEqual(['to a branch', 'initial']);
    expect(originLog('main')).toEqual(['initial']);
  });

  it('rebases a detached HEAD that fell behind its branch', async () => {
    const other = cloneOrigin('other');
    await writeFile(join(other, 'README.md'), 'newer\n');
    git(other, 'commit', '--quiet', '-am', 'their change');
    git(other, 'push', '--quiet', 'origin', 'main');
    git(clone, 'checkout', '--quiet', '--detach', 'HEAD');
    await writeFile(join(clone, 'hero.png'), 'png bytes');

    const result = await commitAndPush({
      cwd: clone,
      files: ['hero.png'],
      message: 'ours',
      branch: 'main',
      retryDelayMs: 10,
    });
    expect(result.sha).toBe(git(origin, 'rev-parse', 'main'));
    expect(originLog()).toEqual(['ours', 'their change', 'initial']);
  });

  it('keeps the token out of .git/config and out of errors', async () => {
    const token = 'ghs_secretTokenValue123';
    // Nothing listens there: the push fails and its error is what a log would show.
    git(clone, 'remote', 'set-url', 'origin', 'http://127.0.0.1:9/acme/site.git');
    await writeFile(join(clone, 'hero.png'), 'png bytes');

    const error = await commitAndPush({
      cwd: clone,
      files: ['hero.png'],
      message: 'x',
      token,
      maxAttempts: 1,
    }).catch((caught: Error) => caught);

    expect(error).toBeInstanceOf(Error);
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    expect((error as Error).message).not.toContain(token);
    expect((error as Error).message).not.toContain(basic);
    const config = readFileSync(join(clone, '.git', 'config'), 'utf8');
    expect(config).not.toContain(token);
    expect(config).not.toContain(basic);
  });
});
