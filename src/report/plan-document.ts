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
      }),
    )
    .max(100_000),
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
    })),
    removed: plan.removed,
    problems: [],
  };
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
