// SPEC §8: the CLI's arguments. Each mistake exits 2 with a did-you-mean and never Node's raw
// parser text; --version and each command's own --help exit 0.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { cli } from './cli/run-cli.js';
import { makeProject, type Project } from './generate/helpers.js';

let project: Project | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

describe('asset-forge arguments', () => {
  it('prints its version', async () => {
    const { code, stdout } = await cli(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(packageJson.version);
  });

  it("gives each command its own help, with that command's options only", async () => {
    const plan = await cli(['plan', '--help']);
    const generate = await cli(['generate', '--help']);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('Usage: asset-forge plan [options] [manifest]');
    expect(plan.stdout).toContain('--json');
    expect(plan.stdout).not.toContain('--concurrency');
    expect(generate.stdout).toContain('--concurrency');
    expect(generate.stdout).not.toBe(plan.stdout);
  });

  it.each([
    [['plam'], /unknown command 'plam'\n\(Did you mean plan\?\)/],
    [['plan', '--jsn'], /unknown option '--jsn'\n\(Did you mean --json\?\)/],
    [['generate', '--provider', 'ofline'], /Did you mean offline\?/],
    [['plan', '--budget', 'ten'], /'--budget <credits>' argument 'ten' is invalid/],
    [['generate', '--concurrency', '0'], /argument '0' is invalid\. Give a whole number of 1/],
    [['plan', '--shard', '4/3'], /Write i\/n with 1 <= i <= n/],
    [['validate', 'a.yml', 'b.yml'], /too many arguments for 'validate'/],
  ])('refuses %j with exit 2 and says what was meant', async (args, message) => {
    const { code, stdout, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/ERR_PARSE_ARGS|TypeError|\n\s+at /);
    expect(stdout).toBe('');
  });

  it('exits 2 for a missing command, and shows the commands', async () => {
    const { code, stderr } = await cli([]);
    expect(code).toBe(2);
    expect(stderr).toContain('Commands:');
  });

  it('refuses an --only glob that matches nothing, and names the ids there are', async () => {
    project = makeProject({ assets: [{ id: 'hero' }, { id: 'og-card' }] });
    const { code, stderr } = await cli(['plan', project.manifest, '--only', 'og-*,social-*']);
    expect(code).toBe(2);
    expect(stderr).toContain('--only social-*: matches no asset id of the manifest');
    expect(stderr).toContain('The ids are hero, og-card');
  });

  it('reads `--force path/to/assets.yml` as a bare --force and the manifest', async () => {
    project = makeProject({ assets: [{ id: 'hero' }, { id: 'og-card' }] });
    expect((await cli(['generate', project.manifest, '--provider', 'offline'])).code).toBe(0);
    const { code, stdout } = await cli([
      'plan',
      '--provider',
      'offline',
      '--force',
      project.manifest,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Plan: 2 to generate (2 forced), 0 unchanged.');
  });

  it('prints a JSON document with the problems for an invalid manifest (plan --json)', async () => {
    project = makeProject(
      'version: 1\nassets:\n  - id: hero\n    prompt: x\n    size: 3840x1024\n',
    );
    const { code, stdout, stderr } = await cli(['plan', project.manifest, '--json']);
    expect(code).toBe(2);
    const document = JSON.parse(stdout);
    expect(document.assets).toEqual([]);
    expect(document.problems[0]).toMatchObject({
      line: 5,
      message: expect.stringContaining('3840x1024'),
    });
    expect(stderr).toContain(':5:');
  });
});

describe('manifest errors on the terminal', () => {
  it('shows the line of the manifest and a caret under the mistake', async () => {
    project = makeProject(
      'version: 1\nassets:\n  - id: hero\n    prompt: A hero: warm, bright\n    size: 1024x1024\n',
    );
    const { code, stderr } = await cli(['validate', project.manifest]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      [
        `${project.manifest}:4:19: YAML syntax: the value of 'prompt' has ': ' in it, which YAML reads as the start of a map. Fix: put the value in quotes: prompt: "A hero: warm, bright"`,
        '4 |     prompt: A hero: warm, bright',
        '  |                   ^',
        '',
      ].join('\n'),
    );
  });
});

describe('asset-forge init', () => {
  let folder: string;
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes a starter manifest that validates and plans, and the workflow', async () => {
    folder = mkdtempSync(join(tmpdir(), 'forge-init-'));
    const init = await cli(['init', folder]);
    expect(init.code).toBe(0);
    const manifest = join(folder, 'assets.yml');
    expect(readFileSync(manifest, 'utf8')).toMatch(/^# /m);
    expect(readFileSync(join(folder, '.github/workflows/assets.yml'), 'utf8')).toContain(
      'mode: plan',
    );
    expect((await cli(['validate', manifest])).code).toBe(0);
    const plan = await cli(['plan', manifest]);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/hero\s+new/);
  });

  it('refuses to overwrite, and writes nothing when any of its files exists', async () => {
    folder = mkdtempSync(join(tmpdir(), 'forge-init-'));
    await cli(['init', folder]);
    rmSync(join(folder, '.github'), { recursive: true });
    writeFileSync(join(folder, 'assets.yml'), 'mine\n');

    const again = await cli(['init', folder]);

    expect(again.code).toBe(2);
    expect(again.stderr).toContain('never overwrites');
    expect(readFileSync(join(folder, 'assets.yml'), 'utf8')).toBe('mine\n');
    expect(() => readFileSync(join(folder, '.github/workflows/assets.yml'))).toThrow();
  });
});
