// Commit exactly the files a run wrote and push them to the checked-out branch, rebasing on
// top of whatever was pushed meanwhile. Never a force-push: the branch is the user's.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LOCK_FILE_NAME, mergeLocks, parseLock, writeLock } from '../lockfile.js';
import { createGit, type Git } from './git.js';

export interface CommitSettings {
  /** The repository's working tree. */
  cwd: string;
  /** Paths (relative to cwd, or absolute) written by this run, the lock file included. */
  files: string[];
  message: string;
  /** Push to this branch instead of the checked-out one; required on a detached HEAD. */
  branch?: string;
  /** Sent as an HTTP header for push and pull only; without it, checkout's credentials are used. */
  token?: string;
  /** Pushes to try before giving up. */
  maxAttempts?: number;
  /** Base of the short wait between attempts. */
  retryDelayMs?: number;
}

export interface CommitResult {
  /** The pushed commit; absent when nothing changed. */
  sha?: string;
  pushed: boolean;
}

export async function commitAndPush(settings: CommitSettings): Promise<CommitResult> {
  const { cwd, files, message, token, maxAttempts = 3, retryDelayMs = 1000 } = settings;
  const git = createGit(cwd, token);
  const branch = settings.branch || (await checkedOutBranch(git));
  const head = await git.output(['rev-parse', 'HEAD']);
  const sha = await commitFilesOnto(git, head, files, message);
  if (!sha) return { pushed: false };

  // Move HEAD (the branch, or the detached HEAD) to the commit, then bring the real index
  // in line for these paths; anything else the user staged or changed stays as it was.
  await git.run(['update-ref', '-m', 'asset-forge: commit', 'HEAD', sha, head]);
  await git.run(['reset', '--quiet', 'HEAD', '--', ...files]);

  await pushWithRebase(git, branch, maxAttempts, retryDelayMs);
  return { sha: await git.output(['rev-parse', 'HEAD']), pushed: true };
}

/**
 * Builds a commit of `parent` plus the current content of `files` (a missing file is a
 * deletion) in a private index, so neither the user's index nor HEAD is touched. Returns
 * undefined when the files are already as in `parent`.
 */
export async function commitFilesOnto(
  git: Git,
  parent: string,
  files: string[],
  message: string,
): Promise<string | undefined> {
  if (files.length === 0) return undefined;
  const present = files.filter((file) => existsSync(resolve(git.cwd, file)));
  const missing = files.filter((file) => !present.includes(file));
  const indexDir = await mkdtemp(join(tmpdir(), 'asset-forge-index-'));
  const env = { GIT_INDEX_FILE: join(indexDir, 'index') };
  try {
    await git.run(['read-tree', parent], { env });
    if (present.length > 0) await git.run(['add', '--', ...present], { env });
    if (missing.length > 0) {
      await git.run(['rm', '--cached', '--quiet', '--ignore-unmatch', '--', ...missing], { env });
    }
    const tree = await git.output(['write-tree'], { env });
    if (tree === (await git.output(['rev-parse', `${parent}^{tree}`]))) return undefined;
    return await git.output(['commit-tree', tree, '-p', parent, '-m', message]);
  } finally {
    await rm(indexDir, { recursive: true, force: true });
  }
}

export async function checkedOutBranch(git: Git): Promise<string> {
  const ref = await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], {
    allowFailure: true,
  });
  if (ref.exitCode !== 0) {
    throw new Error(
      'HEAD is detached (as after actions/checkout of a pull request or a tag), so there is no ' +
        'branch to push to: set the `branch` input.',
    );
  }
  return ref.stdout.trim();
}

/**
 * Why a push of HEAD to `branch` would be refused, found with a dry run before anything is
 * spent: the remote checks the credentials and the write permission when the push starts
 * (GitHub answers 403 for a token without contents: write). A branch that only moved on is
 * not a problem (the real push rebases); protected-branch rules are only known at the push.
 * `lease`: the sha a force-push may replace ('' for a branch that must not exist yet).
 */
export async function pushProblem(
  git: Git,
  branch: string,
  lease?: string,
): Promise<string | undefined> {
  const ref = `refs/heads/${branch}`;
  const force = lease === undefined ? [] : [`--force-with-lease=${ref}:${lease}`];
  const push = await git.run(['push', '--dry-run', ...force, 'origin', `HEAD:${ref}`], {
    authenticate: true,
    allowFailure: true,
  });
  if (
    push.exitCode === 0 ||
    NON_FAST_FORWARD.test(push.stderr) ||
    /\[rejected\].*\(stale info\)/.test(push.stderr)
  ) {
    return undefined;
  }
  return `cannot push to '${branch}' (a token without contents: write, or a remote that refuses it): ${push.stderr.trim().split('\n').slice(-3).join(' ')}`;
}

/**
 * git's words for "someone pushed meanwhile", including a remote that lost the race for the
 * branch's ref lock to a push at the same moment; a refusal fails at once; anything else is
 * retried as it is.
 */
const NON_FAST_FORWARD =
  /\[rejected\].*\((fetch first|non-fast-forward)\)|\[remote rejected\].*\((cannot lock ref|failed to update ref|incorrect old value)/;
/** The remote refused the push itself (protected branch, hook, no write access): retrying cannot help. */
const REFUSED =
  /\[remote rejected\]|The requested URL returned error: 403|Permission to \S+ denied/;

async function pushWithRebase(
  git: Git,
  branch: string,
  maxAttempts: number,
  retryDelayMs: number,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const push = await git.run(['push', 'origin', `HEAD:refs/heads/${branch}`], {
      authenticate: true,
      allowFailure: true,
    });
    if (push.exitCode === 0) return;
    const raced = NON_FAST_FORWARD.test(push.stderr);
    if (!raced && REFUSED.test(push.stderr)) {
      throw new Error(
        `Could not push to '${branch}': the remote refused it (a protected branch, a hook, or a ` +
          `token without contents: write; use publish: pull-request for a protected branch): ${push.stderr.trim()}`,
      );
    }
    if (attempt >= maxAttempts) {
      throw new Error(
        `Could not push to '${branch}' after ${attempt} attempts: ${push.stderr.trim()}`,
      );
    }
    // Jitter keeps parallel jobs (matrix shards) from retrying in lockstep.
    await sleep(retryDelayMs * attempt * (0.5 + Math.random()));
    if (raced) await rebaseOntoRemote(git, branch);
  }
}

async function rebaseOntoRemote(git: Git, branch: string): Promise<void> {
  const pull = await git.run(['pull', '--rebase', '--autostash', 'origin', branch], {
    authenticate: true,
    allowFailure: true,
  });
  if (pull.exitCode === 0) return;
  if (await mergeLockConflicts(git)) return;
  await git.run(['rebase', '--abort'], { allowFailure: true });
  const conflict = /CONFLICT/.test(pull.stdout) ? ' (the same files changed on both sides)' : '';
  throw new Error(
    `Could not rebase onto origin/${branch} to retry the push${conflict}; the generated files ` +
      `stay in the working tree: ${pull.stderr.trim() || pull.stdout.trim()}`,
  );
}

/** Commits a rebase may stop at; each stop is one of ours replayed. */
const MAX_REBASE_STOPS = 20;

/**
 * Matrix shards all write the lock file, so a rebase onto another shard's push stops on a
 * conflict in it. When the lock file is all that conflicts, the two are merged entry by entry
 * (each asset's newer entry; see mergeLocks) and the rebase goes on. Returns false, leaving
 * the rebase stopped, when anything else conflicts.
 */
async function mergeLockConflicts(git: Git): Promise<boolean> {
  const top = await git.output(['rev-parse', '--show-toplevel']);
  for (let stop = 0; stop < MAX_REBASE_STOPS; stop++) {
    const listed = await git.output(['diff', '--name-only', '--diff-filter=U']);
    const conflicted = listed.split('\n').filter(Boolean);
    if (conflicted.length === 0 || conflicted.some((path) => basename(path) !== LOCK_FILE_NAME))
      return false;
    for (const path of conflicted) {
      // During a rebase stage 2 is the branch rebased onto (the other shard), 3 our commit.
      const stage = async (n: number) => {
        const shown = await git.run(['show', `:${n}:${path}`], { allowFailure: true });
        return shown.exitCode === 0 ? parseLock(shown.stdout) : undefined;
      };
      const [base, upstream, ours] = [await stage(1), await stage(2), await stage(3)];
      if (!upstream || !ours) return false; // deleted on one side, or not a lock file
      // Written like every lock save: atomically, and never through a link out of the work tree.
      await writeLock(join(top, ...path.split('/')), mergeLocks(ours, upstream, base), top);
      await git.run(['add', '--', path]);
    }
    const next = await git.run(['rebase', '--continue'], {
      allowFailure: true,
      env: { GIT_EDITOR: 'true' },
    });
    if (next.exitCode === 0) return true;
  }
  return false;
}
