import type { Span } from "./span.js";

/** `true` when `offset` lies between the `\r` and the `\n` of a `\r\n` line break. */
function insideCrlf(text: string, offset: number): boolean {
  return offset > 0 && text.charCodeAt(offset) === 10 && text.charCodeAt(offset - 1) === 13;
}

/** `offset` as a whole number inside `0..text.length`, moved off the middle of a `\r\n`. */
function clampOffset(offset: number, text: string): number {
  const o = Number.isNaN(offset) ? 0 : Math.max(0, Math.min(text.length, Math.floor(offset)));
  return insideCrlf(text, o) ? o - 1 : o;
}

/**
 * Clamps a span to the text and to whole line breaks: a start or end between the `\r` and `\n` of
 * a `\r\n` moves back onto the `\r` (so the break is left out, and the end column stays on its
 * line); offsets are made whole numbers inside `0..text.length`, and the end is never before the
 * start. Returns the very same object when nothing changes.
 *
 * @example
 * clampSpanToBreaks({ start: 2, end: 4 }, "a\r\nb"); // { start: 1, end: 4 }
 */
export function clampSpanToBreaks(span: Span, text: string): Span {
  const start = clampOffset(span.start, text);
  const end = Math.max(start, clampOffset(span.end, text));
  return start === span.start && end === span.end ? span : { start, end };
}
