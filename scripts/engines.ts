// The oldest Node every installed package accepts, from package-lock.json's `engines` fields:
// package.json's `engines.node` must not promise an older one (npm ci warns, and code that a
// package marks as needing a newer Node may fail on it). `npx tsx scripts/engines.ts` lists
// the packages that need the newest Node.
import { readFileSync } from 'node:fs';

type Version = [number, number, number];

export interface EngineNeed {
  name: string;
  range: string;
  minimum: Version;
}

/** The lowest version a range allows: `>=20.18.1`, `^18 || >=20`, `20.x`, `>= 20`. */
export function minimumOf(range: string): Version | undefined {
  const lows = range.split('||').map((part) => {
    const match = /(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?/.exec(part);
    if (!match) return undefined;
    const [, major, minor, patch] = match;
    return [
      Number(major),
      Number.parseInt(minor ?? '0', 10) || 0,
      Number.parseInt(patch ?? '0', 10) || 0,
    ] as Version;
  });
  if (lows.some((low) => low === undefined)) return undefined;
  return (lows as Version[]).sort(compare)[0];
}

export function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

export function engineNeeds(lockText: string): EngineNeed[] {
  const lock = JSON.parse(lockText) as {
    packages: Record<string, { engines?: { node?: unknown } | unknown[] }>;
  };
  const needs: EngineNeed[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '') continue;
    const range = (entry.engines as { node?: unknown } | undefined)?.node;
    if (typeof range !== 'string') continue;
    const minimum = minimumOf(range);
    if (minimum) needs.push({ name: path.replace(/^.*node_modules\//, ''), range, minimum });
  }
  return needs.sort((a, b) => compare(b.minimum, a.minimum));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const needs = engineNeeds(readFileSync('package-lock.json', 'utf8'));
  const newest = needs[0]!.minimum;
  for (const need of needs.filter((n) => compare(n.minimum, newest) === 0)) {
    console.log(`${need.name}: node ${need.range}`);
  }
}
