import type { YamlTree } from "./yaml-front-end.js";
import type { YamlNode } from "./yaml-node.js";

/**
 * What {@link nodeAtOffset} found: the innermost node whose span holds the offset, the path of
 * keys and indexes that leads to it, and whether it is a mapping key.
 *
 * @example
 * const hit: NodeAtOffset | undefined = nodeAtOffset(tree, 42);
 * hit?.path; // ["services", "web", "image"]
 */
export interface NodeAtOffset {
  /** The innermost node (a key node when `isKey`). */
  readonly node: YamlNode;
  /**
   * Keys and sequence indexes from the root to the node. A key's path ends with its own name;
   * the name of a non-scalar key is its {@link YamlPair.keyName}.
   */
  readonly path: readonly (string | number)[];
  /** `true` when `node` is a mapping key. */
  readonly isKey: boolean;
}

function contains(node: YamlNode, offset: number): boolean {
  return (
    node.span.start <= offset &&
    (offset < node.span.end || (offset === node.span.end && node.span.start === node.span.end))
  );
}

/** The path segment that names a key. */
function keySegment(key: YamlNode, keyName: string | undefined): string {
  if (key.kind === "scalar") return key.text;
  return keyName ?? (key.kind === "alias" ? `*${key.name}` : "");
}

/**
 * The innermost node of the tree whose span holds `offset` (`start <= offset < end`), with its
 * path, or `undefined` outside every node. Keys count as nodes; an alias is a leaf (its target
 * lies elsewhere in the text). Iterative and logarithmic per level for large collections (children
 * are in source order), so it suits a language server's hover and completion.
 *
 * @example
 * const hit = nodeAtOffset(parse(text).tree, offset);
 * if (hit?.isKey) console.log(`key ${hit.path.join(".")}`);
 */
export function nodeAtOffset(tree: YamlTree | YamlNode | null, offset: number): NodeAtOffset | undefined {
  const root = tree !== null && "kind" in tree ? tree : (tree?.root ?? null);
  if (root === null || !Number.isFinite(offset) || !contains(root, offset)) return undefined;
  const path: (string | number)[] = [];
  let node: YamlNode = root;
  let isKey = false;
  for (;;) {
    if (node.kind === "seq") {
      const items = node.items;
      const i = lastStartingAtOrBefore(items.length, (k) => items[k]?.span.start ?? 0, offset);
      const item = i < 0 ? undefined : items[i];
      if (item === undefined || !contains(item, offset)) break;
      path.push(i);
      node = item;
      continue;
    }
    if (node.kind === "map") {
      const pairs = node.pairs;
      const i = lastStartingAtOrBefore(pairs.length, (k) => pairs[k]?.span.start ?? 0, offset);
      const pair = i < 0 ? undefined : pairs[i];
      if (pair === undefined) break;
      const segment = keySegment(pair.key, pair.keyName);
      if (contains(pair.key, offset)) {
        path.push(segment);
        node = pair.key;
        isKey = true;
        // Descend into a collection key too (rare, but its parts have spans).
        continue;
      }
      if (pair.value !== null && contains(pair.value, offset)) {
        path.push(segment);
        node = pair.value;
        continue;
      }
      break;
    }
    break;
  }
  return { node, path, isKey };
}

/** The greatest index `k < count` with `startOf(k) <= offset`, or -1 (starts are non-decreasing). */
function lastStartingAtOrBefore(count: number, startOf: (k: number) => number, offset: number): number {
  let lo = 0;
  let hi = count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(mid) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The path (keys and sequence indexes) of the innermost node at `offset`, or `undefined` outside
 * every node: `["services", "web", "expose", 0, "port"]`. On a key, the path ends with that key.
 *
 * @example
 * pathAtOffset(parse("a:\n  b: [1, 2]\n").tree, 12); // ["a", "b", 1]
 */
export function pathAtOffset(
  tree: YamlTree | YamlNode | null,
  offset: number,
): readonly (string | number)[] | undefined {
  return nodeAtOffset(tree, offset)?.path;
}
