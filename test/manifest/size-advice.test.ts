// A size gpt-image-2 cannot make: for a common web size, the rendition recipe of docs/sizes.md
// (a valid master of exactly that shape, at least as large, and the asked size as a rendition);
// otherwise the nearest valid size.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/manifest/errors.js';
import { invalidSizeFix, sameShapeMaster } from '../../src/manifest/size-advice.js';
import { checkGptImage2Size, type Dimensions } from '../../src/sizes.js';
import { onlyProblem, parse, problemsOf, yaml } from './helpers.js';

const size = (text: string): Dimensions => {
  const [width, height] = text.split('x').map(Number) as [number, number];
  return { width, height };
};

describe('the rendition recipe for sizes gpt-image-2 cannot make', () => {
  it.each(['1920x1080', '1080x1920', '1200x630', '1280x720', '800x600', '1000x1000', '512x512'])(
    '%s: a valid master of the same shape, at least as large',
    (text) => {
      const asked = size(text);
      const master = sameShapeMaster(asked)!;
      expect(checkGptImage2Size(master)).toEqual([]);
      expect(master.width * asked.height).toBe(master.height * asked.width); // the same shape
      expect(master.width).toBeGreaterThanOrEqual(asked.width);
      expect(master.height).toBeGreaterThanOrEqual(asked.height);
    },
  );

  it('1920x1080 is answered with 2048x1152 and a 1920x1080 rendition, not 1936x1088', () => {
    const problem = onlyProblem(
      yaml('version: 1', 'assets:', '  - id: hero', '    prompt: x', '    size: 1920x1080'),
    );
    expect(problem.fix).toBe(
      'use 2048x1152 (the same shape) and add 1920x1080 as a rendition, resized from it at no extra credits: renditions: [{ out: <file>, size: 1920x1080 }]',
    );
  });

  it('the recipe, written as told, loads', () => {
    const manifest = parse(
      yaml(
        'version: 1',
        'assets:',
        '  - id: hero',
        '    prompt: x',
        '    size: 2048x1152',
        '    renditions: [{ out: web/hero.png, size: 1920x1080 }]',
      ),
    );
    expect(manifest.assets[0]!.renditions[0]!.size).toEqual(size('1920x1080'));
  });

  it.each([
    ['3840x1024', 'use 3072x1024, the nearest valid size with the same aspect ratio'],
    ['4096x2304', 'use 3840x2160, the nearest valid size with the same aspect ratio'],
  ])('%s (no valid size of that shape is as large): the nearest valid size', (text, fix) => {
    expect(sameShapeMaster(size(text))).toBeUndefined();
    expect(invalidSizeFix(size(text))).toBe(fix);
  });
});

describe('docs/sizes.md', () => {
  it('quotes the errors the loader writes for 1920x1080 and 3840x1024', async () => {
    const doc = readFileSync('docs/sizes.md', 'utf8');
    const quoted = doc.split('\n').filter((line) => line.startsWith('assets.yml:'));
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    prompt: x',
      '    size: 1920x1080',
      '  - id: b',
      '    prompt: x',
      '    out: b.png',
      '    size: 3840x1024',
    );
    expect(quoted).toEqual(problemsOf(text).map(formatProblem));
  });
});
