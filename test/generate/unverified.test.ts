// SPEC §6: every image received is checked before it is written. An image that fails the check
// on every model of the chain leaves no file and no lock entry; the gateway billed what it
// delivered, so those credits stay spent (SPEC 4).
import { existsSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { type Gateway, type Step, startGateway } from '../fakes/gateway.js';
import {
  API_KEY,
  fileIn,
  imageCalls,
  makeProject,
  type Project,
  readLockFile,
  release,
  runProject,
} from './helpers.js';

let gw: Gateway | undefined;
let project: Project | undefined;
afterEach(() => release(gw, project));

/** Everything in the project folder but the manifest, recursively. */
function leftovers(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .filter((name) => name !== 'assets.yml');
}

const BAD_IMAGES: [string, Step][] = [
  ['garbage bytes', 'image-garbage'],
  ['a truncated PNG', 'image-truncated'],
  ['a JPEG whose structure is sound but that does not decode', 'image-undecodable'],
  // Wrong for gpt-image-2's exact size and for Gemini's aspect ratio alike.
  ['the wrong size', { imageSize: { width: 1024, height: 256 } }],
  ['a download cut midway', 'image-reset'],
];

describe('no unverified image is ever written', () => {
  it.each(BAD_IMAGES)(
    '%s on every model: no file, no lock entry; what was delivered stays spent',
    async (_name, bad) => {
      gw = await startGateway({
        apiKey: API_KEY,
        chaos: { probability: 1, steps: [bad], seed: 3 },
      });
      project = makeProject({
        defaults: { fallback: ['gemini-3-pro-image', 'gemini-3.1-flash-image'] },
        assets: [
          { id: 'plain' },
          { id: 'wide', size: '1536x1024', format: 'webp' },
          { id: 'with-renditions', renditions: [{ out: 'small.png', size: '512x512' }] },
        ],
      });

      // The circuit breaker is not the point here: every model gets every try.
      const breaker = { threshold: 1_000, coolDownMs: 1 };
      const run = await runProject(project, { gateway: gw, concurrency: 3, breaker });

      // Every model was tried (with its retry): the images came, and were refused.
      expect(imageCalls(gw)).toHaveLength(3 * 3 * 2);
      for (const result of run.result.results) {
        expect(result.outcome).toBe('failed');
        expect(result.files).toEqual([]);
        // The gateway billed each image it delivered (SPEC 4): those credits stay spent.
        expect(result.attempts.every((a) => a.status !== 'ok' && a.credits > 0)).toBe(true);
        expect(result.credits).toBe(result.attempts.reduce((sum, a) => sum + a.credits, 0));
      }
      const total = run.result.results.reduce((sum, r) => sum + r.credits, 0);
      expect(run.result.creditsSpent).toBe(total);
      expect(existsSync(fileIn(project, 'out'))).toBe(false);
      expect(existsSync(fileIn(project, 'small.png'))).toBe(false);
      expect(readLockFile(project)?.assets ?? {}).toEqual({});
      expect(leftovers(project.dir).filter((name) => name !== 'assets.lock.json')).toEqual([]);
    },
  );

  it('says what was wrong with the image', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    gw.script('gpt-image-2', [{ imageSize: { width: 1024, height: 1536 } }, 'image-garbage']);
    gw.script('gemini-3-pro-image', ['image-truncated', 'image-truncated']);
    project = makeProject({ assets: [{ id: 'card' }] });

    const run = await runProject(project, { gateway: gw });

    const { attempts, reason } = run.byId('card');
    expect(attempts.map((a) => a.status)).toEqual(Array(4).fill('invalid-image'));
    expect(attempts[0]?.message).toContain('1024x1536');
    expect(attempts[0]?.message).toContain('1024x1024');
    expect(attempts[1]?.message).toMatch(/not a PNG, JPEG or WebP/);
    expect(reason).toContain('gemini-3-pro-image');
  });

  it('a refused image on the primary does not block a good one from the fallback', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    gw.script('gpt-image-2', ['image-truncated', 'image-truncated']);
    project = makeProject({ assets: [{ id: 'card' }] });

    const run = await runProject(project, { gateway: gw });

    expect(run.byId('card')).toMatchObject({
      outcome: 'generated',
      model: 'gemini-3-pro-image',
      files: ['out/card.png'],
    });
    expect(Object.keys(readLockFile(project)!.assets)).toEqual(['card']);
  });
});
