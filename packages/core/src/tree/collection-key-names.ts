import { isAlias, Pair, YAMLMap } from "yaml";
import type { Document, Node as YNode } from "yaml";
import type { YamlNode } from "./yaml-node.js";

/** Property names yaml gives to non-scalar keys, by key node of our tree. */
const NAMES = new WeakMap<YamlNode, string>();

/** Anchor names yaml refuses to write (it throws, and so does `yaml.parse`). */
const INVALID_ANCHOR = /[\x00-\x19\s,[\]{}]/;

/**
 * How many keys holding aliases yaml names per document. yaml resolves each alias by walking the
 * whole document, so a text with thousands of such keys would cost quadratic time.
 */
const ALIASED_KEYS_NAMED_BY_YAML = 10;

/** `true` when the subtree of `node` holds an alias. */
function holdsAlias(node: YamlNode): boolean {
  const stack: YamlNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as YamlNode;
    if (n.kind === "alias") return true;
    if (n.kind === "seq") for (const item of n.items) stack.push(item);
    else if (n.kind === "map") {
      for (const pair of n.pairs) {
        stack.push(pair.key);
        if (pair.value) stack.push(pair.value);
      }
    }
  }
  return false;
}

/**
 * Per-document budget of {@link rememberKeyName}.
 *
 * @example
 * const budget: KeyNameBudget = createKeyNameBudget();
 */
export interface KeyNameBudget {
  /** Keys holding aliases that yaml may still name; past it the key's source text is its name. */
  aliasedKeys: number;
}

/**
 * A fresh {@link KeyNameBudget} for one document.
 *
 * @example
 * const budget = createKeyNameBudget();
 */
export function createKeyNameBudget(): KeyNameBudget {
  return { aliasedKeys: ALIASED_KEYS_NAMED_BY_YAML };
}

/**
 * Records the JS property name that `yaml.parse` gives a collection (or alias) key: `*name` for
 * an alias, else computed by yaml itself (it writes such keys in flow style, e.g. `[ a, b ]`).
 * Past the budget of keys holding aliases (see {@link KeyNameBudget}) the key's source text is
 * used instead, so that a text full of such keys stays linear.
 *
 * @example
 * rememberKeyName(key, yamlKeyNode, document, text, createKeyNameBudget());
 */
export function rememberKeyName(key: YamlNode, yamlKey: YNode, document: Document.Parsed, text: string, budget: KeyNameBudget): void {
  if (isAlias(yamlKey)) {
    if (!INVALID_ANCHOR.test(yamlKey.source)) NAMES.set(key, `*${yamlKey.source}`);
    return;
  }
  if (holdsAlias(key)) {
    if (budget.aliasedKeys <= 0) {
      NAMES.set(key, text.slice(key.span.start, key.span.end));
      return;
    }
    budget.aliasedKeys--;
  }
  try {
    const map = new YAMLMap(document.schema);
    map.items.push(new Pair(yamlKey, null));
    const js: unknown = map.toJS(document, { maxAliasCount: -1 });
    const name = js !== null && typeof js === "object" ? Object.keys(js)[0] : undefined;
    if (name !== undefined) NAMES.set(key, name);
  } catch {
    // Unresolvable aliases inside the key: toPlainValue falls back to JSON.
  }
}

/**
 * The recorded property name of a non-scalar key, if any.
 *
 * @example
 * keyNameOf(pair.key) ?? JSON.stringify(value);
 */
export function keyNameOf(key: YamlNode): string | undefined {
  return NAMES.get(key);
}
