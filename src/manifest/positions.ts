// Maps a path in the parsed manifest (assets.3.size) back to its line and column in the YAML text.
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
} from 'yaml';

export type ManifestPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

export class PositionFinder {
  constructor(
    private readonly document: Document,
    private readonly lines: LineCounter,
    /** The YAML source, to point inside a value (optional). */
    private readonly text?: string,
  ) {}

  /**
   * Where the value at `path` starts; with `key`, where that key of the map at `path` is written.
   * An empty value (`prompt:` with nothing after it) is pointed at through its key. With `needle`,
   * where that text is written inside the value, when it is written there literally.
   */
  find(path: ManifestPath, key?: string, needle?: string): Position {
    let node = this.document.contents as Node | null;
    for (const segment of path) {
      const child = node ? this.child(node, segment) : undefined;
      if (!child) break;
      node =
        child.value && !isEmpty(child.value) ? child.value : (child.key ?? child.value ?? null);
    }
    if (key !== undefined && node) {
      const keyNode = this.child(node, key)?.key;
      if (keyNode) node = keyNode;
    }
    const start = node?.range?.[0] ?? 0;
    if (needle !== undefined && this.text !== undefined && node?.range) {
      const at = this.text.slice(start, node.range[1]).indexOf(needle);
      if (at >= 0) return this.position(start + at);
    }
    return this.position(start);
  }

  private child(node: Node, segment: string | number): { key?: Node; value?: Node } | undefined {
    const target = isAlias(node) ? (node.resolve(this.document) as Node | undefined) : node;
    if (isMap(target)) {
      const pair = target.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) return undefined;
      return { key: pair.key as Node, value: (pair.value as Node | null) ?? undefined };
    }
    if (isSeq(target) && typeof segment === 'number') {
      const item = target.items[segment] as Node | undefined;
      return item ? { value: item } : undefined;
    }
    return undefined;
  }

  position(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
}

/** A value written as nothing at all, such as `prompt:` at the end of its line. */
function isEmpty(node: Node): boolean {
  return isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1];
}
