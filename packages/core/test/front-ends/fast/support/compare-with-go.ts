import type { YamlNode, YamlTree } from "../../../../src/index.js";
import { resolveGoScalar } from "../../../../src/index.js";
import type { GoAnswer, GoNode } from "./go-oracle.js";

/** Thrown while converting a value Go decodes in a way we do not model here (timestamps, merge keys). */
const SKIP = Symbol("skip");

/** A canonical text for a typed value: floats by their number, mappings sorted by canonical key. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const o = value as Record<string, unknown>;
  if ("f" in o) return `{"f":${JSON.stringify(String(o["f"]))}}`;
  if ("i" in o) return `{"i":${JSON.stringify(String(o["i"]))}}`;
  if ("m" in o) {
    // A Go map: one entry per key, the last one wins (an alias key may repeat a scalar key).
    const byKey = new Map<string, string>();
    for (const [k, v] of o["m"] as [unknown, unknown][]) byKey.set(canonical(k), canonical(v));
    const pairs = [...byKey];
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return `{"m":[${pairs.map(([k, v]) => `[${k},${v}]`).join(",")}]}`;
  }
  return JSON.stringify(value);
}

/** Go's `FormatFloat(f, 'g', -1, 64)` read back as a number, for comparison. */
function goFloat(text: string): number {
  if (text === "+Inf") return Number.POSITIVE_INFINITY;
  if (text === "-Inf") return Number.NEGATIVE_INFINITY;
  if (text === "NaN") return Number.NaN;
  return Number(text);
}

function normalizeGo(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(normalizeGo);
  const o = value as Record<string, unknown>;
  if ("f" in o) return { f: goFloat(String(o["f"])) };
  if ("t" in o || "other" in o) throw SKIP;
  if ("m" in o) return { m: (o["m"] as [unknown, unknown][]).map(([k, v]) => [normalizeGo(k), normalizeGo(v)]) };
  return value;
}

/** Our tree decoded the way yaml.v3 decodes into `interface{}`. */
function ourValue(node: YamlNode | null): unknown {
  if (node === null) return null;
  switch (node.kind) {
    case "alias":
      return ourValue(node.target ?? null);
    case "seq":
      return node.items.map(ourValue);
    case "map":
      return {
        m: node.pairs.map((p) => {
          if (p.key.kind === "scalar" && p.key.style === "plain" && p.key.text === "<<") throw SKIP;
          return [ourValue(p.key), ourValue(p.value)];
        }),
      };
    case "scalar": {
      const r = resolveGoScalar(node);
      switch (r.tag) {
        case "null":
          return null;
        case "bool":
        case "str":
          return r.value;
        case "int":
          return { i: r.value.toString() };
        case "float":
          return { f: r.value };
        default:
          throw SKIP;
      }
    }
  }
}

/** 1-based line and column (in code points, after a BOM) of offsets, like yaml.v3's marks. */
function positionsIn(text: string): (offset: number) => string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = starts[lo] as number;
    let column = 1;
    for (let i = lineStart === 0 && text.charCodeAt(0) === 0xfeff ? 1 : lineStart; i < offset; i++) {
      const ch = text.charCodeAt(i);
      if (!(ch >= 0xdc00 && ch <= 0xdfff)) column++;
    }
    return `${lo + 1}:${column}`;
  };
}

/**
 * Where the comment on the line from `lineStart` starts, or -1: the first `#` at the line's start
 * or after a blank that is not inside a quoted scalar opening on the line (a quote opens a scalar
 * at the line's start or after a blank, `[`, `{` or `,`).
 */
function commentStart(text: string, lineStart: number): number {
  let quote = "";
  for (let i = lineStart; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (ch === "\n" || ch === "\r") return -1;
    const before = i === lineStart ? " " : (text[i - 1] ?? "");
    if (quote === '"') {
      if (ch === "\\") i++;
      else if (ch === '"') quote = "";
    } else if (quote === "'") {
      if (ch === "'") quote = "";
    } else if ((ch === '"' || ch === "'") && /[ \t[{,]/.test(before)) quote = ch;
    else if (ch === "#" && /[ \t]/.test(before)) return i;
  }
  return -1;
}

/**
 * Where the non-specific tag `!` before the node at `start` is: yaml.v3 marks no node with it as
 * tagged, and places the node at its properties. Blanks, line breaks and comments may come between.
 */
function tagStart(text: string, start: number): number {
  let p = start - 1;
  while (p >= 0) {
    const ch = text[p];
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r") {
      p--;
      continue;
    }
    // Inside a comment (a `#` at the line's start or after a blank, outside quotes, before `p`):
    // go before it, so that a `!` in a comment (`#c!`) is not taken for the tag.
    const lineStart = Math.max(text.lastIndexOf("\n", p), text.lastIndexOf("\r", p)) + 1;
    const hash = commentStart(text, lineStart);
    if (hash >= 0 && hash <= p) p = hash - 1;
    else return ch === "!" ? p : start;
  }
  return start;
}

function ourPositions(text: string, at: (offset: number) => string, node: YamlNode | null, out: string[]): void {
  if (node === null) return;
  const empty = node.kind === "scalar" && node.text === "" && node.style === "plain";
  if (node.anchor === undefined && node.tag === "!") {
    if (!empty) out.push(`${node.kind}@${at(tagStart(text, node.span.start))}`);
  } else if (node.anchor === undefined && node.tag === undefined && !empty)
    out.push(`${node.kind}@${at(node.span.start)}`);
  if (node.kind === "map") {
    for (const p of node.pairs) {
      ourPositions(text, at, p.key, out);
      ourPositions(text, at, p.value, out);
    }
  } else if (node.kind === "seq") for (const item of node.items) ourPositions(text, at, item, out);
}

function goPositions(node: GoNode | null | undefined, out: string[]): void {
  if (node === null || node === undefined) return;
  const empty = node.kind === "scalar" && node.value === "" && node.style === undefined && node.tag === "!!null";
  if (node.kind !== "doc" && node.anchor === undefined && node.tagged !== true && !empty) {
    out.push(`${node.kind}@${node.line}:${node.column}`);
  }
  if (node.kind !== "alias") for (const child of node.content ?? []) goPositions(child, out);
}

/**
 * The differences between our reading of `text` and yaml.v3's: verdict (accepted without an error
 * diagnostic vs. no error), decoded value, and the line and column of every node start. Empty
 * when they agree.
 *
 * @example
 * expect(compareWithGo(text, fastFrontEnd(text, DEFAULT_PARSE_LIMITS), askGo([text])[0])).toEqual([]);
 */
export function compareWithGo(text: string, tree: YamlTree, go: GoAnswer): string[] {
  const errors = tree.diagnostics.filter((d) => d.severity === "error");
  const weAccept = errors.length === 0;
  const goAccepts = go.error === undefined;
  if (weAccept !== goAccepts) {
    const ours = errors.map((d) => `${d.code}@${d.span?.start}`).join(", ");
    return [
      `verdict: ours ${weAccept ? "accepts" : `refuses (${ours})`}, yaml.v3 ${goAccepts ? "accepts" : `refuses (${go.error?.message})`}`,
    ];
  }
  if (!weAccept) return [];
  const out: string[] = [];
  try {
    const a = canonical(ourValue(tree.root));
    const b = canonical(normalizeGo(go.value));
    if (a !== b) out.push(`value: ours ${a.slice(0, 300)} vs yaml.v3 ${b.slice(0, 300)}`);
  } catch (error) {
    if (error !== SKIP) throw error;
  }
  const ours: string[] = [];
  const theirs: string[] = [];
  ourPositions(text, positionsIn(text), tree.root, ours);
  goPositions(go.tree, theirs);
  if (ours.join(" ") !== theirs.join(" ")) {
    let i = 0;
    while (i < ours.length && ours[i] === theirs[i]) i++;
    out.push(
      `positions differ at node ${i}: ours ${ours.slice(i, i + 3).join(" ")} vs yaml.v3 ${theirs.slice(i, i + 3).join(" ")}`,
    );
  }
  return out;
}
