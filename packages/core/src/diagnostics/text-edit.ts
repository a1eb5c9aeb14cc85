import type { LineCounter } from "../text/line-counter.js";

/**
 * A machine-applicable change of the source text, shaped like LSP's `TextEdit` but with UTF-16
 * offsets (end exclusive) instead of line/character pairs; {@link toLspTextEdit} converts it.
 * An insertion has `start === end`; a deletion has `newText: ""`.
 *
 * @example
 * const rename: TextEdit = { range: { start: 40, end: 45 }, newText: "image" };
 */
export interface TextEdit {
  /** The replaced text, as UTF-16 offsets into the source (end exclusive). */
  readonly range: { readonly start: number; readonly end: number };
  /** What replaces it. */
  readonly newText: string;
}

/**
 * An LSP `TextEdit`: 0-based line and UTF-16 character positions.
 *
 * @example
 * const e: LspTextEdit = { range: { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } }, newText: "image" };
 */
export interface LspTextEdit {
  /** 0-based start and end positions. */
  readonly range: {
    readonly start: { readonly line: number; readonly character: number };
    readonly end: { readonly line: number; readonly character: number };
  };
  /** What replaces the range. */
  readonly newText: string;
}

/**
 * Converts a {@link TextEdit} to LSP's line/character form through the text's line counter.
 *
 * @example
 * const { lineCounter } = parse("a: 1\nimgae: x\n");
 * toLspTextEdit({ range: { start: 5, end: 10 }, newText: "image" }, lineCounter);
 * // { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } }, newText: "image" }
 */
export function toLspTextEdit(edit: TextEdit, lineCounter: LineCounter): LspTextEdit {
  const at = (offset: number) => {
    const p = lineCounter.positionAt(offset);
    return { line: p.line - 1, character: p.column - 1 };
  };
  return { range: { start: at(edit.range.start), end: at(edit.range.end) }, newText: edit.newText };
}

/**
 * Applies non-overlapping edits to a text (in any order; they are sorted by offset). Throws on
 * overlapping edits (a programmer error).
 *
 * @example
 * applyTextEdits("imgae: x", [{ range: { start: 0, end: 5 }, newText: "image" }]); // "image: x"
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let out = "";
  let at = 0;
  for (const edit of sorted) {
    if (edit.range.start < at) throw new Error("applyTextEdits: overlapping edits");
    out += text.slice(at, edit.range.start) + edit.newText;
    at = edit.range.end;
  }
  return out + text.slice(at);
}
