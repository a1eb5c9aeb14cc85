import { childPath } from "./sdl-node.js";
import type { Severity } from "../diagnostics/diagnostic.js";
import type { TextEdit } from "../diagnostics/text-edit.js";
import type { YamlMap, YamlNode, YamlPair } from "../tree/yaml-node.js";
import type { BuildContext } from "./build-context.js";
import { deref, describeNode, keyText, report } from "./build-context.js";
import type { Span } from "../text/span.js";
import type { SiteReader } from "./decode-leaf.js";
import { isGoNull } from "./go-resolve.js";
import type { SdlObjectBase, SdlPath } from "./sdl-node.js";
import { suggestKey } from "../diagnostics/suggest-names.js";
import { misplacedKeyHints } from "../keys/misplaced-key-hints.js";

/**
 * What Go does with keys a struct does not know: `"ignore"` (yaml.v3 skips them: a warning),
 * `"reject"` (a custom decoder fails: an error), `"silent"` (the caller reports them itself).
 *
 * @example
 * const mode: UnknownKeyMode = "ignore";
 */
export type UnknownKeyMode = "ignore" | "reject" | "silent";

/**
 * A mapping read as a Go struct: the base fields of the typed object (its own `node`, `span`,
 * `path` and `isNull`: builders list them, `const { node, span, path, isNull } = view`, rather
 * than spreading the view), the site it was read at, and its fields by key (the last occurrence
 * wins, as in Go).
 *
 * @example
 * const s = readStruct(ctx, pair.value, pair.key.span, ["services", "web"], ["image", "command"], "ignore");
 * s?.pair("image")?.value; // the image value node
 */
export interface StructView extends SdlObjectBase {
  /** The span of the key the mapping is the value of (the item's span for a list item). */
  readonly keySpan: Span;
  /** The pairs, own keys first then merged (`<<`) ones, in source order. */
  readonly pairs: readonly YamlPair[];
  /**
   * The pair of a field, or `undefined` when the key is absent (the last occurrence wins).
   * `name` must be one of the keys the struct was read with.
   */
  pair(name: string): YamlPair | undefined;
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
  const pairs = map.pairs;
  for (let i = 0; i < pairs.length; i++) {
    const key = (pairs[i] as YamlPair).key;
    // Only a `<<` scalar, or an alias (to one), can be a merge key: other keys are passed over
    // without the full check.
    if ((key.kind === "alias" || (key.kind === "scalar" && key.text === "<<")) && isMergeKey(key)) return true;
  }
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
 * The mapping a value node is read as: the node itself (aliases followed), `null` for a null or
 * empty value, or `undefined` after a `type/expected-mapping` error for a scalar or a sequence.
 *
 * @example
 * const map = readMapping(ctx, pair.value, path); // YamlMap | null | undefined
 */
export function readMapping(ctx: BuildContext, valueNode: YamlNode | null, path: SdlPath): YamlMap | null | undefined {
  const node = deref(valueNode);
  if (node === null || isGoNull(node)) return null;
  if (node.kind !== "map") {
    report(ctx, "type/expected-mapping", `Expected a mapping, found ${describeNode(node)}.`, node.span, path, {
      data: { expected: "mapping", actual: node.kind },
    });
    return undefined;
  }
  return node;
}

const NO_SPAN: Span = Object.freeze({ start: 0, end: 0 });
const NO_PATH: SdlPath = Object.freeze([]);
const NO_KEYS: readonly string[] = Object.freeze([]);

/**
 * A {@link StructView} over the known keys found by {@link readStruct}: the last pair of each
 * known key, by the key's index in the known list (no closure, no map per struct). Views are
 * shared by depth (see `viewAt`), so {@link FieldView.reset} sets every field.
 */
class FieldView implements StructView {
  node: YamlNode | null = null;
  span: Span = NO_SPAN;
  path: SdlPath = NO_PATH;
  isNull = false;
  keySpan: Span = NO_SPAN;
  pairs: readonly YamlPair[] = NO_PAIRS;
  /** The known keys of the struct (plain fields, not `#private`: cheaper loads before the JIT optimises). */
  known: readonly string[] = NO_KEYS;
  /** The last pair of `known[i]` at index i (`undefined` when absent). */
  readonly slots: (YamlPair | undefined)[] = [];
  /**
   * The index after the field asked for last: builders ask for their fields in the key table's
   * order, so the next name is usually found there without a search (known names are unique).
   */
  next = 0;

  /** Points the view at another struct, with no field found yet. */
  reset(
    node: YamlNode | null,
    span: Span,
    path: SdlPath,
    isNull: boolean,
    keySpan: Span,
    pairs: readonly YamlPair[],
    known: readonly string[],
  ): this {
    this.node = node;
    this.span = span;
    this.path = path;
    this.isNull = isNull;
    this.keySpan = keySpan;
    this.pairs = pairs;
    this.known = known;
    this.next = 0;
    const slots = this.slots;
    for (let i = 0; i < known.length; i++) slots[i] = undefined;
    return this;
  }

  /** Drops every reference to the last struct read. */
  release(): void {
    this.reset(null, NO_SPAN, NO_PATH, false, NO_SPAN, NO_PAIRS, NO_KEYS);
    const slots = this.slots;
    for (let i = 0; i < slots.length; i++) slots[i] = undefined;
  }

  pair(name: string): YamlPair | undefined {
    const known = this.known;
    let index = this.next;
    if (index >= known.length || known[index] !== name) {
      index = known.indexOf(name);
      if (index < 0) return undefined;
    }
    this.next = index + 1;
    return this.slots[index];
  }
}

/**
 * Reads a mapping as a Go struct with the given keys, reporting unknown keys (a warning when Go
 * ignores them, an error when Go's custom decoder rejects them) with a "did you mean" hint, and
 * non-scalar keys (an error: yaml.v3 cannot decode them into a string). A null or empty value
 * gives a view with `isNull: true` and no pairs; a scalar or sequence a `type/expected-mapping`
 * error and `undefined`.
 *
 * @example
 * readStruct(ctx, item, item.span, ["services", "web", "expose", 0], ["port", "as", "proto"], "ignore");
 */
export function readStruct(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
  known: readonly string[],
  mode: UnknownKeyMode,
): StructView | undefined {
  const map = readMapping(ctx, valueNode, path);
  if (map === undefined) return undefined;
  if (map === null) {
    const node = deref(valueNode);
    return viewAt(path.length).reset(node, node?.span ?? keySpan, path, true, keySpan, NO_PAIRS, known);
  }
  const pairs = effectivePairs(map);
  const view = viewAt(path.length).reset(map, map.span, path, false, keySpan, pairs, known);
  const slots = view.slots;
  // Keys are usually written in the table's order: try the slot after the last one found first.
  let nextSlot = 0;
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i] as YamlPair;
    const name = checkKey(ctx, pair, path);
    if (name === undefined) continue;
    // Go reads the fields in order: the last occurrence of a key wins.
    const index = nextSlot < known.length && known[nextSlot] === name ? nextSlot : known.indexOf(name);
    if (index >= 0) {
      slots[index] = pair;
      nextSlot = index + 1;
    } else if (mode !== "silent") {
      reportUnknownKey(ctx, pair, name, path, known, mode);
    }
  }
  return view;
}

/** Reports a key that a struct does not know (a warning where Go ignores it, an error where Go rejects it). */
function reportUnknownKey(
  ctx: BuildContext,
  pair: YamlPair,
  name: string,
  path: SdlPath,
  known: readonly string[],
  mode: UnknownKeyMode,
): void {
  const reject = mode === "reject";
  const { hints, fixes } = keySuggestion({ name, span: pair.key.span }, known);
  hints.unshift(...misplacedKeyHints(name, path));
  report(
    ctx,
    reject ? "sdl/unsupported-key" : "sdl/unknown-key",
    reject ? `Go rejects the key '${name}' (allowed: ${known.join(", ")}).` : `Go ignores the unknown key '${name}'.`,
    pair.key.span,
    childPath(path, name),
    { hints, fixes, data: { key: name, allowed: known } },
  );
}

/**
 * Struct views by depth, shared by every build: builds never interleave (they are synchronous
 * and call no outside code), and {@link releaseStructViews} drops their references after each.
 */
const VIEWS: FieldView[] = [];

/**
 * The view for structs at this depth. Reusing it is safe: a builder uses its view only while
 * building its struct, and every struct read meanwhile has a longer path (children, never
 * siblings or parents).
 */
function viewAt(depth: number): FieldView {
  let view = VIEWS[depth];
  if (view === undefined) {
    for (let d = VIEWS.length; d < depth; d++) VIEWS[d] = new FieldView();
    view = new FieldView();
    VIEWS[depth] = view;
  }
  return view;
}

/**
 * Lets go of the tree nodes the shared struct views point at (called when a build ends, so a
 * finished document's tree is not kept alive by them).
 *
 * @example
 * releaseStructViews();
 */
export function releaseStructViews(): void {
  for (const view of VIEWS) view.release();
}

/**
 * Reads the field `name` of a struct with `read` (a decoder or a builder taking the value's site
 * as arguments), at the field's path; `undefined` when the key is absent.
 *
 * @example
 * readField(ctx, view, "image", decodeString, false); // SdlScalar<string> | undefined
 */
export function readField<T, A>(
  ctx: BuildContext,
  view: StructView,
  name: string,
  read: SiteReader<T, A>,
  arg: A,
): T | undefined {
  const pair = view.pair(name);
  return pair === undefined ? undefined : read(ctx, pair.value, pair.key.span, childPath(view.path, name), arg);
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
 * checkKey(ctx, pair, ["services", "web"]); // "image"
 */
export function checkKey(ctx: BuildContext, pair: YamlPair, path: SdlPath): string | undefined {
  const usual = pair.key;
  // The usual key (a scalar, not an alias, not a null word) answered without a call.
  if (usual.kind === "scalar" && (usual.style !== "plain" || !isGoNull(usual))) return usual.text;
  const key = deref(usual);
  if (key === null) return undefined;
  if (key.kind !== "scalar") {
    report(ctx, "type/expected-string", `Expected a string key, found ${describeNode(key)}.`, key.span, path, {
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
 * readCustomStruct(ctx, pair.value, pair.key.span, path, ["units", "attributes"], "error");
 */
export function readCustomStruct(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
  known: readonly string[],
  wrongKind: Severity,
  mode: UnknownKeyMode = "reject",
): StructView | undefined {
  const node = deref(valueNode);
  if (node !== null && node.kind !== "map" && !isGoNull(node)) {
    report(
      ctx,
      "type/expected-mapping",
      `Expected a mapping, found ${describeNode(node)}; Go decodes it as empty.`,
      node.span,
      path,
      {
        severity: wrongKind,
        data: { expected: "mapping", actual: node.kind },
      },
    );
    return undefined;
  }
  return readStruct(ctx, valueNode, keySpan, path, known, mode);
}
