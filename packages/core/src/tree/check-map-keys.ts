import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { createDiagnostic } from "../diagnostics/create-diagnostic.js";
import type { YamlMap, YamlNode } from "./yaml-node.js";

/**
 * The identity Go's yaml.v3 uses to find duplicate keys: the node kind plus its text (so `1` and
 * `"1"` clash, `null` and `~` do not). `undefined` for keys that are not compared.
 */
function keyIdentity(key: YamlNode): string | undefined {
  if (key.kind === "scalar") return `s:${key.text}`;
  if (key.kind === "alias") return `a:${key.name}`;
  return undefined;
}

function describeKey(key: YamlNode): string {
  if (key.kind === "scalar") return key.text.length > 40 ? `${key.text.slice(0, 40)}…` : key.text;
  if (key.kind === "alias") return `*${key.name}`;
  return key.kind === "map" ? "{…}" : "[…]";
}

function kindOf(key: YamlNode): "map" | "seq" | undefined {
  const target = key.kind === "alias" ? key.target : key;
  if (target === undefined) return undefined;
  return target.kind === "map" || target.kind === "seq" ? target.kind : undefined;
}

/**
 * Reports duplicate keys (span = the repeated key, `related` = the first one) and mapping or
 * sequence keys of one mapping. Linear in the number of pairs.
 *
 * @example
 * checkMapKeys(map, diagnostics);
 */
export function checkMapKeys(map: YamlMap, diagnostics: Diagnostic[]): void {
  if (map.pairs.length === 0) return;
  const seen = map.pairs.length > 1 ? new Map<string, YamlNode>() : undefined;
  for (const pair of map.pairs) {
    const key = pair.key;
    const collection = kindOf(key);
    if (collection !== undefined) {
      const what = collection === "map" ? "A mapping" : "A sequence";
      diagnostics.push(
        createDiagnostic("yaml/non-scalar-key", `${what} is used as a mapping key.`, key.span, {
          hints: ["Use a plain string key."],
          data: { actual: collection },
        }),
      );
      continue;
    }
    const identity = keyIdentity(key);
    if (identity === undefined || seen === undefined) continue;
    const first = seen.get(identity);
    if (first === undefined) {
      seen.set(identity, key);
      continue;
    }
    const name = describeKey(key);
    diagnostics.push(
      createDiagnostic("yaml/duplicate-key", `The key '${name}' appears more than once in this mapping.`, key.span, {
        related: [{ message: `'${name}' is first defined here.`, span: first.span }],
        hints: ["Remove or rename one of the keys."],
        data: { key: key.kind === "scalar" ? key.text : name },
      }),
    );
  }
}
