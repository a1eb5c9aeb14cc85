import type { Diagnostic, LspTextEdit } from "@akash-sdl/core";

/** A 0-based line and UTF-16 character (LSP `Position`). */
type TextPosition = LspTextEdit["range"]["start"];

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
  readonly edits: readonly LspTextEdit[];
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
 * Whether two of the edits overlap (so that {@link applyOffsetEdits} would refuse them).
 *
 * @example
 * editsOverlap([{ start: 0, end: 4, newText: "" }, { start: 2, end: 2, newText: "x" }]); // true
 */
export function editsOverlap(edits: readonly OffsetEdit[]): boolean {
  let at = 0;
  for (const e of sortEdits(edits)) {
    if (e.start < at) return true;
    at = e.end;
  }
  return false;
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
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/**
 * Turns offset edits into LSP-shaped edits (core's `LspTextEdit`) against `text`, in document order, dropping no-ops.
 *
 * @example
 * toTextEdits("image: a", [{ start: 7, end: 8, newText: "b" }]);
 */
export function toTextEdits(text: string, edits: readonly OffsetEdit[]): LspTextEdit[] {
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
 * Applies LSP-shaped edits to a text (what an editor does with an {@link EditResult}); core's
 * `applyTextEdits` takes offset edits instead.
 *
 * @example
 * applyLspTextEdits(oldText, result.edits) === result.text; // true
 */
export function applyLspTextEdits(text: string, edits: readonly LspTextEdit[]): string {
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
