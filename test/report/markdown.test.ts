// The cost preview in the PR comment and the job summary: the same diff as the terminal plan.
import { describe, expect, it } from 'vitest';
import { planMarkdown } from '../../src/report/markdown.js';
import type { PlanDocument } from '../../src/report/plan-document.js';

const document: PlanDocument = {
  version: 1,
  manifest: 'assets.yml',
  onOverBudget: 'fail',
  budget: 100,
  requiredCredits: 17,
  selectedCredits: 17,
  overBudget: false,
  assets: [
    {
      id: 'hero',
      change: 'changed',
      reason: 'prompt, size changed',
      size: '2048x1152',
      tier: '2K',
      quality: 'medium',
      model: 'gpt-image-2',
      credits: 17,
      selected: true,
      changes: [
        { field: 'prompt', old: 'a cat', new: 'a cat | @octocat <b>hi</b>' },
        { field: 'size', old: '1024x1024', new: '2048x1152' },
      ],
      previousCredits: 4,
    },
  ],
  shards: [
    { index: 1, count: 2, credits: 17, cap: 58 },
    { index: 2, count: 2, credits: 0, cap: 41 },
  ],
  removed: [],
  problems: [],
};

describe('planMarkdown', () => {
  const markdown = planMarkdown(document);

  it('counts the changes, and says why each asset changes, old and new, with its costs', () => {
    expect(markdown).toContain('**Plan:** 1 to generate (1 changed), 0 unchanged.');
    expect(markdown).toContain('size: 1024x1024 → 2048x1152; credits: 4 → 17');
  });

  it('escapes the user text of a changed prompt: no broken table, no mention, no HTML', () => {
    const why = markdown.split('\n').find((line) => line.startsWith('- **hero**'))!;
    expect(why).not.toMatch(/[|<>]|@octocat/);
    expect(why).toContain('prompt: a cat → a cat &#124; @&#8203;octocat &lt;b&gt;hi&lt;/b&gt;;');
    expect(why).toContain('@&#8203;octocat');
  });

  it("shows each shard's credits and cap", () => {
    expect(markdown).toContain('| 1/2 | 17 | 58 |');
    expect(markdown).toContain('| 2/2 | 0 | 41 |');
  });
});
