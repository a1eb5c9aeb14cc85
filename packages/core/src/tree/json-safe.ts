import { isYamlNodeLike } from "./check-tree.js";

/**
 * A copy of `value` that `JSON.stringify` can write: bigints become decimal strings, nodes of the
 * positioned tree are kept by reference (their aliases write themselves as references), other
 * objects and arrays are copied (own enumerable fields; functions and `undefined` dropped by
 * `JSON.stringify` as usual). An object met again on the current path (a cycle) becomes `null`.
 * Used for the `toJSON` of the typed document that `parse` returns.
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
  if (isYamlNodeLike(value) || path.has(value)) return path.has(value) ? null : value;
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
