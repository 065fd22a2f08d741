// assets.lock.json: what was generated from which spec, so a run generates only what changed.
import { createHash } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  lstatSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { realpath, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { FileTooLargeError, readTextCapped } from './bounded-read.js';
import { isInside } from './manifest/paths.js';
import { ASSET_ID_PATTERN } from './manifest/schema.js';
import type { Asset } from './manifest/types.js';
import { MAX_PROVIDER_VALUE } from './redact.js';
import { formatSize } from './sizes.js';
import { HIDDEN_OR_CONTROL } from './text-safety.js';

export const LOCK_FILE_NAME = 'assets.lock.json';
export const LOCK_VERSION = 1;

/** More than any repository's lock file: 100,000 assets of a few renditions. */
export const MAX_LOCK_BYTES = 64 * 1024 * 1024;
const MAX_ASSETS = 100_000;
const MAX_FILES_PER_ASSET = 1_000;

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * What decides the pixels: prompt after substitution, size, quality, model chain, reference
 * images (file contents by digest), format and renditions ([out, size, format] each). Output
 * paths are not in it: a moved output is caught as a missing file instead. A lock file is
 * untrusted (a pull request can edit it), so its spec is read with bounds.
 */
const specText = (max: number) => z.string().max(max);
export const normalizedSpecSchema = z.strictObject({
  prompt: specText(10_000),
  size: specText(20),
  quality: specText(10),
  models: z.array(specText(200)).max(20),
  images: z
    .array(
      z.union([
        specText(4_000),
        z.strictObject({ file: specText(1_000), sha256: specText(64).nullable() }),
      ]),
    )
    .max(20),
  format: specText(10),
  renditions: z.array(z.tuple([specText(1_000), specText(20), specText(10)])).max(100),
});

/**
 * A path the lock names (pruning may delete it): relative to the manifest folder, posix, never
 * leaving it. Links and the rest of `out`'s rules are checked on disk when pruning.
 */
const lockedPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => !HIDDEN_OR_CONTROL.test(path), 'a path with control or invisible characters')
  .refine((path) => !path.startsWith('/') && !/^[a-zA-Z]:/.test(path), 'an absolute path')
  .refine((path) => !path.includes('\\'), 'a path with a backslash')
  .refine((path) => !path.split('/').includes('..'), 'a path with .. in it');

const lockedFileSchema = z.strictObject({
  path: lockedPath,
  sha256: z.string().regex(SHA256_HEX, 'a sha256 of 64 hex digits'),
});

const lockEntrySchema = z.strictObject({
  specHash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'sha256: and 64 hex digits'),
  /** The spec the hash was taken of, so a plan can say which field changed (old and new). */
  spec: normalizedSpecSchema.optional(),
  files: z.array(lockedFileSchema).min(1).max(MAX_FILES_PER_ASSET),
  model: z
    .string()
    .min(1)
    .max(200)
    .refine(
      (model) => !HIDDEN_OR_CONTROL.test(model),
      'a model id with control or invisible characters',
    ),
  provider: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9-]+$/),
  credits: z.number().finite().min(0).max(1e9),
  generatedAt: z.iso.datetime(),
  requestId: z
    .string()
    .max(MAX_PROVIDER_VALUE)
    .refine((id) => !HIDDEN_OR_CONTROL.test(id), 'a value with control or invisible characters')
    .optional(),
});

/** The whole lock file: every key known, every string bounded, so nesting has nowhere to hide. */
const lockFileSchema = z.strictObject({
  version: z.literal(LOCK_VERSION),
  assets: z
    .record(z.string().regex(ASSET_ID_PATTERN), lockEntrySchema)
    .refine((assets) => Object.keys(assets).length <= MAX_ASSETS, `at most ${MAX_ASSETS} assets`),
});

export type LockedFile = z.infer<typeof lockedFileSchema>;
export type LockEntry = z.infer<typeof lockEntrySchema>;
export type LockFile = z.infer<typeof lockFileSchema>;

export class LockFileInvalidError extends Error {
  override readonly name = 'LockFileInvalidError';
}

export function lockPathFor(manifestFile: string): string {
  return join(dirname(manifestFile), LOCK_FILE_NAME);
}

export function emptyLock(): LockFile {
  return { version: LOCK_VERSION, assets: {} };
}

export type NormalizedSpec = z.infer<typeof normalizedSpecSchema>;

export function normalizedSpec(
  asset: Asset,
  referenceDigest: (path: string) => string | undefined,
): NormalizedSpec {
  return {
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
}

/** The hash of the normalized spec (its key order is part of the hash: keep it). */
export function hashSpec(spec: NormalizedSpec): string {
  return `sha256:${createHash('sha256').update(JSON.stringify(spec)).digest('hex')}`;
}

export function specHash(
  asset: Asset,
  referenceDigest: (path: string) => string | undefined,
): string {
  return hashSpec(normalizedSpec(asset, referenceDigest));
}

/**
 * The lock file, validated in full (SPEC §5: a pull request can edit it); a missing one is
 * empty. Throws LockFileInvalidError, saying what is wrong and where, before anything is spent.
 */
export function readLock(path: string): LockFile {
  // A link could lead the read (and its error, quoting the text) to a secret outside.
  if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) {
    throw new LockFileInvalidError(
      `${path} is a symbolic link: a lock file is a plain file of the repository, and is never read or written through a link; replace the link by the file, or delete it to regenerate every asset`,
    );
  }
  if (!existsSync(path)) return emptyLock();
  const recover = 'fix it, or delete it to regenerate every asset';
  let data: unknown;
  try {
    data = JSON.parse(readTextCapped(path, MAX_LOCK_BYTES));
  } catch (error) {
    const why =
      error instanceof FileTooLargeError
        ? error.message
        : `${path} is not valid JSON (${(error as Error).message})`;
    throw new LockFileInvalidError(`${why}; ${recover}`);
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version !== LOCK_VERSION) {
    throw new LockFileInvalidError(
      `${path} has version ${version}, but this asset-forge reads version ${LOCK_VERSION}; use the asset-forge that wrote it, or delete it to regenerate every asset`,
    );
  }
  const parsed = lockFileSchema.safeParse(data);
  if (!parsed.success) {
    throw new LockFileInvalidError(
      `${path} is not a valid asset-forge lock file of version ${LOCK_VERSION}: ${describeIssues(parsed.error.issues)}; ${recover}`,
    );
  }
  return parsed.data;
}

/** The first issues, each with where it is; the keys are the file's (hostile), so cut short. */
function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const where = issue.path
      .map((part) => (typeof part === 'number' ? `[${part}]` : `.${shortKey(String(part))}`))
      .join('');
    return `${where ? `${where.replace(/^\./, '')}: ` : ''}${issue.message}`;
  });
  const more = issues.length > shown.length ? ` (and ${issues.length - shown.length} more)` : '';
  return `${shown.join('; ')}${more}`;
}

function shortKey(key: string): string {
  const plain = key.replace(/[^\w.@-]/g, '?');
  return plain.length > 40 ? `${plain.slice(0, 40)}…` : plain;
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

let temporaries = 0;

/**
 * The temporary file of an atomic write, beside its target and named after it, so that a run
 * killed between the write and the rename leaves a file the next run recognises as its own:
 * `.<name>.asset-forge-<pid>-<n>.tmp`.
 */
export function temporaryPathFor(path: string): string {
  temporaries += 1;
  return join(dirname(path), `.${basename(path)}.asset-forge-${process.pid}-${temporaries}.tmp`);
}

const TEMPORARY_NAME = /^\.(.+)\.asset-forge-(\d+)-\d+\.tmp$/;

/** The target's file name and the writer's pid of a temporary name, if it is one. */
export function parseTemporaryName(name: string): { target: string; pid: number } | undefined {
  const match = TEMPORARY_NAME.exec(name);
  return match ? { target: match[1]!, pid: Number(match[2]) } : undefined;
}

/**
 * Write to a temporary file, then rename: a killed run never leaves half a file under the
 * target's name. The temporary is created exclusively (`wx`): a link planted under its name
 * is never followed.
 */
export function writeFileAtomic(path: string, contents: string | Uint8Array): void {
  let temporary = temporaryPathFor(path);
  for (let tries = 1; ; tries++) {
    try {
      writeFileSync(temporary, contents, { flag: 'wx' });
      break;
    } catch (error) {
      // EEXIST: the name is taken (not ours to remove); anything else: a half-written file.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        rmSync(temporary, { force: true });
        throw error;
      }
      if (tries >= 5) throw error;
      temporary = temporaryPathFor(path);
    }
  }
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * writeFileAtomic off the event loop (libuv's thread pool does the writing). With `root`, the
 * write cannot follow a link out of it, whatever changes after the path was checked: Node
 * cannot open a folder by descriptor, so the temporary, once written, is looked up by its real
 * path; one outside the root is removed and the write refused, and the rename happens in the
 * real folder just checked, not through the links of `path` again.
 */
export async function writeFileAtomicAsync(
  path: string,
  contents: string | Uint8Array,
  root?: string,
): Promise<void> {
  let temporary = temporaryPathFor(path);
  for (let tries = 1; ; tries++) {
    try {
      await writeFile(temporary, contents, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        await rm(temporary, { force: true });
        throw error;
      }
      if (tries >= 5) throw error;
      temporary = temporaryPathFor(path);
    }
  }
  try {
    if (root === undefined) await rename(temporary, path);
    else await renameConfined(temporary, path, root);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Renames the written temporary, by its real path, which must be inside `root`. */
async function renameConfined(temporary: string, path: string, root: string): Promise<void> {
  const real = await realpath(temporary);
  if (!isInside(await realpath(root), real)) {
    throw new Error(
      `${path} is not written: its folder became a link that leads out of the repository`,
    );
  }
  await rename(real, join(dirname(real), basename(path)));
}

/**
 * Saves a lock file as assets finish: `save()` resolves once a write that began after the call
 * is on disk, so each finished asset is in the file before it is reported. Assets that finish
 * while a write is under way share the next write: a run of N assets writes at most N times
 * and usually far fewer, and never two writes at once.
 */
export class LockWriter {
  /** The last write queued; the next waits for it. */
  #tail: Promise<void> = Promise.resolve();
  /** A write queued and not yet begun: a caller now is in it too. */
  #pending: Promise<void> | undefined;

  /** `root`: the repository; the file is never written through a link that leads out of it. */
  constructor(
    readonly path: string,
    readonly lock: LockFile,
    readonly root: string,
  ) {}

  save(): Promise<void> {
    if (this.#pending) return this.#pending;
    const write = this.#tail
      .catch(() => undefined) // a failed write was reported to its callers; go on
      .then(() => {
        // Begins now: the state is taken now, so later callers need a write of their own.
        this.#pending = undefined;
        return writeLock(this.path, this.lock, this.root);
      });
    this.#pending = write;
    this.#tail = write;
    return write;
  }
}

/** A temporary older than this is left over whoever wrote it: a write takes milliseconds. */
const STALE_AFTER_MS = 10 * 60_000;

/**
 * Removes the temporaries that killed runs left beside `targets` (the outputs of a manifest and
 * its lock file): those of a process that is gone, or older than any write takes. Only the
 * temporaries of these targets are touched, never another file. Returns the paths removed.
 */
export function removeStaleTemporaries(
  targets: readonly string[],
  isRunning: (pid: number) => boolean = processIsRunning,
  now: number = Date.now(),
): string[] {
  const namesByFolder = new Map<string, Set<string>>();
  for (const target of targets) {
    const folder = dirname(target);
    const names = namesByFolder.get(folder) ?? new Set<string>();
    names.add(basename(target));
    namesByFolder.set(folder, names);
  }
  const removed: string[] = [];
  for (const [folder, names] of namesByFolder) {
    let entries: string[];
    try {
      entries = readdirSync(folder);
    } catch {
      continue; // not there yet: nothing to clean
    }
    for (const entry of entries) {
      const parsed = parseTemporaryName(entry);
      if (!parsed || !names.has(parsed.target)) continue;
      const path = join(folder, entry);
      try {
        const stats = lstatSync(path);
        if (!stats.isFile()) continue;
        const gone = parsed.pid !== process.pid && !isRunning(parsed.pid);
        if (!gone && now - stats.mtimeMs < STALE_AFTER_MS) continue;
        rmSync(path, { force: true });
        removed.push(path);
      } catch {
        // removed meanwhile, or not ours to remove: leave it
      }
    }
  }
  return removed;
}

/** Whether a process of this pid exists (EPERM: it does, as another user's). */
export function processIsRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * With `root`, confined like the image outputs: a pull request can commit a link in place of
 * the lock file's folder, or swap one in during the run (docs/reliability.md).
 */
export function writeLock(path: string, lock: LockFile, root?: string): Promise<void> {
  return writeFileAtomicAsync(path, serializeLock(lock), root);
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

/**
 * Two lock files in one, as when matrix shards each commit their own: every asset of either,
 * and for an asset in both, the newer entry (`generatedAt`). With `base`, the lock file both
 * started from, an entry one side left as it was and the other changed or dropped (pruned)
 * takes that side's change. Pure: neither input is modified.
 */
export function mergeLocks(ours: LockFile, theirs: LockFile, base?: LockFile): LockFile {
  const assets: Record<string, LockEntry> = {};
  const ids = new Set([...Object.keys(ours.assets), ...Object.keys(theirs.assets)]);
  for (const id of [...ids].sort()) {
    const mine = lockEntry(ours, id);
    const other = lockEntry(theirs, id);
    const before = base ? lockEntry(base, id) : undefined;
    let merged: LockEntry | undefined;
    if (base && sameEntry(mine, before)) merged = other;
    else if (base && sameEntry(other, before)) merged = mine;
    else if (!mine || !other) merged = mine ?? other;
    else merged = Date.parse(other.generatedAt) > Date.parse(mine.generatedAt) ? other : mine;
    if (merged) assets[id] = merged;
  }
  return { version: LOCK_VERSION, assets };
}

/** The lock's own entry for an id: an asset called `constructor` must not find Object.prototype's. */
export function lockEntry(lock: LockFile, id: string): LockEntry | undefined {
  return Object.hasOwn(lock.assets, id) ? lock.assets[id] : undefined;
}

function sameEntry(a: LockEntry | undefined, b: LockEntry | undefined): boolean {
  return canonical(a) === canonical(b);
}

/** JSON with every object's keys sorted: equal entries give equal text, whatever their order. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

/** A lock file from text (a git stage, say), or undefined when it is not a valid one. */
export function parseLock(text: string): LockFile | undefined {
  if (Buffer.byteLength(text) > MAX_LOCK_BYTES) return undefined;
  try {
    const parsed = lockFileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
