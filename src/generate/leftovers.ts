// What a killed run leaves behind, and how the next run clears it. A run killed between the
// write of a file and its rename leaves `.<name>.asset-forge-<pid>-<n>.tmp` beside the output or
// the lock file or a journal entry; a run killed at any time leaves its temp folder of downloads. The next run
// removes both before it starts, and only those: other files are never touched.
import { lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTemporaryName, processIsRunning, removeStaleTemporaries } from '../lockfile.js';
import type { Manifest } from '../manifest/types.js';
import { journalDirFor } from './journal.js';
import { isRealFolder } from './run-lock.js';

const RUN_FOLDER = /^asset-forge-run-(\d+)-/;

/** The run's folder for downloads, named after the process so that a later run can clear it. */
export function createRunFolder(parent: string = tmpdir()): string {
  return mkdtempSync(join(parent, `asset-forge-run-${process.pid}-`));
}

/**
 * Removes the leftovers of killed runs: the temporaries beside every output of the manifest
 * (all its assets, whatever this run selects) and beside the lock file; and the download
 * folders of runs whose process is gone (owned by this user, never followed through a link).
 * Returns the paths removed.
 */
export function removeLeftovers(
  manifest: Pick<Manifest, 'assets' | 'dir'>,
  lockPath: string,
  options: { tempParent?: string; isRunning?: (pid: number) => boolean } = {},
): string[] {
  const isRunning = options.isRunning ?? processIsRunning;
  const targets = manifest.assets.flatMap((asset) =>
    [asset.out, ...asset.renditions.map((rendition) => rendition.out)].map((path) =>
      join(manifest.dir, ...path.split('/')),
    ),
  );
  const removed = removeStaleTemporaries(
    [...targets, lockPath, ...journalTargets(lockPath)],
    isRunning,
  );
  removed.push(...removeStaleRunFolders(options.tempParent ?? tmpdir(), isRunning));
  return removed;
}

/**
 * The journal's entries are named by spec hash, not by the manifest, so the entry a killed
 * run was writing is known only from its temporary's name.
 */
function journalTargets(lockPath: string): string[] {
  const dir = journalDirFor(lockPath);
  if (!isRealFolder(dir)) return []; // none yet, or a link: nothing of ours there
  return readdirSync(dir).flatMap((entry) => {
    const parsed = parseTemporaryName(entry);
    return parsed ? [join(dir, parsed.target)] : [];
  });
}

function removeStaleRunFolders(parent: string, isRunning: (pid: number) => boolean): string[] {
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return [];
  }
  const uid = process.getuid?.();
  const removed: string[] = [];
  for (const entry of entries) {
    const pid = Number(RUN_FOLDER.exec(entry)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    const path = join(parent, entry);
    try {
      const stats = lstatSync(path);
      if (!stats.isDirectory() || (uid !== undefined && stats.uid !== uid)) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
  return removed;
}
