import type { YamlMap, YamlNode, YamlPair } from "./yaml-node.js";

/** Results of anchored nodes, so that every alias of one anchor gives the same object (like yaml). */
type Memo = Map<YamlNode, unknown>;

/** Most characters of a key name written from the tree when a front end left `keyName` out. */
const FALLBACK_NAME_BUDGET = 1000;

/** A scalar's value as a JS property name, the way yaml's `toJS` stringifies it. */
function scalarName(value: string | number | boolean | null): string {
  return value === null ? "" : String(value);
}

/**
 * A bounded flow-style rendering of a key (aliases as `*name`, never expanded), for trees whose
 * front end did not set `keyName`. At most {@link FALLBACK_NAME_BUDGET} characters.
 */
function fallbackName(key: YamlNode): string {
  let out = "";
  const stack: (YamlNode | string)[] = [key];
  while (stack.length > 0 && out.length < FALLBACK_NAME_BUDGET) {
    const next = stack.pop() as YamlNode | string;
    if (typeof next === "string") out += next;
    else if (next.kind === "scalar") out += next.text;
    else if (next.kind === "alias") out += `*${next.name}`;
    else if (next.kind === "seq") {
      stack.push("]");
      for (let i = next.items.length - 1; i >= 0; i--) stack.push(next.items[i] as YamlNode, i === 0 ? "" : ", ");
      stack.push("[");
    } else {
      stack.push("}");
      for (let i = next.pairs.length - 1; i >= 0; i--) {
        const pair = next.pairs[i] as YamlPair;
        if (pair.value !== null) stack.push(pair.value, ": ");
        stack.push(pair.key, i === 0 ? "" : ", ");
      }
      stack.push("{");
    }
  }
  return out.length > FALLBACK_NAME_BUDGET ? `${out.slice(0, FALLBACK_NAME_BUDGET)}…` : out;
}

/** The property name of a pair's key; keys that are not scalars are never turned into values. */
function propertyName(pair: YamlPair): string {
  const key = pair.key;
  if (key.kind === "scalar") return scalarName(key.value);
  if (key.kind === "alias") {
    if (key.target === undefined) return "";
    if (key.target.kind === "scalar") return scalarName(key.target.value);
  }
  return pair.keyName ?? fallbackName(key);
}

function fillMap(node: YamlMap, out: Record<string, unknown>, memo: Memo): Record<string, unknown> {
  for (const pair of node.pairs) {
    const name = propertyName(pair);
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
 * One difference from `yaml.parse`, by design: a key that is a mapping or a sequence is named by
 * its source slice ({@link YamlPair.keyName}, e.g. `[a, b]`), where `yaml` writes the key back
 * out (`[ a, b ]`, expanding any alias inside it). Such keys are errors in SDL
 * (`yaml/non-scalar-key`); naming them from the source keeps this function linear in the tree,
 * even for an alias bomb inside a key.
 *
 * @example
 * toPlainValue(yamlFrontEnd("a: [1, x]", DEFAULT_PARSE_LIMITS).root); // { a: [1, "x"] }
 */
export function toPlainValue(node: YamlNode | null): unknown {
  if (node === null) return null;
  return plain(node, new Map());
}
