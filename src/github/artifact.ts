// Publish the generated files as a workflow artifact (one zip) through @actions/artifact.
// Needs the runner's ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL; GITHUB_RETENTION_DAYS,
// when set, caps the retention asked for. @actions/artifact 2 and later (upload-artifact@v4
// and later) do not work on GitHub Enterprise Server: see the README's Limits.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';

type Env = Record<string, string | undefined>;

export interface ArtifactSettings {
  name: string;
  /** Paths relative to rootDirectory, or absolute paths inside it. */
  files: string[];
  /** Entries in the zip are named relative to this folder. */
  rootDirectory: string;
  retentionDays?: number;
}

export interface ArtifactResult {
  id?: number;
  size?: number;
  /** The artifact's page, as actions/upload-artifact outputs it. */
  url?: string;
  /** The files that went into the zip. */
  files: string[];
}

/**
 * Why this job cannot upload an artifact, or undefined when it can: asked before anything
 * is spent. The GHES test is @actions/artifact's own (any host but github.com, *.ghe.com and
 * *.localhost).
 */
export function artifactUnavailable(env: Env = process.env): string | undefined {
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((key) => !env[key]);
  if (missing.length > 0) {
    return `cannot upload the artifact: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set (the runner sets them for actions in a GitHub Actions job; a run elsewhere cannot publish an artifact)`;
  }
  const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
  if (host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost')) {
    return `cannot upload the artifact: ${host} looks like GitHub Enterprise Server, where @actions/artifact 2 and later do not work; publish a commit or pull request instead, or upload the \`files\` output with actions/upload-artifact@v3`;
  }
  return undefined;
}

/**
 * Uploads the files that exist now: a path the run deleted (pruned) is not an output, and
 * handing it to the upload would fail it. Uploads nothing when none is left.
 */
export async function uploadFilesArtifact(
  settings: ArtifactSettings,
  env: Env = process.env,
): Promise<ArtifactResult> {
  const { name, rootDirectory, retentionDays } = settings;
  const problem = artifactUnavailable(env);
  if (problem) throw new Error(problem);
  // @actions/artifact resolves relative paths against the process's cwd, not rootDirectory.
  const present = settings.files.filter((file) => isFile(resolve(rootDirectory, file)));
  if (present.length === 0) return { files: [] };
  const { id, size } = await new DefaultArtifactClient().uploadArtifact(
    name,
    present.map((file) => resolve(rootDirectory, file)),
    rootDirectory,
    // Images are compressed already; zipping them again costs time and saves nothing.
    { retentionDays, compressionLevel: 0 },
  );
  const url = id !== undefined ? artifactUrl(id, env) : undefined;
  return {
    ...(id !== undefined ? { id } : {}),
    ...(size !== undefined ? { size } : {}),
    ...(url ? { url } : {}),
    files: present,
  };
}

/** https://github.com/<owner>/<repo>/actions/runs/<run id>/artifacts/<id>, when the run is known. */
export function artifactUrl(id: number, env: Env = process.env): string | undefined {
  const { GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  if (!repository || !runId) return undefined;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${repository}/actions/runs/${runId}/artifacts/${id}`;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
