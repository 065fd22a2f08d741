// `asset-forge doctor` (SPEC 8) and the action's check before spending: with one cheap
// authenticated GET (the provider's model list) and nothing paid, whether the key works, which
// models of the manifest's chains the provider serves and under which id, and what the plan
// costs. Neither gateway documents a balance endpoint, so the balance is not read. See
// docs/providers.md#doctor.
import type { Manifest } from './manifest/types.js';
import type { Plan } from './plan.js';
import { type Provider, ProviderError } from './providers/types.js';
import { plural } from './words.js';

export interface ModelCheck {
  /** The model as the manifest names it. */
  model: string;
  /** The ids it may be served under, in the order they are tried: its own, then its aliases. */
  ids: string[];
  /** The first of `ids` the provider lists; undefined when none is or there is no list. */
  servedAs?: string;
  /** served: listed; not-served: the list has none of its ids; unknown: no list to read. */
  status: 'served' | 'not-served' | 'unknown';
  /** The assets whose chain names it. */
  assets: string[];
}

export interface DoctorReport {
  provider: string;
  /**
   * ok: the authenticated GET was answered; rejected: the key was refused (401/402);
   * unchecked: nothing to check it with (no key needed, or no model list); error: the check failed.
   */
  key: { status: 'ok' | 'rejected' | 'unchecked' | 'error'; message: string };
  models: ModelCheck[];
  /** Credits of what the plan would generate now. */
  planCredits: number;
}

/** The assets' chains, each model once, in manifest order, with the assets that name it. */
function chainModels(manifest: Manifest): Map<string, string[]> {
  const models = new Map<string, string[]>();
  for (const asset of manifest.assets) {
    for (const model of [asset.model, ...asset.fallback]) {
      const assets = models.get(model) ?? [];
      if (!assets.includes(asset.id)) assets.push(asset.id);
      models.set(model, assets);
    }
  }
  return models;
}

/**
 * The first id the list serves. nanobanana lists its Gemini tiers as ids of their own
 * (gemini-3-pro-image-2k): any tier of an id counts as serving it.
 */
export function servedId(ids: readonly string[], served: readonly string[]): string | undefined {
  const listed = new Set(served);
  return ids.find(
    (id) => listed.has(id) || ['-512', '-2k', '-4k'].some((tier) => listed.has(`${id}${tier}`)),
  );
}

export async function runDoctor(input: {
  manifest: Manifest;
  plan: Plan;
  provider: Provider;
  signal?: AbortSignal;
}): Promise<DoctorReport> {
  const { manifest, plan, provider } = input;
  const signal = input.signal ?? new AbortController().signal;
  const report = (key: DoctorReport['key'], served?: readonly string[]): DoctorReport => ({
    provider: provider.name,
    key,
    models: [...chainModels(manifest)].map(([model, assets]) => {
      const ids = manifest.models.has(model) ? manifest.models.idsOf(model) : [model];
      const servedAs = served ? servedId(ids, served) : undefined;
      const status = !served ? 'unknown' : servedAs ? 'served' : 'not-served';
      return { model, ids, ...(servedAs ? { servedAs } : {}), status, assets };
    }),
    planCredits: plan.selectedCredits,
  });

  if (provider.free) {
    return report({ status: 'unchecked', message: `${provider.name} needs no key` });
  }
  if (!provider.listModels) {
    return report({
      status: 'unchecked',
      message: `${provider.name} has no model list to check the key with`,
    });
  }
  try {
    const served = await provider.listModels(signal);
    if (!served) {
      return report({
        status: 'unchecked',
        message: `${provider.name} answers no model list (GET /v1/models), so neither the key nor the models can be checked without paying for a request`,
      });
    }
    return report(
      { status: 'ok', message: `the key works (GET /v1/models answered ${served.length} models)` },
      served,
    );
  } catch (error) {
    if (error instanceof ProviderError) {
      const status = error.scope === 'run' ? 'rejected' : 'error';
      return report({ status, message: error.message });
    }
    throw error;
  }
}

/** What the action warns of before spending: models of a chain that the provider does not serve. */
export function unservedWarnings(report: DoctorReport): string[] {
  return report.models
    .filter((check) => check.status === 'not-served')
    .map(
      (check) =>
        `${report.provider} does not serve ${check.model} (tried ${check.ids.join(', ')}): ${plural(check.assets.length, 'asset')} will skip it to the next model of their chain (${check.assets.slice(0, 5).join(', ')}${check.assets.length > 5 ? ', …' : ''})`,
    );
}

/** The report as terminal lines. */
export function doctorText(report: DoctorReport): string {
  const lines = [
    `Provider: ${report.provider}`,
    `Key: ${report.key.status}: ${report.key.message}`,
  ];
  lines.push('Models of the chains:');
  for (const check of report.models) {
    const where =
      check.status === 'served'
        ? `served as ${check.servedAs}`
        : check.status === 'not-served'
          ? `NOT served (none of ${check.ids.join(', ')} is listed)`
          : 'not known (no model list)';
    lines.push(`  ${check.model}: ${where}; used by ${plural(check.assets.length, 'asset')}`);
  }
  // Neither gateway documents a balance endpoint: the balance is on their dashboards.
  lines.push(
    `Plan: ${report.planCredits} credits; the balance is not reported by ${report.provider}'s API (see its dashboard)`,
  );
  return lines.join('\n');
}

/** Whether the report found something that stops or changes a run (for the CLI's exit code). */
export function doctorFoundProblems(report: DoctorReport): boolean {
  return (
    report.key.status === 'rejected' ||
    report.key.status === 'error' ||
    report.models.some((check) => check.status === 'not-served')
  );
}
