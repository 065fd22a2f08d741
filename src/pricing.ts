// The price of one attempt (SPEC 4, docs/pricing.md): the registry's credits at the tier the
// request asks for, which is the tier the target of the request carries.

import type { ModelRegistry, ProviderModel, Tier } from './models/registry.js';
import type { Quality } from './models.js';
import { type ModelTarget, requestTarget, type SizeSpec, targetTier } from './sizes.js';

export class PriceMissingError extends Error {
  override readonly name = 'PriceMissingError';
  constructor(
    readonly model: string,
    readonly tier: Tier,
  ) {
    super(`no price for ${model} at the ${tier} tier; add one under pricing: in the manifest`);
  }
}

/** Credits of the request built for this target (`quality: auto` is billed as high). */
export function targetCredits(model: ProviderModel, target: ModelTarget, quality: Quality): number {
  const tier = targetTier(target);
  const cell = Object.hasOwn(model.credits, tier) ? model.credits[tier] : undefined;
  if (cell === undefined) throw new PriceMissingError(model.id, tier);
  if (typeof cell === 'number') return cell;
  return cell[quality === 'auto' ? 'high' : quality];
}

/** Credits one request of this model costs for an asset of this size and quality. */
export function attemptCredits(
  models: ModelRegistry,
  model: string,
  size: SizeSpec,
  quality: Quality,
): number {
  const spec = models.get(model);
  return targetCredits(spec, requestTarget(spec, size, quality), quality);
}

/** The tier a request of this model is priced at (the tier requested, SPEC 4). */
export function billingTier(models: ModelRegistry, model: string, size: SizeSpec): Tier {
  const spec = models.get(model);
  return targetTier(requestTarget(spec, size, 'auto'));
}
