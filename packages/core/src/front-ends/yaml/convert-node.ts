import { isAlias, isMap, isScalar, isSeq } from "yaml";
import type { Alias, Document, Node as YNode, Pair as YPair, Scalar as YScalar, YAMLMap, YAMLSeq } from "yaml";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { createDiagnostic } from "../../diagnostics/create-diagnostic.js";
import type { Span } from "../../text/span.js";
import { buildScalarSourceMap } from "../../tree/build-scalar-source-map.js";
import { nonScalarKeyName } from "../../tree/non-scalar-key-name.js";
import { defineAliasJson } from "../../tree/alias-json.js";
import type { ParseLimits } from "../../tree/yaml-front-end.js";
import type { ScalarStyle, YamlAlias, YamlMap, YamlNode, YamlPair, YamlScalar, YamlSeq } from "../../tree/yaml-node.js";

/** Mutable view of a node while it is being built. */
type Draft<T> = { -readonly [K in keyof T]: T[K] };

/**
 * State shared by one conversion pass.
 *
 * @example
 * const state: ConvertState = createConvertState(text, document, limits, diagnostics);
 */
export interface ConvertState {
  readonly text: string;
  /** The composed document. */
  readonly document: Document.Parsed;
  readonly limits: ParseLimits;
  readonly diagnostics: Diagnostic[];
  /** Completed anchored nodes, by name (the latest definition wins). */
  readonly anchors: Map<string, YamlNode>;
  /** Anchors whose node is still being converted (an alias to them would be recursive). */
  readonly pending: Set<string>;
  /** Expanded size (node count, aliases expanded) of every anchored node. */
  readonly sizes: Map<YamlNode, number>;
  /** Nodes produced so far by alias expansion. */
  aliasExpansion: number;
  /** Expanded size of the node returned by the last {@link convertNode} call. */
  lastSize: number;
  /** Entries that start at or after this offset are left out (the text there is not analysed). */
  readonly stopAt: number;
}

/**
 * Creates the state of one conversion pass; entries starting at or after `stopAt` are left out.
 *
 * @example
 * const state = createConvertState(text, document, DEFAULT_PARSE_LIMITS, diagnostics);
 */
export function createConvertState(
  text: string,
  document: Document.Parsed,
  limits: ParseLimits,
  diagnostics: Diagnostic[],
  stopAt: number = Number.POSITIVE_INFINITY,
): ConvertState {
  return {
    text,
    document,
    limits,
    diagnostics,
    anchors: new Map(),
    pending: new Set(),
    sizes: new Map(),
    aliasExpansion: 0,
    lastSize: 0,
    stopAt,
  };
}

const STYLES: Readonly<Record<string, ScalarStyle>> = {
  PLAIN: "plain",
  QUOTE_SINGLE: "single-quoted",
  QUOTE_DOUBLE: "double-quoted",
  BLOCK_LITERAL: "block-literal",
  BLOCK_FOLDED: "block-folded",
};

const CORE_TAG_PREFIX = "tag:yaml.org,2002:";

/** `tag:yaml.org,2002:str` → `!!str`; other tags as resolved. */
function shortTag(tag: string): string {
  return tag.startsWith(CORE_TAG_PREFIX) ? `!!${tag.slice(CORE_TAG_PREFIX.length)}` : tag;
}

function rangeOf(node: YNode): readonly [number, number, number] {
  return node.range ?? [0, 0, 0];
}

/**
 * `true` for the empty scalar yaml creates for a missing value (`key:`), without properties.
 *
 * @example
 * isBareEmpty(pair.value); // true for `image:` with nothing after the colon
 */
export function isBareEmpty(node: YNode): boolean {
  if (!isScalar(node)) return false;
  const r = rangeOf(node);
  return (
    r[0] === r[1] && node.source === "" && node.anchor === undefined && node.tag === undefined && node.type === "PLAIN"
  );
}

function copyCommon(draft: Draft<YamlScalar | YamlMap | YamlSeq | YamlAlias>, node: YNode): void {
  if (node.commentBefore != null) draft.commentBefore = node.commentBefore;
  if (node.comment != null) draft.comment = node.comment;
  const anchor = (node as { anchor?: string }).anchor;
  if (anchor !== undefined && anchor !== "") draft.anchor = anchor;
  if (node.tag !== undefined) draft.tag = shortTag(node.tag);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

function convertScalar(node: YScalar, state: ConvertState): YamlScalar {
  const r = rangeOf(node);
  let end = r[1];
  const style = STYLES[node.type ?? "PLAIN"] ?? "plain";
  if (style === "block-literal" || style === "block-folded") {
    // yaml's value end includes the final line break(s): the span ends with the last content.
    while (end > r[0] + 1 && isSpace(state.text.charCodeAt(end - 1))) end--;
  }
  const raw: unknown = node.value;
  const text = typeof node.source === "string" ? node.source : String(raw ?? "");
  const value =
    raw === null || typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean" ? raw : text;
  const draft: Draft<YamlScalar> = { kind: "scalar", span: { start: r[0], end }, value, text, style };
  const sourceMap = buildScalarSourceMap(state.text, draft);
  if (sourceMap !== undefined) draft.sourceMap = sourceMap;
  copyCommon(draft, node);
  return draft;
}

function convertAlias(node: Alias, state: ConvertState): YamlAlias {
  const r = rangeOf(node);
  const span: Span = { start: r[0], end: r[1] };
  const name = node.source;
  const target = state.pending.has(name) ? undefined : state.anchors.get(name);
  const draft: Draft<YamlAlias> = { kind: "alias", span, name, target };
  copyCommon(draft, node);
  defineAliasJson(draft);
  if (target === undefined) {
    state.lastSize = 1;
    const message = state.pending.has(name)
      ? `The alias '*${name}' refers to a node that contains it.`
      : `The alias '*${name}' refers to an anchor that is not defined before it.`;
    state.diagnostics.push(
      createDiagnostic("yaml/unknown-alias", message, span, {
        hints: [`Define '&${name}' on a node before this alias.`],
        data: { name },
      }),
    );
    return draft;
  }
  const size = state.sizes.get(target) ?? 1;
  const before = state.aliasExpansion;
  state.aliasExpansion = before + size;
  if (before <= state.limits.maxAliasExpansion && state.aliasExpansion > state.limits.maxAliasExpansion) {
    state.diagnostics.push(
      createDiagnostic(
        "yaml/alias-limit",
        `Expanding aliases would produce more than ${state.limits.maxAliasExpansion} nodes.`,
        span,
        { data: { limit: state.limits.maxAliasExpansion, name } },
      ),
    );
  }
  state.lastSize = size;
  return draft;
}

function collectionEnd(node: YAMLMap | YAMLSeq, lastEnd: number): number {
  const token = node.srcToken;
  if (token && token.type === "flow-collection") {
    const close = token.end[0];
    // Broken input can leave items after a mismatched bracket: the span still covers them.
    if (close && (close.type === "flow-map-end" || close.type === "flow-seq-end"))
      return Math.max(lastEnd, close.offset + 1);
    return Math.max(lastEnd, token.start.offset + 1);
  }
  return Math.max(lastEnd, rangeOf(node)[0]);
}

function convertMap(node: YAMLMap, state: ConvertState, onMap: MapHook): YamlMap {
  const pairs: YamlPair[] = [];
  let size = 1;
  let lastEnd = rangeOf(node)[0];
  for (const item of node.items as YPair[]) {
    const yKey = item.key as YNode;
    if (rangeOf(yKey)[0] >= state.stopAt) break;
    const key = convertNode(yKey, state, onMap);
    size += state.lastSize;
    let value: YamlNode | null = null;
    const yValue = item.value as YNode | null;
    if (yValue && !isBareEmpty(yValue) && rangeOf(yValue)[0] < state.stopAt) {
      value = convertNode(yValue, state, onMap);
      size += state.lastSize;
    } else if (yValue && yValue.comment != null && key.comment === undefined) {
      (key as Draft<YamlNode>).comment = yValue.comment;
    }
    const end = (value ?? key).span.end;
    const pair: Draft<YamlPair> = { key, value, span: { start: key.span.start, end: Math.max(end, key.span.start) } };
    if (key.kind !== "scalar") pair.keyName = nonScalarKeyName(state.text, key);
    pairs.push(pair);
    lastEnd = Math.max(lastEnd, end);
  }
  const r = rangeOf(node);
  const draft: Draft<YamlMap> = {
    kind: "map",
    span: { start: Math.min(r[0], pairs[0]?.span.start ?? r[0]), end: collectionEnd(node, lastEnd) },
    pairs,
    flow: node.flow === true,
  };
  copyCommon(draft, node);
  onMap(draft);
  state.lastSize = size;
  return draft;
}

function convertSeq(node: YAMLSeq, state: ConvertState, onMap: MapHook): YamlSeq {
  const items: YamlNode[] = [];
  let size = 1;
  let lastEnd = rangeOf(node)[0];
  for (const item of node.items as YNode[]) {
    if (rangeOf(item)[0] >= state.stopAt) break;
    const child = convertNode(item, state, onMap);
    size += state.lastSize;
    items.push(child);
    lastEnd = Math.max(lastEnd, child.span.end);
  }
  const r = rangeOf(node);
  const draft: Draft<YamlSeq> = {
    kind: "seq",
    span: { start: Math.min(r[0], items[0]?.span.start ?? r[0]), end: collectionEnd(node, lastEnd) },
    items,
    flow: node.flow === true,
  };
  copyCommon(draft, node);
  state.lastSize = size;
  return draft;
}

/**
 * Called once for every converted mapping (duplicate-key and key checks hook in here).
 *
 * @example
 * const onMap: MapHook = (map) => checkMapKeys(map, diagnostics);
 */
export type MapHook = (map: YamlMap) => void;

/**
 * Converts one composed yaml node (and its subtree) into a {@link YamlNode}, resolving aliases
 * against earlier anchors and counting alias expansion.
 *
 * @example
 * const root = convertNode(doc.contents, createConvertState(text, doc, limits, diagnostics), () => {});
 */
export function convertNode(node: YNode, state: ConvertState, onMap: MapHook): YamlNode {
  if (isAlias(node)) return convertAlias(node, state);
  const anchor = (node as { anchor?: string }).anchor;
  const anchored = anchor !== undefined && anchor !== "";
  const guard = anchored && !state.pending.has(anchor);
  if (guard) state.pending.add(anchor);
  let out: YamlNode;
  if (isMap(node)) out = convertMap(node, state, onMap);
  else if (isSeq(node)) out = convertSeq(node, state, onMap);
  else if (isScalar(node)) {
    out = convertScalar(node, state);
    state.lastSize = 1;
  } else {
    // Not produced by the composer for our options (e.g. a bare pair): keep a null placeholder.
    const r = rangeOf(node);
    out = { kind: "scalar", span: { start: r[0], end: r[1] }, value: null, text: "", style: "plain" };
    state.lastSize = 1;
  }
  if (guard) state.pending.delete(anchor);
  if (anchored) {
    state.anchors.set(anchor, out);
    state.sizes.set(out, state.lastSize);
  }
  return out;
}
