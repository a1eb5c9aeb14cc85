import { Pair, YAMLMap } from "yaml";
import type { Document, Node as YNode } from "yaml";
import type { YamlNode } from "./yaml-node.js";

/** Property names yaml gives to non-scalar keys, by key node of our tree. */
const NAMES = new WeakMap<YamlNode, string>();

/**
 * Records the JS property name that `yaml.parse` gives a collection (or alias) key, computed by
 * yaml itself (it writes such keys in flow style, e.g. `[ a, b ]`). Only called for the rare
 * non-scalar key, so its cost does not matter.
 *
 * @example
 * rememberKeyName(key, yamlKeyNode, document);
 */
export function rememberKeyName(key: YamlNode, yamlKey: YNode, document: Document.Parsed): void {
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
