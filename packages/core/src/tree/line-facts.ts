import { createLineCounter } from "../text/line-counter.js";
import type { LineCounter } from "../text/line-counter.js";
import type { Span } from "../text/span.js";

/**
 * Per-line facts of one text, each computed at most once per line: where a line starts and
 * ends, where its indentation ends, the tabs in its indentation and its content. Diagnostics
 * ask these questions again and again about the same few lines; answering from a cache keeps
 * the work linear in the text even when one long line holds thousands of errors.
 *
 * @example
 * const facts: LineFacts = createLineFacts(text);
 */
export interface LineFacts {
  /** The line counter of the text (lines end at `\n`, `\r\n` or a lone `\r`). */
  readonly lines: LineCounter;
  /** The 0-based index of the line holding `offset`. */
  lineOf(offset: number): number;
  /** Offset of the first character of line `index`. */
  lineStart(index: number): number;
  /** Offset just past the last character of line `index`, before its line break. */
  lineEnd(index: number): number;
  /** Offset of the first character of line `index` that is not a space or a tab (or its end). */
  indentEnd(index: number): number;
  /** The span from the first to the last tab in the indentation of line `index`, if any. */
  leadingTabs(index: number): Span | undefined;
  /** From the first to the last non-blank character of line `index`; the whole line when blank. */
  contentSpan(index: number): Span;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * The span from the first to the last tab in the indentation (spaces and tabs) of the line that
 * starts at `start`, if any.
 *
 * @example
 * leadingTabsFrom("a:\n\t b: 1\n", 3); // { start: 3, end: 4 }
 */
export function leadingTabsFrom(text: string, start: number): Span | undefined {
  let first = -1;
  let last = -1;
  for (let i = start; ; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) {
      if (first < 0) first = i;
      last = i + 1;
    } else if (c !== 32) break;
  }
  return first < 0 ? undefined : { start: first, end: last };
}

/**
 * Creates the {@link LineFacts} of `text`, reusing `lines` when the caller has one; otherwise the
 * text is scanned for line breaks on the first question (most texts never ask one).
 *
 * @example
 * const facts = createLineFacts("a:\n\t b: 1\n");
 * facts.leadingTabs(1); // { start: 3, end: 4 }
 */
export function createLineFacts(text: string, lines?: LineCounter): LineFacts {
  let counter = lines;
  const counted = (): LineCounter => (counter ??= createLineCounter(text));
  const indents = new Map<number, number>();
  const tabs = new Map<number, Span | undefined>();
  const contents = new Map<number, Span>();
  const lineStart = (index: number): number => counted().lineStarts[index] ?? text.length;
  const lineEnd = (index: number): number => {
    const next = counted().lineStarts[index + 1];
    if (next === undefined) return text.length;
    return text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  };
  const indentEnd = (index: number): number => {
    const known = indents.get(index);
    if (known !== undefined) return known;
    const end = lineEnd(index);
    let i = lineStart(index);
    while (i < end && isBlank(text.charCodeAt(i))) i++;
    indents.set(index, i);
    return i;
  };
  return {
    get lines() {
      return counted();
    },
    lineOf: (offset) => counted().positionAt(offset).line - 1,
    lineStart,
    lineEnd,
    indentEnd,
    leadingTabs(index) {
      if (tabs.has(index)) return tabs.get(index);
      const span = leadingTabsFrom(text, lineStart(index));
      tabs.set(index, span);
      return span;
    },
    contentSpan(index) {
      const known = contents.get(index);
      if (known !== undefined) return known;
      const start = indentEnd(index);
      let end = lineEnd(index);
      while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
      const span = start === end ? { start: lineStart(index), end: lineEnd(index) } : { start, end };
      contents.set(index, span);
      return span;
    },
  };
}
