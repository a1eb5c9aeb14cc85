import { parse, toPlainValue, type Diagnostic, type YamlNode } from "@akash-sdl/core";
import { afterColon, dashOf, lineStartOf } from "./edit-context.js";
import { applyOffsetEdits, toTextEdits, type EditResult, type OffsetEdit } from "./text-edit.js";

interface Line {
  readonly start: number;
  /** End of the content (before `\r\n` or `\n`). */
  readonly end: number;
  /** End including the line break. */
  readonly next: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf("\n", start);
    const next = nl === -1 ? text.length : nl + 1;
    const end = nl === -1 ? text.length : text[nl - 1] === "\r" ? nl - 1 : nl;
    lines.push({ start, end, next });
    start = next;
  }
  return lines;
}

/** Index of the line holding `offset` (binary search). */
function lineIndex(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid] as Line).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

interface Plan {
  /** Line index → wanted indentation of a line that starts a key or a `-`. */
  readonly anchors: Map<number, number>;
  /** Lines inside multi-line scalars or flow collections: shifted, never re-flowed. */
  readonly content: Set<number>;
  /** Last lines of multi-line flow collections and quoted or plain scalars: their tail after the node is tidied. */
  readonly tidyLast: Set<number>;
  /** 1 for each offset inside a scalar, an alias, a key or a flow collection: a `#` there is text. */
  readonly opaque: Uint8Array;
  readonly edits: OffsetEdit[];
}

function markOpaque(plan: Plan, node: { readonly span: { readonly start: number; readonly end: number } }): void {
  plan.opaque.fill(1, node.span.start, node.span.end);
}

function markContent(text: string, lines: readonly Line[], node: YamlNode, plan: Plan): void {
  const endOffset = text[node.span.end - 1] === "\n" ? node.span.end - 1 : node.span.end;
  const first = lineIndex(lines, node.span.start);
  const last = lineIndex(lines, Math.max(node.span.start, endOffset));
  if (last === first) return;
  for (let i = first + 1; i <= last; i++) plan.content.add(i);
  // A block scalar's span may stop before trailing spaces that are part of its value.
  if (node.kind !== "scalar" || node.style === "plain" || node.style.endsWith("quoted")) plan.tidyLast.add(last);
}

function walk(text: string, lines: readonly Line[], node: YamlNode, indent: number, plan: Plan): void {
  if (node.kind === "scalar" || node.kind === "alias") {
    markOpaque(plan, node);
    if (node.kind === "scalar") markContent(text, lines, node, plan);
    return;
  }
  if (node.flow) {
    markOpaque(plan, node);
    markContent(text, lines, node, plan);
    return;
  }
  if (node.kind === "map") {
    for (const pair of node.pairs) {
      markOpaque(plan, pair.key);
      const k = pair.key.span.start;
      const keyLine = lineIndex(lines, k);
      // An empty key (`: v`) anchors its line only when its span sits on the `:`.
      const placed = pair.key.span.end > k || text[k] === ":";
      if (placed && text.slice(lineStartOf(text, k), k).trim() === "") plan.anchors.set(keyLine, indent);
      const value = pair.value;
      if (value === null) continue;
      const colon = afterColon(text, pair);
      if (lineIndex(lines, value.span.start) === keyLine && /^ {2,}$/.test(text.slice(colon, value.span.start))) {
        plan.edits.push({ start: colon, end: value.span.start, newText: " " });
      }
      walk(text, lines, value, indent + 2, plan);
    }
    return;
  }
  for (const item of node.items) {
    const dash = dashOf(text, item.span.start);
    if (dash !== undefined) {
      plan.anchors.set(lineIndex(lines, dash), indent);
      const sameLine = !text.slice(dash, item.span.start).includes("\n");
      if (sameLine && item.span.start > dash + 2)
        plan.edits.push({ start: dash + 1, end: item.span.start, newText: " " });
    }
    walk(text, lines, item, indent + 2, plan);
  }
}

const leadingSpaces = (s: string): number => s.length - s.trimStart().length;

/**
 * The offset of the `#` that starts the trailing comment of a line (a `#` after a space or tab,
 * outside every scalar, key and flow collection), or `-1`.
 */
function trailingCommentAt(text: string, line: Line, from: number, opaque: Uint8Array): number {
  for (let i = text.indexOf("#", from); i !== -1 && i < line.end; i = text.indexOf("#", i + 1)) {
    const before = text[i - 1];
    if (opaque[i] === 0 && (before === " " || before === "\t")) return i;
  }
  return -1;
}

/**
 * Tidies the end of a line: one space before its trailing comment (`image: nginx    # pinned` →
 * `image: nginx # pinned`; not on a comment line) and no trailing spaces or tabs. Only whitespace
 * outside every scalar, key and flow collection (`opaque`) is touched: a space inside one is text.
 */
function tidyTail(
  text: string,
  line: Line,
  from: number,
  opaque: Uint8Array,
  edits: OffsetEdit[],
  commentLine = false,
): void {
  const isGap = (i: number): boolean => opaque[i] === 0 && (text[i] === " " || text[i] === "\t");
  const hash = commentLine ? -1 : trailingCommentAt(text, line, from, opaque);
  if (hash !== -1) {
    let gap = hash;
    while (gap > from && isGap(gap - 1)) gap--;
    if (gap > from && text.slice(gap, hash) !== " ") edits.push({ start: gap, end: hash, newText: " " });
  }
  let end = line.end;
  while (end > from && isGap(end - 1)) end--;
  if (end < line.end && end > from) edits.push({ start: end, end: line.end, newText: "" });
}

/**
 * Normalises the layout of an SDL while keeping every comment, anchor, quoting style and line
 * end: two-space indentation with sequences indented under their key, one space after `:` and
 * `-`, one space before a trailing comment, no trailing spaces, at most one blank line in a row,
 * one final line break. Only whitespace changes, so the parsed value stays the same; formatting
 * twice changes nothing (the result is checked to be its own format). A text with YAML errors is
 * returned unchanged with its diagnostics (and so is a text with a lone CR line break).
 *
 * @example
 * formatSdl("services:\n    web:\n        image: nginx\n").text; // "services:\n  web:\n    image: nginx\n"
 */
export function formatSdl(text: string): EditResult {
  const first = formatPass(text);
  if (first.text === text) return first;
  const second = formatPass(first.text);
  if (second.text === first.text) return first;
  // The result reads differently from the text (a YAML shape the line model does not cover, or a
  // front end that reads the two layouts differently): keep a layout only once it is stable.
  if (formatPass(second.text).text !== second.text) return { text, edits: [], diagnostics: [] };
  return { text: second.text, edits: toTextEdits(text, [changedRange(text, second.text)]), diagnostics: [] };
}

/**
 * One edit replacing the part of `a` that differs from `b` (between their common prefix and
 * suffix), never splitting a CRLF line break or a surrogate pair.
 */
function changedRange(a: string, b: string): OffsetEdit {
  const splits = (s: string, i: number): boolean =>
    i > 0 && i < s.length && ((s[i - 1] === "\r" && s[i] === "\n") || /[\ud800-\udbff]/.test(s[i - 1] as string));
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  while (splits(a, start) || splits(b, start)) start--;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  while (splits(a, a.length - end) || splits(b, b.length - end)) end--;
  return { start, end: a.length - end, newText: b.slice(start, b.length - end) };
}

/** One formatting pass over the lines of `text` (the value is checked, stability is not). */
function formatPass(text: string): EditResult {
  const parsed = parse(text);
  const errors: Diagnostic[] = parsed.diagnostics.filter((d) => d.severity === "error" && d.code.startsWith("yaml/"));
  // A lone CR is a YAML line break that this line-based pass does not model: leave such text alone.
  if (errors.length > 0 || parsed.tree.root === null || /\r(?!\n)/.test(text))
    return { text, edits: [], diagnostics: errors };
  const lines = splitLines(text);
  const plan: Plan = {
    anchors: new Map(),
    content: new Set(),
    tidyLast: new Set(),
    opaque: new Uint8Array(text.length),
    edits: [],
  };
  walk(text, lines, parsed.tree.root, 0, plan);
  const edits = plan.edits;
  // A comment line takes the final indentation of the next non-blank line that is not a comment
  // line, whatever that line is (a key, an item, a value on its own line, a flow collection):
  // so a second pass sees the comment already where it wants it. Comment lines with no such line
  // after them keep their indentation.
  let pendingComments: number[] = [];
  const placeComments = (indent: number): void => {
    for (const c of pendingComments) {
      const line = lines[c] as Line;
      const current = leadingSpaces(text.slice(line.start, line.end));
      if (current !== indent) edits.push({ start: line.start, end: line.start + current, newText: " ".repeat(indent) });
    }
    pendingComments = [];
  };
  let delta = 0;
  let blankRun = 0;
  let seenContent = false;
  let lastContent = -1;
  lines.forEach((l, i) => {
    if (text.slice(l.start, l.end).trim() !== "" || plan.content.has(i)) lastContent = i;
  });
  lines.forEach((line, i) => {
    const body = text.slice(line.start, line.end);
    const current = leadingSpaces(body);
    const trimmed = body.trim();
    if (plan.content.has(i)) {
      blankRun = 0;
      if (delta > 0 && body !== "") edits.push({ start: line.start, end: line.start, newText: " ".repeat(delta) });
      if (delta < 0) edits.push({ start: line.start, end: line.start + Math.min(-delta, current), newText: "" });
      if (trimmed !== "") placeComments(Math.max(0, current + delta));
      // The last line of a multi-line flow collection or quoted scalar: the part after the node
      // (outside every scalar and collection) is tidied like any line's tail.
      if (plan.tidyLast.has(i)) tidyTail(text, line, line.start + current, plan.opaque, edits);
      return;
    }
    if (trimmed === "") {
      blankRun++;
      if (blankRun > 1 || !seenContent || i > lastContent)
        edits.push({ start: line.start, end: line.next, newText: "" });
      else if (body !== "") edits.push({ start: line.start, end: line.end, newText: "" });
      return;
    }
    blankRun = 0;
    seenContent = true;
    const anchor = plan.anchors.get(i);
    const isComment = anchor === undefined && trimmed.startsWith("#");
    if (isComment) pendingComments.push(i);
    else {
      if (anchor !== undefined) delta = anchor - current;
      const wanted = Math.max(0, current + delta);
      if (wanted !== current) edits.push({ start: line.start, end: line.start + current, newText: " ".repeat(wanted) });
      placeComments(wanted);
    }
    tidyTail(text, line, line.start + current, plan.opaque, edits, isComment);
  });
  // Trailing blank lines at the end of the text, and a final line break.
  const last = lines[lines.length - 1];
  if (last !== undefined && last.next === last.end && text.slice(last.start, last.end).trim() !== "") {
    const lastBreak = text.lastIndexOf("\n");
    const eol = lastBreak > 0 && text[lastBreak - 1] === "\r" ? "\r\n" : "\n";
    edits.push({ start: text.length, end: text.length, newText: eol });
  }
  const kept = dedupe(edits);
  const out = applyOffsetEdits(text, kept);
  // Safety net for YAML shapes the line model does not cover: formatting must never change the
  // value, so a result that parses to another value is dropped and the text left as it was.
  if (out !== text && !samePlain(toPlainValue(parse(out).tree.root), toPlainValue(parsed.tree.root), new Map())) {
    return { text, edits: [], diagnostics: [] };
  }
  return { text: out, edits: toTextEdits(text, kept), diagnostics: [] };
}

/** Drops edits that overlap an earlier one (a blank-line deletion wins over anything inside it). */
function dedupe(edits: readonly OffsetEdit[]): OffsetEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: OffsetEdit[] = [];
  let end = -1;
  for (const e of sorted) {
    if (
      e.start < end ||
      (e.start === end && e.start !== e.end && out.length > 0 && (out[out.length - 1] as OffsetEdit).start === e.start)
    )
      continue;
    out.push(e);
    end = Math.max(end, e.end);
  }
  return out;
}

/** Structural equality of two plain values; shared (aliased) objects are compared once. */
function samePlain(a: unknown, b: unknown, seen: Map<object, object>): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
    return Number.isNaN(a) && Number.isNaN(b);
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k, i) => k === kb[i] && samePlain((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], seen),
  );
}
