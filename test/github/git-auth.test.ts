// The token reaches a real smart-HTTP git server (git http-backend behind node:http) as the
// only Authorization header, even when actions/checkout left its own header configured.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { commitAndPush, pushProblem } from '../../src/github/commit.js';
import { createGit } from '../../src/github/git.js';
import { git } from './dev-git.js';
import { basic, type GitHttpServer, startGitHttpServer } from './git-http-server.js';

const TOKEN = 'ghs_pushTokenForTests';
let root: string;
let gitServer: GitHttpServer;
let authorizations: string[][];
let base: string;

beforeEach(async () => {
  vi.stubEnv('GIT_CONFIG_GLOBAL', '/dev/null');
  vi.stubEnv('GIT_CONFIG_NOSYSTEM', '1');
  root = await mkdtemp(join(tmpdir(), 'asset-forge-git-auth-'));
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', 'site.git');
  git(root, 'init', '--quiet', '--initial-branch=main', 'work');
  await writeFile(join(root, 'work', 'README.md'), 'hello\n');
  git(join(root, 'work'), 'add', '.');
  git(join(root, 'work'), 'commit', '--quiet', '-m', 'initial');
  git(join(root, 'work'), 'push', '--quiet', join(root, 'site.git'), 'main');
  gitServer = await startGitHttpServer(root, TOKEN);
  authorizations = gitServer.authorizations;
  base = gitServer.url;
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await gitServer.close();
  await rm(root, { recursive: true, force: true });
});

it('pushes over HTTP with the token in place of the header checkout left behind', async () => {
  const work = join(root, 'work');
  git(work, 'remote', 'add', 'origin', `${base}/site.git`);
  git(work, 'config', `http.${base}/.extraheader`, `AUTHORIZATION: basic ${basic('ghs_stale')}`);
  await writeFile(join(work, 'hero.png'), 'png bytes');

  await expect(
    commitAndPush({ cwd: work, files: ['hero.png'], message: 'no token', maxAttempts: 1 }),
  ).rejects.toThrow(/Could not push/);

  await writeFile(join(work, 'logo.png'), 'png bytes');
  const result = await commitAndPush({
    cwd: work,
    files: ['logo.png'],
    message: 'token',
    token: TOKEN,
  });

  expect(result.pushed).toBe(true);
  expect(git(join(root, 'site.git'), 'log', '--format=%s', 'main')).toBe(
    'token\nno token\ninitial',
  );
  expect(git(join(root, 'site.git'), 'rev-parse', 'main')).toBe(result.sha);
  expect(authorizations.at(-1)).toHaveLength(1);
  expect(readFileSync(join(work, '.git', 'config'), 'utf8')).not.toContain(basic(TOKEN));
});

// A wrapper first on PATH records every git command line, as `ps` on the runner would show it.
it.skipIf(process.platform === 'win32')(
  'never puts the token on a command line, in the remote URL or in .git/config',
  async () => {
    const work = join(root, 'work');
    git(work, 'remote', 'add', 'origin', `${base}/site.git`);
    const bin = join(root, 'bin');
    const log = join(root, 'argv.log');
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    await mkdir(bin);
    await writeFile(
      join(bin, 'git'),
      `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${realGit}' "$@"\n`,
      { mode: 0o755 },
    );
    vi.stubEnv('PATH', `${bin}:${process.env.PATH}`);
    await writeFile(join(work, 'hero.png'), 'png bytes');

    const result = await commitAndPush({
      cwd: work,
      files: ['hero.png'],
      message: 'token',
      token: TOKEN,
    });

    expect(result.pushed).toBe(true);
    const commandLines = readFileSync(log, 'utf8');
    expect(commandLines).toContain('push origin');
    expect(commandLines).not.toContain(TOKEN);
    expect(commandLines).not.toContain(basic(TOKEN));
    expect(commandLines).not.toMatch(/extraheader/i);
    expect(git(work, 'remote', 'get-url', 'origin')).toBe(`${base}/site.git`);
    expect(readFileSync(join(work, '.git', 'config'), 'utf8')).not.toContain(basic(TOKEN));
  },
);

// The check made before anything is spent: a dry-run push reaches the server's receive-pack,
// where a token it does not take for pushing is refused (GitHub: 403 for a read-only token).
it('a dry-run push finds a token the remote refuses, and passes one it takes', async () => {
  const work = join(root, 'work');
  git(work, 'remote', 'add', 'origin', `${base}/site.git`);
  const before = git(join(root, 'site.git'), 'rev-parse', 'main');

  const refused = await pushProblem(createGit(work, 'ghs_readOnly'), 'main');
  expect(refused).toMatch(/^cannot push to 'main' \(a token without contents: write/);
  expect(refused).not.toContain('ghs_readOnly');
  expect(await pushProblem(createGit(work, TOKEN), 'main')).toBeUndefined();
  expect(git(join(root, 'site.git'), 'rev-parse', 'main')).toBe(before); // a dry run pushes nothing
});
