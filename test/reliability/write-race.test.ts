// SPEC §2: an output cannot be written outside the repository, whatever changes between the
// check of its path and the write. A real race, made to happen every time: a hook in the file
// system swaps the output folder for a link to a folder outside the repository at the exact
// moment the run writes the image, after every check of the path has passed.
import { mkdirSync, readdirSync, renameSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateRun, loadAndPlan } from '../../src/pipeline.js';
import { createProvider } from '../../src/providers/index.js';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import { API_KEY, DISPATCHER, makeProject, type Project, release } from '../generate/helpers.js';
import { tempDir } from '../manifest/helpers.js';
import { filesUnder } from './helpers.js';

/** What the hook does when the run writes a file whose name contains `match`. */
const race: { match?: string; swap?: () => void } = {};

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile: typeof fs.writeFile = (path, ...rest) => {
    if (race.match && String(path).includes(race.match)) {
      race.match = undefined;
      race.swap?.();
    }
    return fs.writeFile(path, ...rest);
  };
  return { ...fs, writeFile, default: { ...fs, writeFile } };
});

let gw: Gateway | undefined;
let project: Project | undefined;
afterEach(async () => {
  race.match = race.swap = undefined;
  await release(gw, project);
});

describe('a folder swapped for a link while the run writes into it', () => {
  it.each([
    ['the output folder', 'public/card.png', 'public'],
    ['a folder above it', 'public/img/card.png', 'public'],
  ])('%s: nothing is written outside; the asset fails, saying why', async (_what, out, swapped) => {
    gw = await startGateway({ apiKey: API_KEY });
    project = makeProject({
      assets: [
        { id: 'card', out },
        { id: 'plain', out: 'other/plain.png' },
      ],
    });
    const outside = tempDir();
    const planned = loadAndPlan({
      manifest: project.manifest,
      root: project.dir,
      provider: 'pixapi',
    });
    const dir = project.dir;
    // Just as the image's temporary file is created, after its path was checked.
    race.match = '.card.png.asset-forge-';
    race.swap = () => {
      renameSync(join(dir, swapped), join(dir, `${swapped}-moved`));
      symlinkSync(outside, join(dir, swapped), 'dir');
      // The attacker's folder has the rest of the path, so the write would go through.
      if (out.includes('img/')) mkdirSync(join(outside, 'img'));
    };

    const provider = createProvider('pixapi', {
      apiKey: API_KEY,
      baseUrl: gw.url,
      dispatcher: DISPATCHER,
    });
    const result = await generateRun(planned, { provider, concurrency: 1 });

    expect(race.match, 'the hook ran').toBeUndefined();
    const card = result.results.find((r) => r.id === 'card')!;
    expect(card.outcome).toBe('failed');
    expect(card.reason).toBe(
      `the image could not be written: ${join(dir, ...out.split('/'))} is not written: its folder became a link that leads out of the repository`,
    );
    // Nothing of ours outside: not the image, not its temporary.
    expect(readdirSync(outside, { recursive: true })).toEqual(out.includes('img/') ? ['img'] : []);
    // The other asset is written as usual, and the card is not in the lock file.
    expect(result.results.find((r) => r.id === 'plain')!.outcome).toBe('generated');
    expect(filesUnder(dir).filter((path) => path.endsWith('.png'))).toEqual(['other/plain.png']);
  });
});
