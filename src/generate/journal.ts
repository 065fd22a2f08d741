// The journal (SPEC 4, nothing is paid twice): what the provider delivered for an asset, written
// before the download (its URL or task id), then its verified bytes, before any transform. A
// re-run after a kill or a cancel, or after a transform that failed, takes the image from here
// instead of buying it again. Entries live beside the lock file under .asset-forge/journal/,
// one per spec hash, and go once the asset is locked. A pull request can commit files there, so
// every entry is read with bounds and must carry an HMAC made with the provider's API key.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { copyFileSync, lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { sha256Bytes, writeFileAtomic } from '../lockfile.js';
import type { Delivery } from '../providers/types.js';
import { MAX_PROVIDER_VALUE } from '../redact.js';
import { ensureRealFolder, isRealFolder, stateDirFor } from './run-lock.js';

/** An entry is a few hundred bytes; a kept image at most a 4K PNG's size and then some. */
const MAX_ENTRY_BYTES = 16 * 1024;
export const MAX_KEPT_BYTES = 128 * 1024 * 1024;

const SHA256_HEX = /^[0-9a-f]{64}$/;

const entrySchema = z.strictObject({
  version: z.literal(1),
  specHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  assetId: z.string().max(200),
  model: z.string().min(1).max(200),
  credits: z.number().int().min(0).max(1_000_000),
  delivery: z
    .strictObject({
      url: z.string().url().max(8192).optional(),
      taskId: z.string().max(MAX_PROVIDER_VALUE).optional(),
      requestId: z.string().max(MAX_PROVIDER_VALUE).optional(),
    })
    .optional(),
  kept: z.strictObject({ sha256: z.string().regex(SHA256_HEX) }).optional(),
});

export type JournalEntry = z.infer<typeof entrySchema>;
type NewEntry = Omit<JournalEntry, 'version' | 'kept' | 'delivery'>;

const fileSchema = z.strictObject({
  entry: z.string().max(MAX_ENTRY_BYTES),
  mac: z.string().regex(SHA256_HEX),
});

/** Where the journal of a lock file's runs lives (docs/reliability.md, kill and resume). */
export function journalDirFor(lockPath: string): string {
  return join(stateDirFor(lockPath), 'journal');
}

export class Journal {
  readonly dir: string;
  /** Entries ignored (unreadable, forged, of another key) or not written, in words. */
  readonly ignored: string[] = [];

  constructor(
    lockPath: string,
    private readonly key: string,
  ) {
    this.dir = journalDirFor(lockPath);
  }

  /** The authenticated entry for a spec hash, or undefined (an invalid one is reported). */
  read(specHash: string): JournalEntry | undefined {
    const path = this.#path(specHash, 'json');
    try {
      if (!isPlainFile(path, MAX_ENTRY_BYTES * 2)) return undefined;
      const file = fileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
      if (!this.#macMatches(file.entry, file.mac)) throw new Error('its HMAC does not match');
      const entry = entrySchema.parse(JSON.parse(file.entry));
      if (entry.specHash !== specHash) throw new Error('it is filed under another spec hash');
      return entry;
    } catch (error) {
      this.#ignore(specHash, error);
      return undefined;
    }
  }

  /** The kept bytes, when they are whole and still the ones the entry names. */
  keptBytes(entry: JournalEntry): Buffer | undefined {
    if (!entry.kept) return undefined;
    const path = this.#path(entry.specHash, 'img');
    try {
      if (!isPlainFile(path, MAX_KEPT_BYTES)) return undefined;
      const bytes = readFileSync(path);
      if (sha256Bytes(bytes) === entry.kept.sha256) return bytes;
      throw new Error('its kept image is not the one it names');
    } catch (error) {
      this.#ignore(entry.specHash, error);
      return undefined;
    }
  }

  /** Before the download: what the provider answered, enough to fetch the image again. */
  delivered(entry: NewEntry, delivery: Delivery | undefined): void {
    this.#safely(entry.specHash, () =>
      this.#write({
        version: 1,
        ...entry,
        ...(delivery ? { delivery: pickDelivery(delivery) } : {}),
      }),
    );
  }

  /** After the image passed its check, before any transform: its bytes. */
  keep(entry: NewEntry, file: string): void {
    this.#safely(entry.specHash, () => {
      const bytes = readFileSync(file);
      this.#ensureDir();
      const target = this.#path(entry.specHash, 'img');
      rmSync(target, { force: true });
      copyFileSync(file, target);
      this.#write({ version: 1, ...entry, kept: { sha256: sha256Bytes(bytes) } });
    });
  }

  /** A journal that cannot be written costs a re-run its saving, never this run its image. */
  #safely(specHash: string, write: () => void): void {
    try {
      write();
    } catch (error) {
      const why = (error as Error).message;
      this.ignored.push(`journal entry ${specHash.slice(7, 19)} not written: ${why}`);
    }
  }

  /**
   * Removes the entries of specs the lock file already records: a run killed between saving
   * the lock and removing the entry leaves one, which no later run would look up again.
   */
  forgetLocked(lockedSpecHashes: ReadonlySet<string>): void {
    if (!isRealFolder(this.dir)) return; // no journal yet, or a link: nothing of ours there
    const names = readdirSync(this.dir);
    for (const name of names) {
      const hex = /^([0-9a-f]{64})\.(?:json|img)$/.exec(name)?.[1];
      if (hex && lockedSpecHashes.has(`sha256:${hex}`))
        rmSync(join(this.dir, name), { force: true });
    }
  }

  /** Once the asset is locked. */
  remove(specHash: string): void {
    rmSync(this.#path(specHash, 'json'), { force: true });
    rmSync(this.#path(specHash, 'img'), { force: true });
  }

  #write(entry: JournalEntry): void {
    this.#ensureDir();
    const text = JSON.stringify(entrySchema.parse(entry));
    const file = JSON.stringify({ entry: text, mac: this.#mac(text) });
    writeFileAtomic(this.#path(entry.specHash, 'json'), file);
  }

  #ensureDir(): void {
    // A link committed in place of the folder must not lead the writes elsewhere.
    for (const folder of [dirname(this.dir), this.dir]) ensureRealFolder(folder);
  }

  #path(specHash: string, ext: 'json' | 'img'): string {
    return join(this.dir, `${specHash.replace(/^sha256:/, '')}.${ext}`);
  }

  #mac(text: string): string {
    return createHmac('sha256', this.key).update(text).digest('hex');
  }

  #macMatches(text: string, mac: string): boolean {
    return timingSafeEqual(Buffer.from(this.#mac(text), 'hex'), Buffer.from(mac, 'hex'));
  }

  #ignore(specHash: string, error: unknown): void {
    const why = error instanceof z.ZodError ? 'it is not a valid entry' : (error as Error).message;
    this.ignored.push(`journal entry ${specHash.slice(7, 19)} ignored: ${why}`);
    this.remove(specHash);
  }
}

function pickDelivery({ url, taskId, requestId }: Delivery): Delivery {
  return {
    ...(url !== undefined ? { url } : {}),
    ...(taskId !== undefined ? { taskId } : {}),
    ...(requestId !== undefined ? { requestId } : {}),
  };
}

/** A regular file (not a link, not a folder) of at most `max` bytes; false when absent. */
function isPlainFile(path: string, max: number): boolean {
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(path);
  } catch {
    return false;
  }
  if (!stat.isFile()) throw new Error('it is not a regular file');
  if (stat.size > max) throw new Error(`it is larger than ${max} bytes`);
  return true;
}
