// The manifest's one schema: it validates assets.yml and is the source of the shipped JSON Schema.
import { z } from 'zod';
import {
  BUILT_IN_MODEL_IDS,
  MAX_REFERENCE_IMAGES,
  MODEL_FAMILIES,
  TIERS,
} from '../models/registry.js';
import { IMAGE_FORMATS, QUALITIES } from '../models.js';

export const ASSET_ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
export const SIZE_PATTERN = /^(auto|[1-9][0-9]*x[1-9][0-9]*)$/;
export const FIXED_SIZE_PATTERN = /^[1-9][0-9]*x[1-9][0-9]*$/;
export const DURATION_PATTERN = /^[1-9][0-9]*(m|h|d|w)$/;
/** Model ids as gateways write them: gemini-3.1-flash-image, google/nano-banana-2. */
export const MODEL_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;
export const MAX_PROMPT_LENGTH = 2000;

const model = z
  .string()
  .max(100)
  .regex(MODEL_ID_PATTERN)
  .describe('Image model: a built-in id, or one declared under `models:`.')
  .meta({ examples: [...BUILT_IN_MODEL_IDS] });
const size = z
  .string()
  .regex(SIZE_PATTERN)
  .describe(
    'A preset, WIDTHxHEIGHT, or auto. gpt-image-2 rules: multiples of 16, long edge <= 3840, ratio <= 3:1, 655,360 to 8,294,400 pixels.',
  );
const format = z.enum(IMAGE_FORMATS).describe('The file written: png, webp or jpeg.');

const rendition = z.strictObject({
  out: z.string().min(1).describe('Path of the rendition, relative to the manifest folder.'),
  size: z.string().regex(FIXED_SIZE_PATTERN).describe('WIDTHxHEIGHT of the rendition.'),
  format: format.optional(),
});

/** Keys an asset and `defaults` share. */
const sharedAssetKeys = {
  model: model.optional(),
  fallback: z
    .array(model)
    .describe('Models tried in order after `model` fails with a transient fault.')
    .optional(),
  quality: z.enum(QUALITIES).describe('low, medium, high, or auto (billed as high).').optional(),
  size: size.optional(),
  format: format.optional(),
  'out-dir': z
    .string()
    .min(1)
    .describe('Folder for assets without `out`, relative to the manifest folder.')
    .optional(),
  refresh: z
    .string()
    .regex(DURATION_PATTERN)
    .describe('Regenerate when older than this: a number and m, h, d or w (90d).')
    .optional(),
  images: z
    .array(z.string().min(1))
    .max(MAX_REFERENCE_IMAGES)
    .describe(
      'Reference images (edit mode): https:// URLs, or paths inside the repository (pixapi only).',
    )
    .optional(),
  async: z.boolean().describe("Use the provider's asynchronous task API (pixapi).").optional(),
};

const asset = z.strictObject({
  id: z
    .string()
    .regex(ASSET_ID_PATTERN)
    .describe('Unique id: lower-case letters, digits, - and _. Used in outputs and the lock file.'),
  prompt: z.string().min(1).describe('The prompt; ${var} is replaced from `vars`.'),
  out: z.string().min(1).describe('Output path relative to the manifest folder.').optional(),
  renditions: z
    .array(rendition)
    .describe('Other sizes or formats made locally from the generated image, at no extra cost.')
    .optional(),
  ...sharedAssetKeys,
});

const priceCell = z.union([
  z.number().nonnegative(),
  z.strictObject({
    low: z.number().nonnegative(),
    medium: z.number().nonnegative(),
    high: z.number().nonnegative(),
  }),
]);
const priceRow = z.strictObject({
  '512': priceCell.optional(),
  '1K': priceCell.optional(),
  '2K': priceCell.optional(),
  '4K': priceCell.optional(),
});

const modelDeclaration = z
  .strictObject({
    family: z
      .enum(MODEL_FAMILIES)
      .describe('Which size rules apply: gemini (ratio and tier) or gpt-image (WIDTHxHEIGHT).')
      .optional(),
    aliases: z
      .array(model)
      .describe('Other ids a gateway may serve the model under, tried in order after its own.')
      .optional(),
    tiers: z
      .array(z.enum(TIERS))
      .min(1)
      .describe('Resolution tiers it takes (gemini) or is priced at (gpt-image).')
      .optional(),
    ratios: z
      .array(z.string().regex(/^[1-9][0-9]*:[1-9][0-9]*$/))
      .min(1)
      .describe('Aspect ratios it takes (gemini), from Google’s Gemini 3 table.')
      .optional(),
    'max-images': z
      .number()
      .int()
      .min(0)
      .max(MAX_REFERENCE_IMAGES)
      .describe('Reference images it takes at most.')
      .optional(),
    credits: priceRow.describe('Credits per image, per tier.').optional(),
  })
  .describe('A model to add, or changes to a built-in one.');

export const manifestSchema = z
  .strictObject({
    version: z.literal(1).describe('Manifest format version: 1.'),
    budget: z
      .strictObject({
        'max-credits': z
          .number()
          .int()
          .nonnegative()
          .describe("Hard cap for one run (the action's `budget` input overrides).")
          .optional(),
        'on-over-budget': z
          .enum(['fail', 'partial'])
          .describe('fail: send nothing; partial: generate in manifest order until the cap.')
          .optional(),
      })
      .optional(),
    defaults: z.strictObject(sharedAssetKeys).describe('Defaults for every asset.').optional(),
    vars: z
      .record(
        z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/),
        z.union([z.string(), z.number(), z.boolean()]),
      )
      .describe('Values for ${name} in prompts.')
      .optional(),
    models: z
      .record(z.string().max(100).regex(MODEL_ID_PATTERN), modelDeclaration)
      .describe('Models to declare or adjust, by id (docs/models.md).')
      .optional(),
    pricing: z
      .record(z.string().max(100).regex(MODEL_ID_PATTERN), priceRow)
      .describe('Credit prices that override or add to the built-in table, per model and tier.')
      .optional(),
    prune: z.boolean().describe('Delete the files of assets removed from the manifest.').optional(),
    assets: z.array(asset).describe('The images to keep in step.'),
  })
  .describe('asset-forge manifest: AI-generated images kept in step with this file.');

export type RawManifest = z.infer<typeof manifestSchema>;
export type RawAsset = z.infer<typeof asset>;
export type RawDefaults = NonNullable<RawManifest['defaults']>;

/** The JSON Schema editors use to autocomplete assets.yml (`asset-forge schema`). */
export function manifestJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(manifestSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://raw.githubusercontent.com/asset-forge/asset-forge/main/schema/asset-forge.schema.json',
    title: 'asset-forge manifest',
  };
}
