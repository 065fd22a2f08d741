// The README's Quick start, word for word, on a fresh clone: its shell block runs as written
// in an empty repository, with one change, the clone URL, which points at this repository
// instead of GitHub (tests have no network). The clone's dist/ is built from the clone's
// sources (check-dist keeps the committed one equal to that), and `node` is Node 24, which
// engines allows.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOptions } from '../../scripts/build.mjs';
import { INIT_FILES } from '../../src/cli/init.js';
import { NODE24, REPO } from '../e2e/runner.js';
import { codeBlocks, read } from './helpers.js';

const GITHUB_URL = 'https://github.com/asset-forge/asset-forge.git';
const home = mkdtempSync(join(tmpdir(), 'forge-quick-start-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

const quickStart = () => {
  const readme = read('README.md');
  const section = readme.slice(
    readme.indexOf('## Quick start'),
    readme.indexOf('\n## ', readme.indexOf('## Quick start') + 1),
  );
  return section;
};

describe("the README's Quick start", () => {
  it('runs word for word on a fresh clone, and leaves what it says', async () => {
    const block = codeBlocks('README.md').find(
      (b) => b.lang === 'sh' && b.text.includes(GITHUB_URL),
    )!;
    expect(block, 'the Quick start has a sh block that clones the repository').toBeDefined();
    expect(quickStart()).toContain(block.text);
    const [cloneLine, ...rest] = block.text.replace(GITHUB_URL, `file://${REPO}`).split('\n');
    expect(cloneLine).toMatch(/^git clone /);
    const project = join(home, 'my-site');
    mkdirSync(project);
    execFileSync('git', ['init', '--quiet'], { cwd: project });
    const shell = (script: string) =>
      execFileSync('bash', ['-O', 'expand_aliases', '-e', '-c', script], {
        cwd: project,
        env: { PATH: `${dirname(NODE24)}:${process.env.PATH}`, HOME: home },
        encoding: 'utf8',
      });

    shell(cloneLine!);
    // The clone's dist/, built from the clone's sources: what check-dist holds the committed one to.
    const clone = join(home, 'asset-forge');
    await build({
      ...buildOptions,
      absWorkingDir: clone,
      outdir: join(clone, 'dist'),
      nodePaths: [join(REPO, 'node_modules')],
    });
    const output = shell(rest.join('\n'));

    expect(output).toContain('assets.yml: valid, 2 assets');
    expect(output).toContain('Total: 21 credits of a budget of 100');
    expect(output).toContain('Files written (3):');
    expect(output).toContain('Wrote the contact sheet of 2 assets');
    for (const file of [
      'assets.yml',
      '.github/workflows/assets.yml',
      'assets.lock.json',
      'asset-forge-preview.html',
      'assets/web/og.png',
    ]) {
      expect(existsSync(join(project, file)), file).toBe(true);
    }
  });

  it('shows the starter files exactly as init writes them', () => {
    const section = quickStart();
    for (const file of INIT_FILES) {
      const shown = file.contents
        .trimEnd()
        .split('\n')
        .map((line) => (line ? `   ${line}` : ''))
        .join('\n');
      expect(section, file.path).toContain(shown);
    }
  });
});
