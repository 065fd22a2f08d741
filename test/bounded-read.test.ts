// Files from outside are read with a cap that holds before and during the read.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileTooLargeError, readTextCapped } from '../src/bounded-read.js';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
const fileOf = (bytes: number) => {
  dir = mkdtempSync(join(tmpdir(), 'af-bounded-'));
  const path = join(dir, 'f');
  writeFileSync(path, '');
  truncateSync(path, bytes);
  return path;
};

describe('readTextCapped', () => {
  it('reads a file up to the cap, whole', () => {
    dir = mkdtempSync(join(tmpdir(), 'af-bounded-'));
    const path = join(dir, 'plan.json');
    writeFileSync(path, 'é'.repeat(100_000));
    expect(readTextCapped(path, 200_000)).toBe('é'.repeat(100_000));
  });

  it('refuses a file over the cap without reading it (a 3 GB sparse file, at once)', () => {
    const path = fileOf(3 * 1024 ** 3);
    const started = Date.now();
    expect(() => readTextCapped(path, 1024)).toThrow(FileTooLargeError);
    expect(() => readTextCapped(path, 1024)).toThrow(`${path} is larger than 1024 bytes`);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('stops at the cap when the size says nothing (a device that never ends)', () => {
    expect(() => readTextCapped('/dev/zero', 100_000)).toThrow(FileTooLargeError);
  });
});
