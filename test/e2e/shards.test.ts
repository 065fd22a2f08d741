// Scale past one job: a matrix of n shards, each running the bundled action as the runner does
// (`shard: i/n`, `publish: commit`) in its own checkout of one origin, all at once. Each pushes
// its part; the losers of the race rebase, merging the lock file where the shards' entries
// meet. At the end origin has every asset and a lock file with every entry.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LockFile } from '../../src/lockfile.js';
import { inShard } from '../../src/shard.js';
import { createRepo, git, type TestRepo } from './git-repo.js';
import { runAction } from './runner.js';

const SHARDS = 3;
/** Three assets per shard, so that every shard pushes and the lock file is contended. */
const IDS = Array.from({ length: 60 }, (_, i) => `banner-${i}`)
  .filter((id, _, all) => {
    const shard = { index: 1, count: SHARDS };
    for (shard.index = 1; !inShard(id, shard); shard.index++);
    return all.filter((other) => inShard(other, shard)).indexOf(id) < 3;
  })
  .sort();

const MANIFEST = `version: 1
defaults:
  model: gpt-image-2
  quality: low
  size: 1024x1024
  out-dir: generated
assets:
${IDS.map((id) => `  - id: ${id}\n    prompt: "Banner number ${id}"`).join('\n')}
`;

const json = (text: string | undefined) => JSON.parse(text ?? 'null') as unknown;

describe('matrix shards that each commit (shard: i/n, publish: commit)', () => {
  let repo: TestRepo | undefined;
  afterEach(() => {
    if (repo) rmSync(repo.root, { recursive: true, force: true });
    repo = undefined;
  });

  it('generate their parts at once, and origin ends with every asset and every lock entry', async () => {
    repo = createRepo({ 'assets.yml': MANIFEST });
    const { origin } = repo;
    expect(IDS).toHaveLength(3 * SHARDS);
    const checkouts = Array.from({ length: SHARDS }, (_, i) => repo!.clone(`shard-${i + 1}`));

    const runs = await Promise.all(
      checkouts.map((workspace, i) =>
        runAction({
          workspace,
          inputs: { provider: 'offline', shard: `${i + 1}/${SHARDS}`, publish: 'commit' },
        }),
      ),
    );

    const generated: string[] = [];
    runs.forEach((run, i) => {
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const mine = IDS.filter((id) => inShard(id, { index: i + 1, count: SHARDS }));
      expect(json(run.outputs.generated)).toEqual(mine);
      expect(run.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/);
      generated.push(...mine);
    });
    expect(generated.sort()).toEqual([...IDS].sort());

    // One commit per shard on top of the initial one, all on origin's main.
    const log = git(origin, 'log', '--format=%s', 'main').split('\n');
    expect(log).toHaveLength(SHARDS + 1);
    const tree = git(origin, 'ls-tree', '-r', '--name-only', 'main').split('\n');
    for (const id of IDS) expect(tree).toContain(`generated/${id}.png`);
    const lock = JSON.parse(git(origin, 'show', 'main:assets.lock.json')) as LockFile;
    expect(Object.keys(lock.assets).sort()).toEqual([...IDS].sort());
    // Each entry is the one its shard wrote: its file's sha256 is the committed file's.
    for (const id of IDS) {
      const [file] = lock.assets[id]!.files;
      const blob = git(origin, 'rev-parse', `main:${file!.path}`);
      expect(blob).toMatch(/^[0-9a-f]{40}$/);
    }

    // A fresh checkout of origin has nothing left to generate.
    const after = repo.clone('after');
    const plan = await runAction({
      workspace: after,
      inputs: { mode: 'plan', provider: 'offline' },
    });
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(json(plan.outputs.skipped)).toEqual(IDS);
    const document = JSON.parse(readFileSync(join(plan.outputs.plan!), 'utf8')) as {
      assets: { change: string }[];
    };
    expect(document.assets.every((asset) => asset.change === 'unchanged')).toBe(true);
  });
});
