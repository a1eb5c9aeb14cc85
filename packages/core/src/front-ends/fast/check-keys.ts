import { createDiagnostic } from "../../diagnostics/create-diagnostic.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { checkMapKeys } from "../../tree/check-map-keys.js";
import type { YamlMap, YamlNode, YamlScalar } from "../../tree/yaml-node.js";

/** Above this many pairs the shared check (one `Map` per mapping) is cheaper than comparing pairs. */
const PAIRWISE_LIMIT = 24;

/**
 * Reports duplicate keys and keys that are collections (via aliases too), with the shared
 * {@link checkMapKeys} — but only after a quick allocation-free scan found a repeated key text or
 * a key that is no scalar, since almost no mapping has one — and a merge key (`<<`) whose value
 * yaml.v3 cannot merge.
 *
 * @example
 * checkScalarKeys(map, c.diagnostics);
 */
export function checkScalarKeys(map: YamlMap, diagnostics: Diagnostic[]): void {
  const pairs = map.pairs;
  const n = pairs.length;
  for (let i = 0; i < n; i++) {
    const key = pairs[i]!.key;
    if (key.kind === "scalar" && key.text === "<<") checkMerge(key, pairs[i]!.value, diagnostics);
  }
  if (n < 2) {
    // One pair: only a key that is no scalar is worth a look (a collection key is reported).
    if (n === 1 && pairs[0]!.key.kind !== "scalar") checkMapKeys(map, diagnostics);
    return;
  }
  if (n > PAIRWISE_LIMIT) {
    checkMapKeys(map, diagnostics);
    return;
  }
  for (let i = 1; i < n; i++) {
    const key = pairs[i]!.key;
    const text = key.kind === "scalar" ? key.text : undefined;
    for (let j = 0; j < i; j++) {
      const other = pairs[j]!.key;
      if (text === undefined || other.kind !== "scalar" || other.text === text) {
        checkMapKeys(map, diagnostics);
        return;
      }
    }
  }
}

/** `true` for a mapping, or an alias of one (an alias naming no anchor has its own error). */
function mergeable(node: YamlNode | null): boolean {
  if (node === null) return false;
  if (node.kind === "alias") return node.target === undefined || node.target.kind === "map";
  return node.kind === "map";
}

/**
 * yaml.v3 merges a plain `<<` key (untagged, `!` or `!!merge`) into its mapping when decoding and
 * refuses a value that is not a mapping, an alias of one, or a sequence of those ("map merge
 * requires map or sequence of maps as the value"): a `yaml/syntax` error at the value.
 */
function checkMerge(key: YamlScalar, value: YamlNode | null, diagnostics: Diagnostic[]): void {
  if (key.style !== "plain" || !(key.tag === undefined || key.tag === "!" || key.tag === "!!merge")) return;
  if (mergeable(value)) return;
  if (value !== null && value.kind === "seq" && value.items.every(mergeable)) return;
  const span = value === null || value.span.end === value.span.start ? key.span : value.span;
  diagnostics.push(
    createDiagnostic(
      "yaml/syntax",
      "Go's YAML reader merges a '<<' key only with a mapping, an alias of one, or a list of those.",
      span,
      { hints: ["Write a mapping (or an alias of one) after '<<:', or quote the key ('\"<<\"') to keep it as text."] },
    ),
  );
}
