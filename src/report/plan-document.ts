// The plan as JSON: `plan --json`, the action's plan file, and what `mode: comment` reads back.
// A plan file crosses from an untrusted pull_request run to a privileged one, so it is parsed
// with a strict schema and capped in size before anything is rendered from it.
import { z } from 'zod';
import type { ManifestProblem } from '../manifest/errors.js';
import type { Plan } from '../plan.js';
import { formatSize } from '../sizes.js';

const CHANGES = ['new', 'changed', 'missing', 'stale', 'forced', 'unchanged'] as const;
const SKIPS = ['unchanged', 'over-budget', 'not-selected', 'other-shard'] as const;
export const MAX_PLAN_FILE_BYTES = 8 * 1024 * 1024;
const text = (max: number) => z.string().max(max);
/** A changed field's old or new value, as long as a prompt may be. */
const MAX_FIELD = 2100;

export const planDocumentSchema = z.strictObject({
  version: z.literal(1),
  manifest: text(1000),
  /** When the plan was made: an older plan never overwrites a newer comment. */
  createdAt: z.iso.datetime().optional(),
  headSha: z
    .string()
    .regex(/^[0-9a-f]{40,64}$/)
    .optional(),
  pullRequest: z.number().int().positive().optional(),
  budget: z.number().nonnegative().optional(),
  onOverBudget: z.enum(['fail', 'partial']),
  requiredCredits: z.number().nonnegative(),
  selectedCredits: z.number().nonnegative(),
  overBudget: z.boolean(),
  assets: z
    .array(
      z.strictObject({
        id: text(200),
        change: z.enum(CHANGES),
        reason: text(500),
        size: text(20),
        tier: text(10),
        quality: text(10),
        model: text(100),
        credits: z.number().nonnegative(),
        selected: z.boolean(),
        skipReason: z.enum(SKIPS).optional(),
        /** The spec fields that changed since the lock file, old and new. */
        changes: z
          .array(z.strictObject({ field: text(20), old: text(MAX_FIELD), new: text(MAX_FIELD) }))
          .max(10)
          .optional(),
        /** What the last generation cost, from the lock file. */
        previousCredits: z.number().nonnegative().optional(),
      }),
    )
    .max(100_000),
  /** With shards: each shard's credits and cap. */
  shards: z
    .array(
      z.strictObject({
        index: z.number().int().positive(),
        count: z.number().int().positive(),
        credits: z.number().nonnegative(),
        cap: z.number().nonnegative().optional(),
      }),
    )
    .max(1000)
    .optional(),
  removed: z
    .array(z.strictObject({ id: text(200), files: z.array(text(1000)).max(100) }))
    .max(100_000),
  problems: z
    .array(
      z.strictObject({
        file: text(1000),
        line: z.number().int(),
        column: z.number().int(),
        message: text(5000),
        fix: text(2000),
      }),
    )
    .max(10_000),
});

export type PlanDocument = z.infer<typeof planDocumentSchema>;
export type PlannedAssetRow = PlanDocument['assets'][number];

export interface PlanContext {
  /** The manifest as the reader knows it (relative to the workspace); else its absolute path. */
  manifest?: string;
  createdAt?: string;
  headSha?: string;
  pullRequest?: number;
}

export function toPlanDocument(plan: Plan, context: PlanContext = {}): PlanDocument {
  return {
    version: 1,
    manifest: plan.manifest.file,
    ...context,
    ...(plan.budget !== undefined ? { budget: plan.budget } : {}),
    onOverBudget: plan.onOverBudget,
    requiredCredits: plan.requiredCredits,
    selectedCredits: plan.selectedCredits,
    overBudget: plan.overBudget,
    assets: plan.items.map((item) => ({
      id: item.asset.id,
      change: item.change,
      reason: item.reason,
      size: formatSize(item.asset.size),
      tier: item.tier,
      quality: item.asset.quality,
      model: item.asset.model,
      credits: item.credits,
      selected: item.selected,
      ...(item.skipReason ? { skipReason: item.skipReason } : {}),
      ...(item.changes.length > 0
        ? {
            changes: item.changes.map((change) => ({
              field: change.field,
              old: clip(change.old),
              new: clip(change.new),
            })),
          }
        : {}),
      ...(item.previousCredits !== undefined ? { previousCredits: item.previousCredits } : {}),
    })),
    ...(plan.shards ? { shards: plan.shards } : {}),
    removed: plan.removed,
    problems: [],
  };
}

function clip(value: string): string {
  return value.length > MAX_FIELD ? `${value.slice(0, MAX_FIELD - 1)}…` : value;
}

/** The document of a run whose manifest did not load: no assets, only the problems. */
export function invalidPlanDocument(
  manifest: string,
  problems: ManifestProblem[],
  context: PlanContext = {},
): PlanDocument {
  return {
    version: 1,
    manifest,
    ...context,
    onOverBudget: 'fail',
    requiredCredits: 0,
    selectedCredits: 0,
    overBudget: false,
    assets: [],
    removed: [],
    problems,
  };
}

export class PlanFileInvalidError extends Error {
  override readonly name = 'PlanFileInvalidError';
}

export function parsePlanDocument(json: string): PlanDocument {
  if (json.length > MAX_PLAN_FILE_BYTES) {
    throw new PlanFileInvalidError(`the plan file is larger than ${MAX_PLAN_FILE_BYTES} bytes`);
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new PlanFileInvalidError('the plan file is not JSON');
  }
  const parsed = planDocumentSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new PlanFileInvalidError(
      `the plan file is not an asset-forge plan: ${first.path.join('.') || '(top)'}: ${first.message}`,
    );
  }
  return parsed.data;
}

/** "3 to generate (1 new, 1 changed, 1 forced), 2 unchanged, 1 removed": the plan's first line. */
export function changeCounts(plan: PlanDocument): string {
  const counts = new Map<string, number>();
  for (const item of plan.assets) {
    if (item.change !== 'unchanged') counts.set(item.change, (counts.get(item.change) ?? 0) + 1);
  }
  const changing = [...counts].map(([change, count]) => `${count} ${change}`).join(', ');
  const generating = plan.assets.filter((item) => item.selected).length;
  const unchanged = plan.assets.length - [...counts.values()].reduce((a, b) => a + b, 0);
  return [
    `${generating} to generate${changing ? ` (${changing})` : ''}`,
    `${unchanged} unchanged`,
    ...(plan.removed.length > 0 ? [`${plan.removed.length} removed`] : []),
  ].join(', ');
}

/**
 * What the plan says of one asset beyond its row: the fields that changed (old -> new), or its
 * reason; and the cost before and now. `value` writes user text for the medium (cut, escaped).
 */
export function whyLines(item: PlannedAssetRow, value: (text: string) => string): string[] {
  const lines = item.changes?.length
    ? item.changes.map((change) => `${change.field}: ${value(change.old)} -> ${value(change.new)}`)
    : item.change === 'new'
      ? []
      : [value(item.reason)];
  if (item.previousCredits !== undefined && item.change !== 'new') {
    lines.push(`credits: ${item.previousCredits} -> ${item.credits}`);
  }
  return lines;
}
