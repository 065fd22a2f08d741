// `shard: i/n`: this job's share of the assets in a matrix of n jobs. An asset's shard depends on
// its id alone, so adding assets never moves the others to another job.
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based, like `--shard 1/3` in test runners. */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard | undefined {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : undefined;
}

export function shardOf(id: string, count: number): number {
  const digest = createHash('sha256').update(id).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(id: string, shard: Shard): boolean {
  return shardOf(id, shard.count) === shard.index;
}
