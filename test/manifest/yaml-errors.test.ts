// YAML syntax errors: one problem per mistake (never the parser's follow-on lines), pointing at
// the mistake, with the exact change for the common ones: a tab, a wrong indent, a `: ` in an
// unquoted value. Following the fix makes the manifest load.
import { describe, expect, it } from 'vitest';
import { parse, problemsOf, yaml } from './helpers.js';

const asset = (...lines: string[]) => yaml('version: 1', 'assets:', ...lines);

describe('YAML syntax errors', () => {
  it.each([
    [
      'a tab before a list item',
      asset('\t- id: hero', '    prompt: x'),
      { line: 3, column: 1, message: /a tab indents this line/ },
    ],
    [
      'a key indented one space too far',
      asset('  - id: hero', '     prompt: x', '    size: 1024x1024'),
      {
        line: 4,
        column: 6,
        message: /indented by 5 spaces, but the keys around it are at 4 \(like 'id' on line 3\)/,
        fix: "indent 'prompt' by 4 spaces to keep it in that map",
      },
    ],
    [
      'a key indented one space short',
      yaml('budget:', '  max-credits: 10', ' on-over-budget: fail', 'version: 1', 'assets: []'),
      {
        line: 3,
        column: 2,
        message: /indented by 1 space, but the keys around it are at 2/,
        fix: "indent 'on-over-budget' by 2 spaces to keep it in that map, or by 0 spaces to put it in the outer one",
      },
    ],
    [
      'an unquoted colon in a prompt',
      asset('  - id: hero', '    prompt: A hero: warm, bright', '    size: 1024x1024'),
      {
        line: 4,
        column: 19,
        message: /the value of 'prompt' has ': ' in it/,
        fix: 'put the value in quotes: prompt: "A hero: warm, bright"',
      },
    ],
  ])('%s: one problem, at the mistake, with the fix', (_what, text, expected) => {
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ line: expected.line, column: expected.column });
    expect(problem!.message).toMatch(expected.message);
    if ('fix' in expected) expect(problem!.fix).toBe(expected.fix);
  });

  it('reports each line indented with a tab, once', () => {
    const problems = problemsOf(asset('\t- id: a', '\t  prompt: x', '\t- id: b', '\t  prompt: y'));
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5, 6]);
  });

  it('the quoted fix loads, and keeps the prompt as written', () => {
    const manifest = parse(asset('  - id: hero', '    prompt: "A hero: warm, bright"'));
    expect(manifest.assets[0]!.prompt).toBe('A hero: warm, bright');
  });

  it('a quote inside the value is escaped in the fix', () => {
    const [problem] = problemsOf(asset('  - id: hero', '    prompt: Say "hi": now'));
    expect(problem!.fix).toBe('put the value in quotes: prompt: "Say \\"hi\\": now"');
    const fixed = parse(
      asset('  - id: hero', `    ${problem!.fix.replace(/^put the value in quotes: /, '')}`),
    );
    expect(fixed.assets[0]!.prompt).toBe('Say "hi": now');
  });
});
