import type { YamlAlias } from "./yaml-node.js";

/**
 * The JSON form of an alias: its own fields, with the target as a reference to the anchored
 * node's span (`{ "$ref": { start, end } }`) instead of a copy, so `JSON.stringify` of a tree
 * (or of a document that holds tree nodes) stays as small as the text, even for an alias bomb.
 *
 * @example
 * aliasJson(alias); // { kind: "alias", span: {...}, name: "a", target: { $ref: { start: 3, end: 9 } } }
 */
export function aliasJson(alias: YamlAlias): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: "alias", span: alias.span, name: alias.name };
  for (const key of ["commentBefore", "comment", "anchor", "tag"] as const) {
    if (alias[key] !== undefined) out[key] = alias[key];
  }
  out["target"] = alias.target === undefined ? null : { $ref: alias.target.span };
  return out;
}

/**
 * Gives an alias node a non-enumerable `toJSON` (see {@link aliasJson}) unless it has one;
 * `JSON.stringify` then writes aliases as references wherever they occur. Front ends call it
 * for every alias they make; `parse` calls it for trees from front ends that did not. Frozen
 * nodes are left as they are.
 *
 * @example
 * defineAliasJson(alias);
 * JSON.stringify(alias); // '{"kind":"alias",…,"target":{"$ref":{…}}}'
 */
export function defineAliasJson(alias: YamlAlias): void {
  if (Object.hasOwn(alias, "toJSON") || !Object.isExtensible(alias)) return;
  Object.defineProperty(alias, "toJSON", {
    value: () => aliasJson(alias),
    enumerable: false,
    configurable: true,
    writable: true,
  });
}
