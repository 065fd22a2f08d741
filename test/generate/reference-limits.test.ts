// SPEC 3: a model that cannot take the asset's reference images on the run's provider is
// skipped in the chain, with a note, and never sent them.
import { afterEach, describe, expect, it } from 'vitest';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import { imageCalls, makeProject, type Project, release, runProject } from './helpers.js';

let gw: Gateway | undefined;
let project: Project | undefined;
afterEach(() => release(gw, project));

const urls = Array.from({ length: 11 }, (_, i) => `https://cdn.example.com/${i}.png`);

describe('reference limits per provider', () => {
  it('skips gemini-3.1-flash-image on nanobanana for 11 references, and the next model serves', async () => {
    gw = await startGateway({ apiKey: 'test-key' });
    project = makeProject({
      assets: [
        {
          id: 'collage',
          size: '1024x1024',
          model: 'gemini-3.1-flash-image',
          fallback: ['gemini-3-pro-image'],
          images: urls,
        },
      ],
    });
    const run = await runProject(project, { gateway: gw });
    const collage = run.byId('collage');
    expect(collage.attempts[0]).toEqual({
      model: 'gemini-3.1-flash-image',
      status: 'not-accepted',
      waitMs: 0,
      credits: 0,
      message:
        'gemini-3.1-flash-image takes at most 10 reference images on nanobanana, the asset has 11: skipped',
    });
    expect(collage).toMatchObject({ outcome: 'generated', model: 'gemini-3-pro-image' });
    expect(imageCalls(gw).map((call) => call.model)).toEqual(['gemini-3-pro-image']);
  });
});
