// Writes schema/asset-forge.schema.json from the schema code that validates manifests, so the
// shipped JSON Schema never drifts from the loader. Run: npx tsx scripts/write-schema.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestJsonSchema } from '../src/manifest/schema.js';

export const SCHEMA_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'schema',
  'asset-forge.schema.json',
);

/** The file's exact text: two-space JSON and a final newline. */
export function schemaFileText(): string {
  return `${JSON.stringify(manifestJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(dirname(SCHEMA_PATH), { recursive: true });
  writeFileSync(SCHEMA_PATH, schemaFileText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
