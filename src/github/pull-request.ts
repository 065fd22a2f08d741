// Publish as a pull request: one commit on a branch of asset-forge's own, and one PR from it
// that later runs update in place (as peter-evans/create-pull-request does), and close when
// nothing is left to change.
//
// The branch is rebuilt on every run as "the current HEAD + this run's files" and replaced
// with --force-with-lease. That force is acceptable only because the branch belongs to the
// action, and that is checked, before anything is spent (checkPullRequestBranch) and again
// right before the push: the branch must not be the base or the repository's default branch,
// and its tip must be a commit asset-forge made (github-actions[bot] as author and committer,
// and our trailer). Anyone else's commit there stops the run; the lease is the sha checked,
// so a push made in between is never replaced either.
import type { Octokit } from './client.js';
import { capCommentBody, GITHUB_BODY_LIMIT } from './comment.js';
import { commitFilesOnto } from './commit.js';
import { BOT_EMAIL, createGit, type Git } from './git.js';

export const DEFAULT_PR_BRANCH = 'asset-forge/update';

/** Marks the commits asset-forge makes on its pull request branch. */
export const BRANCH_TRAILER = 'Asset-Forge-Branch';

export interface PullRequestTarget {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** The repository's working tree; its HEAD is where the branch starts. */
  cwd: string;
  /** The PR's head branch, owned by asset-forge. */
  branch?: string;
  /** The branch the PR merges into. */
  base: string;
  /** Sent to git through its environment; otherwise checkout's credentials. */
  token?: string;
}

/** The commit a pull request body describes. */
export interface PullRequestCommit {
  headSha: string;
  baseSha: string;
  /** Paths of the commit that are new or changed (deleted ones left out), with their change. */
  changed: Map<string, 'added' | 'modified'>;
}

export interface PullRequestSettings extends PullRequestTarget {
  /** Paths (relative to cwd, or absolute) written by this run, the lock file included. */
  files: string[];
  title: string;
  /** Markdown for the commit made; capped to GitHub's body limit. */
  body: (commit: PullRequestCommit) => string;
  commitMessage: string;
  draft?: boolean;
  labels?: string[];
  /** Users, or org/team for teams. */
  reviewers?: string[];
  /**
   * True when this run found nothing left to change at all (not only in its own selection):
   * an open pull request from the branch is then closed.
   */
  nothingLeft?: boolean;
}

export type PullRequestOperation = 'created' | 'updated' | 'closed' | 'none';

export interface PullRequestResult {
  /** 'none': nothing differs from the base, or the branch and PR are already up to date. */
  operation: PullRequestOperation;
  url?: string;
  number?: number;
}

/**
 * Refuses a branch asset-forge does not own; returns the branch's remote sha ('' when it does
 * not exist yet), which is the only state a later push may replace.
 */
export async function checkPullRequestBranch(target: PullRequestTarget): Promise<string> {
  const branch = target.branch || DEFAULT_PR_BRANCH;
  const git = createGit(target.cwd, target.token);
  return ownedBranchSha(git, target, branch);
}

export async function publishPullRequest(
  settings: PullRequestSettings,
): Promise<PullRequestResult> {
  const { octokit, owner, repo, base, title } = settings;
  const branch = settings.branch || DEFAULT_PR_BRANCH;
  const git = createGit(settings.cwd, settings.token);
  const remoteSha = await ownedBranchSha(git, settings, branch);
  const head = await git.output(['rev-parse', 'HEAD']);
  const message = `${settings.commitMessage}\n\n${BRANCH_TRAILER}: ${branch}`;
  const sha = await commitFilesOnto(git, head, settings.files, message);
  const open = await openPullRequest(octokit, owner, repo, branch, base);
  if (!sha) {
    if (!open || !settings.nothingLeft) return none(open);
    const { data } = await octokit.rest.pulls.update({
      owner,
      repo,
      pull_number: open.number,
      state: 'closed',
    });
    return { operation: 'closed', url: data.html_url, number: data.number };
  }
  const branchMoved = await replaceBranch(git, branch, sha, remoteSha);
  const commit = { headSha: sha, baseSha: head, changed: await changedPaths(git, head, sha) };
  // An unmoved branch keeps its commit: the body links the images at that commit.
  const shownCommit = branchMoved || !remoteSha ? commit : { ...commit, headSha: remoteSha };
  const body = capCommentBody(settings.body(shownCommit), GITHUB_BODY_LIMIT);

  const update = async (pull: OpenPullRequest): Promise<PullRequestResult> => {
    if (!branchMoved && pull.title === title && pull.body === body) return none(pull);
    const { data } = await octokit.rest.pulls.update({
      owner,
      repo,
      pull_number: pull.number,
      title,
      body,
    });
    return { operation: 'updated', url: data.html_url, number: data.number };
  };
  if (open) return update(open);
  try {
    const created = await createPullRequest(settings, branch, body);
    await decorate(settings, created.number);
    return { operation: 'created', url: created.html_url, number: created.number };
  } catch (error) {
    // Another run opened it since we looked (GitHub's 422): update that one, as if found first.
    const opened =
      alreadyExists(error) && (await openPullRequest(octokit, owner, repo, branch, base));
    if (!opened) throw explainCreateError(error, branch);
    return update(opened);
  }
}

type OpenPullRequest = NonNullable<Awaited<ReturnType<typeof openPullRequest>>>;

function none(open: { html_url: string; number: number } | undefined): PullRequestResult {
  return open
    ? { operation: 'none', url: open.html_url, number: open.number }
    : { operation: 'none' };
}

async function openPullRequest(
  octokit: Octokit,
  owner: string,
  repo: string,
  branch: string,
  base: string,
) {
  const { data } = await octokit.rest.pulls.list({
    owner,
    repo,
    head: `${owner}:${branch}`,
    base,
    state: 'open',
  });
  return data[0];
}

async function createPullRequest(settings: PullRequestSettings, branch: string, body: string) {
  const { octokit, owner, repo, base, title } = settings;
  const { data } = await octokit.rest.pulls.create({
    owner,
    repo,
    head: branch,
    base,
    title,
    body,
    ...(settings.draft ? { draft: true } : {}),
  });
  return data;
}

/**
 * GitHub's answer to a pull request opened twice: 422 Validation Failed, with the error
 * "A pull request already exists for owner:branch." (docs/reliability.md, publishing).
 */
function alreadyExists(error: unknown): boolean {
  const failed = error as { status?: unknown; response?: { data?: { errors?: unknown } } } | null;
  const errors = failed?.response?.data?.errors;
  return (
    failed?.status === 422 &&
    Array.isArray(errors) &&
    errors.some((item) => /pull request already exists/i.test(String(item?.message ?? '')))
  );
}

/** Labels and reviewers of a new pull request; later runs leave people's changes to them alone. */
async function decorate(settings: PullRequestSettings, number: number): Promise<void> {
  const { octokit, owner, repo } = settings;
  if (settings.labels && settings.labels.length > 0) {
    await octokit.rest.issues.addLabels({
      owner,
      repo,
      issue_number: number,
      labels: settings.labels,
    });
  }
  const reviewers = settings.reviewers ?? [];
  const users = reviewers.filter((name) => !name.includes('/'));
  const teams = reviewers.filter((name) => name.includes('/')).map((name) => name.split('/')[1]!);
  if (users.length > 0 || teams.length > 0) {
    await octokit.rest.pulls.requestReviewers({
      owner,
      repo,
      pull_number: number,
      ...(users.length > 0 ? { reviewers: users } : {}),
      ...(teams.length > 0 ? { team_reviewers: teams } : {}),
    });
  }
}

/** See the top of this file: the checks that make the force-with-lease safe. */
async function ownedBranchSha(
  git: Git,
  target: PullRequestTarget,
  branch: string,
): Promise<string> {
  const { octokit, owner, repo, base } = target;
  if (branch === base) {
    throw new Error(
      `The pull request branch '${branch}' is the base branch; choose a branch of its own.`,
    );
  }
  const { data: repository } = await octokit.rest.repos.get({ owner, repo });
  if (branch === repository.default_branch) {
    throw new Error(
      `The pull request branch '${branch}' is the repository's default branch; choose a branch of its own.`,
    );
  }
  // GitHub shows `permissions` to user tokens (not to GITHUB_TOKEN, checked by the dry-run push).
  if (repository.permissions && !repository.permissions.push) {
    throw new Error(
      `The github-token may not push to ${owner}/${repo}, so it cannot open a pull request: pass a token with write access to its contents and pull requests.`,
    );
  }
  const ref = `refs/heads/${branch}`;
  const listed = await git.output(['ls-remote', 'origin', ref], { authenticate: true });
  // ls-remote matches patterns by their tail; keep the exact ref only.
  const exact = listed.split('\n').find((line) => line.endsWith(`\t${ref}`));
  const remoteSha = exact?.split('\t')[0] ?? '';
  if (!remoteSha) return '';
  await fetchOne(git, ref);
  const [author, committer, trailer] = (
    await git.output([
      'log',
      '-1',
      `--format=%ae%n%ce%n%(trailers:key=${BRANCH_TRAILER},valueonly)`,
      remoteSha,
    ])
  ).split('\n');
  if (author !== BOT_EMAIL || committer !== BOT_EMAIL || trailer?.trim() !== branch) {
    throw new Error(
      `The pull request branch '${branch}' holds commits asset-forge did not make (its tip ${remoteSha.slice(0, 12)} is by ${author}); refusing to replace them. Choose a branch of its own with \`branch\`, or delete that branch.`,
    );
  }
  return remoteSha;
}

/**
 * Points the remote branch at `sha`, unless it already holds the same files, replacing only
 * `remoteSha` (empty: the branch must not exist yet). Returns whether it moved.
 */
async function replaceBranch(
  git: Git,
  branch: string,
  sha: string,
  remoteSha: string,
): Promise<boolean> {
  const ref = `refs/heads/${branch}`;
  if (
    remoteSha &&
    (await git.output(['rev-parse', `${remoteSha}^{tree}`])) ===
      (await git.output(['rev-parse', `${sha}^{tree}`]))
  ) {
    return false;
  }
  await git.run(['push', `--force-with-lease=${ref}:${remoteSha}`, 'origin', `${sha}:${ref}`], {
    authenticate: true,
  });
  return true;
}

async function fetchOne(git: Git, ref: string): Promise<void> {
  // One commit is enough to read it; a full fetch into a shallow checkout would pull the
  // whole history, and --depth in a full clone would make it shallow.
  const shallow = (await git.output(['rev-parse', '--is-shallow-repository'])) === 'true';
  const depth = shallow ? ['--depth=1'] : [];
  await git.run(['fetch', '--no-tags', ...depth, 'origin', ref], { authenticate: true });
}

async function changedPaths(
  git: Git,
  base: string,
  head: string,
): Promise<PullRequestCommit['changed']> {
  const listed = await git.output(['diff', '--name-status', '--no-renames', '-z', base, head]);
  const fields = listed.split('\0').filter(Boolean);
  const changed: PullRequestCommit['changed'] = new Map();
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const status = fields[i];
    if (status === 'A') changed.set(fields[i + 1]!, 'added');
    else if (status === 'M') changed.set(fields[i + 1]!, 'modified');
  }
  return changed;
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
