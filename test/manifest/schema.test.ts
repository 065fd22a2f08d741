// The shipped JSON Schema: generated from the schema code that validates manifests, committed,
// and good enough for an editor to check the example manifest (SPEC §2).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { SCHEMA_PATH, schemaFileText } from '../../scripts/write-schema.js';
import { manifestJsonSchema } from '../../src/manifest/schema.js';

const here = dirname(fileURLToPath(import.meta.url));
const example = parseYaml(readFileSync(resolve(here, '../../examples/assets.yml'), 'utf8'));

type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'examples']);

/**
 * A small JSON Schema checker for the keywords the generated schema uses. It refuses keywords it
 * does not know, so a schema change cannot make it pass by being ignored.
 */
function validate(schema: Schema, value: unknown, at = '$'): string[] {
  const errors: string[] = [];
  for (const [keyword, rule] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case 'type': {
        const types = Array.isArray(rule) ? rule : [rule];
        if (!types.some((type) => hasType(value, type as string))) {
          errors.push(`${at}: not ${types.join('|')}`);
        }
        break;
      }
      case 'properties':
        if (isObject(value)) {
          for (const [key, sub] of Object.entries(rule as Record<string, Schema>)) {
            if (key in value) errors.push(...validate(sub, value[key], `${at}.${key}`));
          }
        }
        break;
      case 'additionalProperties':
        if (isObject(value)) {
          const known = Object.keys((schema.properties as object | undefined) ?? {});
          for (const key of Object.keys(value).filter((k) => !known.includes(k))) {
            if (rule === false) errors.push(`${at}: unknown key ${key}`);
            else errors.push(...validate(rule as Schema, value[key], `${at}.${key}`));
          }
        }
        break;
      case 'propertyNames':
        if (isObject(value)) {
          for (const key of Object.keys(value))
            errors.push(...validate(rule as Schema, key, `${at}[${key}]`));
        }
        break;
      case 'required':
        if (isObject(value)) {
          for (const key of rule as string[])
            if (!(key in value)) errors.push(`${at}: missing ${key}`);
        }
        break;
      case 'items':
        if (Array.isArray(value)) {
          for (const [i, item] of value.entries()) {
            errors.push(...validate(rule as Schema, item, `${at}[${i}]`));
          }
        }
        break;
      case 'maxItems':
        if (Array.isArray(value) && value.length > (rule as number)) errors.push(`${at}: too many`);
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (rule as number)) errors.push(`${at}: too few`);
        break;
      case 'maxLength':
        if (typeof value === 'string' && value.length > (rule as number))
          errors.push(`${at}: long`);
        break;
      case 'minLength':
        if (typeof value === 'string' && value.length < (rule as number))
          errors.push(`${at}: short`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(rule as string).test(value)) {
          errors.push(`${at}: ${value} does not match ${rule}`);
        }
        break;
      case 'enum':
        if (!(rule as unknown[]).includes(value))
          errors.push(`${at}: ${String(value)} not in enum`);
        break;
      case 'const':
        if (value !== rule) errors.push(`${at}: not ${String(rule)}`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (rule as number))
          errors.push(`${at}: below minimum`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (rule as number))
          errors.push(`${at}: above maximum`);
        break;
      case 'anyOf':
        if ((rule as Schema[]).every((option) => validate(option, value, at).length > 0)) {
          errors.push(`${at}: matches no option`);
        }
        break;
      default:
        throw new Error(`the test's checker does not know the keyword ${keyword}`);
    }
  }
  return errors;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    default:
      return typeof value === type;
  }
}

describe('schema/asset-forge.schema.json', () => {
  it('is the file the schema code generates (2-space JSON, final newline)', () => {
    const committed = readFileSync(SCHEMA_PATH, 'utf8');
    expect(
      committed,
      'schema/asset-forge.schema.json is out of date: run `npm run schema` (npx tsx scripts/write-schema.ts)',
    ).toBe(schemaFileText());
    expect(committed.endsWith('}\n')).toBe(true);
    expect(committed.split('\n')[1]).toMatch(/^ {2}"/);
  });

  it('declares its draft and where it is published', () => {
    const schema = manifestJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/\/schema\/asset-forge\.schema\.json$/);
  });
});

describe('the JSON Schema against examples/assets.yml', () => {
  const schema = manifestJsonSchema();

  it('accepts the example', () => {
    expect(validate(schema, example)).toEqual([]);
  });

  it('knows every key the example uses, at every level', () => {
    const properties = (s: Schema) => Object.keys(s.properties as Schema);
    const top = schema.properties as Record<string, Schema>;
    const asset = top.assets!.items as Schema;
    const rendition = (asset.properties as Record<string, Schema>).renditions!.items as Schema;
    for (const key of Object.keys(example)) expect(properties(schema)).toContain(key);
    for (const key of Object.keys(example.budget)) expect(properties(top.budget!)).toContain(key);
    for (const key of Object.keys(example.defaults))
      expect(properties(top.defaults!)).toContain(key);
    for (const item of example.assets) {
      for (const key of Object.keys(item)) expect(properties(asset)).toContain(key);
      for (const r of item.renditions ?? []) {
        for (const key of Object.keys(r)) expect(properties(rendition)).toContain(key);
      }
    }
  });

  it('refuses unknown keys wherever the loader does (additionalProperties: false)', () => {
    const variants: [string, (m: typeof example) => void][] = [
      ['top level', (m) => Object.assign(m, { colour: 'red' })],
      ['budget', (m) => Object.assign(m.budget, { 'max-credit': 1 })],
      ['defaults', (m) => Object.assign(m.defaults, { qualty: 'high' })],
      ['asset', (m) => Object.assign(m.assets[0], { promt: 'x' })],
      ['rendition', (m) => Object.assign(m.assets[0].renditions[0], { sise: '1x1' })],
    ];
    for (const [where, change] of variants) {
      const copy = structuredClone(example);
      change(copy);
      expect(validate(schema, copy), where).toEqual([expect.stringMatching(/unknown key/)]);
    }
  });

  it('refuses what the loader refuses: a bad enum, a bad id, a missing prompt, 15 images', () => {
    const cases: [(m: typeof example) => void, RegExp][] = [
      [(m) => Object.assign(m.assets[0], { quality: 'ultra' }), /quality: ultra not in enum/],
      [(m) => Object.assign(m.assets[0], { id: 'Hero' }), /id: Hero does not match/],
      [(m) => delete m.assets[0].prompt, /missing prompt/],
      [
        (m) => Object.assign(m.assets[0], { images: Array(15).fill('https://x.test/a.png') }),
        /too many/,
      ],
      [(m) => Object.assign(m, { version: 2 }), /version: not 1/],
    ];
    for (const [change, expected] of cases) {
      const copy = structuredClone(example);
      change(copy);
      expect(validate(schema, copy).join('\n')).toMatch(expected);
    }
  });
});
