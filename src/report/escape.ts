// User text (ids, prompts, provider messages) inside markdown tables: it must not break the table,
// mention people, link issues or inject HTML.
//
// An entity alone may not stop a mention or an issue link: markdown decodes `&#64;octocat` to the
// text `@octocat`, and that text is where mentions are looked for. A zero-width space after `@`
// and `#` (and inside GH-12) does stop them (as Renovate writes `@&#8203;user`): the text reads
// the same and links nobody. Line breaks, control characters (NUL, terminal escapes), and the
// bidirectional and zero-width characters that make text read otherwise than it is (U+202E
// turns `hero<U+202E>gnp.exe` into `heroexe.png`) become spaces.
import { oneLine } from '../text-safety.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '@': '@&#8203;',
  '#': '#&#8203;',
  '|': '&#124;',
  '`': '&#96;',
  '\\': '&#92;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '~': '&#126;',
  '!': '&#33;',
  ':': '&#58;',
};

export function escapeCell(text: string, maxLength = 200): string {
  const line = oneLine(text);
  const cut = line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
  return cut
    .replace(/[&<>"@#|`\\*_[\]~!:]/g, (c) => ENTITIES[c]!)
    .replace(/(GH)-(?=\d)/gi, '$1&#8203;-'); // GH-12 links an issue too
}
