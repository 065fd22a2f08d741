// The model registry and the manifest's `models:`: one entry per model, adjusted or added
// without a release, seen on the run's provider.
import { describe, expect, it } from 'vitest';
import { declareModels } from '../../src/models/declare.js';
import {
  BUILT_IN_MODEL_IDS,
  builtInRegistry,
  DEFAULT_FALLBACK,
  ModelRegistry,
  modelAccepts,
  UnknownModelError,
} from '../../src/models/registry.js';
import { onlyProblem, parse, yaml } from '../manifest/helpers.js';

const urls = (count: number) => Array.from({ length: count }, (_, i) => `https://x.test/${i}.png`);

describe('the built-in registry', () => {
  it('has the five built-in models and the default chain of SPEC 2', () => {
    expect(BUILT_IN_MODEL_IDS).toEqual([
      'gpt-image-2',
      'gemini-3-pro-image',
      'gemini-3.1-flash-image',
      'gemini-3.1-flash-lite-image',
      'gemini-2.5-flash-image',
    ]);
    expect(DEFAULT_FALLBACK).toEqual(['gemini-3-pro-image', 'gemini-3.1-flash-image']);
  });

  it('finds a model under its aliases, and lists its ids in the order to try them', () => {
    const models = builtInRegistry();
    expect(models.get('gemini-3-pro-image-preview').id).toBe('gemini-3-pro-image');
    expect(models.idsOf('gemini-3-pro-image')).toEqual([
      'gemini-3-pro-image',
      'gemini-3-pro-image-preview',
    ]);
    expect(models.idsOf('gemini-3.1-flash-image-preview')).toEqual([
      'gemini-3.1-flash-image',
      'gemini-3.1-flash-image-preview',
    ]);
    expect(() => models.get('gemini-4-image')).toThrow(UnknownModelError);
    expect(() => models.get('gemini-4-image')).toThrow(/built in: gpt-image-2, gemini-3-pro-image/);
  });

  it('applies the provider’s reference limits (SPEC 3)', () => {
    const nanobanana = builtInRegistry('nanobanana');
    const pixapi = builtInRegistry('pixapi');
    expect(nanobanana.get('gemini-3.1-flash-image').maxImages).toBe(10);
    expect(pixapi.get('gemini-3.1-flash-image').maxImages).toBe(14);
    expect(nanobanana.get('gemini-2.5-flash-image').maxImages).toBe(3);
    expect(nanobanana.get('gemini-3-pro-image').maxImages).toBe(14);
  });
});

describe('modelAccepts', () => {
  it('skips a model that cannot take the asset’s references on the provider, with a note', () => {
    const flash = builtInRegistry('nanobanana').get('gemini-3.1-flash-image');
    expect(modelAccepts(flash, { images: urls(10) })).toEqual({ ok: true });
    expect(modelAccepts(flash, { images: urls(11) })).toEqual({
      ok: false,
      note: 'gemini-3.1-flash-image takes at most 10 reference images on nanobanana, the asset has 11: skipped',
    });
    expect(
      modelAccepts(builtInRegistry('pixapi').get('gemini-3.1-flash-image'), { images: urls(11) })
        .ok,
    ).toBe(true);
    const lite = builtInRegistry('nanobanana').get('gemini-3.1-flash-lite-image');
    expect(modelAccepts(lite, { images: urls(2) })).toMatchObject({
      note: expect.stringContaining('at most 1 reference image on nanobanana'),
    });
  });
});

describe('models: in the manifest', () => {
  it('adds a model: one entry is enough to use, price and size it', () => {
    const manifest = parse(
      yaml(
        'version: 1',
        'models:',
        '  acme-image-1:',
        '    family: gemini',
        '    tiers: [1K, 2K]',
        '    ratios: ["1:1", "16:9"]',
        '    max-images: 2',
        '    credits: { 1K: 3, 2K: 5 }',
        'assets:',
        '  - id: hero',
        '    prompt: A hero',
        '    model: acme-image-1',
        '    fallback: []',
        '    size: 1920x1080',
      ),
    );
    const model = manifest.models.get('acme-image-1');
    expect(model).toMatchObject({ family: 'gemini', tiers: ['1K', '2K'], maxImages: 2 });
    expect(model.ratios).toEqual(['1:1', '16:9']);
    expect(manifest.assets[0]!.model).toBe('acme-image-1');
  });

  it('adjusts a built-in model key by key', () => {
    const { models, problems } = declareModels({
      'gemini-3-pro-image': { aliases: ['nano-banana-pro'] },
    });
    expect(problems).toEqual([]);
    const registry = new ModelRegistry(models, 'pixapi');
    expect(registry.idsOf('gemini-3-pro-image')).toEqual(['gemini-3-pro-image', 'nano-banana-pro']);
    expect(registry.get('nano-banana-pro').credits).toEqual({ '1K': 8, '2K': 8, '4K': 16 });
    expect(registry.get('gemini-3-pro-image').tiers).toEqual(['1K', '2K', '4K']);
  });

  it('needs a family for a new model, at its line', () => {
    const problem = onlyProblem(
      yaml('version: 1', 'models:', '  acme-image-1:', '    credits: { 1K: 3 }', 'assets: []'),
    );
    expect(problem).toMatchObject({ line: 3, column: 3 });
    expect(problem.fix).toContain('add family: gemini or family: gpt-image');
  });

  it('needs a price for every tier', () => {
    const problem = onlyProblem(
      yaml(
        'version: 1',
        'models:',
        '  acme-image-1:',
        '    family: gemini',
        '    tiers: [1K, 2K]',
        '    credits: { 1K: 3 }',
        'assets: []',
      ),
    );
    expect(problem.message).toBe('model acme-image-1 has no credits for its tier 2K');
  });

  it('refuses a ratio outside the model’s pixel table', () => {
    const problem = onlyProblem(
      yaml('version: 1', 'models:', '  gemini-3-pro-image:', '    ratios: ["1:8"]', 'assets: []'),
    );
    expect(problem).toMatchObject({ line: 4 });
    expect(problem.message).toContain("ratio 1:8 not in the model's pixel table");
  });

  it('an undeclared model id is an error at its line that lists the built-in ids', () => {
    const problem = onlyProblem(
      yaml(
        'version: 1',
        'assets:',
        '  - id: hero',
        '    prompt: A hero',
        '    model: gemini-4-image',
      ),
    );
    expect(problem).toMatchObject({ line: 5, column: 12 });
    expect(problem.fix).toContain(BUILT_IN_MODEL_IDS.join(', '));
  });

  it('refuses references that no model of the chain takes on the provider', () => {
    const problem = onlyProblem(
      yaml(
        'version: 1',
        'assets:',
        '  - id: duo',
        '    prompt: Two products',
        '    model: gemini-3.1-flash-image',
        '    fallback: [gemini-2.5-flash-image]',
        `    images: [${urls(11).join(', ')}]`,
      ),
    );
    expect(problem).toMatchObject({ line: 7 });
    expect(problem.message).toBe(
      "'duo' has 11 reference images, but no model of its chain takes more than 10 on nanobanana",
    );
  });
});
