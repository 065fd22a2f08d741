// The repository a manifest belongs to: the nearest folder above it with a .git entry.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export function findRepositoryRoot(manifestFile: string): string {
  const start = dirname(resolve(manifestFile));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return start;
  }
}
