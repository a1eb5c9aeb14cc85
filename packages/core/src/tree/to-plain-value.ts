import { keyNameOf } from "./collection-key-names.js";
import type { YamlMap, YamlNode } from "./yaml-node.js";

/** Results of anchored nodes, so that every alias of one anchor gives the same object (like yaml). */
type Memo = Map<YamlNode, unknown>;

/** A mapping key as a JS property name, the way yaml's `toJS` stringifies it. */
function propertyName(key: unknown): string {
  if (key === null || key === undefined) return "";
  if (typeof key !== "object") return String(key);
  return JSON.stringify(key);
}

function fillMap(node: YamlMap, out: Record<string, unknown>, memo: Memo): Record<string, unknown> {
  for (const pair of node.pairs) {
    const key = plain(pair.key, memo);
    const name = (key !== null && typeof key === "object" ? keyNameOf(pair.key) : undefined) ?? propertyName(key);
    const value = pair.value === null ? null : plain(pair.value, memo);
    if (name in out) {
      Object.defineProperty(out, name, { value, writable: true, enumerable: true, configurable: true });
    } else {
      out[name] = value;
    }
  }
  return out;
}

function plain(node: YamlNode, memo: Memo): unknown {
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "alias": {
      const target = node.target;
      if (target === undefined) return null;
      if (memo.has(target)) return memo.get(target);
      return plain(target, memo);
    }
    case "seq": {
      const items: unknown[] = [];
      if (node.anchor !== undefined) memo.set(node, items);
      for (const item of node.items) items.push(plain(item, memo));
      return items;
    }
    case "map": {
      const out: Record<string, unknown> = {};
      if (node.anchor !== undefined) memo.set(node, out);
      return fillMap(node, out, memo);
    }
  }
}

/**
 * Turns a positioned YAML node into a plain JS value, the way `yaml.parse` does with its default
 * options (YAML 1.2 core schema): mappings become objects with stringified keys (`null` → `""`),
 * aliases give the very same object as their anchor (so alias bombs cost no memory), and an
 * unresolved alias gives `null`. A `null` node (empty document) gives `null`.
 *
 * @example
 * toPlainValue(yamlFrontEnd("a: [1, x]", DEFAULT_PARSE_LIMITS).root); // { a: [1, "x"] }
 */
export function toPlainValue(node: YamlNode | null): unknown {
  if (node === null) return null;
  return plain(node, new Map());
}
