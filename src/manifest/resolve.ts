// From the schema-valid manifest to the typed one: defaults, ${vars}, size rules per model, paths.

import { existsSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { declareModels, knownIds, type ModelDeclaration } from '../models/declare.js';
import {
  BUILT_IN_MODEL_IDS,
  type Credits,
  DEFAULT_FALLBACK,
  DEFAULT_MODEL,
  ModelRegistry,
  modelAccepts,
} from '../models/registry.js';
import { IMAGE_FORMATS, type ImageFormat, type ModelId } from '../models.js';
import { checkGptImage2Size, type Dimensions, parseSize, type SizeSpec } from '../sizes.js';
import { plural } from '../words.js';
import { closestName } from './errors.js';
import type { PathProblem } from './issues.js';
import { collisionKey, confinePath, type LstatCache } from './paths.js';
import type { ManifestPath } from './positions.js';
import { MAX_PROMPT_LENGTH, type RawAsset, type RawManifest } from './schema.js';
import { invalidSizeFix } from './size-advice.js';
import type { Asset, AssetReference, Manifest, Rendition } from './types.js';

export const BUILT_IN_DEFAULTS = {
  model: DEFAULT_MODEL,
  fallback: DEFAULT_FALLBACK,
  quality: 'auto',
  size: 'auto',
  format: 'png',
  'out-dir': 'assets/generated',
  async: false,
} as const;

/** Where the manifest lives and who will serve it: the rules that depend on the run. */
export interface ResolveContext {
  file: string;
  dir: string;
  root: string;
  /** Repository-file references need a provider that uploads files. */
  acceptsFileReferences: boolean;
  providerName: string;
  lineOf(path: ManifestPath): number;
  /** Shared by this load's path checks; made here when not given. */
  lstats?: LstatCache;
}

const DURATION_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

export function resolveManifest(
  raw: RawManifest,
  loadContext: ResolveContext,
): { manifest: Manifest; problems: PathProblem[] } {
  const context = { ...loadContext, lstats: loadContext.lstats ?? new Map() };
  const problems: PathProblem[] = [];
  const vars = Object.fromEntries(Object.entries(raw.vars ?? {}).map(([k, v]) => [k, String(v)]));
  const defaults = raw.defaults ?? {};
  const claimedOutputs = new Map<string, OutputOwner>();
  const seenIds = new Map<string, number>();
  const assets: Asset[] = [];
  const declared = declareModels(
    raw.models as Record<string, ModelDeclaration> | undefined,
    raw.pricing as Record<string, Credits> | undefined,
  );
  for (const problem of declared.problems) problems.push(problem);
  const models = new ModelRegistry(declared.models, context.providerName);
  const reportedModels = new Set<string>();
  const checkModel = (id: string, path: ManifestPath) => {
    const key = JSON.stringify(path);
    if (models.has(id) || reportedModels.has(key)) return;
    reportedModels.add(key);
    const suggestion = closestName(id, knownIds(declared.models));
    problems.push({
      path,
      message: `model ${id} is not built in and not declared under models:`,
      fix: `${suggestion ? `did you mean '${suggestion}'? ` : ''}use a built-in id (${BUILT_IN_MODEL_IDS.join(', ')}), or declare ${id} under models: with its family`,
    });
  };
  if (defaults.model !== undefined) checkModel(defaults.model, ['defaults', 'model']);
  for (const [j, id] of (defaults.fallback ?? []).entries()) {
    checkModel(id, ['defaults', 'fallback', j]);
  }

  raw.assets.forEach((rawAsset, index) => {
    const at = (...rest: (string | number)[]): ManifestPath => ['assets', index, ...rest];
    const report = (problem: PathProblem) => problems.push(problem);
    const firstIndex = seenIds.get(rawAsset.id);
    if (firstIndex !== undefined) {
      report({
        path: at('id'),
        message: `asset id '${rawAsset.id}' is used more than once (first at assets[${firstIndex}], line ${context.lineOf(['assets', firstIndex])})`,
        fix: 'give every asset its own id',
      });
    } else {
      seenIds.set(rawAsset.id, index);
    }
    const owner: OutputOwner = { id: rawAsset.id, index };

    const pick = <K extends keyof typeof defaults>(key: K) => rawAsset[key] ?? defaults[key];
    const pickedFrom = (key: keyof typeof defaults): ManifestPath =>
      rawAsset[key] !== undefined ? at(key) : ['defaults', key];
    const model: ModelId = pick('model') ?? BUILT_IN_DEFAULTS.model;
    const fallback: ModelId[] = pick('fallback') ?? [...BUILT_IN_DEFAULTS.fallback];
    checkModel(model, pickedFrom('model'));
    for (const [j, id] of fallback.entries()) checkModel(id, [...pickedFrom('fallback'), j]);
    const prompt = substituteVars(rawAsset.prompt, vars, at('prompt'), report);
    if (prompt.trim() === '') {
      report({
        path: at('prompt'),
        message: `the prompt of '${rawAsset.id}' is empty after substitution`,
        fix: 'write the prompt, or give its variables values',
      });
    }
    if (prompt.length > MAX_PROMPT_LENGTH) {
      report({
        path: at('prompt'),
        message: `the prompt of '${rawAsset.id}' has ${prompt.length} characters after substitution; at most ${MAX_PROMPT_LENGTH} allowed`,
        fix: `shorten it by ${plural(prompt.length - MAX_PROMPT_LENGTH, 'character')}`,
      });
    }
    const known = [model, ...fallback].filter((id) => models.has(id)).map((id) => models.get(id));
    const size = resolveSize(
      pick('size') ?? BUILT_IN_DEFAULTS.size,
      known.some((spec) => spec.family === 'gpt-image'),
      pickedFrom('size'),
      report,
    );
    const format = resolveFormat(rawAsset, pick('format'), report, at);
    const outDir = pick('out-dir');
    const out = resolveOutput(
      rawAsset,
      format,
      outDir ?? BUILT_IN_DEFAULTS['out-dir'],
      // A derived path is wrong because of its out-dir: point there when one is written.
      rawAsset.out !== undefined
        ? at('out')
        : outDir !== undefined
          ? pickedFrom('out-dir')
          : at('id'),
      context,
      report,
    );
    claimOutput(out, owner, at(rawAsset.out !== undefined ? 'out' : 'id'), claimedOutputs, report);
    const renditions = (rawAsset.renditions ?? []).flatMap((rendition, r) => {
      const resolved = resolveRendition(rendition, format, at('renditions', r), context, report);
      if (resolved) {
        claimOutput(resolved.out, owner, at('renditions', r, 'out'), claimedOutputs, report);
      }
      return resolved ? [resolved] : [];
    });
    const refresh = pick('refresh');
    const images = resolveReferences(pick('images') ?? [], pickedFrom('images'), context, report);
    if (known.length > 0 && known.every((spec) => !modelAccepts(spec, { images }).ok)) {
      const most = Math.max(...known.map((spec) => spec.maxImages));
      report({
        path: pickedFrom('images'),
        message: `'${rawAsset.id}' has ${images.length} reference images, but no model of its chain takes more than ${most} on ${context.providerName}`,
        fix: `use at most ${most} reference images, or add a model that takes more to its fallback (docs/models.md)`,
      });
    }
    assets.push({
      id: rawAsset.id,
      prompt,
      size,
      quality: pick('quality') ?? BUILT_IN_DEFAULTS.quality,
      model,
      fallback,
      format,
      out: out ?? '',
      images,
      renditions,
      ...(refresh ? { refreshMs: durationMs(refresh) } : {}),
      async: pick('async') ?? BUILT_IN_DEFAULTS.async,
      line: context.lineOf(at()),
    });
  });

  return {
    manifest: {
      file: context.file,
      dir: context.dir,
      root: context.root,
      budget: {
        ...(raw.budget?.['max-credits'] !== undefined
          ? { maxCredits: raw.budget['max-credits'] }
          : {}),
        onOverBudget: raw.budget?.['on-over-budget'] ?? 'fail',
      },
      models,
      prune: raw.prune ?? false,
      assets,
    },
    problems,
  };
}

export function durationMs(text: string): number {
  const unit = text.at(-1) as keyof typeof DURATION_MS;
  return Number.parseInt(text.slice(0, -1), 10) * DURATION_MS[unit];
}

function substituteVars(
  prompt: string,
  vars: Record<string, string>,
  path: ManifestPath,
  report: (p: PathProblem) => void,
): string {
  return prompt.replace(/\$\{([^}]*)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value !== undefined) return value;
    const suggestion = closestName(name, Object.keys(vars));
    report({
      path,
      needle: whole,
      message: `the prompt uses \${${name}}, which is not defined in vars`,
      fix: suggestion
        ? `did you mean \${${suggestion}}?`
        : `add ${name} under vars, or remove ${whole}`,
    });
    return whole;
  });
}

/** A chain with a gpt-image model holds the size to gpt-image-2's rules. */
function resolveSize(
  text: string,
  gptImageInChain: boolean,
  path: ManifestPath,
  report: (p: PathProblem) => void,
): SizeSpec {
  const size = parseSize(text);
  if (!size) return 'auto'; // the schema already reported a malformed size
  const broken = size === 'auto' || !gptImageInChain ? [] : checkGptImage2Size(size);
  if (size !== 'auto' && broken.length > 0) {
    report({
      path,
      message: `size ${text} is not valid for gpt-image-2: ${broken.map((rule) => rule.message).join('; ')}`,
      fix: invalidSizeFix(size),
    });
  }
  return size;
}

function formatOfPath(path: string): ImageFormat | undefined {
  const extension = posix.extname(path).slice(1).toLowerCase();
  const format = extension === 'jpg' ? 'jpeg' : extension;
  return (IMAGE_FORMATS as readonly string[]).includes(format)
    ? (format as ImageFormat)
    : undefined;
}

/** An output's name must say what it holds: .png, .webp, .jpg or .jpeg. */
function checkExtension(
  out: string,
  format: ImageFormat,
  path: ManifestPath,
  report: (p: PathProblem) => void,
): void {
  if (formatOfPath(out)) return;
  const stem = posix.extname(out) ? out.slice(0, -posix.extname(out).length) : out;
  report({
    path,
    message: `output path ${out} does not end in .png, .webp, .jpg or .jpeg`,
    fix: `name it ${stem}.${extension(format)}`,
  });
}

function resolveFormat(
  rawAsset: RawAsset,
  defaultFormat: ImageFormat | undefined,
  report: (p: PathProblem) => void,
  at: (...rest: (string | number)[]) => ManifestPath,
): ImageFormat {
  const out = rawAsset.out ?? '';
  const fromOut = out ? formatOfPath(out) : undefined;
  if (rawAsset.format && fromOut && rawAsset.format !== fromOut) {
    report({
      path: at('out'),
      message: `out ${out} ends in ${posix.extname(out)} but format is ${rawAsset.format}`,
      fix: `make them agree: change the extension to .${extension(rawAsset.format)} or the format to ${fromOut}`,
    });
  }
  return rawAsset.format ?? fromOut ?? defaultFormat ?? BUILT_IN_DEFAULTS.format;
}

function extension(format: ImageFormat): string {
  return format === 'jpeg' ? 'jpg' : format;
}

function resolveOutput(
  rawAsset: RawAsset,
  format: ImageFormat,
  outDir: string,
  path: ManifestPath,
  context: ResolveContext,
  report: (p: PathProblem) => void,
): string | undefined {
  const written =
    rawAsset.out ?? `${outDir.replace(/\/+$/, '')}/${rawAsset.id}.${extension(format)}`;
  const out = confineOutput(written, path, context, report);
  if (out !== undefined) checkExtension(out, format, path, report);
  return out;
}

function confineOutput(
  written: string,
  path: ManifestPath,
  context: ResolveContext,
  report: (p: PathProblem) => void,
): string | undefined {
  const confined = confinePath(context.root, context.dir, written, context.lstats);
  if (!confined.ok) {
    report({
      path,
      message: `output path ${written} is not allowed: ${confined.reason}`,
      fix: confined.fix,
    });
    return undefined;
  }
  return posix.normalize(written);
}

/** The asset that writes an output: its id and its place in the list. */
interface OutputOwner {
  id: string;
  index: number;
}

function claimOutput(
  out: string | undefined,
  owner: OutputOwner,
  path: ManifestPath,
  claimed: Map<string, OutputOwner>,
  report: (p: PathProblem) => void,
): void {
  if (out === undefined) return;
  const key = collisionKey(out);
  const first = claimed.get(key);
  if (first === undefined) {
    claimed.set(key, owner);
    return;
  }
  // Another asset with the same id: its duplicate id is reported already.
  if (first.id === owner.id && first.index !== owner.index) return;
  report({
    path,
    message:
      first.index === owner.index
        ? `output ${out} is written twice by '${owner.id}'`
        : `output ${out} of '${owner.id}' is also written by '${first.id}'`,
    fix: 'give each asset and rendition its own output path (names that differ only in case or in Unicode spelling collide on macOS and Windows)',
  });
}

function resolveRendition(
  rendition: NonNullable<RawAsset['renditions']>[number],
  assetFormat: ImageFormat,
  path: ManifestPath,
  context: ResolveContext,
  report: (p: PathProblem) => void,
): Rendition | undefined {
  const out = confineOutput(rendition.out, [...path, 'out'], context, report);
  const size = parseSize(rendition.size);
  const fromOut = formatOfPath(rendition.out);
  if (rendition.format && fromOut && rendition.format !== fromOut) {
    report({
      path: [...path, 'out'],
      message: `rendition ${rendition.out} ends in ${posix.extname(rendition.out)} but its format is ${rendition.format}`,
      fix: `make them agree: change the extension to .${extension(rendition.format)} or the format to ${fromOut}`,
    });
  }
  const format = rendition.format ?? fromOut ?? assetFormat;
  if (out !== undefined) checkExtension(out, format, [...path, 'out'], report);
  if (out === undefined || !size || size === 'auto') return undefined;
  return { out, size: size as Dimensions, format };
}

function resolveReferences(
  images: string[],
  path: ManifestPath,
  context: ResolveContext,
  report: (p: PathProblem) => void,
): AssetReference[] {
  return images.flatMap((image, i): AssetReference[] => {
    const where = [...path, i];
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(image)?.[1]?.toLowerCase();
    if (scheme === 'https') return [{ kind: 'url', url: image }];
    if (scheme && !/^[a-z]$/i.test(scheme)) {
      report({
        path: where,
        message: `reference image ${image} uses ${scheme}:, which providers do not fetch`,
        fix: 'use an https:// URL or a path inside the repository',
      });
      return [];
    }
    if (!context.acceptsFileReferences) {
      report({
        path: where,
        message: `reference image ${image} is a repository file, but the ${context.providerName} provider takes reference images as https URLs only`,
        fix: 'publish the image and use its https:// URL, or use provider pixapi, which uploads files',
      });
      return [];
    }
    const confined = confinePath(context.root, context.dir, image, context.lstats);
    if (!confined.ok) {
      report({
        path: where,
        message: `reference image ${image} is not allowed: ${confined.reason}`,
        fix: confined.fix,
      });
      return [];
    }
    if (!existsSync(confined.absolute) || !statSync(confined.absolute).isFile()) {
      report({
        path: where,
        message: `reference image ${image} does not exist`,
        fix: 'check the path: it is relative to the manifest folder',
      });
      return [];
    }
    return [{ kind: 'file', path: confined.fromRoot }];
  });
}
