// What hostile images cost: flat images at the pixel cap (format.ts MAX_PIXELS) compress to
// small files. Each run takes 1, then 8 of them at concurrency 8 through the engine's real
// path (received, checked in full, made a 3840x2160 PNG master, written, locked), in a
// process of its own, which reports its peak RSS against its RSS at rest.
// `npx tsx bench/image-cap.ts`; `npx tsx bench/image-cap.ts FILE N` runs N copies of FILE the
// same way and prints the child's figures (KB).
import './wasm-hook.js';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { ImageFormat } from '../src/models.js';
import type { Provider } from '../src/providers/types.js';

const { encodeImage } = await import('../src/images/codec.js');
const { MAX_PIXELS } = await import('../src/images/format.js');
const { createRaster } = await import('../src/images/raster.js');
const { generateRun, loadAndPlan } = await import('../src/pipeline.js');

const COUNTS = [1, 8];
const CONCURRENCY = 8;

/** Answers every request at once with the same hostile file. */
function hostileProvider(file: string): Provider {
  let served = 0;
  return {
    name: 'nanobanana',
    free: false,
    async generate(request) {
      request.onAnswered?.();
      const copy = join(request.tempDir, `hostile-${served++}`);
      copyFileSync(file, copy);
      return { file: copy };
    },
  };
}

const kilobytes = (field: string) =>
  Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync('/proc/self/status', 'utf8'))![1]);

async function child(file: string, count: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'image-cap-run-'));
  const assets = Array.from({ length: count }, (_, i) => ({
    id: `a-${i}`,
    prompt: `hostile ${i}`,
    model: 'gemini-3-pro-image',
    fallback: [],
    size: '3840x2160',
    out: `out/a-${i}.png`,
  }));
  writeFileSync(join(dir, 'assets.yml'), stringify({ version: 1, assets }));
  const planned = loadAndPlan({ manifest: join(dir, 'assets.yml'), provider: 'nanobanana' });
  // Linux: writing 5 to clear_refs resets the peak (VmHWM) to the RSS now, so loading
  // modules does not hide the image work's peak.
  writeFileSync('/proc/self/clear_refs', '5');
  const atRest = kilobytes('VmRSS');
  const result = await generateRun(planned, {
    provider: hostileProvider(file),
    concurrency: CONCURRENCY,
  });
  const failed = result.results.find((asset) => asset.outcome !== 'generated');
  if (failed) throw new Error(`${failed.id}: ${failed.reason}`);
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(JSON.stringify({ atRest, peak: kilobytes('VmHWM') }));
}

const [, , file, count] = process.argv;
if (file && count) {
  await child(file, Number(count));
} else {
  // 16:9, so a Gemini 4K asset takes it (the check holds Gemini to the aspect only).
  const k = Math.floor(Math.sqrt(MAX_PIXELS / (16 * 9)));
  const [width, height] = [16 * k, 9 * k];
  const flat = createRaster({ width, height });
  flat.data.fill(200);
  const dir = mkdtempSync(join(tmpdir(), 'image-cap-'));
  const mp = ((width * height) / 2 ** 20).toFixed(1);
  console.log(`Flat ${width}x${height} images (${mp} MP), concurrency ${CONCURRENCY}:`);
  try {
    for (const kind of ['png', 'jpeg', 'webp'] as ImageFormat[]) {
      const path = join(dir, `cap.${kind}`);
      writeFileSync(path, await encodeImage(flat, kind));
      for (const n of COUNTS) {
        const run = spawnSync(
          process.execPath,
          ['--import', 'tsx', import.meta.filename, path, String(n)],
          { encoding: 'utf8' },
        );
        if (run.status !== 0) throw new Error(run.stderr);
        const { atRest, peak } = JSON.parse(run.stdout) as Record<string, number>;
        const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
        console.log(
          `  ${kind} (file ${(statSync(path).size / 1024).toFixed(0)} KB) x${n}: peak RSS ${mb(peak!)}, ${mb(peak! - atRest!)} over rest`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
