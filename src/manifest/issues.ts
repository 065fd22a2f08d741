// Turns zod's schema issues into manifest problems a user can act on: what is wrong, where, the fix.
import { ZodArray, ZodEnum, ZodObject, ZodOptional, ZodRecord, type z } from 'zod';
import { GPT_IMAGE_2_PRESETS } from '../sizes.js';
import { closestName } from './errors.js';
import type { ManifestPath } from './positions.js';
import { manifestSchema } from './schema.js';

export interface PathProblem {
  path: ManifestPath;
  /** Point at this key of the map at `path` rather than at its value. */
  key?: string;
  /** Point at this text inside the value at `path`, where it is written literally. */
  needle?: string;
  message: string;
  fix: string;
}

/** What each pattern-checked key expects, in words. */
const PATTERN_FIXES: Record<string, string> = {
  id: 'use lower-case letters, digits, - and _, starting with a letter or digit (for example hero-banner)',
  size: `write a preset (${GPT_IMAGE_2_PRESETS.join(', ')}), WIDTHxHEIGHT such as 1536x1024, or auto`,
  refresh: 'write a number followed by m, h, d or w, for example 90d',
};

export function describeIssue(issue: z.core.$ZodIssue, input: unknown): PathProblem[] {
  const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
  const name = describePath(path);
  const value = valueAt(input, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const known = knownKeysAt(path);
        const suggestion = closestName(key, known);
        return {
          path,
          key,
          message: `unknown key '${key}' ${path.length > 0 ? `in ${name}` : 'at the top level'}`,
          fix: suggestion
            ? `did you mean '${suggestion}'?`
            : `remove it; valid keys here are ${known.join(', ')}`,
        };
      });
    case 'invalid_type':
      if (value === undefined) return [missingKey(path)];
      return [
        {
          path,
          message: `${name} must be ${article(issue.expected)}, not ${typeName(value)}`,
          fix: `write ${name} as ${article(issue.expected)}`,
        },
      ];
    case 'invalid_value': {
      if (value === undefined) return [missingKey(path)];
      const options = issue.values.map(String);
      const unquoted = options.find((option) => option === String(value));
      return [
        {
          path,
          message: `${name} is ${JSON.stringify(value)}, which is not allowed`,
          fix: unquoted
            ? `write ${unquoted} without quotes`
            : withSuggestion(
                value,
                options,
                options.length === 1 ? `use ${options[0]}` : `use one of ${options.join(', ')}`,
              ),
        },
      ];
    }
    case 'invalid_format':
      return [
        {
          path,
          message: `${name} ${JSON.stringify(value)} is not valid`,
          fix:
            (path.includes('renditions') && lastKey(path) === 'size'
              ? RENDITION_SIZE_FIX
              : PATTERN_FIXES[lastKey(path)]) ??
            `match the pattern ${issue.pattern ?? issue.format}`,
        },
      ];
    case 'too_big':
      return [
        {
          path,
          message: `${name} has ${sizeWord(issue.origin, value)}; at most ${issue.maximum} allowed`,
          fix: `keep ${name} to ${issue.maximum}${unitWord(issue.origin)} or fewer`,
        },
      ];
    case 'too_small':
      return [
        {
          path,
          message:
            issue.origin === 'number'
              ? `${name} is ${String(value)}; it must be at least ${issue.minimum}`
              : `${name} is empty`,
          fix:
            issue.origin === 'number'
              ? `use a number of ${issue.minimum} or more`
              : `give ${name} a value`,
        },
      ];
    case 'invalid_union':
      return [
        {
          path,
          message: `${name} has the wrong shape (${typeName(value)})`,
          fix:
            path[0] === 'vars'
              ? `write ${name} as text, a number, or true or false`
              : `write ${name} as a number, or as { low, medium, high }`,
        },
      ];
    case 'invalid_key': {
      const key = path.at(-1);
      const parent = path.slice(0, -1);
      return [
        {
          path: parent,
          ...(typeof key === 'string' ? { key } : {}),
          message:
            parent[0] === 'vars'
              ? `variable name '${String(key)}' is not valid`
              : `${describePath(parent)} has a key '${String(key)}' that is not allowed`,
          fix:
            parent[0] === 'vars'
              ? 'start it with a letter or _, then use letters, digits, _ and -'
              : 'see the manifest reference for the keys this map takes',
        },
      ];
    }
    default:
      return [{ path, message: `${name}: ${issue.message}`, fix: 'see the manifest reference' }];
  }
}

const RENDITION_SIZE_FIX = 'write WIDTHxHEIGHT such as 1200x630 (a rendition needs an exact size)';

/** A required key that is not there: point at the map that should hold it. */
function missingKey(path: ManifestPath): PathProblem {
  const key = String(path.at(-1));
  const parent = path.slice(0, -1);
  const where = parent.length > 0 ? describePath(parent) : 'the manifest';
  return {
    path: parent,
    message: `${where} is missing the required key '${key}'`,
    fix:
      key === 'version'
        ? 'add version: 1 at the top of the manifest'
        : `add ${key}: to ${parent.length > 0 ? where : 'the top level of the manifest'}`,
  };
}

/** `assets[2].size`, `budget.max-credits`. */
export function describePath(path: ManifestPath): string {
  if (path.length === 0) return 'the manifest';
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
}

function valueAt(input: unknown, path: ManifestPath): unknown {
  let node = input;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** The keys the schema allows for the map at `path` (zod's issue does not list them). */
function knownKeysAt(path: ManifestPath): string[] {
  let schema: z.ZodType | undefined = manifestSchema;
  for (const segment of path) {
    schema = schema ? childSchema(unwrap(schema), segment) : undefined;
  }
  const map = schema ? unwrap(schema) : undefined;
  if (map instanceof ZodObject) return Object.keys(map.shape);
  if (map instanceof ZodRecord && map.keyType instanceof ZodEnum) {
    return (map.keyType.options as (string | number)[]).map(String);
  }
  return [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;
}

function childSchema(schema: z.ZodType, segment: string | number): z.ZodType | undefined {
  if (schema instanceof ZodArray) return schema.element as z.ZodType;
  if (schema instanceof ZodRecord) return schema.valueType as z.ZodType;
  if (schema instanceof ZodObject) return schema.shape[segment] as z.ZodType | undefined;
  return undefined;
}

function withSuggestion(value: unknown, options: string[], fallback: string): string {
  const suggestion = typeof value === 'string' ? closestName(value, options) : undefined;
  return suggestion ? `did you mean '${suggestion}'? (${fallback})` : fallback;
}

function lastKey(path: ManifestPath): string {
  const key = [...path].reverse().find((segment) => typeof segment === 'string');
  return typeof key === 'string' ? key : '';
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${article(typeof value)} (${JSON.stringify(value)})`;
}

function article(type: string): string {
  const words: Record<string, string> = {
    object: 'a map',
    array: 'a list',
    string: 'a string',
    number: 'a number',
    boolean: 'true or false',
    int: 'a whole number',
  };
  return words[type] ?? type;
}

function sizeWord(origin: string, value: unknown): string {
  if (origin === 'array' && Array.isArray(value)) return `${value.length} entries`;
  if (origin === 'string' && typeof value === 'string') return `${value.length} characters`;
  return String(value);
}

function unitWord(origin: string): string {
  return origin === 'array' ? ' entries' : origin === 'string' ? ' characters' : '';
}
