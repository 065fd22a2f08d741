// `asset-forge plan` reads like `terraform plan`: counts per change, then for each changed asset
// the spec fields that changed (old and new) and its old and new cost; for shards, every cap.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import { API_KEY, makeProject, manifestText, type Project, release } from '../generate/helpers.js';
import { cli } from './run-cli.js';

let gw: Gateway | undefined;
let project: Project | undefined;
afterEach(async () => {
  await release(gw, project);
  gw = undefined;
  project = undefined;
});

describe('asset-forge plan, after a run', () => {
  it('says which field changed, old and new, and the cost before and now', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    const assets = [{ id: 'hero' }, { id: 'og-card' }, { id: 'logo' }];
    project = makeProject({ assets });
    const first = await cli(['generate', project.manifest, '--base-url', gw.url], {
      ASSET_FORGE_API_KEY: API_KEY,
    });
    expect(first.code, first.stderr).toBe(0);
    writeFileSync(
      project.manifest,
      manifestText({
        assets: [
          { id: 'hero', size: '2048x1152', quality: 'medium' },
          { id: 'og-card' },
          { id: 'new-one' },
        ],
      }),
    );

    const { code, stdout } = await cli(['plan', project.manifest]);

    expect(code).toBe(0);
    expect(stdout).toContain('Plan: 2 to generate (1 changed, 1 new), 1 unchanged, 1 removed.');
    expect(stdout).toContain(
      [
        'Why:',
        '  hero (changed):',
        '    size: 1024x1024 -> 2048x1152',
        '    quality: low -> medium',
        '    credits: 1 -> 17',
      ].join('\n'),
    );
    const json = JSON.parse((await cli(['plan', project.manifest, '--json'])).stdout);
    expect(json.assets.find((a: { id: string }) => a.id === 'hero')).toMatchObject({
      change: 'changed',
      reason: 'size, quality changed',
      changes: [
        { field: 'size', old: '1024x1024', new: '2048x1152' },
        { field: 'quality', old: 'low', new: 'medium' },
      ],
      previousCredits: 1,
      credits: 17,
    });
  });

  it("lists each shard's credits and cap, which add up to at most the budget (as matrix-shards.yml says)", async () => {
    // The example workflow's claim: its budget caps the 3 jobs together, not each one.
    const workflow = readFileSync('examples/workflows/matrix-shards.yml', 'utf8');
    const budget = Number(/^\s+budget: (\d+)$/m.exec(workflow)![1]);
    expect(workflow).toContain(`the 3 jobs together\n# never pass ${budget}`);
    const ids = Array.from({ length: 12 }, (_, i) => `asset-${i}`);
    project = makeProject({
      assets: ids.map((id) => ({ id, quality: 'high' })),
      budget: { 'max-credits': budget },
    });

    const { code, stdout } = await cli(['plan', project.manifest, '--shard', '1/3', '--json']);

    expect(code).toBe(0);
    const { shards } = JSON.parse(stdout) as { shards: { credits: number; cap: number }[] };
    expect(shards).toHaveLength(3);
    expect(shards.reduce((total, shard) => total + shard.credits, 0)).toBe(12 * 14);
    expect(shards.reduce((total, shard) => total + shard.cap, 0)).toBeLessThanOrEqual(budget);
    const text = (await cli(['plan', project.manifest, '--shard', '1/3'])).stdout;
    for (const [i, shard] of shards.entries()) {
      expect(text).toContain(`  ${i + 1}/3: ${shard.credits} credits, cap ${shard.cap}`);
    }
  });
});
