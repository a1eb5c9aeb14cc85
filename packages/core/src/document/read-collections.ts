import { childPath } from "./sdl-node.js";
import type { YamlNode } from "../tree/yaml-node.js";
import type { BuildContext } from "./build-context.js";
import { deref, describeNode, report } from "./build-context.js";
import type { DecodeStringOptions, LeafSite } from "./decode-leaf.js";
import { decodeString } from "./decode-leaf.js";
import { isGoNull } from "./go-resolve.js";
import { checkKey, mappingPairs, readMappingBase } from "./read-struct.js";
import type { SdlEntry, SdlKey, SdlList, SdlMap, SdlScalar } from "./sdl-node.js";

/**
 * Reads a Go `map[string]T`: every pair whose key decodes to a string becomes an entry, in source
 * order, built by `build` (which may return `undefined` to drop the entry after reporting why).
 * Returns `undefined` after a `type/expected-mapping` error for a scalar or sequence.
 *
 * @example
 * readNamedMap(ctx, site, (entry, key) => buildService(ctx, entry, key));
 */
export function readNamedMap<T>(
  ctx: BuildContext,
  site: LeafSite,
  build: (entry: LeafSite, key: SdlKey) => T | undefined,
): SdlMap<T> | undefined {
  const base = readMappingBase(ctx, site);
  if (base === undefined) return undefined;
  const pairs = mappingPairs(base);
  // Sized up front: an array grown by `push` keeps room for 17 items, and the document keeps it.
  const entries: SdlEntry<T>[] = new Array(pairs.length);
  let count = 0;
  for (const pair of pairs) {
    const name = checkKey(ctx, pair, site);
    if (name === undefined) continue;
    const key: SdlKey = { name, node: pair.key, span: pair.key.span };
    const value = build({ node: pair.value, keySpan: pair.key.span, path: childPath(site.path, name) }, key);
    if (value !== undefined) entries[count++] = { key, value };
  }
  entries.length = count;
  const { node, span, path, isNull } = base;
  return { node, span, path, isNull, entries };
}

/**
 * Reads a Go slice: a sequence becomes a list (an explicit `[]` gives an empty, non-null list),
 * a null or empty value a null list; a scalar or mapping is a `type/expected-sequence` error.
 * Null items are dropped, as yaml.v3 does (with a `type/ignored-by-go` warning).
 *
 * @example
 * readList(ctx, site, (item) => buildExpose(ctx, item));
 */
export function readList<T>(
  ctx: BuildContext,
  site: LeafSite,
  build: (item: LeafSite, index: number) => T | undefined,
): SdlList<T> | undefined {
  const node = deref(site.node);
  const span = node?.span ?? site.keySpan;
  if (node === null || isGoNull(node)) return { node, span, path: site.path, isNull: true, items: [] };
  if (node.kind !== "seq") {
    report(ctx, "type/expected-sequence", `Expected a sequence, found ${describeNode(node)}.`, node.span, site.path, {
      data: { expected: "sequence", actual: node.kind },
    });
    return undefined;
  }
  const all = node.items;
  const items: T[] = new Array(all.length); // sized up front, as in readNamedMap
  let count = 0;
  for (let index = 0; index < all.length; index++) {
    const item = all[index] as YamlNode;
    if (isGoNull(deref(item))) {
      // yaml.v3 decodes a null item into nothing and leaves it out of the slice.
      report(ctx, "type/ignored-by-go", `Go drops this null list item (index ${index}).`, item.span, [
        ...site.path,
        index,
      ]);
      continue;
    }
    const value = build({ node: item, keySpan: item.span, path: childPath(site.path, index) }, index);
    if (value !== undefined) items[count++] = value;
  }
  items.length = count;
  return { node, span, path: site.path, isNull: false, items };
}

/**
 * Reads a Go `[]string` (command, args, env, accept, next_cases, signedBy lists, ...).
 *
 * @example
 * readStringList(ctx, site)?.items.map((i) => i.value); // ["sh", "-c"]
 */
export function readStringList(
  ctx: BuildContext,
  site: LeafSite | undefined,
  options: DecodeStringOptions = {},
): SdlList<SdlScalar<string>> | undefined {
  if (site === undefined) return undefined;
  return readList(ctx, site, (item) => decodeString(ctx, item, options));
}
