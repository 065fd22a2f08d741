// b64_json answers, decoded to disk as they arrive (SPEC §6: memory per image is bounded
// whatever the answer). A 4K PNG is 20-30 MB, its base64 a third more; read whole, parsed and
// decoded, one answer would be held four or five times over (16 4K answers at concurrency 8
// peaked at 0.9-1 GB). Here the bytes of the answer go through a scanner: the value of each
// "b64_json" key is decoded in small pieces straight into a file, and the JSON kept for
// parsing holds a short token in its place, which findImage (download.ts) turns back into
// the file. A token only counts if this process wrote it: a provider cannot name a local
// file by sending a token of its own.
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const KEY = Buffer.from('"b64_json"');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const TOKEN_PREFIX = '@spooled:';
/** What may stand between a key and its value: the colon and white space. */
const SEPARATORS = new Set([0x3a, 0x20, 0x0a, 0x0d, 0x09]);

/** Files spooled and not yet claimed, by token. */
const spooled = new Map<string, string>();
let folder: string | undefined;

/** This process's folder for spooled images, removed when it exits. */
export function spoolFolder(): string {
  if (!folder) {
    folder = mkdtempSync(join(tmpdir(), 'asset-forge-b64-'));
    const made = folder;
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  return folder;
}

/** The spooled file a b64_json value stands for; undefined for any other value. */
export function claimSpooled(value: string): string | undefined {
  const file = spooled.get(value);
  spooled.delete(value);
  return file;
}

export const isSpoolToken = (value: string) => value.startsWith(TOKEN_PREFIX);

/** Deletes the files of tokens that were not claimed (an answer that failed after all). */
export async function discardSpooled(tokens: readonly string[]): Promise<void> {
  await Promise.all(
    tokens.map((token) => {
      const file = claimSpooled(token);
      return file ? rm(file, { force: true }) : undefined;
    }),
  );
}

type State = 'text' | 'after-key' | 'value' | 'value-escape';

/**
 * Feeds an answer's bytes in; `text()` is the JSON with each b64_json value replaced by a
 * token. Only the first value is decoded: an image request asks for one image, and later
 * ones become "" rather than taking memory or disk.
 */
export class Base64Spool {
  readonly tokens: string[] = [];
  private readonly kept: Buffer[] = [];
  private state: State = 'text';
  private matched = 0;
  private pending = '';
  private file: WriteStream | undefined;
  private skipping = false;

  /** Feeds one chunk; resolves when its decoded bytes are written (back-pressure). */
  async push(chunk: Buffer): Promise<void> {
    // Where the run of JSON text to keep began in this chunk; -1 inside a value.
    let kept = this.inValue() ? -1 : 0;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (this.state === 'text') {
        this.matched = byte === KEY[this.matched] ? this.matched + 1 : byte === KEY[0] ? 1 : 0;
        if (this.matched === KEY.length) {
          this.state = 'after-key';
          this.matched = 0;
        }
      } else if (this.state === 'after-key') {
        if (byte === QUOTE) {
          this.kept.push(chunk.subarray(kept, i + 1));
          kept = -1;
          this.startValue();
        } else if (!SEPARATORS.has(byte)) {
          this.state = 'text'; // not a key followed by a string: ordinary JSON
        }
      } else if (this.state === 'value-escape') {
        // Base64 in JSON may escape its slashes ("\/"); an escaped line break is left out.
        if (byte === 0x2f) this.take('/');
        else if (byte !== 0x6e && byte !== 0x72) {
          throw new Error('b64_json holds an escape that is not base64');
        }
        this.state = 'value';
      } else if (byte === BACKSLASH) {
        this.state = 'value-escape';
      } else if (byte === QUOTE) {
        await this.endValue();
        kept = i; // from the closing quote on
        this.state = 'text';
      } else {
        // A run of base64 up to the next quote or backslash, taken at once.
        let end = i;
        while (end < chunk.length && chunk[end] !== QUOTE && chunk[end] !== BACKSLASH) end++;
        this.take(chunk.toString('latin1', i, end));
        i = end - 1;
        await this.flush(false); // at once: little is held, and it dies young
      }
    }
    if (kept >= 0) this.kept.push(chunk.subarray(kept));
  }

  private inValue(): boolean {
    return this.state === 'value' || this.state === 'value-escape';
  }

  private take(base64: string): void {
    if (!this.skipping) this.pending += base64;
  }

  /** The JSON text, its b64_json values replaced by tokens. Call after the last chunk. */
  text(): string {
    if (this.inValue()) {
      throw new Error('the answer ends inside its b64_json value');
    }
    return Buffer.concat(this.kept).toString('utf8');
  }

  /** Waits until every spooled byte is on disk. */
  async close(): Promise<void> {
    if (this.file) await closeStream(this.file);
    this.file = undefined;
  }

  private startValue(): void {
    this.state = 'value';
    this.skipping = this.tokens.length > 0;
    if (this.skipping) return;
    const token = `${TOKEN_PREFIX}${randomUUID()}`;
    const path = join(spoolFolder(), token.slice(TOKEN_PREFIX.length));
    spooled.set(token, path);
    this.tokens.push(token);
    this.file = createWriteStream(path, { flags: 'wx' });
  }

  private async endValue(): Promise<void> {
    if (this.skipping) {
      this.skipping = false;
      return;
    }
    await this.flush(true);
    this.kept.push(Buffer.from(this.tokens.at(-1)!));
    await this.close();
  }

  /** Decodes the whole quadruples of base64 held (all of it at the end) into the file. */
  private async flush(last: boolean): Promise<void> {
    if (this.skipping) return;
    const usable = last ? this.pending.length : this.pending.length - (this.pending.length % 4);
    const piece = this.pending.slice(0, usable);
    this.pending = this.pending.slice(usable);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(piece)) throw new Error('b64_json is not base64');
    const file = this.file!;
    if (!file.write(Buffer.from(piece, 'base64'))) {
      await new Promise<void>((resolve, reject) => {
        file.once('drain', resolve);
        file.once('error', reject);
      });
    }
  }
}

function closeStream(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}
