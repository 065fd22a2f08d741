// What one image at the pixel cap costs, whatever its file's size: a flat image of 24 MP
// (format.ts MAX_PIXELS) compresses to a small file; it is checked in full and made a 3840x2160
// master, in a process of its own, which reports its peak RSS against its RSS at rest.
// `npx tsx bench/image-cap.ts`
import './wasm-hook.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImageFormat } from '../src/models.js';

const { decodeResized, encodeImage } = await import('../src/images/codec.js');
const { MAX_PIXELS } = await import('../src/images/format.js');
const { createRaster } = await import('../src/images/raster.js');
const { verifyImageFile } = await import('../src/images/verify.js');

const [, , format, file] = process.argv;
if (format && file) {
  // The child: at rest with every module loaded, then one image.
  const atRest = process.resourceUsage().maxRSS;
  const image = await verifyImageFile(file, { any: true });
  await decodeResized((await import('node:fs')).readFileSync(file), image.format, {
    width: 3840,
    height: 2160,
  });
  process.stdout.write(JSON.stringify({ atRest, peak: process.resourceUsage().maxRSS }));
} else {
  const width = 5792;
  const height = Math.floor(MAX_PIXELS / width);
  const flat = createRaster({ width, height });
  flat.data.fill(200);
  const dir = mkdtempSync(join(tmpdir(), 'image-cap-'));
  console.log(`One ${width}x${height} flat image (${((width * height) / 2 ** 20).toFixed(1)} MP):`);
  try {
    for (const kind of ['png', 'jpeg', 'webp'] as ImageFormat[]) {
      const path = join(dir, `cap.${kind}`);
      writeFileSync(path, await encodeImage(flat, kind));
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', import.meta.filename, kind, path],
        {
          encoding: 'utf8',
        },
      );
      const { atRest, peak } = JSON.parse(child.stdout) as { atRest: number; peak: number };
      const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
      console.log(
        `  ${kind}: file ${(statSync(path).size / 1024).toFixed(0)} KB; check + 3840x2160 master: peak RSS ${mb(peak)}, ${mb(peak - atRest)} over rest`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
