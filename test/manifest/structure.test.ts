// Manifest errors found by the schema: unknown keys, types, required keys, enums, ids. Each one
// must name the exact line and column and say how to fix it (SPEC §2).
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/manifest/errors.js';
import { onlyProblem, parse, problemsOf, where, yaml } from './helpers.js';

describe('unknown keys', () => {
  it('at the top level: points at the key and suggests the key it resembles', () => {
    const text = yaml('version: 1', 'asets: []');
    const problems = problemsOf(text);
    const unknown = problems.find((p) => p.message.includes("'asets'"))!;
    expect(unknown).toMatchObject({ line: 2, column: 1 });
    expect(unknown.message).toBe("unknown key 'asets' at the top level");
    expect(unknown.fix).toBe("did you mean 'assets'?");
  });

  it('at the top level with nothing close: lists the keys that are valid there', () => {
    const text = yaml('version: 1', 'colour: red', 'assets: []');
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 2, column: 1 });
    expect(problem.fix).toBe(
      'remove it; valid keys here are version, budget, defaults, vars, models, pricing, prune, assets',
    );
  });

  it('in defaults', () => {
    const text = yaml('version: 1', 'defaults:', '  qualty: high', 'assets: []');
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 3, column: 3 });
    expect(problem.message).toBe("unknown key 'qualty' in defaults");
    expect(problem.fix).toBe("did you mean 'quality'?");
  });

  it('in an asset: promt -> prompt', () => {
    const text = yaml('version: 1', 'assets:', '  - id: hero', '    prompt: x', '    promt: y');
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 5, column: 5 });
    expect(problem.message).toBe("unknown key 'promt' in assets[0]");
    expect(problem.fix).toBe("did you mean 'prompt'?");
  });

  it('in a rendition, also in flow style', () => {
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: hero',
      '    prompt: x',
      '    renditions:',
      '      - { out: a.png, size: 100x100, fromat: webp }',
    );
    const problem = onlyProblem(text);
    expect(problem).toMatchObject(where(text, 'fromat'));
    expect(problem).toMatchObject({ line: 6, column: 38 });
    expect(problem.message).toBe("unknown key 'fromat' in assets[0].renditions[0]");
    expect(problem.fix).toBe("did you mean 'format'?");
  });

  it('in budget and pricing', () => {
    const text = yaml(
      'version: 1',
      'budget:',
      '  max-credit: 10',
      'pricing:',
      '  gpt-image-2:',
      '    8K: 1',
      'assets: []',
    );
    const problems = problemsOf(text);
    expect(problems.map((p) => [p.line, p.column, p.fix])).toEqual([
      [3, 3, "did you mean 'max-credits'?"],
      [6, 5, "did you mean '1K'?"],
    ]);
  });

  it('a price for a model that is neither built in nor declared', () => {
    const text = yaml('version: 1', 'pricing:', '  gpt-image-3:', '    1K: 3', 'assets: []');
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 3, column: 3 });
    expect(problem.message).toContain('pricing names model gpt-image-3');
    expect(problem.fix).toContain("did you mean 'gpt-image-2'?");
  });
});

describe('wrong types', () => {
  it('a list where a string belongs: points at the value', () => {
    const text = yaml('version: 1', 'assets:', '  - id: hero', '    prompt: [a, b]');
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 4, column: 13 });
    expect(problem.message).toBe('assets[0].prompt must be a string, not a list');
    expect(problem.fix).toBe('write assets[0].prompt as a string');
  });

  it('text where a number belongs', () => {
    const text = yaml('version: 1', 'budget:', '  max-credits: lots', 'assets: []');
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 3, column: 16 });
    expect(problem.message).toBe('budget.max-credits must be a number, not a string ("lots")');
  });

  it('a fraction where a whole number belongs', () => {
    const problem = onlyProblem(yaml('version: 1', 'budget:', '  max-credits: 2.5', 'assets: []'));
    expect(problem.message).toBe('budget.max-credits must be a whole number, not a number (2.5)');
  });

  it('an empty value is pointed at through its key', () => {
    const text = yaml('version: 1', 'assets:', '  - id: hero', '    prompt:', '    size: auto');
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 4, column: 5 });
    expect(problem.message).toBe('assets[0].prompt must be a string, not null');
  });

  it('an asset that is not a map', () => {
    const text = yaml('version: 1', 'assets:', '  - hero');
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 3, column: 5 });
    expect(problem.message).toBe('assets[0] must be a map, not a string ("hero")');
  });

  it('a manifest that is a list', () => {
    const problem = onlyProblem(yaml('- id: hero'));
    expect(problem).toMatchObject({ line: 1, column: 1 });
    expect(problem.message).toBe('the manifest must be a map, not a list');
  });

  it('a variable of the wrong shape', () => {
    const text = yaml('version: 1', 'vars:', '  brand: [a]', 'assets: []');
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 3, column: 10 });
    expect(problem.fix).toBe('write vars.brand as text, a number, or true or false');
  });
});

describe('missing required keys', () => {
  it('id: points at the asset that lacks it', () => {
    const text = yaml('version: 1', 'assets:', '  - prompt: x');
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 3, column: 5 });
    expect(problem.message).toBe("assets[0] is missing the required key 'id'");
    expect(problem.fix).toBe('add id: to assets[0]');
  });

  it('prompt, in the second asset', () => {
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    prompt: x',
      '  - id: b',
      '    size: auto',
    );
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 5, column: 5 });
    expect(problem.message).toBe("assets[1] is missing the required key 'prompt'");
  });

  it('a rendition without out', () => {
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    prompt: x',
      '    renditions:',
      '      - size: 10x10',
    );
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 6, column: 9 });
    expect(problem.message).toBe("assets[0].renditions[0] is missing the required key 'out'");
  });

  it('version: at the start of the manifest, with the line to add', () => {
    const text = yaml('# the marketing images', 'assets: []');
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 2, column: 1 });
    expect(problem.message).toBe("the manifest is missing the required key 'version'");
    expect(problem.fix).toBe('add version: 1 at the top of the manifest');
  });

  it('assets', () => {
    const problem = onlyProblem(yaml('version: 1'));
    expect(problem).toMatchObject({ line: 1, column: 1 });
    expect(problem.message).toBe("the manifest is missing the required key 'assets'");
    expect(problem.fix).toBe('add assets: to the top level of the manifest');
  });

  it('an empty file says so', () => {
    const problem = onlyProblem('');
    expect(problem).toMatchObject({ line: 1, column: 1, message: 'the manifest is empty' });
  });
});

describe('values that are not allowed', () => {
  it('quality: ultra names the allowed values', () => {
    const text = yaml('version: 1', 'assets:', '  - id: a', '    prompt: x', '    quality: ultra');
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 5, column: 14 });
    expect(problem.message).toBe('assets[0].quality is "ultra", which is not allowed');
    expect(problem.fix).toBe('use one of low, medium, high, auto');
  });

  it('a near miss gets a suggestion: hgh -> high, partal -> partial', () => {
    const text = yaml(
      'version: 1',
      'budget:',
      '  on-over-budget: partal',
      'defaults:',
      '  quality: hgh',
      'assets: []',
    );
    expect(problemsOf(text).map((p) => [p.line, p.column, p.fix])).toEqual([
      [3, 19, "did you mean 'partial'? (use one of fail, partial)"],
      [5, 12, "did you mean 'high'? (use one of low, medium, high, auto)"],
    ]);
  });

  it('an unknown model in a fallback list points at the entry', () => {
    const text = yaml(
      'version: 1',
      'defaults:',
      '  fallback: [gemini-3-pro-image-preview, gemini-3-pro]',
      'assets: []',
    );
    const problem = onlyProblem(text);
    expect(problem).toMatchObject(where(text, 'gemini-3-pro]'));
    expect(problem.message).toBe(
      'model gemini-3-pro is not built in and not declared under models:',
    );
    expect(problem.fix).toContain("did you mean 'gemini-3-pro-image'?");
    expect(problem.fix).toContain('gpt-image-2, gemini-3-pro-image, gemini-3.1-flash-image');
  });

  it('version: 2', () => {
    const problem = onlyProblem(yaml('version: 2', 'assets: []'));
    expect(problem).toMatchObject({ line: 1, column: 10 });
    expect(problem.message).toBe('version is 2, which is not allowed');
    expect(problem.fix).toBe('use 1');
  });

  it('version: "1" (quoted) is told to drop the quotes', () => {
    const problem = onlyProblem(yaml('version: "1"', 'assets: []'));
    expect(problem.fix).toBe('write 1 without quotes');
  });

  it('a negative budget', () => {
    const problem = onlyProblem(yaml('version: 1', 'budget:', '  max-credits: -5', 'assets: []'));
    expect(problem).toMatchObject({ line: 3, column: 16 });
    expect(problem.message).toBe('budget.max-credits is -5; it must be at least 0');
  });

  it('an empty prompt', () => {
    const problem = onlyProblem(yaml('version: 1', 'assets:', '  - id: a', '    prompt: ""'));
    expect(problem).toMatchObject({ line: 4, column: 13, message: 'assets[0].prompt is empty' });
  });

  it('a refresh period that is not a duration', () => {
    const text = yaml('version: 1', 'defaults:', '  refresh: 90 days', 'assets: []');
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 3, column: 12 });
    expect(problem.fix).toBe('write a number followed by m, h, d or w, for example 90d');
  });

  it('a variable name that cannot be written as ${name}', () => {
    const text = yaml('version: 1', 'vars:', '  1brand: x', 'assets: []');
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 3, column: 3 });
    expect(problem.message).toBe("variable name '1brand' is not valid");
  });
});

describe('asset ids', () => {
  it.each([
    ['Hero', 'upper case'],
    ['-hero', 'a leading dash'],
    ['hero banner', 'a space'],
    ['héro', 'a non-ASCII letter'],
  ])('rejects %j (%s)', (id) => {
    const text = yaml('version: 1', 'assets:', `  - id: "${id}"`, '    prompt: x');
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 3, column: 9 });
    expect(problem.message).toBe(`assets[0].id ${JSON.stringify(id)} is not valid`);
    expect(problem.fix).toBe(
      'use lower-case letters, digits, - and _, starting with a letter or digit (for example hero-banner)',
    );
  });

  it.each(['hero', 'og-card_2x', '0day'])('accepts %j', (id) => {
    const manifest = parse(yaml('version: 1', 'assets:', `  - id: ${id}`, '    prompt: x'));
    expect(manifest.assets.map((asset) => asset.id)).toEqual([id]);
  });

  it('a duplicate id is reported at the second occurrence and names the first line', () => {
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: hero',
      '    prompt: x',
      '  - id: logo',
      '    prompt: y',
      '  - id: hero',
      '    prompt: z',
    );
    const problem = onlyProblem(text);
    expect(problem).toMatchObject({ line: 7, column: 9 });
    expect(problem.message).toBe(
      "asset id 'hero' is used more than once (first at assets[0], line 3)",
    );
    expect(problem.fix).toBe('give every asset its own id');
  });

  it('a third use still names the first, not the second', () => {
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    prompt: x',
      '  - id: a',
      '    prompt: y',
      '  - id: a',
      '    prompt: z',
    );
    expect(problemsOf(text).map((p) => [p.line, p.message])).toEqual([
      [5, "asset id 'a' is used more than once (first at assets[0], line 3)"],
      [7, "asset id 'a' is used more than once (first at assets[0], line 3)"],
    ]);
  });
});

describe('several problems', () => {
  it('are all reported at once, schema and context problems together, sorted by line', () => {
    const text = yaml(
      'version: 1',
      'vars:',
      '  brand: Acme',
      'assets:',
      '  - id: a',
      '    prompt: "${brnd} banner"',
      '    size: 3840x1024',
      '  - id: B',
      '    prompt: x',
      '  - id: c',
      '    promt: y',
      '    prompt: y',
      '    quality: ultra',
      '  - id: a',
      '    prompt: z',
    );
    const problems = problemsOf(text);
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [6, 14], // ${brnd}
      [7, 11], // the size
      [8, 9], // id B
      [11, 5], // promt
      [13, 14], // ultra
      [14, 9], // second a
    ]);
  });
});

describe('formatProblem', () => {
  it('is file:line:col: message. Fix: fix', () => {
    expect(
      formatProblem({
        file: 'design/assets.yml',
        line: 12,
        column: 11,
        message: 'size 3840x1024 is not valid for gpt-image-2',
        fix: 'use 3072x1024',
      }),
    ).toBe(
      'design/assets.yml:12:11: size 3840x1024 is not valid for gpt-image-2. Fix: use 3072x1024',
    );
  });

  it('the problems of a real file read well: one period before Fix, none doubled', () => {
    const text = yaml(
      'version: 1',
      'assets:',
      '  - id: a',
      '    promt: x',
      '    size: 3840x1024',
      '    quality: ultra',
    );
    for (const problem of problemsOf(text)) {
      const line = formatProblem(problem);
      expect(line).toMatch(/^assets\.yml:\d+:\d+: \S.*\. Fix: \S/);
      expect(line).not.toContain('..');
      expect(problem.message).not.toMatch(/[.]$/);
    }
  });
});
