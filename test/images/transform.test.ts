import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeImage } from '../../src/images/codec.js';
import { ImageCheckError } from '../../src/images/errors.js';
import {
  type ProducedImage,
  produceImages,
  type TransformRequest,
} from '../../src/images/transform.js';
import { verifyImageBytes, verifyImageFile } from '../../src/images/verify.js';
import type { ImageFormat } from '../../src/models.js';
import type { Dimensions } from '../../src/sizes.js';
import { encoded, pixel } from './samples.js';

let tempDir: string;
beforeAll(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'transform-'));
});
afterAll(() => rm(tempDir, { recursive: true, force: true }));

async function received(name: string, size: Dimensions, format: ImageFormat) {
  const file = join(tempDir, name);
  const bytes = await encoded(size, format);
  await writeFile(file, bytes);
  return { image: await verifyImageFile(file, { any: true }), bytes };
}

async function collect(request: TransformRequest): Promise<ProducedImage[]> {
  const outputs: ProducedImage[] = [];
  for await (const output of produceImages(request)) outputs.push(output);
  return outputs;
}

describe('produceImages', () => {
  it('makes a Gemini image the exact master size, then each rendition from the master', async () => {
    const { image } = await received('gemini.png', { width: 1376, height: 768 }, 'png');
    const renditions = [
      { size: { width: 1200, height: 630 }, format: 'png' as const },
      { size: { width: 300, height: 300 }, format: 'jpeg' as const },
    ];
    const outputs = await collect({
      image,
      size: { width: 1280, height: 720 },
      format: 'webp',
      renditions,
    });
    expect(outputs.map((o) => [o.rendition, o.format, o.size.width, o.size.height])).toEqual([
      [undefined, 'webp', 1280, 720],
      [0, 'png', 1200, 630],
      [1, 'jpeg', 300, 300],
    ]);
    for (const { bytes, size, format } of outputs) {
      expect(verifyImageBytes(bytes, { exact: size }).format).toBe(format);
    }
  });

  it('reuses the received bytes when format and size already match, without decoding', async () => {
    const { image, bytes } = await received('exact.png', { width: 200, height: 100 }, 'png');
    const [master] = await collect({
      image,
      size: { width: 200, height: 100 },
      format: 'png',
      renditions: [],
    });
    expect(master!.bytes.equals(bytes)).toBe(true);
    // Proof that nothing was decoded: the same request over undecodable pixels still succeeds.
    const broken = Buffer.from(bytes);
    broken.fill(0, 60, broken.length - 20);
    await writeFile(image.file, broken);
    const [again] = await collect({ image, size: undefined, format: 'png', renditions: [] });
    expect(again!.bytes.equals(broken)).toBe(true);
  });

  it("keeps the received size for 'auto' and converts the format", async () => {
    const { image } = await received('auto.jpeg', { width: 333, height: 222 }, 'jpeg');
    const [master] = await collect({ image, size: undefined, format: 'png', renditions: [] });
    expect(verifyImageBytes(master!.bytes, { exact: { width: 333, height: 222 } }).format).toBe(
      'png',
    );
  });

  it('reports pixels that do not decode as an ImageCheckError', async () => {
    const { image, bytes } = await received('bad.jpeg', { width: 64, height: 64 }, 'jpeg');
    const broken = Buffer.from(bytes);
    broken.fill(0x41, 300, broken.length - 2);
    await writeFile(image.file, broken);
    const outputs = collect({
      image,
      size: { width: 32, height: 32 },
      format: 'png',
      renditions: [],
    });
    await expect(outputs).rejects.toBeInstanceOf(ImageCheckError);
  });

  it('crops renditions of another ratio from the centre of the master', async () => {
    const { image } = await received('wide.png', { width: 400, height: 200 }, 'png');
    const outputs = await collect({
      image,
      size: undefined,
      format: 'png',
      renditions: [{ size: { width: 200, height: 200 }, format: 'png' }],
    });
    const master = await decodeImage(outputs[0]!.bytes, 'png');
    const square = await decodeImage(outputs[1]!.bytes, 'png');
    expect(pixel(square, 0, 100)).toEqual(pixel(master, 100, 100));
  });
});
