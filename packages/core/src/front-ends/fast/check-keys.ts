import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { checkMapKeys } from "../../tree/check-map-keys.js";
import type { YamlMap } from "../../tree/yaml-node.js";

/** Above this many pairs the shared check (one `Map` per mapping) is cheaper than comparing pairs. */
const PAIRWISE_LIMIT = 24;

/**
 * Reports duplicate keys and keys that are collections (via aliases too), with the shared
 * {@link checkMapKeys} — but only after a quick allocation-free scan found a repeated key text or
 * a key that is no scalar, since almost no mapping has one.
 *
 * @example
 * checkScalarKeys(map, c.diagnostics);
 */
export function checkScalarKeys(map: YamlMap, diagnostics: Diagnostic[]): void {
  const pairs = map.pairs;
  const n = pairs.length;
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
