// Every YAML example users may copy is loaded here. Workflows are parsed and their asset-forge
// steps checked against action.yml. Manifests are validated by the real loader. A block that
// is only part of a file says so on its first line (`# fragment`) and is skipped.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseActionMetadata } from '../../scripts/readme-inputs.js';
import { parseManifest } from '../../src/manifest/load.js';
import { codeBlocks, exampleYamlFiles, markdownFiles, read } from './helpers.js';

interface Example {
  where: string;
  text: string;
}

const examples: Example[] = [
  ...markdownFiles().flatMap((file) =>
    codeBlocks(file)
      .filter((block) => block.lang === 'yaml' || block.lang === 'yml')
      .map(({ where, text }) => ({ where, text })),
  ),
  ...exampleYamlFiles().map((file) => ({ where: file, text: read(file) })),
];

const action = parseActionMetadata(read('action.yml'));
const INPUTS = new Set(Object.keys(action.inputs));
const OUTPUTS = new Set(Object.keys(action.outputs));
/** Inputs that take one of a few words: checked when the example writes a literal. */
const CHOICES: Record<string, string[]> = {
  mode: ['plan', 'generate', 'comment'],
  provider: ['nanobanana', 'pixapi', 'offline'],
  comment: ['auto', 'true', 'false'],
  'fail-on': ['error', 'never'],
};
const PUBLISH_TARGETS = ['commit', 'pull-request', 'artifact', 'none'];
const ACTION_REF = /^asset-forge\/asset-forge@(v\d+|v\d+\.\d+\.\d+|[0-9a-f]{40})$/;

type Kind = 'fragment' | 'workflow' | 'manifest' | 'dependabot' | 'unknown';

function kindOf(text: string, data: unknown): Kind {
  if (/^# fragment\b/.test(text)) return 'fragment';
  if (!isMap(data)) return 'unknown';
  if ('jobs' in data) return 'workflow';
  if (data.version === 1 && 'assets' in data) return 'manifest';
  if (data.version === 2 && 'updates' in data) return 'dependabot';
  return 'unknown';
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseYaml(example: Example): unknown {
  const document = parseDocument(example.text, { uniqueKeys: true });
  const problems = [...document.errors, ...document.warnings].map((e) => e.message);
  expect(problems, `${example.where} is not valid YAML`).toEqual([]);
  return document.toJS();
}

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('YAML examples in README.md, docs/ and examples/', () => {
  it('are found where expected', () => {
    const where = examples.map((example) => example.where);
    expect(where.filter((w) => w.startsWith('README.md')).length).toBeGreaterThanOrEqual(2);
    expect(where).toContain('examples/assets.yml');
    for (const name of [
      'regenerate-on-push',
      'pr-cost-preview',
      'scheduled-refresh',
      'matrix-shards',
      'pr-cost-preview-fork-safe',
      'post-cost-preview',
    ]) {
      expect(where).toContain(`examples/workflows/${name}.yml`);
    }
  });

  it.each(examples.map((example) => [example.where, example] as const))(
    '%s is a workflow, a manifest or a marked fragment, and valid',
    (_where, example) => {
      const data = parseYaml(example);
      const kind = kindOf(example.text, data);
      switch (kind) {
        case 'fragment':
          return;
        case 'workflow':
          return checkWorkflow(example, data as Record<string, unknown>);
        case 'manifest':
          return checkManifest(example, data as Record<string, unknown>);
        case 'dependabot':
          return checkDependabot(example, data as Record<string, unknown>);
        default:
          expect.fail(
            `${example.where}: a YAML block must be a whole workflow (jobs:), a whole manifest ` +
              '(version: 1 and assets:), or start with "# fragment"',
          );
      }
    },
  );

  it('uses `# fragment` sparingly', () => {
    const fragments = examples.filter((example) => /^# fragment\b/.test(example.text));
    expect(fragments.length).toBeLessThanOrEqual(2);
  });
});

function checkWorkflow(example: Example, workflow: Record<string, unknown>): void {
  const where = example.where;
  expect(workflow.on ?? workflow.true, `${where}: a workflow needs on:`).toBeDefined();
  const jobs = workflow.jobs;
  expect(isMap(jobs), `${where}: jobs must be a map`).toBe(true);
  let actionSteps = 0;
  for (const [jobName, job] of Object.entries(jobs as Record<string, unknown>)) {
    const at = `${where} (job ${jobName})`;
    expect(isMap(job), `${at}: a job must be a map`).toBe(true);
    const { steps } = job as Record<string, unknown>;
    expect((job as Record<string, unknown>)['runs-on'], `${at}: runs-on`).toBeDefined();
    expect(Array.isArray(steps) && steps.length > 0, `${at}: steps`).toBe(true);
    const ids = new Map<string, Record<string, unknown>>();
    for (const step of steps as Record<string, unknown>[]) {
      expect(isMap(step), `${at}: every step is a map`).toBe(true);
      expect('uses' in step || 'run' in step, `${at}: a step has uses: or run:`).toBe(true);
      if (typeof step.id === 'string') ids.set(step.id, step);
      if (typeof step.uses !== 'string' || !step.uses.startsWith('asset-forge/')) continue;
      actionSteps++;
      expect(step.uses, `${at}: pin asset-forge by major tag, version or full SHA`).toMatch(
        ACTION_REF,
      );
      checkActionInputs(at, (step.with ?? {}) as Record<string, unknown>);
    }
    // steps.<id>.outputs.<name> of an asset-forge step must be one of action.yml's outputs.
    const text = JSON.stringify(job);
    for (const match of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const step = ids.get(match[1]!);
      if (typeof step?.uses === 'string' && step.uses.startsWith('asset-forge/')) {
        expect(OUTPUTS, `${at}: output ${match[2]} is not in action.yml`).toContain(match[2]);
      }
    }
  }
  if (where.startsWith('examples/workflows/') || where.startsWith('README.md')) {
    expect(actionSteps, `${where}: uses asset-forge`).toBeGreaterThan(0);
  }
}

function checkActionInputs(at: string, inputs: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(inputs)) {
    expect(INPUTS, `${at}: input ${name} is not in action.yml`).toContain(name);
    const literal = typeof value === 'string' && !value.includes('${{') ? value : undefined;
    if (literal === undefined) continue;
    if (CHOICES[name]) expect(CHOICES[name], `${at}: ${name}: ${literal}`).toContain(literal);
    if (name === 'publish') {
      for (const target of literal.split(/[\s,]+/).filter(Boolean)) {
        expect(PUBLISH_TARGETS, `${at}: publish: ${target}`).toContain(target);
      }
    }
  }
  if (inputs.mode === 'comment') expect(inputs['plan-file'], `${at}: plan-file`).toBeDefined();
}

/** Validated by the real loader, in a folder of its own (the repository root). */
function checkManifest(example: Example, manifest: Record<string, unknown>): void {
  const root = mkdtempSync(join(tmpdir(), 'asset-forge-docs-'));
  temporary.push(root);
  // Repository files named as reference images: made, so the example can be checked in full.
  const references = referencePaths(manifest);
  for (const path of references) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), '');
  }
  const provider = references.length > 0 ? 'pixapi' : 'nanobanana';
  try {
    const loaded = parseManifest(example.text, { file: 'assets.yml', dir: root, root, provider });
    expect(loaded.assets.length).toBe((manifest.assets as unknown[]).length);
  } catch (error) {
    expect.fail(`${example.where}: the manifest is invalid:\n${(error as Error).message}`);
  }
}

function referencePaths(manifest: Record<string, unknown>): string[] {
  const lists = [
    (manifest.defaults as { images?: unknown } | undefined)?.images,
    ...((manifest.assets as { images?: unknown }[] | undefined) ?? []).map((a) => a?.images),
  ];
  return lists
    .flatMap((list) => (Array.isArray(list) ? list : []))
    .filter((image): image is string => typeof image === 'string' && !/^[a-z]+:/i.test(image));
}

function checkDependabot(example: Example, config: Record<string, unknown>): void {
  const updates = config.updates as Record<string, unknown>[];
  expect(Array.isArray(updates), `${example.where}: updates`).toBe(true);
  for (const update of updates) {
    expect(update['package-ecosystem'], `${example.where}: package-ecosystem`).toBeTruthy();
    expect(update.directory, `${example.where}: directory`).toBeTruthy();
    expect((update.schedule as { interval?: string })?.interval).toBeTruthy();
  }
}
