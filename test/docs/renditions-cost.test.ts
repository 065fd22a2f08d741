// The docs' money claim about renditions (README, manifest.md, sizes.md): they are made locally
// from the generated image, with no extra request and no extra credits. Held here against the
// fake gateway's bill, through the CLI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readImageHeader } from '../../src/images/format.js';
import { cli } from '../cli/run-cli.js';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import { API_KEY, imageCalls, makeProject, type Project, release } from '../generate/helpers.js';

let gw: Gateway | undefined;
let project: Project | undefined;
afterEach(async () => {
  await release(gw, project);
  gw = undefined;
  project = undefined;
});

describe('renditions', () => {
  it('cost no request and no credit beyond their master', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({
      assets: [
        {
          id: 'hero',
          size: '2048x1152',
          quality: 'medium',
          renditions: [
            { out: 'web/hero-1920.png', size: '1920x1080' },
            { out: 'web/hero-960.webp', size: '960x540', format: 'webp' },
          ],
        },
      ],
    });

    const run = await cli(['generate', project.manifest, '--base-url', gw.url], {
      ASSET_FORGE_API_KEY: API_KEY,
    });

    expect(run.code, run.stderr).toBe(0);
    expect(imageCalls(gw)).toHaveLength(1);
    expect(gw.bill.credits).toBe(17); // gpt-image-2, 2K, medium: the master alone
    expect(run.stdout).toContain('Credits spent: 17');
    for (const [path, width, height] of [
      ['web/hero-1920.png', 1920, 1080],
      ['web/hero-960.webp', 960, 540],
    ] as const) {
      expect(readImageHeader(readFileSync(join(project.dir, path)))).toMatchObject({
        width,
        height,
      });
    }
  });
});
