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
 * Returns a {@link LineCounter} for `text`. The text is scanned for line breaks once, when the
 * counter is first used (most parses never ask for a line), so creating one costs nothing.
 *
 * @example
 * createLineCounter("x\ny").positionAt(2); // { line: 2, column: 1 }
 */
export function createLineCounter(text: string): LineCounter {
  let starts: number[] | undefined;
  const lines = (): number[] => (starts ??= scanLineStarts(text));
  const length = text.length;
  const lineEnd = (index: number): number => {
    const next = lines()[index + 1];
    if (next === undefined) return length;
    let end = next - 1;
    if (end > 0 && text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
    return end;
  };
  return {
    get lineStarts(): readonly number[] {
      return lines();
    },
    positionAt(offset: number): Position {
      const lineStarts = lines();
      let o = Number.isNaN(offset) ? 0 : Math.max(0, Math.min(length, Math.floor(offset)));
      if (o > 0 && text.charCodeAt(o) === 10 && text.charCodeAt(o - 1) === 13) o--;
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((lineStarts[mid] ?? 0) <= o) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: o - (lineStarts[lo] ?? 0) + 1 };
    },
    offsetAt(position: Position): number {
      const lineStarts = lines();
      const line = Number.isNaN(position.line) ? 1 : Math.floor(position.line);
      const column = Number.isNaN(position.column) ? 1 : Math.floor(position.column);
      const index = Math.max(0, Math.min(lineStarts.length - 1, line - 1));
      const start = lineStarts[index] ?? 0;
      return Math.min(lineEnd(index), start + Math.max(0, column - 1));
    },
  };
}
