// A repository as a workflow sees it after actions/checkout: a bare origin in a temp folder and a
// clone of it (the workspace), both away from the developer's own git configuration.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Only the repository's own config: no ~/.gitconfig, no /etc/gitconfig. */
const GIT_ENV = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

export const BOT = 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>';

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: GIT_ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trimEnd();
}

export interface TestRepo {
  root: string;
  /** The bare repository every clone pushes to. */
  origin: string;
  /** The workspace: a clone on main, with a local user configured. */
  work: string;
  /** Another clone of origin, on main (for pushes made in between). */
  clone(name: string): string;
  /** Paths changed by a commit of origin, sorted. */
  filesOf(ref: string): string[];
}

/** A bare origin whose main holds `files` in one commit, and a clone of it. */
export function createRepo(files: Record<string, string | Buffer>): TestRepo {
  const root = mkdtempSync(join(tmpdir(), 'asset-forge-e2e-git-'));
  const origin = join(root, 'origin.git');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
  const clone = (name: string) => {
    const dir = join(root, name);
    git(root, 'clone', '--quiet', origin, dir);
    git(dir, 'config', 'user.name', 'Developer');
    git(dir, 'config', 'user.email', 'dev@example.com');
    return dir;
  };
  const work = clone('work');
  writeFiles(work, files);
  git(work, 'add', '.');
  git(work, 'commit', '--quiet', '-m', 'initial');
  git(work, 'push', '--quiet', 'origin', 'main');
  return {
    root,
    origin,
    work,
    clone,
    filesOf: (ref) =>
      git(origin, 'show', '--name-only', '--format=', ref).split('\n').filter(Boolean).sort(),
  };
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** Makes origin refuse every push, as a protected branch or a failing pre-receive hook does. */
export function rejectPushes(origin: string, message: string): void {
  const hook = join(origin, 'hooks', 'pre-receive');
  writeFileSync(hook, `#!/bin/sh\necho "${message}" >&2\nexit 1\n`);
  chmodSync(hook, 0o755);
}
