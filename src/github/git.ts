// A small git command runner. Errors carry git's own message with every secret taken out:
// a token in an argument, in an extra header or in a remote URL never reaches a log.
import { execFile } from 'node:child_process';
import { redactSecrets } from '../redact.js';

const BOT_NAME = 'github-actions[bot]';
export const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';

/** Author and committer of every commit the action makes, rebased ones included. */
const BOT_IDENTITY = {
  GIT_AUTHOR_NAME: BOT_NAME,
  GIT_AUTHOR_EMAIL: BOT_EMAIL,
  GIT_COMMITTER_NAME: BOT_NAME,
  GIT_COMMITTER_EMAIL: BOT_EMAIL,
};

export interface GitResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface GitRunOptions {
  /** Extra environment, e.g. GIT_INDEX_FILE. */
  env?: Record<string, string>;
  /** Return a failed result instead of throwing. */
  allowFailure?: boolean;
  /** Authenticate this command (push, pull, fetch) with the token, when there is one. */
  authenticate?: boolean;
}

export interface Git {
  /** Where the commands run; relative paths are relative to it. */
  cwd: string;
  run(args: string[], options?: GitRunOptions): Promise<GitResult>;
  /** Trimmed stdout of a command that must succeed. */
  output(args: string[], options?: GitRunOptions): Promise<string>;
}

export function createGit(cwd: string, token?: string): Git {
  const secrets = token ? [token, basicCredentials(token)] : [];
  let authEnv: Promise<Record<string, string>> | undefined;
  const authenticationEnv = async (): Promise<Record<string, string>> => {
    if (!token) return {};
    authEnv ??= remoteAuthEnv(run, token);
    return authEnv;
  };

  const run = async (args: string[], options: GitRunOptions = {}): Promise<GitResult> => {
    const auth = options.authenticate ? await authenticationEnv() : {};
    const result = await execGit(args, cwd, { ...BOT_IDENTITY, ...options.env, ...auth });
    const stdout = redact(result.stdout, secrets);
    const stderr = redact(result.stderr, secrets);
    if (result.exitCode !== 0 && !options.allowFailure) {
      const detail = (stderr.trim() || stdout.trim()).split('\n').slice(-8).join('\n');
      const command = redact(`git ${args.join(' ')}`, secrets);
      throw new Error(`${command} failed (exit ${result.exitCode}): ${detail}`);
    }
    return { exitCode: result.exitCode, stdout, stderr };
  };

  return {
    cwd,
    run,
    output: async (args, options) => (await run(args, options)).stdout.trim(),
  };
}

/**
 * The token as an HTTP header for one command, the way actions/checkout sends it, but given
 * through git's GIT_CONFIG_COUNT / GIT_CONFIG_KEY_n / GIT_CONFIG_VALUE_n environment: never
 * on the command line (which any process on the runner can read) and never in .git/config.
 * The key is scoped to the remote's origin like checkout's own
 * `http.https://github.com/.extraheader`: git ignores a less specific key after a more
 * specific one, and the empty value first drops checkout's header so that GitHub does not
 * receive two Authorization headers. Entries already in the environment are kept.
 */
async function remoteAuthEnv(run: Git['run'], token: string): Promise<Record<string, string>> {
  const remote = await run(['remote', 'get-url', 'origin'], { allowFailure: true });
  const url = httpUrl(remote.stdout.trim());
  if (!url) return {};
  const key = `http.${url.origin}/.extraheader`;
  const first = Number(process.env.GIT_CONFIG_COUNT) || 0;
  return {
    GIT_CONFIG_COUNT: String(first + 2),
    [`GIT_CONFIG_KEY_${first}`]: key,
    [`GIT_CONFIG_VALUE_${first}`]: '',
    [`GIT_CONFIG_KEY_${first + 1}`]: key,
    [`GIT_CONFIG_VALUE_${first + 1}`]: `AUTHORIZATION: basic ${basicCredentials(token)}`,
  };
}

/** The paths among `paths` (relative to the work tree) that git ignores: they would never be committed. */
export async function ignoredPaths(git: Git, paths: string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  // Exit 1 means "none ignored"; 128 is a real failure (not a repository).
  const result = await git.run(['check-ignore', '--', ...paths], {
    allowFailure: true,
  });
  if (result.exitCode > 1) throw new Error(`git check-ignore failed: ${result.stderr.trim()}`);
  return result.stdout.split('\n').filter(Boolean);
}

function httpUrl(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined; // a path or an scp-like SSH address: the token does not apply
  }
}

function basicCredentials(token: string): string {
  return Buffer.from(`x-access-token:${token}`).toString('base64');
}

function redact(text: string, secrets: string[]): string {
  const headersAndUrls = text
    .replace(/(AUTHORIZATION: *\w+ +)\S+/gi, '$1***')
    .replace(/(\w+:\/\/)[^/\s@]+@/g, '$1***@');
  return redactSecrets(headersAndUrls, secrets);
}

function execGit(args: string[], cwd: string, env: Record<string, string>): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      {
        cwd,
        maxBuffer: 64 * 1024 * 1024,
        // Never wait for a password prompt on a runner.
        env: { ...process.env, ...env, GIT_TERMINAL_PROMPT: '0' },
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ exitCode: 0, stdout, stderr });
        // No exit code: git is missing, was killed, or wrote too much (the message says which).
        const exitCode = typeof error.code === 'number' ? error.code : -1;
        resolve({ exitCode, stdout, stderr: stderr || error.message });
      },
    );
  });
}
