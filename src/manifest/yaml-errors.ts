// YAML syntax errors as a person would explain them: one problem per mistake (the parser's
// follow-on errors dropped), and for the common mistakes (a tab, a line indented wrongly, a
// `: ` inside an unquoted value) what exactly to change. The rest keep the parser's words.
import type { YAMLError } from 'yaml';

export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
  fix: string;
}

interface SourceLine {
  number: number;
  text: string;
  indent: number;
  /** Where the line's key starts (after `- ` for an item of a list). */
  keyColumn: number;
  key?: string;
}

export function yamlSyntaxProblems(
  text: string,
  errors: readonly YAMLError[],
  position: (offset: number) => { line: number; column: number },
): SyntaxProblem[] {
  const lines = text.split(/\r?\n/);
  const problems: SyntaxProblem[] = [];
  const tabLines = new Set<number>();
  for (const error of errors.filter((e) => e.code === 'TAB_AS_INDENT')) {
    const { line } = position(error.pos[0]);
    if (tabLines.has(line)) continue;
    tabLines.add(line);
    problems.push({
      line,
      column: (lines[line - 1] ?? '').indexOf('\t') + 1,
      message: 'YAML syntax: a tab indents this line, and YAML indents with spaces only',
      fix: 'replace the tab with spaces, as many as the lines around it use',
    });
  }
  // The first other error is the mistake; those after it are mostly the parser losing its way.
  const first = errors.find((e) => e.code !== 'TAB_AS_INDENT' && e.code !== 'DUPLICATE_KEY');
  if (first) {
    const at = position(first.pos[0]);
    if (!tabLines.has(at.line)) {
      problems.push(
        unquotedColon(lines, at.line) ??
          badIndent(lines, at.line) ?? {
            ...at,
            message: `YAML syntax: ${firstLine(first.message)}`,
            fix: 'correct the YAML at this place',
          },
      );
    }
  }
  return problems;
}

/** `prompt: A hero: warm` — YAML reads the second `: ` as a map inside the value. */
function unquotedColon(lines: string[], lineNumber: number): SyntaxProblem | undefined {
  const text = lines[lineNumber - 1] ?? '';
  const match = /^(\s*(?:- )?)([\w-]+):[ \t]+(.+?)\s*$/.exec(text);
  if (!match) return undefined;
  const [, lead, key, value] = match as unknown as [string, string, string, string];
  if (/^["'[{|>&*!]/.test(value)) return undefined;
  const inner = value.search(/:(\s|$)/);
  if (inner < 0) return undefined;
  const column = text.indexOf(value, lead.length + key.length + 1) + inner + 1;
  return {
    line: lineNumber,
    column,
    message: `YAML syntax: the value of '${key}' has ': ' in it, which YAML reads as the start of a map`,
    fix: `put the value in quotes: ${key}: "${value.replace(/["\\]/g, '\\$&')}"`,
  };
}

/** A key line indented like none of the maps it could belong to. */
function badIndent(lines: string[], errorLine: number): SyntaxProblem | undefined {
  const parsed = lines.map(parseLine);
  for (let number = Math.max(2, errorLine); number <= errorLine + 2; number++) {
    const line = parsed[number - 1];
    if (!line || line.key === undefined) continue;
    const previous = previousContent(parsed, number);
    if (!previous || previous.text.trimEnd().endsWith(':')) continue; // opens a block: deeper is fine
    const allowed = new Set([previous.keyColumn, ...ancestorColumns(parsed, previous)]);
    if (
      allowed.has(line.indent) ||
      (line.text.trimStart().startsWith('- ') && allowed.has(line.indent + 2))
    )
      continue;
    // A line moved left may be meant for an outer map: name the nearest one too.
    const outer = [...allowed].filter((c) => c < line.indent).sort((a, b) => b - a)[0];
    return {
      line: number,
      column: line.indent + 1,
      message: `YAML syntax: this line is indented by ${spaces(line.indent)}, but the keys around it are at ${previous.keyColumn} (like '${previous.key ?? previous.text.trim()}' on line ${previous.number})`,
      fix: `indent '${line.key}' by ${spaces(previous.keyColumn)} to keep it in that map${outer !== undefined && line.indent < previous.keyColumn ? `, or by ${spaces(outer)} to put it in the outer one` : ''}`,
    };
  }
  return undefined;
}

function parseLine(text: string, index: number): SourceLine {
  const indent = text.length - text.trimStart().length;
  const item = /^(\s*)- +/.exec(text);
  const keyColumn = item ? item[0].length : indent;
  const key = /^\s*(?:- +)?([\w-]+):(\s|$)/.exec(text)?.[1];
  return { number: index + 1, text, indent, keyColumn, ...(key !== undefined ? { key } : {}) };
}

function previousContent(lines: SourceLine[], number: number): SourceLine | undefined {
  for (let i = number - 2; i >= 0; i--) {
    const trimmed = lines[i]!.text.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) return lines[i];
  }
  return undefined;
}

/** The columns of the maps and lists that enclose `line`: where a dedented key may go. */
function ancestorColumns(lines: SourceLine[], line: SourceLine): number[] {
  const columns: number[] = [];
  let limit = line.indent;
  for (let i = line.number - 2; i >= 0 && limit > 0; i--) {
    const other = lines[i]!;
    if (other.text.trim() === '' || other.text.trim().startsWith('#')) continue;
    if (other.indent < limit) {
      columns.push(other.keyColumn, other.indent);
      limit = other.indent;
    }
  }
  return columns;
}

const spaces = (n: number) => (n === 1 ? '1 space' : `${n} spaces`);

/** A parser message's first line, without the position the problem already carries. */
export function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
