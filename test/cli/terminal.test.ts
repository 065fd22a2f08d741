// `generate` on a real terminal (a pseudo-terminal from util-linux's `script`), through the
// built CLI: the live status line before any asset ends, colour, and none with NO_COLOR.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NODE24, REPO } from '../e2e/runner.js';

const BIN = join(REPO, 'bin', 'asset-forge.js');
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Runs the CLI in a pseudo-terminal; what the terminal received (stdout and stderr). */
function onTerminal(args: string[], env: Record<string, string> = {}): Promise<string> {
  const command = [NODE24, BIN, ...args].map((word) => `'${word}'`).join(' ');
  return new Promise((resolve, reject) => {
    execFile(
      'script',
      ['-qec', command, '/dev/null'],
      {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', HOME: dir!, TERM: 'xterm-256color', ...env },
      },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
  });
}

describe('generate on a terminal', () => {
  it('draws a live line of what is in progress, the time and the credits, in colour', async () => {
    dir = mkdtempSync(join(tmpdir(), 'forge-tty-'));
    await onTerminal(['init']);

    const screen = await onTerminal(['generate', '--provider', 'offline']);

    expect(screen).toContain('\r\x1b[2K\x1b[2m0/2 done · 0s · 0 of 100 credits');
    expect(screen).toMatch(/in progress: (hero|og-card)/);
    expect(screen).toContain('\x1b[32mgenerated\x1b[39m');
    expect(screen).toContain('Files written (3):');
  });

  it('NO_COLOR: the live line stays, the colour goes', async () => {
    dir = mkdtempSync(join(tmpdir(), 'forge-tty-'));
    await onTerminal(['init']);

    const screen = await onTerminal(['generate', '--provider', 'offline'], { NO_COLOR: '1' });

    expect(screen).toContain('\r\x1b[2K0/2 done');
    expect(screen).not.toMatch(/\x1b\[(1|2|3\d)m/);
  });
});
