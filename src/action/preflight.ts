// Everything about publishing that can be known before a credit is spent, checked before it
// is spent (SPEC 7): a detached HEAD with no `branch`, outputs that git ignores, a branch that
// cannot be pushed or that asset-forge does not own, no token for a pull request, no artifact
// service. All problems are reported at once.
import { artifactUnavailable } from '../github/artifact.js';
import type { EventContext, Octokit } from '../github/client.js';
import { checkedOutBranch, pushProblem } from '../github/commit.js';
import { createGit, ignoredPaths } from '../github/git.js';
import { checkPullRequestBranch, DEFAULT_PR_BRANCH } from '../github/pull-request.js';
import type { Plan } from '../plan.js';
import type { ActionSettings } from './inputs.js';
import { pullRequestBase } from './publish.js';

export interface PreflightRequest {
  settings: ActionSettings;
  /** Workspace-relative paths the run will write, the lock file included. */
  outputs: string[];
  octokit?: Octokit;
  event?: EventContext;
  env: NodeJS.ProcessEnv;
}

export async function checkBeforeSpending(request: PreflightRequest): Promise<void> {
  const { settings, env } = request;
  const targets = settings.publish;
  const problems: string[] = [];
  const problem = async (target: string, check: () => Promise<string | undefined>) => {
    try {
      const found = await check();
      if (found) problems.push(`${target}: ${found}`);
    } catch (error) {
      problems.push(`${target}: ${(error as Error).message}`);
    }
  };
  const git = createGit(settings.workspace, settings.githubToken);

  if (targets.includes('commit') || targets.includes('pull-request')) {
    await problem('git', async () => {
      const ignored = await ignoredPaths(git, request.outputs);
      if (ignored.length === 0) return undefined;
      return `git ignores ${ignored.join(', ')}: they could never be committed; change the output path or the .gitignore rule (git check-ignore -v <path> names it)`;
    });
  }
  if (targets.includes('commit')) {
    await problem('commit', async () =>
      pushProblem(git, settings.branch || (await checkedOutBranch(git))),
    );
  }
  if (targets.includes('pull-request')) {
    await problem('pull-request', async () => {
      const { octokit, event } = request;
      if (!octokit || !event) return 'a github-token is needed to open a pull request';
      const branch = settings.branch || DEFAULT_PR_BRANCH;
      const lease = await checkPullRequestBranch({
        octokit,
        owner: event.owner,
        repo: event.repo,
        cwd: settings.workspace,
        branch,
        base: pullRequestBase(env),
        ...(settings.githubToken ? { token: settings.githubToken } : {}),
      });
      return pushProblem(git, branch, lease);
    });
  }
  if (targets.includes('artifact')) {
    await problem('artifact', async () => artifactUnavailable(env));
  }
  if (problems.length > 0) {
    throw new Error(
      `Nothing was generated and nothing spent: publishing could not succeed. ${problems.join('; ')}`,
    );
  }
}

/** The files the selected assets write, relative to the manifest's folder. */
export function plannedOutputs(plan: Plan): string[] {
  return plan.items
    .filter((item) => item.selected)
    .flatMap(({ asset }) => [asset.out, ...asset.renditions.map((rendition) => rendition.out)]);
}
