// Files from outside (the lock file, a plan file, the event payload) are read with a size cap
// that holds before anything is read: the size is checked on the opened file, and the read stops
// at the cap even when the file grows meanwhile. See docs/reliability.md.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export class FileTooLargeError extends Error {
  override readonly name = 'FileTooLargeError';
  constructor(
    readonly path: string,
    readonly maxBytes: number,
  ) {
    super(`${path} is larger than ${maxBytes} bytes, more than asset-forge reads`);
  }
}

/** The file as UTF-8 text; FileTooLargeError when it has more than `maxBytes`. */
export function readTextCapped(path: string, maxBytes: number): string {
  const fd = openSync(path, 'r');
  try {
    if (fstatSync(fd).size > maxBytes) throw new FileTooLargeError(path, maxBytes);
    const chunks: Buffer[] = [];
    const chunk = Buffer.alloc(64 * 1024);
    let total = 0;
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      // A file that grew since the fstat.
      if (total > maxBytes) throw new FileTooLargeError(path, maxBytes);
      chunks.push(Buffer.from(chunk.subarray(0, read)));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
