// A manifest's assets as the loader would hand them to the planner, for the planner's tests.
import type { Asset, Manifest } from '../src/manifest/types.js';
import { builtInRegistry } from '../src/models/registry.js';

export function asset(id: string, overrides: Partial<Asset> = {}): Asset {
  return {
    id,
    prompt: `the ${id} image`,
    size: { width: 1536, height: 1024 },
    quality: 'high',
    model: 'gpt-image-2',
    fallback: ['gemini-3-pro-image'],
    format: 'png',
    out: `img/${id}.png`,
    images: [],
    renditions: [],
    async: false,
    line: 1,
    ...overrides,
  };
}

export function manifest(assets: Asset[], budget: Partial<Manifest['budget']> = {}): Manifest {
  return {
    file: 'assets.yml',
    dir: '/repo',
    root: '/repo',
    budget: { onOverBudget: 'fail', ...budget },
    models: builtInRegistry(),
    prune: false,
    assets,
  };
}
