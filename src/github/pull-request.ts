// Publish as a pull request: one commit on a branch of asset-forge's own, and one PR from it
// that later runs update in place (as peter-evans/create-pull-request does).
//
// The branch is rebuilt on every run as "the current HEAD + this run's files" and replaced
// with --force-with-lease. That force is acceptable only because the branch belongs to the
// action: it never holds anyone's work but ours, rebuilding keeps the PR one clean commit on
// top of the base instead of piling up merges, and the lease (the remote sha we just read)
// refuses to replace anything pushed in between. So the `branch` setting must name a branch
// left to asset-forge (anything else pushed there is replaced on the next run, as with
// peter-evans/create-pull-request); the base branch itself is refused.
import type { Octokit } from './client.js';
import { capCommentBody, GITHUB_BODY_LIMIT } from './comment.js';
import { commitFilesOnto } from './commit.js';
import { createGit, type Git } from './git.js';

export const DEFAULT_PR_BRANCH = 'asset-forge/update';

export interface PullRequestSettings {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** The repository's working tree; its HEAD is where the branch starts. */
  cwd: string;
  /** Paths (relative to cwd, or absolute) written by this run, the lock file included. */
  files: string[];
  /** The PR's head branch, owned by asset-forge. */
  branch?: string;
  /** The branch the PR merges into. */
  base: string;
  title: string;
  /** Markdown; capped to GitHub's body limit. */
  body: string;
  commitMessage: string;
  /** Sent as an HTTP header for git's network commands; otherwise checkout's credentials. */
  token?: string;
}

export interface PullRequestResult {
  /** 'none': nothing differs from the base, or the branch and PR are already up to date. */
  action: 'created' | 'updated' | 'none';
  url?: string;
  number?: number;
}

export async function publishPullRequest(
  settings: PullRequestSettings,
): Promise<PullRequestResult> {
  const { octokit, owner, repo, base, title } = settings;
  const branch = settings.branch || DEFAULT_PR_BRANCH;
  if (branch === base) {
    throw new Error(
      `The pull request branch '${branch}' is the base branch; choose a branch of its own.`,
    );
  }
  const body = capCommentBody(settings.body, GITHUB_BODY_LIMIT);
  const git = createGit(settings.cwd, settings.token);
  const head = await git.output(['rev-parse', 'HEAD']);
  const sha = await commitFilesOnto(git, head, settings.files, settings.commitMessage);
  if (!sha) return { action: 'none' };
  const branchMoved = await replaceBranch(git, branch, sha);

  const { data: open } = await octokit.rest.pulls.list({
    owner,
    repo,
    head: `${owner}:${branch}`,
    state: 'open',
  });
  const existing = open[0];
  if (existing) {
    if (!branchMoved && existing.title === title && existing.body === body) {
      return { action: 'none', url: existing.html_url, number: existing.number };
    }
    const { data } = await octokit.rest.pulls.update({
      owner,
      repo,
      pull_number: existing.number,
      title,
      body,
    });
    return { action: 'updated', url: data.html_url, number: data.number };
  }
  try {
    const { data } = await octokit.rest.pulls.create({
      owner,
      repo,
      head: branch,
      base,
      title,
      body,
    });
    return { action: 'created', url: data.html_url, number: data.number };
  } catch (error) {
    throw explainCreateError(error, branch);
  }
}

/**
 * Points the remote branch at `sha`, unless it already holds the same files. Returns whether
 * it moved.
 */
async function replaceBranch(git: Git, branch: string, sha: string): Promise<boolean> {
  const ref = `refs/heads/${branch}`;
  const listed = await git.output(['ls-remote', 'origin', ref], { authenticate: true });
  // ls-remote matches patterns by their tail; keep the exact ref only.
  const exact = listed.split('\n').find((line) => line.endsWith(`\t${ref}`));
  const remoteSha = exact?.split('\t')[0] ?? '';
  if (
    remoteSha &&
    (await remoteTree(git, ref)) === (await git.output(['rev-parse', `${sha}^{tree}`]))
  ) {
    return false;
  }
  // An empty lease means "the branch must not exist yet".
  await git.run(['push', `--force-with-lease=${ref}:${remoteSha}`, 'origin', `${sha}:${ref}`], {
    authenticate: true,
  });
  return true;
}

async function remoteTree(git: Git, ref: string): Promise<string> {
  // One commit is enough to read its tree; a full fetch into a shallow checkout would pull
  // the whole history, and --depth in a full clone would make it shallow.
  const shallow = (await git.output(['rev-parse', '--is-shallow-repository'])) === 'true';
  const depth = shallow ? ['--depth=1'] : [];
  await git.run(['fetch', '--no-tags', ...depth, 'origin', ref], { authenticate: true });
  return git.output(['rev-parse', 'FETCH_HEAD^{tree}']);
}

const NOT_PERMITTED = /not permitted to create or approve pull requests/i;

function explainCreateError(error: unknown, branch: string): unknown {
  const status = (error as { status?: unknown } | null)?.status;
  if (status !== 403 || !(error instanceof Error) || !NOT_PERMITTED.test(error.message)) {
    return error;
  }
  return new Error(
    `GitHub Actions may not create pull requests in this repository. Enable "Allow GitHub ` +
      `Actions to create and approve pull requests" (Settings > Actions > General > Workflow ` +
      `permissions), or pass a personal access token or GitHub App token as github-token. ` +
      `The branch '${branch}' was pushed; you can also open the pull request by hand.`,
    { cause: error },
  );
}
