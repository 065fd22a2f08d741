// assets.lock.json: what was generated from which spec, so a run generates only what changed.
import { createHash } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { Asset } from './manifest/types.js';
import { formatSize } from './sizes.js';

export const LOCK_FILE_NAME = 'assets.lock.json';
export const LOCK_VERSION = 1;

export interface LockedFile {
  /** Relative to the manifest folder, posix separators. */
  path: string;
  sha256: string;
}

export interface LockEntry {
  specHash: string;
  files: LockedFile[];
  model: string;
  provider: string;
  credits: number;
  generatedAt: string;
  requestId?: string;
}

export interface LockFile {
  version: typeof LOCK_VERSION;
  assets: Record<string, LockEntry>;
}

export class LockFileInvalidError extends Error {
  override readonly name = 'LockFileInvalidError';
}

export function lockPathFor(manifestFile: string): string {
  return join(dirname(manifestFile), LOCK_FILE_NAME);
}

export function emptyLock(): LockFile {
  return { version: LOCK_VERSION, assets: {} };
}

/**
 * The hash of what decides the pixels: prompt after substitution, size, quality, model chain,
 * reference images (file contents by digest), format and renditions. Output paths are not in it:
 * a moved output is caught as a missing file instead.
 */
export function specHash(
  asset: Asset,
  referenceDigest: (path: string) => string | undefined,
): string {
  const normalized = {
    prompt: asset.prompt,
    size: formatSize(asset.size),
    quality: asset.quality,
    models: [asset.model, ...asset.fallback],
    images: asset.images.map((ref) =>
      ref.kind === 'url' ? ref.url : { file: ref.path, sha256: referenceDigest(ref.path) ?? null },
    ),
    format: asset.format,
    renditions: asset.renditions.map((r) => [r.out, formatSize(r.size), r.format]),
  };
  return `sha256:${createHash('sha256').update(JSON.stringify(normalized)).digest('hex')}`;
}

export function readLock(path: string): LockFile {
  if (!existsSync(path)) return emptyLock();
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new LockFileInvalidError(
      `${path} is not valid JSON (${(error as Error).message}); fix it, or delete it to regenerate every asset`,
    );
  }
  const version = (data as Partial<LockFile> | null)?.version;
  if (typeof version === 'number' && version !== LOCK_VERSION) {
    throw new LockFileInvalidError(
      `${path} has version ${version}, but this asset-forge reads version ${LOCK_VERSION}; use the asset-forge that wrote it, or delete it to regenerate every asset`,
    );
  }
  if (!isLockFile(data)) {
    throw new LockFileInvalidError(
      `${path} is not an asset-forge lock file of version ${LOCK_VERSION}; delete it to regenerate every asset`,
    );
  }
  return data;
}

function isLockFile(data: unknown): data is LockFile {
  if (typeof data !== 'object' || data === null) return false;
  const lock = data as Partial<LockFile>;
  return (
    lock.version === LOCK_VERSION &&
    typeof lock.assets === 'object' &&
    lock.assets !== null &&
    !Array.isArray(lock.assets) &&
    Object.values(lock.assets).every(
      (entry) =>
        typeof entry?.specHash === 'string' &&
        Array.isArray(entry.files) &&
        entry.files.every(isLockedFile),
    )
  );
}

/** A file the lock names: a plain relative path (pruning deletes it), never one that leaves. */
function isLockedFile(file: unknown): file is LockedFile {
  const { path, sha256 } = (file ?? {}) as Partial<LockedFile>;
  return (
    typeof sha256 === 'string' &&
    typeof path === 'string' &&
    path !== '' &&
    !path.startsWith('/') &&
    !/^[a-zA-Z]:/.test(path) &&
    !path.includes('\\') &&
    !path.includes('\0') &&
    !path.split('/').includes('..')
  );
}

/** Sorted by id, two-space indent, final newline: stable diffs in pull requests. */
export function serializeLock(lock: LockFile): string {
  const assets = Object.fromEntries(
    Object.keys(lock.assets)
      .sort()
      .map((id) => [id, lock.assets[id]]),
  );
  return `${JSON.stringify({ version: lock.version, assets }, null, 2)}\n`;
}

/** Write to a temporary file, then rename: a killed run never leaves half a lock file. */
export function writeFileAtomic(path: string, contents: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temporary, contents);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

export function writeLock(path: string, lock: LockFile): void {
  writeFileAtomic(path, serializeLock(lock));
}

export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

export function sha256Bytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
