// Plain-text tables for the CLI and CI logs.
import type { AssetResult, RunResult } from '../generate/types.js';
import { formatProblem, type ManifestProblem } from '../manifest/errors.js';
import { HIDDEN_OR_CONTROL_ALL } from '../text-safety.js';
import { NO_COLOURS, type Paint } from './colour.js';
import { changeCounts, type PlanDocument, whyLines } from './plan-document.js';

/** The plan as `terraform plan` reads: counts, a row per change, then why each one changes. */
export function planTable(plan: PlanDocument, paint: Paint = NO_COLOURS): string {
  const changing = plan.assets.filter((item) => item.change !== 'unchanged');
  const rows = changing.map((item) => [
    item.id,
    item.skipReason ? `${item.change} (skipped: ${item.skipReason})` : item.change,
    item.size,
    item.tier,
    item.quality,
    item.model,
    String(item.credits),
  ]);
  for (const removed of plan.removed) rows.push([removed.id, 'removed', '', '', '', '', '0']);
  if (rows.length === 0) {
    return [
      `Nothing to generate: all ${plan.assets.length} assets are up to date.`,
      totalLine(plan),
    ].join('\n');
  }
  const lines = [paint.bold(`Plan: ${changeCounts(plan)}.`), ''];
  lines.push(
    ...table(
      ['asset', 'change', 'size', 'tier', 'quality', 'model', 'credits'],
      rows,
      (column, cell) => (column === 1 ? changePaint(cell, paint) : cell),
    ),
  );
  const why = changing.flatMap((item) => {
    const reasons = whyLines(item, (text) => cut(text, 80));
    return reasons.length === 0
      ? []
      : [`  ${item.id} (${item.change}):`, ...reasons.map((line) => `    ${line}`)];
  });
  if (why.length > 0) lines.push('', 'Why:', ...why);
  if (plan.shards) lines.push('', ...shardLines(plan));
  lines.push('', plan.overBudget ? paint.red(totalLine(plan)) : paint.bold(totalLine(plan)));
  return lines.join('\n');
}

/** Each matrix job's credits and cap: the caps add up to at most the budget. */
function shardLines(plan: PlanDocument): string[] {
  const shards = plan.shards ?? [];
  return [
    'Shards (each job charges at most its cap; together they stay within the budget):',
    ...shards.map(
      (shard) =>
        `  ${shard.index}/${shard.count}: ${shard.credits} credits${shard.cap !== undefined ? `, cap ${shard.cap}` : ''}`,
    ),
  ];
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function changePaint(cell: string, paint: Paint): string {
  if (cell.includes('skipped')) return paint.yellow(cell);
  if (cell.startsWith('removed')) return paint.red(cell);
  return paint.green(cell);
}

function totalLine(plan: PlanDocument): string {
  const total = `Total: ${plan.requiredCredits} credits`;
  if (plan.budget === undefined) return `${total} (no budget set)`;
  if (!plan.overBudget) return `${total} of a budget of ${plan.budget}`;
  return `${total} of a budget of ${plan.budget}: OVER BUDGET by ${plan.requiredCredits - plan.budget}${
    plan.onOverBudget === 'partial'
      ? ` (partial: ${plan.selectedCredits} credits will be generated)`
      : ''
  }`;
}

export function resultsTable(run: RunResult, paint: Paint = NO_COLOURS): string {
  const rows = run.results
    .filter((result) => result.outcome !== 'skipped' || result.reason !== 'unchanged')
    .map((result) => [
      result.id,
      outcomeText(result),
      result.model ?? '',
      String(result.credits),
      fallbackText(result),
    ]);
  const lines =
    rows.length > 0
      ? table(['asset', 'outcome', 'model', 'credits', 'attempts'], rows, (column, cell) =>
          column === 1 ? outcomePaint(cell, paint) : cell,
        )
      : [];
  if (run.stoppedBecause) lines.push(paint.red(`Stopped: ${run.stoppedBecause}`));
  lines.push(`Credits spent: ${run.creditsSpent}`);
  return lines.join('\n');
}

/** The files a run wrote, one per line (paths as the user would type them). */
export function filesWrittenList(paths: readonly string[]): string {
  if (paths.length === 0) return 'No files were written.';
  return [`Files written (${paths.length}):`, ...paths.map((path) => `  ${path}`)].join('\n');
}

export function progressLine(
  done: number,
  total: number,
  result: AssetResult,
  paint: Paint = NO_COLOURS,
): string {
  const detail =
    result.outcome === 'generated'
      ? `${result.model}, ${result.credits} credits${result.attempts.length > 1 ? `, ${result.attempts.length} attempts` : ''}`
      : (result.reason ?? '');
  return `[${done}/${total}] ${result.id}: ${outcomePaint(result.outcome, paint)} (${detail})`;
}

function outcomePaint(text: string, paint: Paint): string {
  if (text.startsWith('generated')) return paint.green(text);
  if (text.startsWith('failed')) return paint.red(text);
  return paint.yellow(text);
}

function outcomeText(result: AssetResult): string {
  return result.outcome === 'generated' ? 'generated' : `${result.outcome}: ${result.reason ?? ''}`;
}

function fallbackText(result: AssetResult): string {
  return result.attempts.map((attempt) => `${attempt.model} ${attempt.status}`).join(' > ');
}

/** Columns padded to their widest cell; `colour` paints a cell's text (its codes take no width). */
function table(
  header: string[],
  rows: string[][],
  colour: (column: number, cell: string) => string = (_column, cell) => cell,
): string[] {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const format = (cells: string[], paint: boolean) =>
    cells
      .map((cell, column) => {
        const padding = ' '.repeat(widths[column]! - cell.length);
        return (paint ? colour(column, cell) : cell) + padding;
      })
      .join('  ')
      .trimEnd();
  return [
    format(header, false),
    format(
      widths.map((width) => '-'.repeat(width)),
      false,
    ),
    ...rows.map((row) => format(row, true)),
  ];
}

/**
 * Manifest problems as a compiler shows them: the `file:line:col: message. Fix: ...` line, then
 * the line of the manifest and a caret under the column.
 */
export function problemsWithSource(
  problems: readonly ManifestProblem[],
  sourceOf: (file: string) => string | undefined,
): string {
  return problems
    .map((problem) => {
      const source = sourceOf(problem.file)?.split(/\r?\n/)[problem.line - 1];
      if (source === undefined || source.length > 300) return formatProblem(problem);
      const gutter = `${problem.line} | `;
      // One space for each tab, control or bidi character: the caret's column stays right.
      const shown = source.replace(HIDDEN_OR_CONTROL_ALL, ' ');
      const caret = `${' '.repeat(gutter.length - 2)}| ${' '.repeat(Math.max(0, problem.column - 1))}^`;
      return [formatProblem(problem), `${gutter}${shown}`, caret].join('\n');
    })
    .join('\n');
}
