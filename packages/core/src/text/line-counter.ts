/**
 * A 1-based line and column (columns count UTF-16 code units, like offsets).
 *
 * @example
 * const start: Position = { line: 1, column: 1 };
 */
export interface Position {
  /** 1-based line number. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units from the start of the line. */
  readonly column: number;
}

/**
 * Maps UTF-16 offsets to 1-based line/column positions. Lines end at `\n`, `\r\n` or a lone `\r`.
 * Offsets are the truth; lines and columns are for people.
 *
 * @example
 * const lc = createLineCounter("a: 1\r\nb: 2");
 * lc.positionAt(6); // { line: 2, column: 1 }
 */
export interface LineCounter {
  /** Offsets at which each line starts (the first is always 0). */
  readonly lineStarts: readonly number[];
  /**
   * The 1-based position of `offset`, clamped into `0..text.length` (NaN counts as 0, fractions
   * are floored). An offset between the `\r` and `\n` of a line break is read as the `\r`, so a
   * column never lies past its line's break.
   */
  positionAt(offset: number): Position;
  /** The offset of a 1-based position (clamped to the line's end; NaN counts as 1). */
  offsetAt(position: Position): number;
}

/** The offsets at which the lines of `text` start (the first is always 0). */
function scanLineStarts(text: string): number[] {
  const lineStarts: number[] = [0];
  if (text.indexOf("\r") === -1) {
    // Only `\n` breaks: the native search is much faster than a loop over the characters.
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
    return lineStarts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lineStarts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    }
  }
  return lineStarts;
}

/**
 * The {@link LineCounter} of {@link createLineCounter}: `lineStarts` is a getter that scans the
 * text on first use (an object literal with a getter is slow to create; a class is not);
 * `positionAt` and `offsetAt` are own arrow functions, so they work detached too; `toJSON`
 * writes `{ lineStarts }` as a plain object would.
 */
class LazyLineCounter implements LineCounter {
  readonly #text: string;
  #starts: number[] | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  get lineStarts(): readonly number[] {
    this.#starts ??= scanLineStarts(this.#text);
    return this.#starts;
  }

  readonly positionAt = (offset: number): Position => {
    const text = this.#text;
    const lineStarts = this.lineStarts;
    let o = Number.isNaN(offset) ? 0 : Math.max(0, Math.min(text.length, Math.floor(offset)));
    if (o > 0 && text.charCodeAt(o) === 10 && text.charCodeAt(o - 1) === 13) o--;
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (lineStarts[lo] ?? 0) + 1 };
  };

  readonly offsetAt = (position: Position): number => {
    const lineStarts = this.lineStarts;
    const line = Number.isNaN(position.line) ? 1 : Math.floor(position.line);
    const column = Number.isNaN(position.column) ? 1 : Math.floor(position.column);
    const index = Math.max(0, Math.min(lineStarts.length - 1, line - 1));
    const start = lineStarts[index] ?? 0;
    return Math.min(this.#lineEnd(index), start + Math.max(0, column - 1));
  };

  /** The offset where line `index` (0-based) ends, before its break. */
  #lineEnd(index: number): number {
    const text = this.#text;
    const next = this.lineStarts[index + 1];
    if (next === undefined) return text.length;
    let end = next - 1;
    if (end > 0 && text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  toJSON(): { lineStarts: readonly number[] } {
    return { lineStarts: this.lineStarts };
  }
}

/**
 * Returns a {@link LineCounter} for `text`. The text is scanned for line breaks once, when the
 * counter is first used (most parses never ask for a line), so creating one costs nothing.
 *
 * @example
 * createLineCounter("x\ny").positionAt(2); // { line: 2, column: 1 }
 */
export function createLineCounter(text: string): LineCounter {
  return new LazyLineCounter(text);
}
