import type { YamlMap, YamlNode, YamlPair } from "@akash-sdl/core";

/**
 * A mapping seen as the JS object `toPlainValue` makes of it: one entry per distinct property
 * name, in the order `for … in` visits that object's keys.
 *
 * @example
 * const e: ObjectEntries = { names: ["image"], values: [imageNode] };
 */
export interface ObjectEntries {
  /** Distinct property names, in JS key order. */
  readonly names: readonly string[];
  /** The value node of each name (the last pair of that name wins); `null` for `key:`. */
  readonly values: readonly (YamlNode | null)[];
}

/**
 * The JS property name of a pair's key, as `toPlainValue` names it: a scalar key by its value
 * (`null` → `""`, numbers and booleans stringified), an alias key by its target scalar (`""` when it
 * does not resolve), any other key by its {@link YamlPair.keyName} (which front ends set for every
 * non-scalar key; `""` when a front end left it out).
 *
 * @example
 * propertyName(pair); // "image" for `image: nginx`, "1" for `1.0: x`
 */
export function propertyName(pair: YamlPair): string {
  const key = pair.key;
  if (key.kind === "scalar") {
    const v = key.value;
    return typeof v === "string" ? v : v === null ? "" : String(v);
  }
  if (key.kind === "alias") {
    const target = key.target;
    if (target === undefined) return "";
    if (target.kind === "scalar") return target.value === null ? "" : String(target.value);
  }
  return pair.keyName ?? "";
}

/** A canonical array index (`0`, `17`, below 2³²−1): JS objects list such keys first, ascending. */
function isArrayIndex(name: string): boolean {
  if (!/^(?:0|[1-9][0-9]*)$/.test(name)) return false;
  return Number(name) < 4294967295;
}

/**
 * The entries of a mapping as a plain JS object would hold them: a repeated key keeps its first
 * position and its last value, and array-index keys (`"0"`, `"42"`) come first in ascending order,
 * like `Object.keys` of the value `toPlainValue` builds.
 *
 * @example
 * objectEntries(map).names; // ["image", "expose"]
 */
export function objectEntries(map: YamlMap): ObjectEntries {
  const pairs = map.pairs;
  const n = pairs.length;
  const names: string[] = new Array(n);
  const values: (YamlNode | null)[] = new Array(n);
  let digits = false;
  for (let i = 0; i < n; i++) {
    const pair = pairs[i] as YamlPair;
    const name = propertyName(pair);
    names[i] = name;
    values[i] = pair.value;
    const c = name.charCodeAt(0);
    if (c >= 48 && c <= 57) digits = true;
  }
  let repeated = false;
  if (n <= 16) {
    for (let i = 1; i < n && !repeated; i++) for (let j = 0; j < i; j++) if (names[i] === names[j]) repeated = true;
  } else {
    repeated = new Set(names).size !== n;
  }
  if (!repeated && !digits) return { names, values };
  const at = new Map<string, number>();
  const outNames: string[] = [];
  const outValues: (YamlNode | null)[] = [];
  for (let i = 0; i < n; i++) {
    const name = names[i] as string;
    const seen = at.get(name);
    if (seen === undefined) {
      at.set(name, outNames.length);
      outNames.push(name);
      outValues.push(values[i] as YamlNode | null);
    } else {
      outValues[seen] = values[i] as YamlNode | null;
    }
  }
  if (!digits) return { names: outNames, values: outValues };
  const order = outNames.map((_, i) => i);
  const indexes = order.filter((i) => isArrayIndex(outNames[i] as string));
  if (indexes.length === 0) return { names: outNames, values: outValues };
  indexes.sort((a, b) => Number(outNames[a]) - Number(outNames[b]));
  const rest = order.filter((i) => !isArrayIndex(outNames[i] as string));
  const sorted = [...indexes, ...rest];
  return {
    names: sorted.map((i) => outNames[i] as string),
    values: sorted.map((i) => outValues[i] as YamlNode | null),
  };
}
