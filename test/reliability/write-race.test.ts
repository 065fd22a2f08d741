// SPEC §2: an output, and the lock file, cannot be written outside the repository, whatever
// changes between the check of its path and the write. A real race, made to happen every time:
// a hook in the file system swaps the output folder (or the lock file's) for a link to a folder
// outside the repository at the exact moment the run writes it, after every check has passed.
import { mkdirSync, readdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateRun, loadAndPlan, type PlannedRun } from '../../src/pipeline.js';
import { createProvider } from '../../src/providers/index.js';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import {
  API_KEY,
  DISPATCHER,
  makeProject,
  manifestText,
  type Project,
  release,
} from '../generate/helpers.js';
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

/** As the run creates the temporary of a file named `name`, `folder` becomes a link to `outside`. */
function swapWhenWriting(name: string, folder: string, outside: string, then?: () => void): void {
  race.match = `.${name}.asset-forge-`;
  race.swap = () => {
    renameSync(folder, `${folder}-moved`);
    symlinkSync(outside, folder, 'dir');
    then?.();
  };
}

function generateOnGateway(planned: PlannedRun) {
  const provider = createProvider('pixapi', {
    apiKey: API_KEY,
    baseUrl: gw!.url,
    dispatcher: DISPATCHER,
  });
  return generateRun(planned, { provider, concurrency: 1 });
}

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
    swapWhenWriting('card.png', join(dir, swapped), outside, () => {
      // The attacker's folder has the rest of the path, so the write would go through.
      if (out.includes('img/')) mkdirSync(join(outside, 'img'));
    });

    const result = await generateOnGateway(planned);

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

describe("the lock file's folder swapped for a link while the lock is saved", () => {
  it('the lock is not written outside; the asset fails, saying why', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    // The manifest, and so its lock file, in a folder of the repository that can be swapped.
    const root = tempDir();
    mkdirSync(join(root, 'site'));
    const manifest = join(root, 'site', 'assets.yml');
    writeFileSync(manifest, manifestText({ assets: [{ id: 'card' }] }));
    const outside = tempDir();
    const planned = loadAndPlan({ manifest, root, provider: 'pixapi' });
    // Just as the lock file's temporary is created, after the image was written.
    swapWhenWriting('assets.lock.json', join(root, 'site'), outside);

    const result = await generateOnGateway(planned);

    expect(race.match, 'the hook ran').toBeUndefined();
    expect(readdirSync(outside, { recursive: true })).toEqual([]);
    const card = result.results.find((r) => r.id === 'card')!;
    expect(card.outcome).toBe('failed');
    expect(card.reason).toBe(
      `the image could not be written: ${join(root, 'site', 'assets.lock.json')} is not written: its folder became a link that leads out of the repository`,
    );
  });
});
