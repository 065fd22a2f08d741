// The github-token reaches git through its environment only: through dist/index.js, a push to a
// real smart-HTTP server that takes nothing but that token, while a wrapper first on PATH
// records every git command line, as the process list on the runner would show it.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, expect, it } from 'vitest';
import { basic, type GitHttpServer, startGitHttpServer } from '../github/git-http-server.js';
import { git } from './git-repo.js';
import { runAction } from './runner.js';

const execFileAsync = promisify(execFile);
const TOKEN = 'ghs_e2eTokenNeverOnArgv';
let root: string | undefined;
let server: GitHttpServer | undefined;

afterEach(async () => {
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
  root = server = undefined;
});

it.skipIf(process.platform === 'win32')(
  'pushes with the token, which never shows on a git command line, in a URL or in .git/config',
  async () => {
    root = mkdtempSync(join(tmpdir(), 'asset-forge-e2e-token-'));
    const seed = join(root, 'seed');
    git(root, 'init', '--quiet', '--bare', '--initial-branch=main', 'site.git');
    git(root, 'init', '--quiet', '--initial-branch=main', seed);
    writeFileSync(
      join(seed, 'assets.yml'),
      'version: 1\nassets:\n  - id: hero\n    prompt: "A hero"\n    size: 1024x1024\n',
    );
    git(seed, 'add', '.');
    git(
      seed,
      '-c',
      'user.name=Dev',
      '-c',
      'user.email=dev@example.com',
      'commit',
      '-qm',
      'initial',
    );
    git(seed, 'push', '--quiet', join(root, 'site.git'), 'main');
    server = await startGitHttpServer(root, TOKEN);
    const remote = `${server.url}/site.git`;
    const work = join(root, 'work');
    // The checkout, as actions/checkout makes it, but with its credentials gone afterwards. Not
    // with the synchronous git(): the server answers on this process's event loop.
    await execFileAsync(
      'git',
      ['-c', `http.extraheader=AUTHORIZATION: basic ${basic(TOKEN)}`, 'clone', '-q', remote, work],
      { env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } },
    );

    const bin = join(root, 'bin');
    const log = join(root, 'argv.log');
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    mkdirSync(bin);
    writeFileSync(
      join(bin, 'git'),
      `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${realGit}' "$@"\n`,
      {
        mode: 0o755,
      },
    );

    const run = await runAction({
      workspace: work,
      inputs: { provider: 'offline' },
      githubToken: TOKEN,
      env: { PATH: `${bin}:${process.env.PATH}` },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['commit-sha']).toBe(git(join(root, 'site.git'), 'rev-parse', 'main'));
    const commandLines = readFileSync(log, 'utf8');
    expect(commandLines).toMatch(/^push --dry-run origin HEAD:refs\/heads\/main$/m); // before spending
    expect(commandLines).toMatch(/^push origin HEAD:refs\/heads\/main$/m);
    expect(commandLines).not.toContain(TOKEN);
    expect(commandLines).not.toContain(basic(TOKEN));
    expect(git(work, 'remote', 'get-url', 'origin')).toBe(remote);
    expect(readFileSync(join(work, '.git', 'config'), 'utf8')).not.toContain(basic(TOKEN));
    expect(run.stdout + run.stderr).not.toContain(basic(TOKEN));
  },
);
