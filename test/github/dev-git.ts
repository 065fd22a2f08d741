// git as a developer runs it in the tests of the git adapters: named Dev, output trimmed. The
// tests keep the developer's own configuration out with GIT_CONFIG_GLOBAL/NOSYSTEM themselves.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** A bare origin in `root` whose main holds assets.yml, and a work tree on main pushing to it. */
export function originAndWork(root: string): { origin: string; work: string } {
  const origin = join(root, 'origin.git');
  const work = join(root, 'work');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
  git(root, 'init', '--quiet', '--initial-branch=main', work);
  git(work, 'remote', 'add', 'origin', origin);
  writeFileSync(join(work, 'assets.yml'), 'assets: []\n');
  git(work, 'add', '.');
  git(work, 'commit', '--quiet', '-m', 'initial');
  git(work, 'push', '--quiet', 'origin', 'main');
  return { origin, work };
}
