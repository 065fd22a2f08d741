// The `offline` provider (SPEC §6): placeholders drawn locally, of the size the model would
// return, so a whole run (verify, exact size, renditions, lock file) works with no key, no
// network and no credits. A Gemini target gets the model's own pixels, not the requested
// size, so the exact-size step runs as it would for real.
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { drawPlaceholder } from '../images/placeholder.js';
import type { Dimensions } from '../sizes.js';
import type { ImageRequest, ModelTarget, Provider, ReceivedImage } from './types.js';

const AUTO_SIZE: Dimensions = { width: 1024, height: 1024 };

export function createOfflineProvider(): Provider {
  return {
    name: 'offline',
    free: true,
    async generate(request: ImageRequest): Promise<ReceivedImage> {
      request.signal.throwIfAborted();
      const png = await drawPlaceholder(
        request.assetId,
        outputSize(request.target),
        `${request.assetId}:${request.model}`,
      );
      const hash = createHash('sha256').update(png).digest('hex').slice(0, 12);
      const file = join(request.tempDir, `offline-${hash}.png`);
      await writeFile(file, png);
      return { file, requestId: `offline-${hash}` };
    },
  };
}

function outputSize(target: ModelTarget): Dimensions {
  if (target.family === 'gemini') return target.pixels;
  return target.size === 'auto' ? AUTO_SIZE : target.size;
}
