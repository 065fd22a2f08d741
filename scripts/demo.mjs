// `npm run demo`: the main job on the embedded example, with the offline provider (no key, no
// network, 0 credits): the plan, then generation into a temporary folder, then the result table.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = mkdtempSync(join(tmpdir(), 'asset-forge-demo-'));
const manifest = join(folder, 'assets.yml');
copyFileSync(new URL('../examples/assets.yml', import.meta.url), manifest);
console.log(
  `asset-forge demo: examples/assets.yml generated with the offline provider in ${folder}\n`,
);
const cli = fileURLToPath(new URL('../bin/asset-forge.js', import.meta.url));
const { status } = spawnSync(
  process.execPath,
  [cli, 'generate', manifest, '--provider', 'offline'],
  {
    stdio: 'inherit',
  },
);
console.log(`\nThe images, their renditions and assets.lock.json are in ${folder}`);
process.exit(status ?? 1);
