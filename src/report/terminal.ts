// Plain-text tables for the CLI and CI logs.
import type { AssetResult, RunResult } from '../generate/types.js';
import type { PlanDocument } from './plan-document.js';

export function planTable(plan: PlanDocument): string {
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
  const lines =
    rows.length > 0
      ? table(['asset', 'change', 'size', 'tier', 'quality', 'model', 'credits'], rows)
      : [`Nothing to generate: all ${plan.assets.length} assets are up to date.`];
  const unchanged = plan.assets.length - changing.length;
  if (unchanged > 0 && rows.length > 0) lines.push(`${unchanged} unchanged, skipped at no cost.`);
  lines.push(totalLine(plan));
  return lines.join('\n');
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

export function resultsTable(run: RunResult): string {
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
    rows.length > 0 ? table(['asset', 'outcome', 'model', 'credits', 'attempts'], rows) : [];
  if (run.stoppedBecause) lines.push(`Stopped: ${run.stoppedBecause}`);
  lines.push(`Credits spent: ${run.creditsSpent}`);
  return lines.join('\n');
}

export function progressLine(done: number, total: number, result: AssetResult): string {
  const detail =
    result.outcome === 'generated'
      ? `${result.model}, ${result.credits} credits${result.attempts.length > 1 ? `, ${result.attempts.length} attempts` : ''}`
      : (result.reason ?? '');
  return `[${done}/${total}] ${result.id}: ${result.outcome} (${detail})`;
}

function outcomeText(result: AssetResult): string {
  return result.outcome === 'generated' ? 'generated' : `${result.outcome}: ${result.reason ?? ''}`;
}

function fallbackText(result: AssetResult): string {
  return result.attempts.map((attempt) => `${attempt.model} ${attempt.status}`).join(' > ');
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...rows.map(format)];
}
