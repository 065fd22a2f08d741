// `prune: true` (SPEC §5): deletes only the files the lock file records as this tool's outputs.
// The lock file is text a pull request can edit, so every path it names is held to the rules of
// `out` again, on disk, and must still be the very image it wrote (sha256); anything else is
// reported and left alone. See docs/reliability.md.
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { LockFile } from './lockfile.js';
import { confinePath, isInside } from './manifest/paths.js';
import type { Manifest } from './manifest/types.js';
import type { RemovedAsset } from './plan.js';

export interface LeftAlone {
  /** Relative to the manifest folder, as the lock file names it. */
  path: string;
  reason: string;
}

export interface PruneResult {
  deleted: string[];
  leftAlone: LeftAlone[];
}

const IMAGE_NAME = /\.(png|webp|jpe?g)$/i;

/**
 * Deletes the files of `removed` assets that pass every rule, and forgets those assets in the
 * lock (the caller saves it). A path the manifest still writes (an asset renamed, an output
 * moved to another asset) is not a leftover: it is kept, silently. Only image names are
 * deleted, so the lock file (.json) never is, nor the manifest (also refused by name).
 */
export function pruneRemoved(
  removed: readonly RemovedAsset[],
  lock: LockFile,
  manifest: Pick<Manifest, 'file' | 'dir' | 'root' | 'assets'>,
): PruneResult {
  const current = new Set(
    manifest.assets.flatMap((asset) => [asset.out, ...asset.renditions.map((r) => r.out)]),
  );
  const result: PruneResult = { deleted: [], leftAlone: [] };
  for (const asset of removed) {
    const recorded = new Map(lock.assets[asset.id]?.files.map((f) => [f.path, f.sha256]) ?? []);
    for (const path of asset.files) {
      if (current.has(path)) continue;
      const verdict = pruneVerdict(path, recorded.get(path), manifest);
      if (verdict.delete) {
        rmSync(verdict.absolute, { force: true });
        result.deleted.push(path);
      } else if (verdict.reason) result.leftAlone.push({ path, reason: verdict.reason });
    }
    delete lock.assets[asset.id];
  }
  return result;
}

type Verdict = { delete: true; absolute: string } | { delete: false; reason?: string };

/** Whether `path` may be deleted; a refusal says why, and nothing there needs no reason. */
function pruneVerdict(
  path: string,
  sha256: string | undefined,
  manifest: Pick<Manifest, 'file' | 'dir' | 'root'>,
): Verdict {
  const keep = (reason: string): Verdict => ({ delete: false, reason });
  if (!IMAGE_NAME.test(path)) return keep('it is not an image file (.png, .webp, .jpg)');
  const confined = confinePath(manifest.root, manifest.dir, path);
  if (!confined.ok) return keep(confined.reason);
  const { absolute } = confined;
  if (samePath(absolute, manifest.file)) return keep('it is the manifest');
  const stats = lstatSync(absolute, { throwIfNoEntry: false });
  if (!stats) return { delete: false };
  if (!stats.isFile()) return keep('it is not a regular file');
  if (createHash('sha256').update(readFileSync(absolute)).digest('hex') !== sha256) {
    return keep(
      'it changed since asset-forge wrote it (its sha256 is not the one in the lock file)',
    );
  }
  // Last, just before the deletion: a folder swapped for a link since the checks above.
  if (!isInside(realpathSync(manifest.root), realpathSync(dirname(absolute)))) {
    return keep('its folder now leads out of the repository');
  }
  return { delete: true, absolute };
}

function samePath(a: string, b: string): boolean {
  return resolve(a).toLowerCase() === resolve(b).toLowerCase();
}
