// The run's bound on image memory (docs/images.md, "Memory"): work past it waits its turn,
// in order, and is never refused; and the pixels a check decodes are the transform's.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeImage } from '../../src/images/codec.js';
import { checkBytes, ImageMemory } from '../../src/images/memory.js';
import { produceImages } from '../../src/images/transform.js';
import { checkReceivedImage } from '../../src/images/verify.js';
import type { Dimensions } from '../../src/sizes.js';
import { encoded } from './samples.js';

/** Whether `promise` is still pending once the event loop has gone round a few times. */
async function pending(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
  return !settled;
}

describe('ImageMemory', () => {
  it('serves asks in order: a small one does not pass a large one that waits', async () => {
    const memory = new ImageMemory(100);
    const started: string[] = [];
    const first = await memory.take(60);
    const startedAs = (name: string) => () => void started.push(name);
    const large = memory.take(60).then(startedAs('large'));
    const small = memory.take(10).then(startedAs('small'));
    expect(await pending(large)).toBe(true);
    expect(await pending(small)).toBe(true);
    first.release();
    await Promise.all([large, small]);
    expect(started).toEqual(['large', 'small']);
  });

  it('lets an ask larger than the whole bound through alone, never refusing it', async () => {
    const memory = new ImageMemory(100);
    const other = await memory.take(1);
    const huge = memory.take(1_000);
    expect(await pending(huge)).toBe(true);
    other.release();
    const share = await huge;
    expect(await pending(memory.take(1))).toBe(true);
    share.release();
  });

  it('gives back all of a share but what it keeps; a second release gives nothing more', async () => {
    const memory = new ImageMemory(100);
    const share = await memory.take(100);
    share.keep(30);
    const next = await memory.take(70);
    share.release();
    share.release();
    expect(await pending(memory.take(31))).toBe(true);
    next.release();
  });
});

describe('checkReceivedImage', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'image-memory-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const size: Dimensions = { width: 96, height: 64 };
  const fileOf = async (name: string, format: 'jpeg' | 'webp') => {
    const file = join(dir, name);
    await writeFile(file, await encoded(size, format));
    return file;
  };

  it("waits, before decoding, until an earlier image's pixels are released", async () => {
    const memory = new ImageMemory(checkBytes({ format: 'jpeg', ...size }));
    const first = await checkReceivedImage(await fileOf('a.jpg', 'jpeg'), { any: true }, memory);
    const second = checkReceivedImage(await fileOf('b.jpg', 'jpeg'), { any: true }, memory);
    expect(await pending(second)).toBe(true);
    first.release();
    expect((await second).pixels).toMatchObject(size);
  });

  it.each(['jpeg', 'webp'] as const)(
    'a %s is decoded once: the transform uses the pixels the check decoded',
    async (format) => {
      const file = await fileOf(`once.${format}`, format);
      const decoded = await decodeImage(await encoded(size, format), format);
      const image = await checkReceivedImage(file, { exact: size }, new ImageMemory());
      await rm(file); // a second decode would have to read the file
      const outputs = [];
      for await (const output of produceImages({ image, size, format: 'png', renditions: [] })) {
        outputs.push(output);
      }
      const written = await decodeImage(outputs[0]!.bytes, 'png');
      expect(Buffer.from(written.data).equals(Buffer.from(decoded.data))).toBe(true);
      image.release();
      expect(image.pixels).toBeUndefined();
    },
  );
});
