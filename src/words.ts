// Words for messages and reports.

/** `1 asset`, `2 assets`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
