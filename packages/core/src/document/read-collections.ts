import { childPath } from "./sdl-node.js";
import type { YamlNode, YamlPair } from "../tree/yaml-node.js";
import type { BuildContext } from "./build-context.js";
import { deref, describeNode, report } from "./build-context.js";
import type { Span } from "../text/span.js";
import type { SiteReader } from "./decode-leaf.js";
import { decodeString } from "./decode-leaf.js";
import { isGoNull } from "./go-resolve.js";
import { checkKey, effectivePairs, readMapping } from "./read-struct.js";
import type { SdlEntry, SdlKey, SdlList, SdlMap, SdlPath, SdlScalar } from "./sdl-node.js";

/**
 * Reads a Go `map[string]T`: every pair whose key decodes to a string becomes an entry, in source
 * order, built by `build` (given the value's site, `arg` and the key; it may return `undefined`
 * to drop the entry after reporting why). Returns `undefined` after a `type/expected-mapping`
 * error for a scalar or sequence.
 *
 * @example
 * readNamedMap(ctx, pair.value, pair.key.span, ["services"], buildService, undefined);
 */
export function readNamedMap<T, A>(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
  build: (ctx: BuildContext, node: YamlNode | null, keySpan: Span, path: SdlPath, arg: A, key: SdlKey) => T | undefined,
  arg: A,
): SdlMap<T> | undefined {
  const map = readMapping(ctx, valueNode, path);
  if (map === undefined) return undefined;
  if (map === null) {
    const node = deref(valueNode);
    return { node, span: node?.span ?? keySpan, path, isNull: true, entries: [] };
  }
  const pairs = effectivePairs(map);
  // Sized up front: an array grown by `push` keeps room for 17 items, and the document keeps it.
  const entries: SdlEntry<T>[] = new Array(pairs.length);
  let count = 0;
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i] as YamlPair;
    const name = checkKey(ctx, pair, path);
    if (name === undefined) continue;
    const key: SdlKey = { name, node: pair.key, span: pair.key.span };
    const value = build(ctx, pair.value, pair.key.span, childPath(path, name), arg, key);
    if (value !== undefined) entries[count++] = { key, value };
  }
  if (count !== entries.length) entries.length = count;
  return { node: map, span: map.span, path, isNull: false, entries };
}

/**
 * Reads a Go slice: a sequence becomes a list (an explicit `[]` gives an empty, non-null list),
 * a null or empty value a null list; a scalar or mapping is a `type/expected-sequence` error.
 * Null items are dropped, as yaml.v3 does (with a `type/ignored-by-go` warning). Each item is
 * built by `build`, given the item's site and `arg`.
 *
 * @example
 * readList(ctx, pair.value, pair.key.span, ["services", "web", "expose"], buildExpose, true);
 */
export function readList<T, A>(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
  build: SiteReader<T, A>,
  arg: A,
): SdlList<T> | undefined {
  const node = deref(valueNode);
  const span = node?.span ?? keySpan;
  if (node === null || isGoNull(node)) return { node, span, path, isNull: true, items: [] };
  if (node.kind !== "seq") {
    report(ctx, "type/expected-sequence", `Expected a sequence, found ${describeNode(node)}.`, node.span, path, {
      data: { expected: "sequence", actual: node.kind },
    });
    return undefined;
  }
  const all = node.items;
  const items: T[] = new Array(all.length); // sized up front, as in readNamedMap
  let count = 0;
  for (let index = 0; index < all.length; index++) {
    const item = all[index] as YamlNode;
    const itemPath = childPath(path, index);
    if (isGoNull(deref(item))) {
      // yaml.v3 decodes a null item into nothing and leaves it out of the slice.
      report(ctx, "type/ignored-by-go", `Go drops this null list item (index ${index}).`, item.span, itemPath);
      continue;
    }
    const value = build(ctx, item, item.span, itemPath, arg);
    if (value !== undefined) items[count++] = value;
  }
  if (count !== items.length) items.length = count;
  return { node, span, path, isNull: false, items };
}

/**
 * Reads a Go `[]string` (command, args, env, accept, next_cases, signedBy lists, ...): a
 * {@link SiteReader}, so `readField(ctx, view, "command", readStringList, undefined)` reads a field.
 *
 * @example
 * readStringList(ctx, pair.value, pair.key.span, path, undefined)?.items.map((i) => i.value); // ["sh", "-c"]
 */
export function readStringList(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
  _arg?: unknown,
): SdlList<SdlScalar<string>> | undefined {
  return readList(ctx, valueNode, keySpan, path, decodeString, false);
}
