import { childPath } from "./sdl-node.js";
import type { Severity } from "../diagnostics/diagnostic.js";
import type { TextEdit } from "../diagnostics/text-edit.js";
import type { YamlMap, YamlNode, YamlPair } from "../tree/yaml-node.js";
import type { BuildContext } from "./build-context.js";
import { deref, describeNode, keyText, report } from "./build-context.js";
import type { LeafSite } from "./decode-leaf.js";
import { isGoNull } from "./go-resolve.js";
import type { SdlObjectBase, SdlPath } from "./sdl-node.js";
import { suggestKey } from "../diagnostics/suggest-names.js";

/**
 * What Go does with keys a struct does not know: `"ignore"` (yaml.v3 skips them: a warning),
 * `"reject"` (a custom decoder fails: an error), `"silent"` (the caller reports them itself).
 *
 * @example
 * const mode: UnknownKeyMode = "ignore";
 */
export type UnknownKeyMode = "ignore" | "reject" | "silent";

/**
 * A mapping read as a Go struct: the base fields of the typed object, the fields by key (the last
 * occurrence wins, as in Go) and a helper to make child sites.
 *
 * @example
 * const s = readStruct(ctx, site, ["image", "command"], "ignore");
 * s?.field("image"); // LeafSite for the image value
 */
export interface StructView {
  /**
   * Base fields for the typed object. Builders list them (`const { node, span, path, isNull } =
   * view.base`) rather than spreading `...view.base` into a bigger literal: a spread followed by
   * more fields makes V8 grow each object's property store, which was most of the build time.
   */
  readonly base: SdlObjectBase;
  /** The pairs, own keys first then merged (`<<`) ones, in source order. */
  readonly pairs: readonly YamlPair[];
  /** The site of a field's value, or `undefined` when the key is absent. */
  field(name: string): LeafSite | undefined;
}

/** `true` for a YAML merge key (`<<` written plain, untagged or `!!merge`). */
function isMergeKey(key: YamlNode): boolean {
  const k = deref(key);
  return (
    k !== null &&
    k.kind === "scalar" &&
    k.text === "<<" &&
    k.style === "plain" &&
    (k.tag === undefined || k.tag === "!!merge" || k.tag === "tag:yaml.org,2002:merge")
  );
}

/** `true` when some key of the mapping is a merge key. */
function hasMergeKey(map: YamlMap): boolean {
  for (const pair of map.pairs) if (isMergeKey(pair.key)) return true;
  return false;
}

/**
 * The pairs of a mapping with yaml.v3's merge (`<<: *base`) applied: own keys win, then the merged
 * mappings in order (the first one to define a key wins).
 *
 * @example
 * effectivePairs(map).map((p) => keyText(p.key));
 */
export function effectivePairs(map: YamlMap, depth = 0): readonly YamlPair[] {
  // Most mappings have no merge key: their pairs are already the effective ones.
  if (!hasMergeKey(map)) return map.pairs;
  const own = map.pairs.filter((p) => !isMergeKey(p.key));
  if (own.length === map.pairs.length || depth > 16) return own;
  const seen = new Set(own.map((p) => keyText(p.key)));
  const out = [...own];
  for (const p of map.pairs) {
    if (!isMergeKey(p.key)) continue;
    const v = deref(p.value);
    const sources = v === null ? [] : v.kind === "seq" ? v.items.map(deref) : [v];
    for (const source of sources) {
      if (source === null || source.kind !== "map") continue;
      for (const merged of effectivePairs(source, depth + 1)) {
        const name = keyText(merged.key);
        if (!seen.has(name)) [seen.add(name), out.push(merged)];
      }
    }
  }
  return out;
}

const NO_PAIRS: readonly YamlPair[] = Object.freeze([]);

/**
 * Reads a node as a mapping: the base fields of the typed object, or `undefined` (after a
 * `type/expected-mapping` error) for a scalar or a sequence; a null or empty value gives
 * `isNull: true`. Read the pairs with {@link mappingPairs}.
 *
 * @example
 * const base = readMappingBase(ctx, site);
 * const pairs = base === undefined ? [] : mappingPairs(base);
 */
export function readMappingBase(ctx: BuildContext, site: LeafSite): SdlObjectBase | undefined {
  const node = deref(site.node);
  const span = node?.span ?? site.keySpan;
  if (node === null || isGoNull(node)) return { node, span, path: site.path, isNull: true };
  if (node.kind !== "map") {
    report(ctx, "type/expected-mapping", `Expected a mapping, found ${describeNode(node)}.`, node.span, site.path, {
      data: { expected: "mapping", actual: node.kind },
    });
    return undefined;
  }
  return { node, span, path: site.path, isNull: false };
}

/**
 * The pairs of a mapping read by {@link readMappingBase} (merge keys applied; none for a null).
 *
 * @example
 * mappingPairs(base).length;
 */
export function mappingPairs(base: SdlObjectBase): readonly YamlPair[] {
  const node = base.node;
  return base.isNull || node === null || node.kind !== "map" ? NO_PAIRS : effectivePairs(node);
}

/** A {@link StructView} over the known keys found by {@link readStruct} (no closure, no map per struct). */
class FieldView implements StructView {
  readonly base: SdlObjectBase;
  readonly pairs: readonly YamlPair[];
  /** The known key name of each pair, `undefined` for pairs that are not fields. */
  readonly #names: readonly (string | undefined)[];
  readonly #path: SdlPath;

  constructor(base: SdlObjectBase, pairs: readonly YamlPair[], names: readonly (string | undefined)[], path: SdlPath) {
    this.base = base;
    this.pairs = pairs;
    this.#names = names;
    this.#path = path;
  }

  field(name: string): LeafSite | undefined {
    // The last occurrence wins, as in Go.
    for (let i = this.#names.length - 1; i >= 0; i--) {
      if (this.#names[i] !== name) continue;
      const pair = this.pairs[i] as YamlPair;
      return { node: pair.value, keySpan: pair.key.span, path: childPath(this.#path, name) };
    }
    return undefined;
  }
}

/**
 * Reads a mapping as a Go struct with the given keys, reporting unknown keys (a warning when Go
 * ignores them, an error when Go's custom decoder rejects them) with a "did you mean" hint, and
 * non-scalar keys (an error: yaml.v3 cannot decode them into a string).
 *
 * @example
 * readStruct(ctx, site, ["port", "as", "proto"], "ignore");
 */
export function readStruct(
  ctx: BuildContext,
  site: LeafSite,
  known: readonly string[],
  mode: UnknownKeyMode,
): StructView | undefined {
  const base = readMappingBase(ctx, site);
  if (base === undefined) return undefined;
  const pairs = mappingPairs(base);
  const names: (string | undefined)[] = new Array(pairs.length);
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i] as YamlPair;
    const name = checkKey(ctx, pair, site);
    if (name !== undefined && known.includes(name)) {
      names[i] = name;
      continue;
    }
    names[i] = undefined;
    if (name === undefined || mode === "silent") continue;
    const path = childPath(site.path, name);
    const guess = suggestKey(name, known);
    const hints = guess === undefined ? [] : [`Did you mean '${guess}'?`];
    const fixes = guess === undefined ? [] : [renameKey(pair, guess)];
    if (mode === "reject") {
      report(
        ctx,
        "sdl/unsupported-key",
        `Go rejects the key '${name}' (allowed: ${known.join(", ")}).`,
        pair.key.span,
        path,
        {
          hints,
          fixes,
          data: { key: name, allowed: known },
        },
      );
    } else {
      report(ctx, "sdl/unknown-key", `Go ignores the unknown key '${name}'.`, pair.key.span, path, {
        hints,
        fixes,
        data: { key: name, allowed: known },
      });
    }
  }
  return new FieldView(base, pairs, names, site.path);
}

/**
 * The edit that renames a pair's key (a did-you-mean fix): the key's text is replaced, quotes
 * included, by the plain suggested name.
 *
 * @example
 * renameKey(pair, "image"); // { range: { start: 40, end: 45 }, newText: "image" }
 */
export function renameKey(pair: YamlPair, name: string): TextEdit {
  return { range: { start: pair.key.span.start, end: pair.key.span.end }, newText: name };
}

/**
 * The "did you mean" hint and rename fix for an unknown key, when a known key is close enough.
 *
 * @example
 * keySuggestion({ name: "persistant", span: { start: 9, end: 19 } }, ["persistent", "class"]).fixes; // [{ range: …, newText: "persistent" }]
 */
export function keySuggestion(
  key: { readonly name: string; readonly span: { readonly start: number; readonly end: number } },
  known: readonly string[],
): { hints: string[]; fixes: TextEdit[] } {
  const guess = suggestKey(key.name, known);
  if (guess === undefined) return { hints: [], fixes: [] };
  return {
    hints: [`Did you mean '${guess}'?`],
    fixes: [{ range: { start: key.span.start, end: key.span.end }, newText: guess }],
  };
}

/**
 * Checks that a key can be decoded into a Go string: a mapping or sequence key is an error, and a
 * null key (`~:`) is skipped by yaml.v3. Returns the key text, or `undefined` to skip the pair.
 *
 * @example
 * checkKey(ctx, pair, site); // "image"
 */
export function checkKey(ctx: BuildContext, pair: YamlPair, site: LeafSite): string | undefined {
  const key = deref(pair.key);
  if (key === null) return undefined;
  if (key.kind !== "scalar") {
    report(ctx, "type/expected-string", `Expected a string key, found ${describeNode(key)}.`, key.span, site.path, {
      data: { expected: "string", actual: key.kind },
    });
    return undefined;
  }
  if (key.style === "plain" && isGoNull(key)) return undefined;
  return key.text;
}

/**
 * Reads a mapping that Go decodes with a custom `UnmarshalYAML` looping over the node's pairs
 * (cpu, gpu, gpu.attributes): unknown keys are errors, and a scalar or sequence is decoded by Go
 * as an empty value (so it is reported with the given severity rather than always as an error).
 *
 * @example
 * readCustomStruct(ctx, site, ["units", "attributes"], "error");
 */
export function readCustomStruct(
  ctx: BuildContext,
  site: LeafSite,
  known: readonly string[],
  wrongKind: Severity,
  mode: UnknownKeyMode = "reject",
): StructView | undefined {
  const node = deref(site.node);
  if (node !== null && node.kind !== "map" && !isGoNull(node)) {
    report(
      ctx,
      "type/expected-mapping",
      `Expected a mapping, found ${describeNode(node)}; Go decodes it as empty.`,
      node.span,
      site.path,
      {
        severity: wrongKind,
        data: { expected: "mapping", actual: node.kind },
      },
    );
    return undefined;
  }
  return readStruct(ctx, site, known, mode);
}
