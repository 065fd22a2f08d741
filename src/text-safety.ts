// Characters that change how text reads without showing themselves: C0 and C1 controls (line
// breaks, terminal escapes, NUL), Unicode's bidirectional controls (U+202E turns
// `gnp.exe` around), zero-width characters, and the line and paragraph separators. Outside
// text (lock files, provider answers, comments' user text) is refused or cleaned of them.
// See docs/reliability.md.

/** One of them; with the `g` flag, for replacing. */
export const HIDDEN_OR_CONTROL =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;
export const HIDDEN_OR_CONTROL_ALL = new RegExp(HIDDEN_OR_CONTROL.source, 'g');

/**
 * One line of plain text: line breaks, whitespace runs and every character above become one
 * space. For what reaches logs and terminals (a line of its own starting with `::` would be a
 * workflow command) and table cells.
 */
export function oneLine(text: string): string {
  return text.replace(HIDDEN_OR_CONTROL_ALL, ' ').replace(/\s+/g, ' ').trim();
}
