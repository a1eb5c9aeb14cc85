import type { Span } from "../text/span.js";

/**
 * How a scalar was written in the source.
 *
 * @example
 * const style: ScalarStyle = "double-quoted"; // `image: "nginx"`
 */
export type ScalarStyle = "plain" | "single-quoted" | "double-quoted" | "block-literal" | "block-folded";

/**
 * Parts every node of the positioned YAML tree has.
 *
 * @example
 * const where = (n: YamlNodeBase): number => n.span.start;
 */
export interface YamlNodeBase {
  /** Source range of the node's content (for a collection: from its first to its last character). */
  readonly span: Span;
  /** Comment lines directly above the node, without the `#`, joined by `\n`. */
  readonly commentBefore?: string;
  /** A trailing comment on the node's line, without the `#`. */
  readonly comment?: string;
  /** The anchor name (`&name`), if any. */
  readonly anchor?: string;
  /** The explicit tag (`!!str`), if any. */
  readonly tag?: string;
}

/**
 * A scalar: the YAML 1.2 core-schema value (what `yaml.parse` gives), plus the decoded text that
 * Go's yaml.v3 sees (quotes removed, escapes applied, block scalars folded) and the style.
 *
 * @example
 * // `cpu: "0.5"` → { kind: "scalar", value: "0.5", text: "0.5", style: "double-quoted", ... }
 */
export interface YamlScalar extends YamlNodeBase {
  readonly kind: "scalar";
  /** Value under the YAML 1.2 core schema: string, number, boolean or null. */
  readonly value: string | number | boolean | null;
  /** The decoded scalar text (yaml.v3's `Node.Value`). `""` for an empty (null) value. */
  readonly text: string;
  /** How the scalar was written. */
  readonly style: ScalarStyle;
  /**
   * Where each character of {@link YamlScalar.text} came from, when that is not simply "the
   * `i`-th character of `text` is at `contentStart + i`" (`contentStart` being `span.start`, or
   * `span.start + 1` after a quote). See {@link ScalarSourceMap}; read it with
   * {@link sourceOffsetOf}. Absent for scalars written as they decode (most plain scalars).
   */
  readonly sourceMap?: ScalarSourceMap;
}

/**
 * The decoded-text → source-offset map of a scalar: a flat list of runs `[d, s, n, …]`, three
 * numbers each, in text order. A run covers the decoded characters from `d` up to the next run's
 * `d` (or the end of the text) and the `n` source characters from offset `s`. When the run is as
 * long in the text as in the source, its characters map one to one; otherwise (an escape such as
 * `\t` or `\u00e9`, a folded line break read as a space, `\r\n` read as `\n`, `''` read as `'`)
 * every character of the run maps to `s` and ends at `s + n`. Source text between runs was
 * skipped by decoding (indentation, the line breaks of a fold, trailing spaces). Decoded
 * characters must be covered from index 0 on.
 *
 * @example
 * // `a: "x\ty"` (the scalar starts at 3): text "x<TAB>y"
 * const map: ScalarSourceMap = [0, 4, 1, 1, 5, 2, 2, 7, 1];
 */
export type ScalarSourceMap = readonly number[];

/**
 * One `key: value` entry of a mapping.
 *
 * @example
 * const keyText = (p: YamlPair): string => (p.key.kind === "scalar" ? p.key.text : "");
 */
export interface YamlPair {
  /** The key node (usually a scalar; other kinds get a diagnostic). */
  readonly key: YamlNode;
  /** The value node; `null` when nothing follows the colon (`key:`). */
  readonly value: YamlNode | null;
  /** From the key's start to the value's end (or the key's end). */
  readonly span: Span;
  /**
   * The JS property name of a key that is not a scalar (a mapping, a sequence or an alias), as
   * {@link toPlainValue} uses it: the key's source slice (`[a, b]`, `{x: 1}`), or `*name` for an
   * alias. Computed from the source text, never by writing the key back out, so naming every key
   * of a text costs time linear in the text. Front ends set it for every non-scalar key; scalar
   * keys are named by their value.
   */
  readonly keyName?: string;
}

/**
 * A mapping; pairs are in source order (duplicates kept, with a diagnostic).
 *
 * @example
 * const keys = (m: YamlMap): string[] => m.pairs.map((p) => (p.key.kind === "scalar" ? p.key.text : ""));
 */
export interface YamlMap extends YamlNodeBase {
  readonly kind: "map";
  readonly pairs: readonly YamlPair[];
  /** `true` for flow style `{ a: 1 }`. */
  readonly flow: boolean;
}

/**
 * A sequence; items are in source order.
 *
 * @example
 * const count = (s: YamlSeq): number => s.items.length;
 */
export interface YamlSeq extends YamlNodeBase {
  readonly kind: "seq";
  readonly items: readonly YamlNode[];
  /** `true` for flow style `[a, b]`. */
  readonly flow: boolean;
}

/**
 * An alias (`*name`); `target` is the anchored node it refers to, when it resolves.
 *
 * @example
 * const resolved = (a: YamlAlias): YamlNode | undefined => a.target;
 */
export interface YamlAlias extends YamlNodeBase {
  readonly kind: "alias";
  /** The anchor name without `*`. */
  readonly name: string;
  /** The anchored node, or `undefined` when the anchor is unknown. */
  readonly target: YamlNode | undefined;
}

/**
 * A node of the positioned YAML tree: every node and every key has a span, comments are kept.
 *
 * @example
 * function countScalars(n: YamlNode): number {
 *   if (n.kind === "scalar") return 1;
 *   if (n.kind === "seq") return n.items.reduce((s, i) => s + countScalars(i), 0);
 *   if (n.kind === "map") return n.pairs.reduce((s, p) => s + (p.value ? countScalars(p.value) : 0), 0);
 *   return 0;
 * }
 */
export type YamlNode = YamlScalar | YamlMap | YamlSeq | YamlAlias;
