// git as a developer runs it in the tests of the git adapters: named Dev, output trimmed. The
// tests keep the developer's own configuration out with GIT_CONFIG_GLOBAL/NOSYSTEM themselves.
import { execFileSync } from 'node:child_process';

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}
