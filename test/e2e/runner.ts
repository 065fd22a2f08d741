// Runs dist/index.js the way the GitHub runner does: Node 24, INPUT_* variables, GITHUB_OUTPUT
// and GITHUB_STEP_SUMMARY files, an event file. Also reads the outputs back.
import { type ChildProcess, execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const REPO = resolve(import.meta.dirname, '../..');
/** The Node 24 binary of the `node` dev dependency: the runtime `runs.using: node24` gives. */
export const NODE24 = join(REPO, 'node_modules', 'node', 'bin', 'node');
const ACTION = join(REPO, 'dist', 'index.js');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface ActionRunOptions {
  workspace: string;
  inputs: Record<string, string>;
  eventName?: string;
  event?: unknown;
  env?: Record<string, string>;
  /** What `${{ github.token }}` (the github-token default) stands for; the runner always has one. */
  githubToken?: string;
  /** Called with the running action, e.g. to cancel it as the runner does (SIGINT, then SIGTERM). */
  onStarted?(child: ChildProcess): void;
}

/** The token the runner passes when a test gives none: read-write, as on a push. */
export const DEFAULT_GITHUB_TOKEN = 'ghs_runner_default_token';

/**
 * INPUT_* for every input of action.yml that has a default, as the runner sets them before
 * the action starts: the action sees 'false', '4', 'commit' and so on, never an unset input.
 */
export function defaultInputs(githubToken: string): Record<string, string> {
  const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    if (input.default === undefined) continue;
    defaults[name] = input.default.replace('${{ github.token }}', githubToken);
  }
  return defaults;
}

export function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const files = mkdtempSync(join(tmpdir(), 'asset-forge-runner-'));
  const outputFile = join(files, 'output');
  const summaryFile = join(files, 'summary');
  const eventFile = join(files, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}));
  const inputs = Object.fromEntries(
    Object.entries({
      ...defaultInputs(options.githubToken ?? DEFAULT_GITHUB_TOKEN),
      ...options.inputs,
    }).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
  );
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? files,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_REPOSITORY: 'acme/site',
    GITHUB_REF_NAME: 'main',
    RUNNER_TEMP: files,
    GIT_CONFIG_GLOBAL: '/dev/null',
    ...inputs,
    ...options.env,
  };
  return new Promise((done) => {
    const child = execFile(
      NODE24,
      [ACTION],
      { cwd: options.workspace, env, timeout: 120_000 },
      (error, stdout, stderr) => {
        done({
          code: error ? ((error as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr,
          outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
          summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
        });
      },
    );
    options.onStarted?.(child);
  });
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}
