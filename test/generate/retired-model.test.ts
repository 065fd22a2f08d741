// SPEC 6: a model the provider no longer serves is skipped at once, is dead for the rest of the
// run, and costs at most one request per id; the next model of the default chain serves every
// asset at the manifest's exact size (SPEC 3).
import { afterEach, describe, expect, it } from 'vitest';
import { type Gateway, startGateway } from '../fakes/gateway.js';
import {
  baseModel,
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

const SIZES = ['1024x1024', '1536x1024', '1024x1536', '2048x1152', '3840x2160', '1200x640'];
const PRO_IDS = ['gemini-3-pro-image', 'gemini-3-pro-image-preview'];

/** No model or fallback named: the assets run on the built-in default chain. */
function defaultChainManifest(): string {
  const assets = SIZES.map(
    (size, i) =>
      `  - id: asset-${i}\n    prompt: "Picture for asset asset-${i}"\n    size: ${size}\n`,
  ).join('');
  return `version: 1\ndefaults:\n  quality: low\n  out-dir: out\nassets:\n${assets}`;
}

describe('gpt-image-2 down and gemini-3-pro-image retired under every id', () => {
  for (const modelList of [true, false]) {
    it(`the default chain generates every asset through gemini-3.1-flash-image (${modelList ? 'with' : 'without'} a model list)`, async () => {
      gw = await startGateway({ apiKey: 'test-key', retired: PRO_IDS, modelList });
      gw.script(
        'gpt-image-2',
        Array.from({ length: 200 }, () => ({ status: 503 })),
      );
      project = makeProject(defaultChainManifest());
      const run = await runProject(project, { gateway: gw, concurrency: 4 });

      for (const [i, size] of SIZES.entries()) {
        const result = run.byId(`asset-${i}`);
        expect(result).toMatchObject({ outcome: 'generated', model: 'gemini-3.1-flash-image' });
        const [width, height] = size.split('x').map(Number);
        expect(headerOf(project, `out/asset-${i}.png`)).toMatchObject({ width, height });
      }
      const sentTo = imageCalls(gw).map(baseModel);
      for (const id of PRO_IDS) {
        // With a model list the retired ids are never sent; without one, each is tried once.
        expect(sentTo.filter((model) => model === id).length).toBeLessThanOrEqual(
          modelList ? 0 : 1,
        );
      }
      expect(run.result.modelsUnavailable).toContainEqual(
        expect.objectContaining({
          model: 'gemini-3-pro-image',
          replacement: 'gemini-3.1-flash-image',
        }),
      );
    });
  }
});
