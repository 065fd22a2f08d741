// docs/reliability.md names the test that holds each promise, as `file › describe › test`: every
// file it names exists, and holds every name given (a `%s` or `${n}` in a name stands for
// whatever it was filled with), so the page cannot point at a test that was renamed or removed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, read } from './helpers.js';

const page = read('docs/reliability.md');
const references = [...page.matchAll(/`(test\/[^`]+?)`/g)].map((match) => match[1]!);

/** The fixed start of a name: up to its first placeholder, and without a trailing `...`. */
function fixedPart(name: string): string {
  return name
    .replace(/\.\.\.$/, '')
    .split(/%[a-z]|<[^>]+>/)[0]!
    .trim();
}

/** Whether the test source holds the name, a number of it perhaps written as `${NAME}`. */
function holds(source: string, name: string): boolean {
  if (source.includes(name) || source.includes(name.replaceAll("'", "\\'"))) return true;
  const pattern = name
    .split(/(\d+)/)
    .map((part, i) =>
      i % 2 === 1 ? `(?:${part}|\\$\\{\\w+\\})` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(pattern).test(source);
}

describe('docs/reliability.md', () => {
  it('names tests (the page is made of them)', () => {
    expect(references.length).toBeGreaterThan(40);
  });

  it.each(references)('%s exists', (reference) => {
    const [file, ...names] = reference.split('›').map((part) => part.trim());
    expect(existsSync(join(ROOT, file!)), `${file} exists`).toBe(true);
    const source = readFileSync(join(ROOT, file!), 'utf8');
    for (const name of names.map(fixedPart).filter(Boolean)) {
      expect(holds(source, name), `${file} has a test or describe named "${name}"`).toBe(true);
    }
  });
});
