/**
 * One character of a source line as a terminal shows it: what to print, how many columns it
 * takes, and the UTF-16 offset (within the line) where it starts.
 *
 * @example
 * const cell: DisplayCell = { text: "a", width: 1, offset: 0, units: 1 };
 */
export interface DisplayCell {
  /** What to print: the character itself, spaces for a tab, a control picture for a control character. */
  readonly text: string;
  /** Terminal columns the cell takes (0, 1 or 2; a tab takes up to `tabWidth`). */
  readonly width: number;
  /** UTF-16 offset of the character within its line. */
  readonly offset: number;
  /** UTF-16 code units the character spans (2 for a surrogate pair). */
  readonly units: number;
}

/** Unicode format characters (`Cf`): bidi controls, zero-width characters, the byte-order mark. */
const FORMAT = /^\p{Cf}$/u;

/** Code points that take two terminal columns (East Asian wide/fullwidth, most emoji). */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f680, 0x1f6ff],
  [0x1f900, 0x1f9ff],
  [0x1fa70, 0x1faff],
  [0x20000, 0x3fffd],
];

/** Code points that take no column (combining marks, zero-width spaces and joiners, the BOM). */
const ZERO: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
];

const inRanges = (cp: number, ranges: readonly (readonly [number, number])[]): boolean =>
  ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

/**
 * Terminal columns a code point takes: 0 for combining and zero-width characters, 2 for wide
 * (CJK, emoji) characters, 1 otherwise. A deliberately small table, good enough for code frames.
 *
 * @example
 * codePointWidth(0x61);    // 1 ("a")
 * codePointWidth(0x1f600); // 2 (an emoji)
 */
export function codePointWidth(cp: number): number {
  if (cp < 0x300) return 1;
  if (inRanges(cp, ZERO)) return 0;
  return inRanges(cp, WIDE) ? 2 : 1;
}

/**
 * Splits one line (without its line break) into display cells: tabs expand to the next multiple
 * of `tabWidth`, astral characters (surrogate pairs) become one cell, control characters become
 * their Unicode control pictures (`␀`) so they never move the cursor, and C1 controls and format
 * characters (U+202E …) become visible `\\u202e` escapes.
 *
 * @example
 * displayCells("\ta", 4).map((c) => c.width); // [4, 1]
 */
export function displayCells(line: string, tabWidth: number): DisplayCell[] {
  const cells: DisplayCell[] = [];
  let column = 0;
  let i = 0;
  while (i < line.length) {
    const cp = line.codePointAt(i) ?? 0;
    const units = cp > 0xffff ? 2 : 1;
    let cell: DisplayCell;
    if (cp >= 0x20 && cp < 0x7f) {
      // Printable ASCII, the common case: one column, printed as is.
      cell = { text: line[i] ?? "", width: 1, offset: i, units: 1 };
    } else if (cp === 9) {
      const width = tabWidth - (column % tabWidth);
      cell = { text: " ".repeat(width), width, offset: i, units };
    } else if (cp < 0x20 || cp === 0x7f) {
      cell = { text: String.fromCodePoint(cp === 0x7f ? 0x2421 : 0x2400 + cp), width: 1, offset: i, units };
    } else if ((cp >= 0x80 && cp <= 0x9f) || (cp >= 0xad && FORMAT.test(String.fromCodePoint(cp)))) {
      // C1 controls and format characters (bidi overrides, zero-width joiners) are shown as
      // visible escapes, so a crafted file cannot reorder or hide the frame's text (issue 12, item 8).
      const text = cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, "0")}`;
      cell = { text, width: text.length, offset: i, units };
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      cell = { text: "\ufffd", width: 1, offset: i, units }; // a lone surrogate
    } else {
      const width = codePointWidth(cp);
      cell = { text: width === 0 && cp === 0xfeff ? "" : String.fromCodePoint(cp), width, offset: i, units };
    }
    cells.push(cell);
    column += cell.width;
    i += units;
  }
  return cells;
}

/**
 * The display column (0-based) at which the UTF-16 `offset` of a line starts. An offset inside a
 * surrogate pair maps to the start of its character; an offset past the end maps to the width.
 *
 * @example
 * displayColumn(displayCells("\ta", 4), 1); // 4
 */
export function displayColumn(cells: readonly DisplayCell[], offset: number): number {
  let column = 0;
  for (const cell of cells) {
    if (cell.offset + cell.units > offset) return column;
    column += cell.width;
  }
  return column;
}
