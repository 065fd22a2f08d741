// Keeps every path the manifest names inside the repository: no absolute paths, no `..` escapes,
// no symlinks that lead out, and the same rules on every runner OS.
import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, join, posix, relative, sep } from 'node:path';

export type ConfinedPath =
  | { ok: true /** relative to the repository root, posix */; fromRoot: string; absolute: string }
  | { ok: false; reason: string; fix: string };

const WINDOWS_ABSOLUTE = /^([a-zA-Z]:|[\\/]{2})/;

/** Resolves `path` (written relative to `baseDir`) and checks that it stays inside `root`. */
export function confinePath(root: string, baseDir: string, path: string): ConfinedPath {
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
  const fromRootRaw = posix.normalize(posix.join(toPosix(relative(root, baseDir)), path));
  if (fromRootRaw === '.') return refuse('it names the repository folder itself', 'name a file');
  if (fromRootRaw === '..' || fromRootRaw.startsWith('../')) {
    return refuse(
      'it leaves the repository',
      'keep it inside the repository (no .. past its root)',
    );
  }
  const absolute = join(root, ...fromRootRaw.split('/'));
  const leakingLink = symlinkEscape(root, fromRootRaw);
  if (leakingLink) {
    return refuse(
      `${leakingLink} is a symbolic link that leads out of the repository`,
      'use a path inside the repository',
    );
  }
  return { ok: true, fromRoot: fromRootRaw, absolute };
}

/** The first existing component of the path that resolves outside the root, if any. */
function symlinkEscape(root: string, fromRoot: string): string | undefined {
  const realRoot = existsSync(root) ? realpathSync(root) : root;
  let current = root;
  for (const part of fromRoot.split('/')) {
    current = join(current, part);
    if (!existsSync(current) && !isDanglingLink(current)) return undefined;
    if (!lstatSync(current).isSymbolicLink()) continue;
    const target = existsSync(current) ? realpathSync(current) : undefined;
    if (!target || !isInside(realRoot, target)) return toPosix(relative(root, current));
  }
  return undefined;
}

function isDanglingLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
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
