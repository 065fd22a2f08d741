// Shared by the documentation tests: where the documents are, and their fenced code blocks.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** README.md, CONTRIBUTING.md and docs/*.md, relative to the repository root. */
export function markdownFiles(): string[] {
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', 'CONTRIBUTING.md', ...docs];
}

/** Every .yml / .yaml file under examples/, relative to the repository root. */
export function exampleYamlFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name)) found.push(relative(ROOT, path).split('\\').join('/'));
    }
  };
  walk(join(ROOT, 'examples'));
  return found;
}

export interface CodeBlock {
  /** Where it is, for test names and messages: `README.md:42`. */
  where: string;
  /** The info string after the opening fence: `yaml`, `sh`, `json`. */
  lang: string;
  text: string;
}

/** The fenced code blocks of a markdown file, indented ones (in lists) included. */
export function codeBlocks(path: string): CodeBlock[] {
  const lines = read(path).split('\n');
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]!); i++) {
      body.push(lines[i]!.slice(Math.min(indent, lines[i]!.length - lines[i]!.trimStart().length)));
    }
    blocks.push({ where: `${path}:${start + 1}`, lang: open[2]!, text: `${body.join('\n')}\n` });
  }
  return blocks;
}

/** The rows of every markdown table whose header row starts with these cells. */
export function tablesStartingWith(markdown: string, header: string[]): string[][][] {
  const lines = markdown.split('\n');
  const tables: string[][][] = [];
  for (let i = 0; i < lines.length; i++) {
    const cells = splitRow(lines[i]!);
    if (!cells || header.some((title, column) => cells[column] !== title)) continue;
    const rows: string[][] = [];
    for (i += 2; i < lines.length; i++) {
      const row = splitRow(lines[i]!);
      if (!row) break;
      rows.push(row);
    }
    tables.push(rows);
  }
  return tables;
}

function splitRow(line: string): string[] | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|') || !trimmed.endsWith('|')) return undefined;
  return trimmed
    .slice(1, -1)
    .split('|')
    .map((cell) => cell.trim());
}
