import type { Diagnostic } from "@akash-sdl/core";

/**
 * A position in a text document, LSP-shaped: 0-based line and UTF-16 character.
 * Local type; swap for core's shared `TextEdit` types when they land.
 *
 * @example
 * const p: TextPosition = { line: 0, character: 4 };
 */
export interface TextPosition {
  /** 0-based line. */
  readonly line: number;
  /** 0-based UTF-16 offset within the line. */
  readonly character: number;
}

/**
 * An LSP-shaped text edit: replace `range` (end exclusive) with `newText`.
 *
 * @example
 * const e: TextEdit = { range: { start: { line: 2, character: 11 }, end: { line: 2, character: 16 } }, newText: "nginx:1.27" };
 */
export interface TextEdit {
  /** The replaced range. */
  readonly range: { readonly start: TextPosition; readonly end: TextPosition };
  /** The text put in its place. */
  readonly newText: string;
}

/**
 * An edit by UTF-16 offsets (end exclusive), the form the edit functions compute.
 *
 * @example
 * const e: OffsetEdit = { start: 10, end: 15, newText: "nginx" };
 */
export interface OffsetEdit {
  /** Start offset. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** Replacement. */
  readonly newText: string;
}

/**
 * What every edit operation returns: the new text, the edits that turn the old text into it, and
 * diagnostics (an operation that cannot apply returns the text unchanged, no edits and an error).
 *
 * @example
 * const changed = (r: EditResult): boolean => r.edits.length > 0;
 */
export interface EditResult {
  /** The edited text. */
  readonly text: string;
  /** Minimal LSP-shaped edits against the old text, in document order. */
  readonly edits: readonly TextEdit[];
  /** Why the edit could not be made, or facts about it. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Edits in document order; insertions at one offset keep the order they were made in. */
function sortEdits(edits: readonly OffsetEdit[]): OffsetEdit[] {
  return edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i)
    .map((x) => x.e);
}

/**
 * Applies offset edits to a text (they must not overlap; insertions at one offset apply in the
 * order given).
 *
 * @example
 * applyOffsetEdits("image: a", [{ start: 7, end: 8, newText: "b" }]); // "image: b"
 */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  let out = "";
  let at = 0;
  for (const e of sortEdits(edits)) {
    if (e.start < at) throw new Error(`overlapping edits at offset ${e.start}`);
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * The 0-based line and character of an offset.
 *
 * @example
 * positionAt("a\nbc", 3); // { line: 1, character: 1 }
 */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/**
 * Turns offset edits into LSP-shaped edits against `text`, in document order, dropping no-ops.
 *
 * @example
 * toTextEdits("image: a", [{ start: 7, end: 8, newText: "b" }]);
 */
export function toTextEdits(text: string, edits: readonly OffsetEdit[]): TextEdit[] {
  const starts = lineStarts(text);
  const at = (offset: number): TextPosition => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - (starts[lo] as number) };
  };
  return sortEdits(edits)
    .filter((e) => e.start !== e.end || e.newText !== "")
    .filter((e) => text.slice(e.start, e.end) !== e.newText)
    .map((e) => ({ range: { start: at(e.start), end: at(e.end) }, newText: e.newText }));
}

/**
 * Applies LSP-shaped edits to a text (what an editor does with an {@link EditResult}).
 *
 * @example
 * applyTextEdits(oldText, result.edits) === result.text; // true
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = lineStarts(text);
  const offset = (p: TextPosition): number => (starts[p.line] ?? text.length) + p.character;
  return applyOffsetEdits(
    text,
    edits.map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText })),
  );
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
