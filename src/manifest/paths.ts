// Keeps every path the manifest names inside the repository: no absolute paths, no `..` escapes,
// no symlinks that lead out, and the same rules on every runner OS.
import { existsSync, lstatSync, realpathSync, type Stats } from 'node:fs';
import { isAbsolute, join, posix, relative, sep } from 'node:path';

export type ConfinedPath =
  | { ok: true /** relative to the repository root, posix */; fromRoot: string; absolute: string }
  | { ok: false; reason: string; fix: string };

const WINDOWS_ABSOLUTE = /^([a-zA-Z]:|[\\/]{2})/;
/** The longest file or folder name ext4, APFS and NTFS take (in bytes, or UTF-16 units). */
const MAX_NAME_BYTES = 255;

/**
 * What lstat found at each path, shared by the checks of one manifest load, where thousands of
 * paths share a few folders. Never kept longer: a write checks its path afresh.
 */
export type LstatCache = Map<string, Stats | undefined>;

/** Resolves `path` (written relative to `baseDir`) and checks that it stays inside `root`. */
export function confinePath(
  root: string,
  baseDir: string,
  path: string,
  lstats?: LstatCache,
): ConfinedPath {
  if (path.includes('\0')) return refuse('it contains a NUL character', 'remove it');
  // Absolute first: `C:\x` must not be "fixed" into the absolute `C:/x`.
  if (path.startsWith('/') || WINDOWS_ABSOLUTE.test(path) || isAbsolute(path)) {
    return refuse('it is absolute', 'write it relative to the manifest folder');
  }
  if (path.includes('\\')) {
    return refuse(
      'it contains a backslash',
      `write it with forward slashes: ${path.replaceAll('\\', '/')}`,
    );
  }
  const tooLong = path.split('/').find((name) => Buffer.byteLength(name) > MAX_NAME_BYTES);
  if (tooLong !== undefined) {
    return refuse(
      `a name in it is ${Buffer.byteLength(tooLong)} bytes long, more than file systems take (${MAX_NAME_BYTES})`,
      'use shorter folder and file names',
    );
  }
  const fromRootRaw = posix.normalize(posix.join(toPosix(relative(root, baseDir)), path));
  if (fromRootRaw === '.') return refuse('it names the repository folder itself', 'name a file');
  if (fromRootRaw === '..' || fromRootRaw.startsWith('../')) {
    return refuse(
      'it leaves the repository',
      'keep it inside the repository (no .. past its root)',
    );
  }
  if (fromRootRaw.split('/').some(isGitFolderName)) {
    return refuse(
      'it is inside .git, where git keeps its own data (a file there is never committed)',
      'write it outside .git, for example under assets/generated/',
    );
  }
  const absolute = join(root, ...fromRootRaw.split('/'));
  const leakingLink = symlinkEscape(root, fromRootRaw, lstats);
  if (leakingLink) {
    return refuse(
      `${leakingLink} is a symbolic link that leads out of the repository`,
      'use a path inside the repository',
    );
  }
  return { ok: true, fromRoot: fromRootRaw, absolute };
}

/**
 * `.git` however a file system may spell it: in any case (macOS, Windows), and with the
 * trailing dots and spaces Windows drops from names.
 */
function isGitFolderName(name: string): boolean {
  return name.replace(/[. ]+$/, '').toLowerCase() === '.git';
}

/**
 * The name two output paths share when they are one file on some runner: Unicode's composed
 * and decomposed spellings of a name (NFC, NFD) are one file on macOS, and names that differ
 * only in case are one file on macOS and Windows.
 */
export function collisionKey(path: string): string {
  return path.normalize('NFC').toUpperCase().toLowerCase();
}

/** The first existing component of the path that resolves outside the root, if any. */
function symlinkEscape(root: string, fromRoot: string, lstats?: LstatCache): string | undefined {
  let current = root;
  for (const part of fromRoot.split('/')) {
    current = join(current, part);
    // One lstat a component (a plan checks thousands of paths): nothing there, nothing below.
    const stats = lstats?.has(current) ? lstats.get(current) : lstatOrNothing(current);
    lstats?.set(current, stats);
    if (!stats) return undefined;
    if (!stats.isSymbolicLink()) continue;
    const realRoot = existsSync(root) ? realpathSync(root) : root;
    const target = existsSync(current) ? realpathSync(current) : undefined;
    if (!target || !isInside(realRoot, target)) return toPosix(relative(root, current));
  }
  return undefined;
}

function lstatOrNothing(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined; // not ours to look into (EACCES, ENOTDIR): as if nothing were there
  }
}

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function refuse(reason: string, fix: string): ConfinedPath {
  return { ok: false, reason, fix };
}
