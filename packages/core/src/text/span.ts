/**
 * A half-open range of UTF-16 code-unit offsets into the source text.
 *
 * @example
 * const span: Span = { start: 0, end: 7 }; // "version"
 */
export interface Span {
  /** Offset of the first code unit (inclusive). */
  readonly start: number;
  /** Offset after the last code unit (exclusive). */
  readonly end: number;
}

/**
 * Builds a span, clamping `end` so that it is never before `start`.
 *
 * @example
 * span(3, 1); // { start: 3, end: 3 }
 */
export function span(start: number, end: number): Span {
  return { start, end: end < start ? start : end };
}
