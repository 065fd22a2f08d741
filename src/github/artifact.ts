// Publish the generated files as a workflow artifact (one zip) through @actions/artifact.
// Needs the runner's ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL; GITHUB_RETENTION_DAYS,
// when set, caps the retention asked for.
import { resolve } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';

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
}

export async function uploadFilesArtifact(settings: ArtifactSettings): Promise<ArtifactResult> {
  const { name, rootDirectory, retentionDays } = settings;
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter(
    (key) => !process.env[key],
  );
  if (missing.length > 0) {
    throw new Error(
      `cannot upload the artifact: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set (the runner sets them for actions in a GitHub Actions job; a run elsewhere cannot publish an artifact)`,
    );
  }
  // @actions/artifact resolves relative paths against the process's cwd, not rootDirectory.
  const files = settings.files.map((file) => resolve(rootDirectory, file));
  const { id, size } = await new DefaultArtifactClient().uploadArtifact(
    name,
    files,
    rootDirectory,
    // Images are compressed already; zipping them again costs time and saves nothing.
    { retentionDays, compressionLevel: 0 },
  );
  return { id, size };
}
