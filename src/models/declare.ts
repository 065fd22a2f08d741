// The manifest's `models:` and `pricing:` merged into the built-in registry (docs/models.md):
// a built-in model is adjusted key by key, a new one needs its family; every problem names
// the manifest key it is about.
import { closestName } from '../manifest/errors.js';
import {
  BUILT_IN_MODEL_IDS,
  BUILT_IN_MODELS,
  type Credits,
  GEMINI_3_COMMON_PIXELS_1K,
  GEMINI_3_PIXELS_1K,
  MAX_REFERENCE_IMAGES,
  type ModelFamily,
  type ModelSpec,
  type Pixels,
  type Tier,
} from './registry.js';

/** One entry of `models:`, as the schema reads it. */
export interface ModelDeclaration {
  family?: ModelFamily;
  aliases?: string[];
  tiers?: Tier[];
  ratios?: string[];
  'max-images'?: number;
  credits?: Credits;
}

export interface DeclarationProblem {
  /** The manifest key, from the top: ['models', id, 'ratios']. */
  path: (string | number)[];
  /** Point at this key of the map at `path` rather than at its value. */
  key?: string;
  message: string;
  fix: string;
}

const GPT_IMAGE_TIERS: readonly Tier[] = ['1K', '2K', '4K'];

/** The models of a manifest: built in, adjusted and added, with `pricing:` applied last. */
export function declareModels(
  declared: Readonly<Record<string, ModelDeclaration>> = {},
  pricing: Readonly<Record<string, Credits>> = {},
): { models: ModelSpec[]; problems: DeclarationProblem[] } {
  const problems: DeclarationProblem[] = [];
  const models = new Map(BUILT_IN_MODELS.map((model) => [model.id, model]));
  const find = (id: string) =>
    models.get(id) ?? [...models.values()].find((model) => model.aliases.includes(id));

  for (const [id, declaration] of Object.entries(declared)) {
    const base = find(id);
    const path = ['models', id];
    if (!base && !declaration.family) {
      problems.push({
        path: ['models'],
        key: id,
        message: `model ${id} is not built in, so its declaration needs a family`,
        fix: `add family: gemini or family: gpt-image (built in: ${BUILT_IN_MODEL_IDS.join(', ')})`,
      });
      continue;
    }
    const model = declaredModel(id, declaration, base, (key, message, fix) =>
      problems.push({ path: [...path, key], message, fix }),
    );
    models.set(model.id, model);
  }

  for (const [id, credits] of Object.entries(pricing)) {
    const base = find(id);
    if (!base) {
      const suggestion = closestName(id, knownIds(models));
      problems.push({
        path: ['pricing'],
        key: id,
        message: `pricing names model ${id}, which is not built in and not declared under models:`,
        fix: `${suggestion ? `did you mean '${suggestion}'? ` : ''}declare it under models: with its family, or use a built-in id (${BUILT_IN_MODEL_IDS.join(', ')})`,
      });
      continue;
    }
    models.set(base.id, { ...base, credits: { ...base.credits, ...credits } });
  }

  for (const id of new Set([...Object.keys(declared), ...Object.keys(pricing)])) {
    const model = find(id);
    const unpriced = model?.tiers.filter((tier) => !Object.hasOwn(model.credits, tier)) ?? [];
    if (model && unpriced.length > 0) {
      problems.push({
        ...(Object.hasOwn(declared, id)
          ? { path: ['models'], key: id }
          : { path: ['pricing'], key: id }),
        message: `model ${id} has no credits for its tier${unpriced.length === 1 ? '' : 's'} ${unpriced.join(', ')}`,
        fix: `add them under models: ${id}: credits: (for example { ${unpriced[0]}: 4 })`,
      });
    }
  }
  return { models: [...models.values()], problems };
}

/** The models' own ids, for a did-you-mean (an alias would make gemini-3-pro ambiguous). */
export function knownIds(models: Map<string, ModelSpec> | readonly ModelSpec[]): string[] {
  return [...models.values()].map((model) => model.id);
}

function declaredModel(
  id: string,
  declaration: ModelDeclaration,
  base: ModelSpec | undefined,
  report: (key: string, message: string, fix: string) => void,
): ModelSpec {
  const family = declaration.family ?? base!.family;
  if (base && declaration.family && declaration.family !== base.family) {
    report(
      'family',
      `${base.id} is a ${base.family} model`,
      `remove family, or write ${base.family}`,
    );
  }
  const tiers =
    declaration.tiers ?? base?.tiers ?? (family === 'gemini' ? ['1K'] : GPT_IMAGE_TIERS);
  if (family === 'gpt-image' && tiers.some((tier) => !GPT_IMAGE_TIERS.includes(tier))) {
    report('tiers', 'gpt-image models are priced at the 1K, 2K and 4K tiers', 'use 1K, 2K and 4K');
  }
  return {
    id: base?.id ?? id,
    family,
    aliases: declaration.aliases ?? base?.aliases ?? [],
    tiers: [...tiers].sort((a, b) => TIER_ORDER.indexOf(a) - TIER_ORDER.indexOf(b)),
    pixels1K: family === 'gemini' ? geminiPixels(declaration.ratios, base, report) : {},
    maxImages: declaration['max-images'] ?? base?.maxImages ?? MAX_REFERENCE_IMAGES,
    providers: base?.providers ?? {},
    credits: { ...base?.credits, ...declaration.credits },
    ...(base?.note ? { note: base.note } : {}),
  };
}

const TIER_ORDER: readonly Tier[] = ['512', '1K', '2K', '4K'];

/** The 1K pixels of the declared ratios, from the model's own table or Google's Gemini 3 one. */
function geminiPixels(
  ratios: string[] | undefined,
  base: ModelSpec | undefined,
  report: (key: string, message: string, fix: string) => void,
): Record<string, Pixels> {
  const table = base?.family === 'gemini' ? base.pixels1K : GEMINI_3_PIXELS_1K;
  const chosen = ratios ?? Object.keys(base?.pixels1K ?? GEMINI_3_COMMON_PIXELS_1K);
  const unknown = chosen.filter((ratio) => !Object.hasOwn(table, ratio));
  if (unknown.length > 0) {
    report(
      'ratios',
      `ratio${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')} not in the model's pixel table`,
      `use ratios from ${Object.keys(table).join(' ')}`,
    );
  }
  const known = chosen.filter((ratio) => Object.hasOwn(table, ratio));
  return Object.fromEntries(known.map((ratio) => [ratio, table[ratio]!]));
}
