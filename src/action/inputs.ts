// Every action input, read in one place into one typed, validated settings object.
import * as core from '@actions/core';
import { PROVIDER_NAMES, type ProviderName } from '../providers/types.js';
import { parseShard, type Shard } from '../shard.js';

export type Mode = 'plan' | 'generate' | 'comment';
export type PublishTarget = 'commit' | 'pull-request' | 'artifact';

export interface ActionSettings {
  manifest: string;
  mode: Mode;
  planFile?: string;
  provider: ProviderName;
  apiKey?: string;
  baseUrl?: string;
  budget?: number;
  force: string;
  only: string;
  concurrency: number;
  /** Minutes from the start: past it no request is sent (SPEC 6). */
  deadline?: number;
  shard?: Shard;
  publish: PublishTarget[];
  commitMessage: string;
  branch?: string;
  artifactName: string;
  retentionDays?: number;
  pullRequest: { draft: boolean; labels: string[]; reviewers: string[] };
  comment: 'auto' | 'true' | 'false';
  githubToken?: string;
  failOn: 'error' | 'never';
  workspace: string;
}

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(input: string, message: string) {
    super(`input \`${input}\`: ${message}`);
  }
}

export const DEFAULT_COMMIT_MESSAGE =
  'chore(assets): regenerate {count} assets ({credits} credits)';

/** Reads the inputs; the api-key and github-token are registered as secrets before anything else. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const apiKey = input('api-key');
  if (apiKey) core.setSecret(apiKey);
  const githubToken = input('github-token');
  if (githubToken) core.setSecret(githubToken);

  const mode = oneOf('mode', ['plan', 'generate', 'comment'] as const, 'generate');
  const provider = oneOf('provider', PROVIDER_NAMES, 'nanobanana');
  const planFile = input('plan-file');
  if (mode === 'comment' && !planFile) {
    throw new InputError(
      'plan-file',
      'mode `comment` needs the plan file written by an earlier plan run',
    );
  }
  if (mode === 'generate' && provider !== 'offline' && !apiKey) {
    throw new InputError(
      'api-key',
      `mode \`generate\` with provider ${provider} needs a key: pass it from a secret (api-key: \${{ secrets.IMAGE_API_KEY }}), or use mode \`plan\` or provider offline`,
    );
  }
  const shardText = input('shard');
  const shard = shardText ? parseShard(shardText) : undefined;
  if (shardText && !shard)
    throw new InputError('shard', `'${shardText}' is not i/n (for example 1/3)`);
  const baseUrl = input('base-url');
  if (baseUrl && !/^https?:\/\/[^\s]+$/.test(baseUrl)) {
    throw new InputError('base-url', `'${baseUrl}' is not an http(s) URL`);
  }
  const budget = optionalNumber('budget', 0);
  const retentionDays = optionalNumber('retention-days', 1);
  const planFileSetting = planFile ? { planFile } : {};

  return {
    manifest: input('manifest') || 'assets.yml',
    mode,
    ...planFileSetting,
    provider,
    ...(apiKey ? { apiKey } : {}),
    ...(baseUrl ? { baseUrl } : {}),
    ...(budget !== undefined ? { budget } : {}),
    force: input('force') || 'false',
    only: input('only'),
    concurrency: optionalNumber('concurrency', 1) ?? 4,
    ...optional('deadline', optionalNumber('deadline', 1)),
    ...(shard ? { shard } : {}),
    publish: publishTargets(input('publish') || 'commit'),
    commitMessage: input('commit-message') || DEFAULT_COMMIT_MESSAGE,
    ...(input('branch') ? { branch: input('branch') } : {}),
    artifactName: input('artifact-name') || 'generated-assets',
    pullRequest: {
      draft: oneOf('pull-request-draft', ['true', 'false'] as const, 'false') === 'true',
      labels: list('pull-request-labels'),
      reviewers: reviewerList(),
    },
    ...(retentionDays !== undefined ? { retentionDays } : {}),
    comment: oneOf('comment', ['auto', 'true', 'false'] as const, 'auto'),
    ...(githubToken ? { githubToken } : {}),
    failOn: oneOf('fail-on', ['error', 'never'] as const, 'error'),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
  };
}

function input(name: string): string {
  return core.getInput(name).trim();
}

/** Comma- or newline-separated names, as other actions take lists. */
function list(name: string): string[] {
  return input(name)
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Users (octocat, @octocat) and teams (org/team). */
function reviewerList(): string[] {
  const reviewers = list('pull-request-reviewers').map((name) => name.replace(/^@/, ''));
  for (const name of reviewers) {
    if (!/^[A-Za-z0-9-]+(\/[A-Za-z0-9_.-]+)?$/.test(name)) {
      throw new InputError('pull-request-reviewers', `'${name}' is not a user name or an org/team`);
    }
  }
  return reviewers;
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = input(name) || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(name, `'${value}' is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function optionalNumber(name: string, min: number): number | undefined {
  const text = input(name);
  if (!text) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    throw new InputError(name, `'${text}' is not a whole number of ${min} or more`);
  }
  return value;
}

function publishTargets(text: string): PublishTarget[] {
  const names = text.split(/[\s,]+/).filter(Boolean);
  const allowed = ['commit', 'pull-request', 'artifact', 'none'];
  for (const name of names) {
    if (!allowed.includes(name))
      throw new InputError('publish', `'${name}' is not one of ${allowed.join(', ')}`);
  }
  if (names.includes('none') && names.length > 1) {
    throw new InputError('publish', '`none` cannot be combined with other targets');
  }
  return names.filter((name): name is PublishTarget => name !== 'none');
}
