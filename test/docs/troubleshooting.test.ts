// docs/troubleshooting.md quotes the messages users meet. Each quoted message is checked
// against the source, piece by piece (the parts in <angle brackets> are the user's values),
// so a reworded message in src/ shows up here as a page to update.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, read } from './helpers.js';

/** Messages written by git, GitHub or commander (the CLI's argument parser), not by asset-forge. */
const EXTERNAL = [
  'GH006',
  'Permission to',
  'Resource not accessible',
  'protected branch',
  'unknown command',
  'unknown option',
  'too many arguments',
];

function sourceText(): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) parts.push(readFileSync(path, 'utf8'));
    }
  };
  walk(join(ROOT, 'src'));
  // Messages are sometimes split over concatenated literals: 'a ' + 'b'.
  return parts.join('\n').replace(/['`]\s*\+\s*['`]/g, '');
}

/** The quoted messages in the "Message" column of every table. */
function quotedMessages(markdown: string): string[] {
  const messages: string[] = [];
  let column = -1;
  let previous = '';
  for (const line of markdown.split('\n')) {
    const cells = line.startsWith('| ') ? line.split(/(?<!\\)\|/).slice(1, -1) : undefined;
    if (!cells) {
      column = -1;
    } else if (!previous.startsWith('| ')) {
      // A header row: the column whose title starts with "Message" holds the messages.
      column = cells.findIndex((cell) => cell.trim().startsWith('Message'));
    } else if (column >= 0 && !line.startsWith('| -')) {
      for (const match of (cells[column] ?? '').matchAll(/``(.+?)``|`([^`]+)`/g)) {
        messages.push((match[1] ?? match[2])!.trim());
      }
    }
    previous = line;
  }
  return messages;
}

/** The literal pieces of a quoted message that the source must contain. */
function pieces(message: string): string[] {
  return (
    message
      // Placeholders, numbers, punctuation that templates put around values, and the words a
      // template fills in (the provider's name, InputError's `input` prefix).
      .split(
        /assets\[[^\s"]*|<[^>]+>|\.\.\.|…|\d+|: |; |\. |, |\bone of\b|[()"'`[\]{}$]|\*\*|\bcredits\b|\bnanobanana\b|\bpixapi\b|\binput\b/,
      )
      .map((piece) => piece.trim())
      .filter((piece) => piece.length >= 10)
  );
}

describe('docs/troubleshooting.md', () => {
  const source = sourceText();
  const messages = quotedMessages(read('docs/troubleshooting.md')).filter(
    (message) => !EXTERNAL.some((external) => message.includes(external)),
  );

  it('quotes many messages', () => {
    expect(messages.length).toBeGreaterThan(60);
  });

  it.each(messages)('quotes a message the source writes: %s', (message) => {
    for (const piece of pieces(message)) {
      expect(source, `"${piece}" of: ${message}`).toContain(piece);
    }
  });
});
