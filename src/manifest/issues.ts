// Turns zod's schema issues into manifest problems a user can act on: what is wrong, where, the fix.
import { ZodArray, ZodObject, ZodOptional, type z } from 'zod';
import { GPT_IMAGE_2_PRESETS } from '../sizes.js';
import { closestName } from './errors.js';
import type { ManifestPath } from './positions.js';
import { manifestSchema } from './schema.js';

export interface PathProblem {
  path: ManifestPath;
  /** Point at this key of the map at `path` rather than at its value. */
  key?: string;
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
          message: `unknown key '${key}'${name ? ` in ${name}` : ''}`,
          fix: suggestion
            ? `did you mean '${suggestion}'?`
            : `remove it; valid keys here are ${known.join(', ')}`,
        };
      });
    case 'invalid_type':
      if (value === undefined) {
        return [{ path: path.slice(0, -1), message: `${name} is missing`, fix: `add ${name}` }];
      }
      return [
        {
          path,
          message: `${name} must be ${article(issue.expected)}, not ${typeName(value)}`,
          fix: `write ${name} as ${article(issue.expected)}`,
        },
      ];
    case 'invalid_value':
      return [
        {
          path,
          message: `${name} is ${JSON.stringify(value)}, which is not allowed`,
          fix: withSuggestion(
            value,
            issue.values.map(String),
            `use one of ${issue.values.map(String).join(', ')}`,
          ),
        },
      ];
    case 'invalid_format':
      return [
        {
          path,
          message: `${name} ${JSON.stringify(value)} is not valid`,
          fix: PATTERN_FIXES[lastKey(path)] ?? `match the pattern ${issue.pattern ?? issue.format}`,
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
          message: `${name} has the wrong shape`,
          fix: `write ${name} as a number, or as { low, medium, high }`,
        },
      ];
    case 'invalid_key':
      return [
        {
          path,
          message: `${name} has a key that is not allowed`,
          fix: 'see the manifest reference for the keys this map takes',
        },
      ];
    default:
      return [{ path, message: `${name}: ${issue.message}`, fix: 'see the manifest reference' }];
  }
}

/** `assets[2].size`, `budget.max-credits`. */
export function describePath(path: ManifestPath): string {
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
  const object = schema ? unwrap(schema) : undefined;
  return object instanceof ZodObject ? Object.keys(object.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;
}

function childSchema(schema: z.ZodType, segment: string | number): z.ZodType | undefined {
  if (schema instanceof ZodArray) return schema.element as z.ZodType;
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
