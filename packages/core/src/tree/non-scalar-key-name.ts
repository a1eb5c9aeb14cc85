import type { YamlNode } from "./yaml-node.js";

/**
 * The {@link YamlPair.keyName} of a key that is not a scalar: `*name` for an alias, else the
 * key's source slice (`[a, b]`, `{x: 1}`). A slice of the text, never the key written back out,
 * so naming the keys of `{{{…x}}}: 1` nested at every level costs time linear in the text (and a
 * sliced string shares the text's memory). Front ends may use it to fill in `keyName`.
 *
 * @example
 * nonScalarKeyName("? [a, b]\n: 1\n", key); // "[a, b]"
 */
export function nonScalarKeyName(text: string, key: YamlNode): string {
  if (key.kind === "alias") return `*${key.name}`;
  return text.slice(key.span.start, key.span.end);
}
