// Links between the documents lead somewhere: relative links name files that exist, #anchors
// name headings that exist, and every `$schema=` reference points at the shipped JSON Schema.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleYamlFiles, markdownFiles, ROOT, read } from './helpers.js';

const documents = [...markdownFiles(), 'CHANGELOG.md'];

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchorsOf(markdown: string): Set<string> {
  const withoutCode = markdown.replace(/^```[\s\S]*?^```/gm, '');
  const anchors = new Set<string>();
  for (const match of withoutCode.matchAll(/^#{1,6} (.+)$/gm)) {
    anchors.add(
      match[1]!
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/ /g, '-'),
    );
  }
  return anchors;
}

/** [text](target) outside code blocks and code spans. */
function linksOf(markdown: string): string[] {
  const prose = markdown.replace(/^\s*```[\s\S]*?^\s*```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
}

describe('links in README.md, docs/ and CHANGELOG.md', () => {
  it.each(documents)('%s links to files and headings that exist', (file) => {
    for (const link of linksOf(read(file))) {
      if (/^[a-z]+:/i.test(link)) continue; // https:, mailto:
      const [path, anchor] = link.split('#') as [string, string | undefined];
      const target = path === '' ? file : normalize(join(dirname(file), path));
      expect(existsSync(join(ROOT, target)), `${file}: ${link}`).toBe(true);
      if (anchor && target.endsWith('.md')) {
        expect(anchorsOf(read(target)), `${file}: ${link}`).toContain(anchor);
      }
    }
  });
});

describe('yaml-language-server $schema references', () => {
  const SCHEMA_URL =
    /\$schema=https:\/\/raw\.githubusercontent\.com\/asset-forge\/asset-forge\/v\d+\/([^\s`]+)/g;

  it.each(documents)('%s points at the schema file in this repository', (file) => {
    for (const match of read(file).matchAll(SCHEMA_URL)) {
      expect(existsSync(join(ROOT, match[1]!)), `${file}: ${match[0]}`).toBe(true);
    }
  });

  it.each(exampleYamlFiles())('%s points at a schema file that exists', (file) => {
    const text = read(file);
    const match = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text);
    if (!match) {
      expect(text, `${file} is a workflow`).toMatch(/^jobs:/m);
      return;
    }
    const target = join(ROOT, dirname(file), match[1]!);
    expect(existsSync(target), `${file}: ${match[1]}`).toBe(true);
    const schema = JSON.parse(readFileSync(target, 'utf8')) as { title?: string };
    expect(schema.title).toBe('asset-forge manifest');
  });
});
