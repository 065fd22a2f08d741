// The image layer at 4K, against jimp in the same run: verify, decode, resize a Gemini 4K
// 16:9 image (5504x3072) to 3840x2160, encode to each format. `npx tsx bench/images.ts`
import './wasm-hook.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Raster } from '../src/images/raster.js';
import type { ImageFormat } from '../src/models.js';

const { Jimp } = await import('jimp');
const { decodeImage, encodeImage } = await import('../src/images/codec.js');
const { createRaster } = await import('../src/images/raster.js');
const { centreCrop, resizeRaster } = await import('../src/images/resize.js');
const { checkReceivedImage, verifyImageBytes, verifyImageFile } = await import(
  '../src/images/verify.js'
);
const { ImageMemory } = await import('../src/images/memory.js');
const { produceImages } = await import('../src/images/transform.js');

const TARGET = { width: 3840, height: 2160 };
const GEMINI = { width: 5504, height: 3072 };
const RUNS = 3;

/** Smooth shapes, gradients and mild noise: closer to generated art than flat colour or static. */
function photo({ width, height }: typeof TARGET): Raster {
  const raster = createRaster({ width, height });
  let noise = 1;
  for (let y = 0, i = 0; y < height; y++) {
    for (let x = 0; x < width; x++, i += 4) {
      noise = (noise * 1103515245 + 12345) & 0x7fffffff;
      const grain = (noise >> 16) & 7;
      raster.data[i] = 128 + 100 * Math.sin(x / 300 + y / 500) + grain;
      raster.data[i + 1] = 128 + 100 * Math.sin(y / 200) * Math.cos(x / 400) + grain;
      raster.data[i + 2] = (255 * (x + y)) / (width + height) + grain;
      raster.data[i + 3] = 255;
    }
  }
  return raster;
}

/** Median milliseconds over RUNS after one warm-up; `prepare` runs untimed before each. */
async function time<T>(
  work: (input: T) => unknown,
  prepare: () => T | Promise<T>,
): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const input = await prepare();
    const started = performance.now();
    await work(input);
    if (run > 0) times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const none = () => undefined;
const target4k = photo(TARGET);
const geminiPng = await encodeImage(photo(GEMINI), 'png');
const targetPng = await encodeImage(target4k, 'png');
const targetJpeg = await encodeImage(target4k, 'jpeg');
const benchDir = mkdtempSync(join(tmpdir(), 'bench-images-'));
const fileOf = (name: string, bytes: Uint8Array) => {
  const path = join(benchDir, name);
  writeFileSync(path, bytes);
  return path;
};
const geminiPngFile = fileOf('gemini.png', geminiPng);
const targetJpegFile = fileOf('target.jpg', targetJpeg);
const targetWebpFile = fileOf('target.webp', await encodeImage(target4k, 'webp'));

/**
 * A received image as the engine takes it: checked in full, then made a 1920x1080 output.
 * `twice`: the check drops its pixels and the transform decodes the file again.
 */
async function receivedToHalf(file: string, format: ImageFormat, twice = false): Promise<void> {
  const image = twice
    ? await verifyImageFile(file, { exact: TARGET })
    : await checkReceivedImage(file, { exact: TARGET }, new ImageMemory());
  const size = { width: 1920, height: 1080 };
  for await (const _ of produceImages({ image, size, format, renditions: [] }));
}

const crop = centreCrop(GEMINI, TARGET);
const jimpCrop = { x: Math.round(crop.x), y: 0, w: Math.round(crop.width), h: GEMINI.height };
const jimpGemini = await Jimp.read(geminiPng);
const jimpTarget = await Jimp.read(targetPng);

const ours = {
  'verify PNG 3840x2160': await time(() => verifyImageBytes(targetPng, { exact: TARGET }), none),
  'verify PNG 5504x3072': await time(() => verifyImageBytes(geminiPng, { aspect: TARGET }), none),
  'verify JPEG 3840x2160': await time(() => verifyImageBytes(targetJpeg, { exact: TARGET }), none),
  'check in full PNG 5504x3072': await time(
    () => verifyImageFile(geminiPngFile, { aspect: TARGET }),
    none,
  ),
  'check in full JPEG 3840x2160': await time(
    () => verifyImageFile(targetJpegFile, { exact: TARGET }),
    none,
  ),
  'decode PNG 5504x3072': await time(() => decodeImage(geminiPng, 'png'), none),
  'received JPEG 3840x2160 to 1920x1080 WebP': await time(
    () => receivedToHalf(targetJpegFile, 'webp'),
    none,
  ),
  '... decoded twice (check, then transform)': await time(
    () => receivedToHalf(targetJpegFile, 'webp', true),
    none,
  ),
  'received WebP 3840x2160 to 1920x1080 JPEG': await time(
    () => receivedToHalf(targetWebpFile, 'jpeg'),
    none,
  ),
  '... decoded twice (check, then transform) ': await time(
    () => receivedToHalf(targetWebpFile, 'jpeg', true),
    none,
  ),
  'crop+resize to 3840x2160': await time(
    (source: Raster) => resizeRaster(source, TARGET),
    () => decodeImage(geminiPng, 'png'),
  ),
  'encode PNG': await time(() => encodeImage(target4k, 'png'), none),
  'encode JPEG q90': await time(() => encodeImage(target4k, 'jpeg'), none),
  'encode WebP q85': await time(() => encodeImage(target4k, 'webp'), none),
};

const jimp: Record<keyof typeof ours, number | undefined> = {
  // jimp has no check short of decoding.
  'verify PNG 3840x2160': await time(() => Jimp.read(targetPng), none),
  'verify PNG 5504x3072': await time(() => Jimp.read(geminiPng), none),
  'verify JPEG 3840x2160': await time(() => Jimp.read(targetJpeg), none),
  'check in full PNG 5504x3072': await time(() => Jimp.read(geminiPng), none),
  'check in full JPEG 3840x2160': await time(() => Jimp.read(targetJpeg), none),
  'decode PNG 5504x3072': await time(() => Jimp.read(geminiPng), none),
  // jimp has no WebP encoder or decoder.
  'received JPEG 3840x2160 to 1920x1080 WebP': undefined,
  '... decoded twice (check, then transform)': undefined,
  'received WebP 3840x2160 to 1920x1080 JPEG': undefined,
  '... decoded twice (check, then transform) ': undefined,
  'crop+resize to 3840x2160': await time(
    (image: typeof jimpGemini) =>
      image.crop(jimpCrop).resize({ w: TARGET.width, h: TARGET.height }),
    () => jimpGemini.clone(),
  ),
  'encode PNG': await time(() => jimpTarget.getBuffer('image/png'), none),
  'encode JPEG q90': await time(() => jimpTarget.getBuffer('image/jpeg', { quality: 90 }), none),
  'encode WebP q85': undefined, // jimp has no WebP encoder
};

const sizes = {
  'encode PNG': [
    (await encodeImage(target4k, 'png')).length,
    (await jimpTarget.getBuffer('image/png')).length,
  ],
  'encode JPEG q90': [
    (await encodeImage(target4k, 'jpeg')).length,
    (await jimpTarget.getBuffer('image/jpeg', { quality: 90 })).length,
  ],
  'encode WebP q85': [(await encodeImage(target4k, 'webp')).length, undefined],
} as Record<string, [number, number | undefined]>;

const ms = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(0)} ms`);
const mb = (bytes: number | undefined) =>
  bytes === undefined ? '' : `${(bytes / 1e6).toFixed(1)} MB`;
const rows = Object.entries(ours).map(([step, mine]) => {
  const theirs = jimp[step as keyof typeof ours];
  const [mySize, theirSize] = sizes[step] ?? [];
  return {
    step,
    'asset-forge': ms(mine),
    jimp: ms(theirs),
    'jimp / ours': theirs === undefined ? '' : `${(theirs / mine).toFixed(1)}x`,
    'size (ours / jimp)': mySize === undefined ? '' : `${mb(mySize)} / ${mb(theirSize) || 'n/a'}`,
  };
});
const gemini = [
  'check in full PNG 5504x3072',
  'decode PNG 5504x3072',
  'crop+resize to 3840x2160',
  'encode PNG',
] as const;
console.log(`Node ${process.version}, ${RUNS} runs (median) after a warm-up`);
console.table(rows);
console.log(
  `Gemini 4K PNG to exact 3840x2160 PNG (verify + decode + resize + encode): ${ms(gemini.reduce((sum, step) => sum + ours[step], 0))}`,
);
rmSync(benchDir, { recursive: true, force: true });
