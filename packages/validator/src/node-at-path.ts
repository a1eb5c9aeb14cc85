import type { Span, YamlNode, YamlPair } from "@akash-sdl/core";

/**
 * The tree node at a document path (aliases followed), or `undefined` when the path leaves the
 * tree. Mapping steps match the key's scalar text (the last match wins, as in Go).
 *
 * @example
 * nodeAtPath(parsed.tree.root, ["services", "web", "image"]);
 */
export function nodeAtPath(root: YamlNode | null, path: readonly (string | number)[]): YamlNode | undefined {
  let node: YamlNode | null | undefined = root;
  for (const step of path) {
    node = resolveAlias(node);
    if (node === null || node === undefined) return undefined;
    if (node.kind === "map") {
      node = mapValue(node.pairs, String(step));
    } else if (node.kind === "seq" && typeof step === "number") {
      node = node.items[step];
    } else {
      return undefined;
    }
  }
  return resolveAlias(node) ?? undefined;
}

/**
 * One mapping step of {@link nodeAtPath} without a path array: the value under `key` in `node`
 * (aliases followed; the last match wins), or `undefined`.
 *
 * @example
 * nodeAtKey(nodeAtKey(parsed.tree.root, "services"), "web");
 */
export function nodeAtKey(node: YamlNode | null | undefined, key: string): YamlNode | undefined {
  const map = resolveAlias(node);
  if (map?.kind !== "map") return undefined;
  return resolveAlias(mapValue(map.pairs, key)) ?? undefined;
}

/** The value of the last pair whose scalar key reads `key`. */
function mapValue(pairs: readonly YamlPair[], key: string): YamlNode | null | undefined {
  let found: YamlNode | null | undefined;
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i] as (typeof pairs)[number];
    if (pair.key.kind === "scalar" && pair.key.text === key) found = pair.value;
  }
  return found;
}

/**
 * Follows an alias to its anchor (at most a few steps; a broken alias gives `undefined`).
 *
 * @example
 * resolveAlias(node)?.kind;
 */
export function resolveAlias(node: YamlNode | null | undefined): YamlNode | null | undefined {
  let current = node;
  for (let i = 0; i < 8 && current?.kind === "alias"; i++) current = current.target;
  return current?.kind === "alias" ? undefined : current;
}

/**
 * The span of the key that holds the node at `path` (the last step must be a mapping key), or
 * `undefined` when the path leaves the tree: where a diagnostic about a whole block points.
 *
 * @example
 * keySpanAt(parsed.tree.root, ["profiles", "placement", "dc", "pricing"]); // the `pricing` key
 */
export function keySpanAt(root: YamlNode | null, path: readonly (string | number)[]): Span | undefined {
  const last = path[path.length - 1];
  if (typeof last !== "string") return undefined;
  const parent = nodeAtPath(root, path.slice(0, -1));
  if (parent?.kind !== "map") return undefined;
  let span: Span | undefined;
  for (const pair of parent.pairs) if (pair.key.kind === "scalar" && pair.key.text === last) span = pair.key.span;
  return span;
}
