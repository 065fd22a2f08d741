import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyImageFile } from '../src/images/verify.js';
import { builtInRegistry } from '../src/models/registry.js';
import { createOfflineProvider } from '../src/providers/offline.js';
import { geminiTarget } from '../src/sizes.js';
import { imageRequest } from './fakes/gateway.js';

let tempDir: string;
beforeEach(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'offline-'));
});
afterEach(() => rm(tempDir, { recursive: true, force: true }));

const provider = createOfflineProvider();

describe('the offline provider', () => {
  it('is free and named offline', () => {
    expect(provider.name).toBe('offline');
    expect(provider.free).toBe(true);
  });

  it('writes a placeholder of the exact gpt-image size into the temp folder', async () => {
    const size = { width: 1536, height: 1024 };
    const received = await provider.generate(
      imageRequest(tempDir, { target: { family: 'gpt-image', size, quality: 'high' } }),
    );
    expect(received.file.startsWith(tempDir)).toBe(true);
    expect(received.requestId).toMatch(/^offline-[0-9a-f]{12}$/);
    await expect(verifyImageFile(received.file, { exact: size })).resolves.toMatchObject({
      format: 'png',
      ...size,
    });
    expect(await readdir(tempDir)).toHaveLength(1);
  });

  it("draws 1024x1024 for 'auto'", async () => {
    const received = await provider.generate(
      imageRequest(tempDir, { target: { family: 'gpt-image', size: 'auto', quality: 'auto' } }),
    );
    await verifyImageFile(received.file, { exact: { width: 1024, height: 1024 } });
  });

  it("returns a Gemini model's own pixels, so the exact-size step runs", async () => {
    const target = geminiTarget(builtInRegistry('offline').get('gemini-3-pro-image'), {
      width: 1200,
      height: 630,
    });
    const received = await provider.generate(
      imageRequest(tempDir, {
        model: 'gemini-3-pro-image',
        target: { family: 'gemini', ...target },
      }),
    );
    await verifyImageFile(received.file, { exact: target.pixels });
  });

  it('is deterministic per asset and model', async () => {
    const first = await provider.generate(imageRequest(tempDir));
    const again = await provider.generate(imageRequest(tempDir));
    const other = await provider.generate(imageRequest(tempDir, { assetId: 'other-asset' }));
    expect(again.requestId).toBe(first.requestId);
    expect(other.requestId).not.toBe(first.requestId);
  });

  it('sends nothing once aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      provider.generate(imageRequest(tempDir, { signal: controller.signal })),
    ).rejects.toThrow();
    expect(await readdir(tempDir)).toHaveLength(0);
  });
});
