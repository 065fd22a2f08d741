// The cost preview and the run report as markdown: the PR comment and the job summary share it.
import type { AssetResult, RunResult } from '../generate/types.js';
import { formatProblem, type ManifestProblem } from '../manifest/errors.js';
import { escapeCell } from './escape.js';
import { changeCounts, type PlanDocument, whyLines } from './plan-document.js';

export function planMarkdown(plan: PlanDocument): string {
  const changing = plan.assets.filter((item) => item.change !== 'unchanged');
  const lines = ['### asset-forge cost preview', ''];
  if (changing.length === 0 && plan.removed.length === 0) {
    lines.push(`Nothing to generate: all ${plan.assets.length} assets are up to date.`);
  } else {
    lines.push(`**Plan:** ${changeCounts(plan)}.`, '');
    lines.push('| Asset | Change | Size | Tier | Quality | Model | Credits |');
    lines.push('|---|---|---|---|---|---|---:|');
    for (const item of changing) {
      const note = item.skipReason ? ` (skipped: ${item.skipReason})` : '';
      lines.push(
        `| ${escapeCell(item.id)} | ${item.change}${note} | ${escapeCell(item.size)} | ${escapeCell(item.tier)} | ${escapeCell(item.quality)} | ${escapeCell(item.model)} | ${item.credits} |`,
      );
    }
    for (const removed of plan.removed) {
      lines.push(`| ${escapeCell(removed.id)} | removed | | | | | 0 |`);
    }
  }
  const why = changing.flatMap((item) => {
    // Escaped text, not code spans: a code span would show the entities literally.
    const reasons = whyLines(item, (text) => escapeCell(text, 120));
    if (reasons.length === 0) return [];
    const said = reasons.join('; ').replaceAll(' -> ', ' → ');
    return [`- **${escapeCell(item.id)}** (${item.change}): ${said}`];
  });
  if (why.length > 0) lines.push('', '#### Why', '', ...why);
  if (plan.shards) lines.push('', shardsMarkdown(plan.shards));
  lines.push('', budgetLine(plan));
  const unchanged = plan.assets.length - changing.length;
  if (unchanged > 0) lines.push('', `${unchanged} unchanged assets are skipped at no cost.`);
  if (plan.problems.length > 0) lines.push('', problemsMarkdown(plan.problems));
  return lines.join('\n');
}

function shardsMarkdown(shards: NonNullable<PlanDocument['shards']>): string {
  return [
    '| Shard | Credits | Cap |',
    '|---|---:|---:|',
    ...shards.map(
      (shard) => `| ${shard.index}/${shard.count} | ${shard.credits} | ${shard.cap ?? 'none'} |`,
    ),
    '',
    'Each matrix job charges at most its cap; together they stay within the budget.',
  ].join('\n');
}

export function budgetLine(plan: PlanDocument): string {
  const total = `**Total: ${plan.requiredCredits} credits**`;
  if (plan.budget === undefined) return `${total} (no budget set).`;
  if (!plan.overBudget) return `${total} of a budget of ${plan.budget}: within budget.`;
  const over = plan.requiredCredits - plan.budget;
  const outcome =
    plan.onOverBudget === 'partial'
      ? `partial: generating ${plan.selectedCredits} credits in manifest order, the rest skipped`
      : 'nothing will be generated';
  return `${total} of a budget of ${plan.budget}: **over budget by ${over}** (${outcome}).`;
}

export function problemsMarkdown(problems: ManifestProblem[]): string {
  return [
    '#### The manifest is invalid',
    '',
    ...problems.map((problem) => `- ${escapeCell(formatProblem(problem), 500)}`),
  ].join('\n');
}

export function resultsMarkdown(run: RunResult): string {
  const lines = ['### Generated', ''];
  if (run.stoppedBecause) lines.push(`**Stopped:** ${escapeCell(run.stoppedBecause, 500)}`, '');
  // Unchanged assets are in the cost preview already; here only what this run did or skipped.
  const shown = run.results.filter(
    (result) => result.outcome !== 'skipped' || result.reason !== 'unchanged',
  );
  if (shown.length === 0) {
    lines.push('Nothing was generated.');
  } else {
    lines.push('| Asset | Outcome | Model | Credits | Attempts |', '|---|---|---|---:|---|');
    for (const result of shown) {
      const outcome =
        result.outcome === 'generated'
          ? 'generated'
          : `${result.outcome}: ${escapeCell(result.reason ?? '')}`;
      lines.push(
        `| ${escapeCell(result.id)} | ${outcome} | ${escapeCell(result.model ?? '')} | ${result.credits} | ${attemptsCell(result)} |`,
      );
    }
  }
  lines.push('', `**Credits spent: ${run.creditsSpent}**`);
  return lines.join('\n');
}

/** gpt-image-2 503 → wait 1.2 s → gpt-image-2 503 → gemini-3-pro-image ok */
export function attemptsCell(result: AssetResult): string {
  return result.attempts
    .map((attempt) => {
      const wait = attempt.waitMs > 0 ? `wait ${(attempt.waitMs / 1000).toFixed(1)} s → ` : '';
      return `${wait}${escapeCell(attempt.model)} ${escapeCell(attempt.status, 40)}`;
    })
    .join(' → ');
}
