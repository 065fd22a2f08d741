// The token reaches a real smart-HTTP git server (git http-backend behind node:http) as the
// only Authorization header, even when actions/checkout left its own header configured.
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { commitAndPush, pushProblem } from '../../src/github/commit.js';
import { createGit } from '../../src/github/git.js';
import { git } from './dev-git.js';

const TOKEN = 'ghs_pushTokenForTests';
const basic = (token: string) => Buffer.from(`x-access-token:${token}`).toString('base64');

/** Serves every repository under `root` with git http-backend, for one accepted token. */
function startGitServer(root: string, authorizations: string[][]): Promise<Server> {
  const server = createServer((request, response) => {
    const headers = request.rawHeaders.filter((_, i) => i % 2 === 0);
    const sent = request.rawHeaders.filter(
      (_, i) => i % 2 === 1 && headers[(i - 1) / 2]?.toLowerCase() === 'authorization',
    );
    authorizations.push(sent);
    if (sent.length !== 1 || sent[0]?.toLowerCase() !== `basic ${basic(TOKEN)}`.toLowerCase()) {
      response.writeHead(401, { 'www-authenticate': 'Basic realm="git"' }).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const backend = execFile(
      'git',
      ['http-backend'],
      {
        encoding: 'buffer',
        maxBuffer: 64 * 1024 * 1024,
        env: {
          ...process.env,
          GIT_PROJECT_ROOT: root,
          GIT_HTTP_EXPORT_ALL: '1',
          PATH_INFO: url.pathname,
          QUERY_STRING: url.search.slice(1),
          REQUEST_METHOD: request.method,
          CONTENT_TYPE: request.headers['content-type'] ?? '',
          HTTP_CONTENT_ENCODING: request.headers['content-encoding'] ?? '',
          REMOTE_USER: 'x-access-token',
          REMOTE_ADDR: '127.0.0.1',
        },
      },
      (_error, stdout) => {
        const split = stdout.indexOf('\r\n\r\n');
        const head = stdout.subarray(0, split).toString('latin1').split('\r\n');
        const status = Number(
          head.find((line) => line.startsWith('Status:'))?.split(' ')[1] ?? 200,
        );
        for (const line of head) {
          const [name, ...value] = line.split(': ');
          if (name && name !== 'Status') response.setHeader(name, value.join(': '));
        }
        response.writeHead(status).end(stdout.subarray(split + 4));
      },
    );
    request.pipe(backend.stdin!);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

let root: string;
let server: Server;
let authorizations: string[][];

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
  authorizations = [];
  server = await startGitServer(root, authorizations);
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await new Promise((done) => server.close(done));
  await rm(root, { recursive: true, force: true });
});

it('pushes over HTTP with the token in place of the header checkout left behind', async () => {
  const work = join(root, 'work');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  git(work, 'remote', 'add', 'origin', `${base}/site.git`);
  const before = git(join(root, 'site.git'), 'rev-parse', 'main');

  const refused = await pushProblem(createGit(work, 'ghs_readOnly'), 'main');
  expect(refused).toMatch(/^cannot push to 'main' \(a token without contents: write/);
  expect(refused).not.toContain('ghs_readOnly');
  expect(await pushProblem(createGit(work, TOKEN), 'main')).toBeUndefined();
  expect(git(join(root, 'site.git'), 'rev-parse', 'main')).toBe(before); // a dry run pushes nothing
});
