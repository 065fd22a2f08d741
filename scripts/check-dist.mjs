// Rebuilds the bundle into a temporary folder and fails when the committed dist/ differs.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { buildOptions } from './build.mjs';

function files(dir) {
  const out = new Map();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p).split('\\').join('/'), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

const fresh = mkdtempSync(join(tmpdir(), 'asset-forge-dist-'));
try {
  await build({ ...buildOptions, outdir: fresh });
  const want = files(fresh);
  const have = files('dist');
  const problems = [];
  for (const [name, bytes] of want) {
    const committed = have.get(name);
    if (!committed) problems.push(`missing: dist/${name}`);
    else if (!committed.equals(bytes)) problems.push(`stale: dist/${name}`);
  }
  for (const name of have.keys()) if (!want.has(name)) problems.push(`extra: dist/${name}`);
  if (problems.length > 0) {
    console.error(
      `dist/ is not the build of src/. Run \`npm run build\` and commit dist/.\n  ${problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(`dist/ is current (${want.size} files)`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
