import { parse, type Diagnostic, type YamlMap, type YamlNode, type YamlPair } from "@akash-sdl/core";

/**
 * A parsed text ready for edits: the positioned tree, the text's line ending and its diagnostics.
 *
 * @example
 * const ctx = createEditContext(text);
 * ctx.eol; // "\r\n" for a CRLF file
 */
export interface EditContext {
  /** The text being edited. */
  readonly text: string;
  /** The root mapping, or `undefined` when the text has none. */
  readonly root: YamlMap | undefined;
  /** `"\r\n"` when the text uses CRLF line ends, else `"\n"`. */
  readonly eol: string;
  /** Parse diagnostics of the text. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Parses `text` for editing.
 *
 * @example
 * createEditContext("version: '2.0'\n").root?.pairs.length; // 1
 */
export function createEditContext(text: string): EditContext {
  if (last !== undefined && last.text === text) return last;
  const parsed = parse(text);
  const root = parsed.tree.root?.kind === "map" ? parsed.tree.root : undefined;
  const firstBreak = text.indexOf("\n");
  const eol = firstBreak > 0 && text[firstBreak - 1] === "\r" ? "\r\n" : "\n";
  last = { text, root, eol, diagnostics: parsed.diagnostics };
  return last;
}

/** The last context made: operations that look names up and then edit parse once. */
let last: EditContext | undefined;

/**
 * Follows an alias to its anchored node.
 *
 * @example
 * deref(aliasNode)?.kind; // "map"
 */
export function deref(node: YamlNode | null | undefined): YamlNode | null | undefined {
  return node?.kind === "alias" ? node.target : node;
}

/**
 * The last pair of a mapping whose key text is `key` (Go's decoder keeps the last duplicate).
 *
 * @example
 * findPair(root, "services")?.value?.kind; // "map"
 */
export function findPair(map: YamlMap, key: string): YamlPair | undefined {
  for (let i = map.pairs.length - 1; i >= 0; i--) {
    const pair = map.pairs[i];
    if (pair !== undefined && pair.key.kind === "scalar" && pair.key.text === key) return pair;
  }
  return undefined;
}

/**
 * Offset of the first character of the line holding `offset`.
 *
 * @example
 * lineStartOf("a\nbc", 3); // 2
 */
export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/**
 * Offset of the line break ending the line on which a node ending at `end` ends (`text.length`
 * on the last line). A block scalar's span ends after its line break, which is handled.
 *
 * @example
 * lineEndOf("a: 1 # c\nb: 2", 4); // 8
 */
export function lineEndOf(text: string, end: number): number {
  if (end > 0 && text[end - 1] === "\n") return end - 1 - (text[end - 2] === "\r" ? 1 : 0);
  const i = text.indexOf("\n", end);
  if (i === -1) return text.length;
  return text[i - 1] === "\r" ? i - 1 : i;
}

/**
 * Offset just after the line break that follows `lineEnd` (or `lineEnd` at the end of the text).
 *
 * @example
 * nextLineStart("a\r\nb", 1); // 3
 */
export function nextLineStart(text: string, lineEnd: number): number {
  if (text[lineEnd] === "\r" && text[lineEnd + 1] === "\n") return lineEnd + 2;
  if (text[lineEnd] === "\n") return lineEnd + 1;
  return lineEnd;
}

/**
 * `true` when only spaces come before `offset` on its line.
 *
 * @example
 * startsLine("  a: 1", 2); // true
 */
export function startsLine(text: string, offset: number): boolean {
  return text.slice(lineStartOf(text, offset), offset).trim() === "";
}

/**
 * Where a pair ends: its value's end, or the key's end for an empty value.
 *
 * @example
 * pairEnd(pair) >= pair.key.span.end; // true
 */
export function pairEnd(pair: YamlPair): number {
  return Math.max(pair.span.end, pair.value?.span.end ?? 0, pair.key.span.end);
}

/**
 * The offset just after the `:` of a block pair.
 *
 * @example
 * afterColon("image: x", pair); // 6
 */
export function afterColon(text: string, pair: YamlPair): number {
  const colon = text.indexOf(":", pair.key.span.end);
  return colon === -1 ? pair.key.span.end : colon + 1;
}

/**
 * The `-` that introduces a block sequence item, when it is the first thing on its line.
 *
 * @example
 * dashOf("  - a", 4); // 2
 */
export function dashOf(text: string, itemStart: number): number | undefined {
  // The dash is the first non-blank character before the item (the item may start on a later line).
  let i = itemStart - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\n" || text[i] === "\r")) i--;
  if (i < 0 || text[i] !== "-") return undefined;
  return startsLine(text, i) ? i : undefined;
}
