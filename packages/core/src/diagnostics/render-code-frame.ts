import type { LineCounter } from "../text/line-counter.js";
import type { Span } from "../text/span.js";
import { displayCells, displayColumn } from "./display-cells.js";
import type { DisplayCell } from "./display-cells.js";

/**
 * How {@link renderCodeFrame} lays out a frame.
 *
 * @example
 * const options: CodeFrameOptions = { contextLines: 1, tabWidth: 4, maxWidth: 100, paint: (_, s) => s };
 */
export interface CodeFrameOptions {
  /** Lines shown before and after the span. */
  readonly contextLines: number;
  /** Tab stops, in columns. */
  readonly tabWidth: number;
  /** Most source columns shown per line; longer lines are trimmed around the span with `…`. */
  readonly maxWidth: number;
  /** Colours a part of the frame (`gutter` or `marker`); identity when colour is off. */
  readonly paint: (part: "gutter" | "marker", text: string) => string;
}

/** Spans covering more lines than this show their first and last lines around a `⋮` gap. */
const MAX_SPAN_LINES = 6;

/**
 * A line of the frame: its number, its cells and the underlined display columns (if any). A plain
 * line (see {@link isPlain}) has no cells: each of its UTF-16 units is one column, printed as is.
 */
interface FrameLine {
  readonly line: number;
  readonly raw: string;
  readonly cells: readonly DisplayCell[] | undefined;
  readonly width: number;
  readonly underline?: { readonly from: number; readonly to: number };
  /** `true` for a line of the span that has no carets (a middle line of a multi-line span). */
  readonly inSpan?: boolean;
}

/** The text of 1-based `line`, without its line break. */
function lineText(text: string, lc: LineCounter, line: number): string {
  const start = lc.lineStarts[line - 1] ?? text.length;
  const next = lc.lineStarts[line];
  if (next === undefined) return text.slice(start);
  let end = next - 1;
  if (end > start && text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
  return text.slice(start, end);
}

/** Lines longer than this many UTF-16 units (times the frame width) are cut before measuring. */
const WINDOW_FACTOR = 4;

/** UTF-16 length of the leading blanks of `line` (without copying it). */
function leadingSpace(line: string): number {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  return i;
}

/**
 * The display cells of a line, measured only near `anchor` (a UTF-16 offset in the line) when the
 * line is much wider than the frame: the hidden start and end become one blank cell each (one
 * column per code unit), so a frame costs O(frame width), not O(line length), and a 1 MiB line
 * with many diagnostics renders in linear time (issue 12, item 4).
 */
function windowCells(raw: string, anchor: number, options: CodeFrameOptions): DisplayCell[] {
  const span = options.maxWidth * WINDOW_FACTOR;
  if (raw.length <= span) return displayCells(raw, options.tabWidth);
  let from = Math.max(0, Math.min(raw.length, anchor) - options.maxWidth * 2);
  const low = raw.charCodeAt(from);
  if (from > 0 && low >= 0xdc00 && low <= 0xdfff) from++;
  let to = Math.min(raw.length, from + span);
  const high = raw.charCodeAt(to - 1);
  if (to < raw.length && high >= 0xd800 && high <= 0xdbff) to++;
  const cells: DisplayCell[] = [];
  if (from > 0) cells.push({ text: "", width: from, offset: 0, units: from });
  for (const c of displayCells(raw.slice(from, to), options.tabWidth)) cells.push({ ...c, offset: c.offset + from });
  if (to < raw.length) cells.push({ text: "", width: raw.length - to, offset: to, units: raw.length - to });
  return cells;
}

/**
 * Display cells of whole (short) lines, per line counter: a file with many diagnostics on the same
 * few lines measures each line once, not once per diagnostic. Held weakly by the line counter.
 */
const CELL_CACHE = new WeakMap<LineCounter, Map<string, DisplayCell[]>>();

/** The cells of line `n` (see {@link windowCells}); short lines come from {@link CELL_CACHE}. */
function lineCells(lc: LineCounter, n: number, raw: string, anchor: number, options: CodeFrameOptions): DisplayCell[] {
  if (raw.length > options.maxWidth * WINDOW_FACTOR) return windowCells(raw, anchor, options);
  let lines = CELL_CACHE.get(lc);
  if (lines === undefined) CELL_CACHE.set(lc, (lines = new Map()));
  const key = `${n}:${options.tabWidth}:${raw.length}`;
  let cells = lines.get(key);
  if (cells === undefined) {
    cells = displayCells(raw, options.tabWidth);
    if (lines.size < 4096) lines.set(key, cells);
  }
  return cells;
}

/** Printable ASCII only: the common line, whose cells would each be one column showing one unit. */
const PLAIN = /^[\x20-\x7e]*$/;

/** `true` for a short line of printable ASCII (see {@link FrameLine}); longer lines are windowed. */
function isPlain(raw: string, options: CodeFrameOptions): boolean {
  return !(raw.length > options.maxWidth * WINDOW_FACTOR) && PLAIN.test(raw);
}

/**
 * {@link displayColumn} of a plain line of `length` units: the first unit `i` with `i + 1 > offset`,
 * or `length` when there is none (NaN included).
 */
function plainColumn(offset: number, length: number): number {
  if (!(offset < length)) return length;
  return offset < 1 ? 0 : Math.floor(offset);
}

/**
 * What the cell loop of {@link renderCodeFrame} prints of a plain line: the units `i` (one column
 * each) with `left <= i` and `i + 1 <= right`. The bounds may be fractions (a windowed line beside
 * it measures its hidden start in units) or NaN (none then).
 */
function plainBody(raw: string, left: number, right: number): string {
  const from = Math.max(0, Math.ceil(left));
  const to = Math.min(raw.length, Math.floor(right));
  return from < to ? raw.slice(from, to) : "";
}

/** The lines to show (a `0` stands for the `⋮` gap of a long span). */
function pickLines(first: number, last: number, lineCount: number, context: number): number[] {
  const out: number[] = [];
  const from = Math.max(1, first - context);
  const to = Math.min(lineCount, last + context);
  for (let n = from; n <= to; n++) {
    const tooLong = last - first + 1 > MAX_SPAN_LINES;
    if (tooLong && n > first + 2 && n < last - 1) {
      if (out[out.length - 1] !== 0) out.push(0);
      continue;
    }
    out.push(n);
  }
  return out;
}

/**
 * Renders the source lines around `span` with line numbers, a `>` beside each line of the span and
 * carets under it. Empty spans get one caret; a span that ends at the start of a line does not
 * underline that line; long lines are cut to a window around the span's start.
 *
 * @example
 * const text = "a: 1\nb: [\n";
 * renderCodeFrame(text, createLineCounter(text), { start: 8, end: 9 }, { contextLines: 0, tabWidth: 4, maxWidth: 80, paint: (_, s) => s });
 * // ["> 2 | b: [", "    |    ^"]
 */
export function renderCodeFrame(text: string, lc: LineCounter, span: Span, options: CodeFrameOptions): string[] {
  const start = Math.max(0, Math.min(text.length, span.start));
  const end = Math.max(start, Math.min(text.length, span.end));
  const a = lc.positionAt(start);
  const b = lc.positionAt(end);
  const first = a.line;
  // An end at column 1 of a later line closes the span at the end of the previous line.
  const last = end > start && b.column === 1 && b.line > first ? b.line - 1 : b.line;
  // The empty "line" after a final line break is shown only when the span is on it.
  const lastStart = lc.lineStarts[lc.lineStarts.length - 1] ?? 0;
  const phantom = lc.lineStarts.length > 1 && lastStart === text.length;
  const lineCount = Math.max(last, lc.lineStarts.length - (phantom ? 1 : 0));

  const anchor = start - (lc.lineStarts[first - 1] ?? 0);
  const frame: (FrameLine | null)[] = pickLines(first, last, lineCount, options.contextLines).map((n) => {
    if (n === 0) return null;
    const raw = lineText(text, lc, n);
    const lineStart = lc.lineStarts[n - 1] ?? 0;
    const cells = isPlain(raw, options)
      ? undefined
      : lineCells(lc, n, raw, n === first ? anchor : n === last ? end - lineStart : anchor, options);
    const width = cells === undefined ? raw.length : cells.reduce((sum, c) => sum + c.width, 0);
    if (n < first || n > last) return { line: n, raw, cells, width };
    const from = n === first ? start - lineStart : leadingSpace(raw);
    const to = n === last ? Math.min(raw.length, end - lineStart) : raw.length;
    // Multi-line spans: carets under the first and last lines only; `>` marks the ones between.
    const middle = n !== first && n !== last;
    if (middle || (to <= from && first !== last)) return { line: n, raw, cells, width, inSpan: true };
    const fromColumn = cells === undefined ? plainColumn(from, raw.length) : displayColumn(cells, from);
    const toColumn = Math.max(
      fromColumn + 1,
      cells === undefined ? plainColumn(to, raw.length) : displayColumn(cells, to),
    );
    return { line: n, raw, cells, width, underline: { from: fromColumn, to: toColumn } };
  });

  const shown = frame.filter((f): f is FrameLine => f !== null);
  const widest = Math.max(0, ...shown.map((f) => Math.max(f.width, f.underline?.to ?? 0)));
  const focus = shown.find((f) => f.line === first)?.underline;
  let left = 0;
  if (widest > options.maxWidth && focus && focus.to > options.maxWidth) {
    left = Math.max(0, focus.from - Math.floor(options.maxWidth / 3));
  }
  const right = left + options.maxWidth;
  const trimmed = widest > options.maxWidth;
  const numberWidth = String(shown[shown.length - 1]?.line ?? 1).length;
  const gutter = (label: string): string => options.paint("gutter", `${label.padStart(numberWidth)} |`);

  const out: string[] = [];
  for (const f of frame) {
    if (f === null) {
      out.push(`  ${gutter("⋮")}`);
      continue;
    }
    let body = "";
    if (f.cells === undefined) {
      body = plainBody(f.raw, left, right);
    } else {
      let column = 0;
      for (const cell of f.cells) {
        if (column >= left && column + cell.width <= right) body += cell.text;
        else if (column < left && column + cell.width > left) body += " ".repeat(column + cell.width - left);
        column += cell.width;
      }
    }
    // With a window, every line with content gets `…` on the left: its start is hidden.
    const prefix = left > 0 ? (f.width > 0 ? "…" : " ") : "";
    const suffix = trimmed && f.width > right ? "…" : "";
    const marker = f.underline || f.inSpan === true ? options.paint("marker", ">") : " ";
    const line = `${marker} ${gutter(String(f.line))} ${prefix}${body}${suffix}`;
    // Ending in `…` or in printable ASCII other than a space, the line has nothing to trim (no copy).
    const lastUnit = body.charCodeAt(body.length - 1);
    out.push(suffix !== "" || (lastUnit > 32 && lastUnit < 127) ? line : line.trimEnd());
    if (f.underline) {
      const from = Math.max(f.underline.from, left);
      const to = Math.min(f.underline.to, right);
      if (to > from) {
        const pad = " ".repeat(prefix.length + Math.max(0, from - left));
        const carets = "^".repeat(Math.max(1, to - from));
        out.push(`  ${gutter("")} ${pad}${options.paint("marker", carets)}`);
      }
    }
  }
  return out;
}
