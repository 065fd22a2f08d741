// User text (ids, prompts, provider messages) inside markdown tables: it must not break the table,
// mention people, link issues or inject HTML.
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '@': '&#64;',
  '#': '&#35;',
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
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const cut = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
  return cut.replace(/[&<>"@#|`\\*_[\]~!:]/g, (c) => ENTITIES[c]!);
}
