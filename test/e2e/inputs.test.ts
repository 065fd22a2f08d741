// Bad input values stop the action before anything runs, with a message that names the input,
// and every output of SPEC §7 (OUTPUTS, as the contract lists them) is still set.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO, runAction } from './runner.js';

const OUTPUTS = [
  'credits-estimated',
  'credits-spent',
  'over-budget',
  'generated',
  'skipped',
  'failed',
  'files',
  'plan',
  'commit-sha',
  'pull-request-url',
  'pull-request-number',
  'pull-request-operation',
  'artifact-id',
  'artifact-url',
  'comment-url',
];

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'asset-forge-inputs-'));
  writeFileSync(
    join(dir, 'assets.yml'),
    'version: 1\nassets:\n  - id: hero\n    prompt: "A hero"\n    size: 1024x1024\n',
  );
  return dir;
}

describe('inputs', () => {
  it.each([
    [{ mode: 'bogus' }, "::error::input `mode`: 'bogus' is not one of plan, generate, comment"],
    [{ concurrency: '0' }, "::error::input `concurrency`: '0' is not a whole number of 1 or more"],
    [{ publish: 'bogus' }, "::error::input `publish`: 'bogus' is not one of commit, pull-request"],
    [{ shard: '4/3' }, "::error::input `shard`: '4/3' is not i/n"],
    [{ budget: '-5' }, "::error::input `budget`: '-5' is not a whole number of 0 or more"],
    [{ comment: 'yes' }, "::error::input `comment`: 'yes' is not one of auto, true, false"],
    [
      { 'pull-request-draft': 'yes' },
      "::error::input `pull-request-draft`: 'yes' is not one of true, false",
    ],
    [
      { 'pull-request-reviewers': 'octocat, not a name' },
      "::error::input `pull-request-reviewers`: 'not a name' is not a user name or an org/team",
    ],
    [{ mode: 'comment' }, '::error::input `plan-file`: mode `comment` needs the plan file'],
    [{ only: 'heor' }, '::error::input `only`: heor (did you mean hero?): matches no asset id'],
    [{ force: 'og-*' }, '::error::input `force`: og-*: matches no asset id of the manifest'],
    [{ only: '*a*a*a*a*a*a*a*a*b' }, '::error::the glob *a*a*a*a*a*a*a*a*b has more than 2 *'],
    [
      { provider: 'nanobanana' },
      '::error::input `api-key`: mode `generate` with provider nanobanana needs a key',
    ],
  ])('%o fails naming the input, and sets every output', async (inputs, message) => {
    const run = await runAction({
      workspace: workspace(),
      inputs: { provider: 'offline', publish: 'none', ...inputs },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(message);
    expect(Object.keys(run.outputs).sort()).toEqual([...OUTPUTS].sort());
    expect(run.outputs.generated).toBe('[]');
    expect(run.outputs['credits-spent']).toBe('0');
  });

  it('action.yml declares exactly the outputs of the contract', () => {
    const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as {
      outputs: Record<string, unknown>;
    };
    expect(Object.keys(action.outputs).sort()).toEqual([...OUTPUTS].sort());
  });

  it('sets every output on a plan run outside a pull request', async () => {
    const run = await runAction({ workspace: workspace(), inputs: { mode: 'plan' } });
    expect(run.code, run.stdout).toBe(0);
    expect(Object.keys(run.outputs).sort()).toEqual([...OUTPUTS].sort());
    expect(run.outputs['credits-estimated']).toBe('14'); // 1K, quality auto billed as high
    expect(run.outputs['comment-url']).toBe('');
  });
});
