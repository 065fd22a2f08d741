// SPEC §3 and §6: an asset that falls back to a Gemini model is written at exactly the
// manifest's size (Gemini answers its own ratio/tier pixels), and the fallback gets the same
// reference images as the primary model.
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { colourOf, type Gateway, startGateway } from '../fakes/gateway.js';
import {
  API_KEY,
  baseModel,
  centreColour,
  fileIn,
  headerOf,
  imageCalls,
  makeProject,
  type Project,
  release,
  runProject,
} from './helpers.js';

let gw: Gateway | undefined;
let project: Project | undefined;
afterEach(() => release(gw, project));

const GEMINI = 'gemini-3-pro-image';
const failPrimary = (gateway: Gateway) =>
  gateway.script('gpt-image-2', [{ status: 503 }, { status: 503 }]);

describe('Gemini fallback, exact size', () => {
  it('1536x1024 served by Gemini at 1264x848 is written at 1536x1024', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    failPrimary(gw);
    gw.script(GEMINI, [{ imageSize: { width: 1264, height: 848 } }]);
    project = makeProject({ assets: [{ id: 'og', size: '1536x1024' }] });

    const run = await runProject(project, { gateway: gw });

    expect(run.byId('og')).toMatchObject({ outcome: 'generated', model: GEMINI });
    expect(headerOf(project, 'out/og.png')).toEqual({ format: 'png', width: 1536, height: 1024 });
    expect(centreColour(project, 'out/og.png')).toEqual(colourOf(GEMINI));
    // The Gemini request asked for the 3:2 ratio, not for WxH.
    const fallback = imageCalls(gw).at(-1)!;
    expect(fallback.body?.image_size).toBe('3:2');
  });

  it.each([
    ['png', 'og.png'],
    ['jpeg', 'og.jpg'],
    ['webp', 'og.webp'],
  ])(
    'the tier pixels Gemini answers become the exact size, as %s, with renditions',
    async (format, out) => {
      gw = await startGateway({ apiKey: API_KEY });
      failPrimary(gw);
      project = makeProject({
        assets: [
          {
            id: 'og',
            size: '1536x1024',
            format,
            out,
            renditions: [{ out: 'og-small.png', size: '1200x630', format: 'png' }],
          },
        ],
      });

      const run = await runProject(project, { gateway: gw });

      expect(run.byId('og')).toMatchObject({ outcome: 'generated', model: GEMINI });
      expect(run.byId('og').files).toEqual([out, 'og-small.png']);
      expect(headerOf(project, out)).toEqual({ format, width: 1536, height: 1024 });
      expect(headerOf(project, 'og-small.png')).toEqual({
        format: 'png',
        width: 1200,
        height: 630,
      });
    },
  );

  it('a Gemini image of the wrong aspect ratio is refused, not stretched', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    // The primary stays down for the whole wait budget (a short burst would be waited out).
    gw.script(
      'gpt-image-2',
      Array.from({ length: 200 }, () => ({ status: 503 })),
    );
    gw.script(GEMINI, [
      { imageSize: { width: 1024, height: 1024 } },
      { imageSize: { width: 1024, height: 1024 } },
    ]);
    project = makeProject({ assets: [{ id: 'og', size: '1536x1024', fallback: [GEMINI] }] });

    const run = await runProject(project, { gateway: gw });

    expect(run.byId('og').outcome).toBe('failed');
    const onGemini = run.byId('og').attempts.filter((a) => a.model === GEMINI);
    expect(onGemini.map((a) => a.status)).toEqual(['invalid-image', 'invalid-image']);
    // The two images were delivered: billed whatever the check said (SPEC 4).
    expect(onGemini.every((a) => a.credits > 0)).toBe(true);
    expect(run.result.creditsSpent).toBe(onGemini.reduce((sum, a) => sum + a.credits, 0));
  });
});

describe('reference images reach the fallback', () => {
  const urls = ['https://cdn.example.com/a.png', 'https://cdn.example.com/b.png'];

  it('nanobanana: the Gemini edit carries the same image URLs', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    failPrimary(gw);
    project = makeProject({ assets: [{ id: 'duo', size: '1536x1024', images: urls }] });

    const run = await runProject(project, { gateway: gw });

    expect(run.byId('duo')).toMatchObject({ outcome: 'generated', model: GEMINI });
    const calls = imageCalls(gw);
    expect(calls.map(baseModel)).toEqual(['gpt-image-2', 'gpt-image-2', GEMINI]);
    for (const call of calls) {
      expect(call.kind).toBe('edit');
      expect(call.path).toBe('/v1/images/edit');
      expect(call.body?.image).toEqual(urls);
    }
    expect(headerOf(project, 'out/duo.png')).toMatchObject({ width: 1536, height: 1024 });
  });

  it('pixapi: URLs and repository files are sent again to the fallback', async () => {
    gw = await startGateway({ apiKey: API_KEY });
    failPrimary(gw);
    project = makeProject({
      assets: [{ id: 'duo', size: '1536x1024', images: [urls[0]!, 'refs/product.png'] }],
    });
    const png = new PNG({ width: 16, height: 16 });
    mkdirSync(fileIn(project, 'refs'));
    writeFileSync(fileIn(project, 'refs/product.png'), PNG.sync.write(png));

    const run = await runProject(project, { gateway: gw, provider: 'pixapi' });

    expect(run.byId('duo')).toMatchObject({ outcome: 'generated', model: GEMINI });
    const calls = imageCalls(gw);
    expect(calls.map(baseModel)).toEqual(['gpt-image-2', 'gpt-image-2', GEMINI]);
    for (const call of calls) {
      // The 2K Gemini job (2528x1696) goes through the task API: still an edit.
      expect(call.path).toMatch(/^\/v1(\/async)?\/images\/edits$/);
      expect(call.body?.image).toBe(urls[0]);
      expect(call.files).toEqual([
        expect.objectContaining({ field: 'image', filename: 'product.png' }),
      ]);
    }
    expect(headerOf(project, 'out/duo.png')).toMatchObject({ width: 1536, height: 1024 });
  });
});
