import { isYamlNodeLike } from "./check-tree.js";

/**
 * A copy of `value` that `JSON.stringify` can write in size linear in the value: bigints become
 * decimal strings, a node of the positioned tree becomes a reference `{ kind, $ref: span }` (the
 * tree is written once, on its own; copying it under every typed node would repeat it at every
 * level and under every alias), other objects and arrays are copied (own enumerable fields;
 * functions and `undefined` dropped by `JSON.stringify` as usual). An object met again on the
 * current path (a cycle) becomes `null`. Used for the `toJSON` of the typed document that `parse`
 * returns.
 *
 * @example
 * JSON.stringify(jsonSafe({ size: 1073741824n })); // '{"size":"1073741824"}'
 */
export function jsonSafe(value: unknown): unknown {
  return copy(value, new Set());
}

function copy(value: unknown, path: Set<object>): unknown {
  if (typeof value === "bigint") return value.toString();
  if (typeof value !== "object" || value === null) return value;
  if (isYamlNodeLike(value)) return { kind: value.kind, $ref: { start: value.span.start, end: value.span.end } };
  if (path.has(value)) return null;
  path.add(value);
  let out: unknown;
  if (Array.isArray(value)) out = value.map((item) => copy(item, path));
  else {
    const record: Record<string, unknown> = {};
    for (const key of Object.keys(value)) record[key] = copy((value as Record<string, unknown>)[key], path);
    out = record;
  }
  path.delete(value);
  return out;
}
