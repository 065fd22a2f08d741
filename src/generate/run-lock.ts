// One run at a time per workspace (SPEC 4): a second run on the same manifest while one is
// generating stops before anything is spent, with a message that says who holds the lock.
//
// A lock file made whole then linked into place (link fails when the name exists: atomic like
// O_EXCL, and never seen empty) holding the owner's pid, host and start time, rather than
// proper-lockfile's mkdir + mtime: that one calls a lock stale only after its `stale` period
// without an mtime update (a timer in every run), so a run killed with -9 would block the next
// for that long; a pid on the same host is known dead at once. A lock whose pid is alive but
// that is older than a day (a pid reused after a reboot) is taken over too.
import {
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { processIsRunning } from '../lockfile.js';

/** The folder beside the lock file where a run keeps its own state (run lock, journal). */
export function stateDirFor(lockPath: string): string {
  return join(dirname(lockPath), '.asset-forge');
}

/** A folder, not a link to one: a pull request can commit a link in place of our state folders. */
export function isRealFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Creates a state folder; throws when a link (or a file) holds its name. */
export function ensureRealFolder(path: string): void {
  mkdirSync(path, { recursive: true });
  if (!isRealFolder(path)) {
    throw new Error(
      `${path} is not a folder but a link (or a file): asset-forge keeps a run's state there and never follows it out of the repository; remove it`,
    );
  }
}

export class RunLockedError extends Error {
  override readonly name = 'RunLockedError';
}

interface Owner {
  pid: number;
  host: string;
  startedAt: string;
}

const STALE_AFTER_MS = 24 * 3600_000;
/** The lock file is ours to read: anything bigger is not one. */
const MAX_LOCK_BYTES = 1024;

/** Takes the workspace's run lock; returns its release. Throws RunLockedError when held. */
export function acquireRunLock(
  lockPath: string,
  options: { isRunning?: (pid: number) => boolean; now?: () => number } = {},
): () => void {
  const isRunning = options.isRunning ?? processIsRunning;
  const now = options.now ?? Date.now;
  const dir = stateDirFor(lockPath);
  const path = join(dir, 'run.lock');
  try {
    ensureRealFolder(dir);
  } catch (error) {
    throw new RunLockedError(
      `could not take the run lock; nothing was spent: ${(error as Error).message}`,
    );
  }
  const mine = join(dir, `run.lock.${process.pid}.tmp`);
  const owner: Owner = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date(now()).toISOString(),
  };
  writeFileSync(mine, JSON.stringify(owner), { mode: 0o600 });
  try {
    for (let tries = 0; tries < 3; tries++) {
      if (linkInto(mine, path)) {
        let released = false;
        return () => {
          if (released) return;
          released = true;
          rmSync(path, { force: true });
          try {
            rmdirSync(dir); // only when empty: nothing else of ours is kept there
          } catch {
            // not empty, or gone
          }
        };
      }
      const holder = readOwner(path);
      if (holder && isLive(holder, isRunning, now())) {
        throw new RunLockedError(
          `another asset-forge run (pid ${holder.pid} on ${holder.host}, started ${holder.startedAt}) is generating for this manifest; nothing was spent. Wait for it to end and run again, or remove ${path} if that run is gone.`,
        );
      }
      rmSync(path, { force: true }); // its owner is gone (killed): the lock is stale
    }
  } finally {
    rmSync(mine, { force: true });
  }
  throw new RunLockedError(`could not take the run lock ${path}; nothing was spent`);
}

/** Links `from` to `to`; false when `to` exists. */
function linkInto(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function isLive(owner: Owner, isRunning: (pid: number) => boolean, now: number): boolean {
  if (owner.host !== hostname()) return true; // another machine's: we cannot tell, so respect it
  const age = now - Date.parse(owner.startedAt);
  return isRunning(owner.pid) && !(age > STALE_AFTER_MS);
}

/** The owner written in the lock; undefined when it is not a lock we wrote (empty, cut, other). */
function readOwner(path: string): Owner | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    if (text.length > MAX_LOCK_BYTES) return undefined;
    const value = JSON.parse(text) as Partial<Owner>;
    if (!Number.isSafeInteger(value.pid) || typeof value.host !== 'string') return undefined;
    if (typeof value.startedAt !== 'string') return undefined;
    return value as Owner;
  } catch {
    return undefined;
  }
}
