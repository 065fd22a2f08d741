// Renders the README's tables of action inputs and outputs from action.yml, between the markers
// <!-- inputs:start --> / <!-- inputs:end --> and <!-- outputs:start --> / <!-- outputs:end -->.
// Run: npm run readme (writes README.md), or npm run readme -- --check (exits 1 when stale).
// test/docs/readme.test.ts fails when the README is not what this script would write.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const README_PATH = join(REPO_ROOT, 'README.md');
export const ACTION_PATH = join(REPO_ROOT, 'action.yml');

interface ActionInput {
  description?: string;
  required?: boolean;
  default?: string;
}

interface ActionOutput {
  description?: string;
}

export interface ActionMetadata {
  inputs: Record<string, ActionInput>;
  outputs: Record<string, ActionOutput>;
}

export function parseActionMetadata(actionYml: string): ActionMetadata {
  const data = parse(actionYml) as Partial<ActionMetadata> | null;
  return { inputs: data?.inputs ?? {}, outputs: data?.outputs ?? {} };
}

/** Table cells hold one line, and a `|` would end the cell early. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replaceAll('|', '\\|');
}

function code(text: string): string {
  return text === '' ? '' : `\`${text}\``;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(3, title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((text, column) => text.padEnd(widths[column]!)).join(' | ')} |`;
  return [
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map((row) => line(row)),
  ].join('\n');
}

export function inputsTable(metadata: ActionMetadata): string {
  const rows = Object.entries(metadata.inputs).map(([name, input]) => [
    code(name),
    input.required ? 'required' : code(cell(String(input.default ?? ''))),
    cell(input.description ?? ''),
  ]);
  return table(['Input', 'Default', 'Description'], rows);
}

export function outputsTable(metadata: ActionMetadata): string {
  const rows = Object.entries(metadata.outputs).map(([name, output]) => [
    code(name),
    cell(output.description ?? ''),
  ]);
  return table(['Output', 'Description'], rows);
}

/** Replaces what is between `<!-- name:start -->` and `<!-- name:end -->`. */
function replaceBetween(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1 || to < from) {
    throw new Error(`README.md needs the markers ${start} and ${end}, in that order`);
  }
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

/** The README with both tables rendered from action.yml; the rest is left as it is. */
export function renderReadme(readme: string, actionYml: string): string {
  const metadata = parseActionMetadata(actionYml);
  const withInputs = replaceBetween(readme, 'inputs', inputsTable(metadata));
  return replaceBetween(withInputs, 'outputs', outputsTable(metadata));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const current = readFileSync(README_PATH, 'utf8');
  const rendered = renderReadme(current, readFileSync(ACTION_PATH, 'utf8'));
  if (process.argv.includes('--check')) {
    if (rendered !== current) {
      console.error('README.md is not current with action.yml: run `npm run readme`.');
      process.exit(1);
    }
    console.log('README.md is current with action.yml.');
  } else if (rendered !== current) {
    writeFileSync(README_PATH, rendered);
    console.log('README.md: the inputs and outputs tables were rendered from action.yml.');
  } else {
    console.log('README.md is already current with action.yml.');
  }
}
