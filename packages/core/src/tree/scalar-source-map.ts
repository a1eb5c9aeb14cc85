import type { Span } from "../text/span.js";
import type { YamlScalar } from "./yaml-node.js";

/**
 * The source offset of the first character of a scalar's decoded text when it has no
 * {@link ScalarSourceMap}: after the opening quote for quoted scalars, else the span's start.
 *
 * @example
 * scalarContentStart(scalar); // span.start + 1 for `"100m"`
 */
export function scalarContentStart(scalar: YamlScalar): number {
  const quoted = scalar.style === "single-quoted" || scalar.style === "double-quoted";
  return quoted && scalar.span.end > scalar.span.start ? scalar.span.start + 1 : scalar.span.start;
}

/** The index of the last run of `map` whose decoded start is `<= index` (binary search). */
function runAt(map: readonly number[], index: number): number {
  let lo = 0;
  let hi = Math.floor(map.length / 3) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((map[3 * mid] ?? 0) <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Source start and end of the decoded character `index` (`0 <= index < text.length`). */
function charExtent(scalar: YamlScalar, index: number): readonly [number, number] {
  const map = scalar.sourceMap;
  if (map === undefined || map.length < 3) {
    const at = scalarContentStart(scalar) + index;
    return [at, at + 1];
  }
  const k = runAt(map, index);
  const d = map[3 * k] ?? 0;
  const s = map[3 * k + 1] ?? scalar.span.start;
  const n = map[3 * k + 2] ?? 0;
  const next = map[3 * k + 3] ?? scalar.text.length;
  if (next - d === n) return [s + (index - d), s + (index - d) + 1];
  return [s, s + n];
}

function clampIndex(index: number, length: number): number {
  return Number.isNaN(index) ? 0 : Math.max(0, Math.min(length, Math.floor(index)));
}

function clampToSpan(scalar: YamlScalar, offset: number): number {
  return Math.max(scalar.span.start, Math.min(scalar.span.end, offset));
}

/**
 * The source offset of the character at `decodedIndex` of `scalar.text`; for
 * `decodedIndex === text.length`, the offset just past the source of the last character. Uses
 * the scalar's {@link ScalarSourceMap} when it has one; the result is always inside the scalar's
 * span. Out-of-range and non-finite indexes are clamped into `0..text.length`.
 *
 * @example
 * // `run: |\n  echo $X\n` — the `$` is text index 5, at source offset 14:
 * sourceOffsetOf(scalar, 5); // 14
 */
export function sourceOffsetOf(scalar: YamlScalar, decodedIndex: number): number {
  const length = scalar.text.length;
  const index = clampIndex(decodedIndex, length);
  if (length === 0) return clampToSpan(scalar, scalarContentStart(scalar));
  if (index === length) return clampToSpan(scalar, charExtent(scalar, length - 1)[1]);
  return clampToSpan(scalar, charExtent(scalar, index)[0]);
}

/**
 * The source span of the decoded range `start..end` of `scalar.text` (end exclusive): from the
 * source of its first character to the end of the source of its last one, so an escape or a
 * `\r\n` is covered whole and skipped indentation after the range is not. An empty range gives
 * an empty span at the source of `start`. Use it to point a diagnostic found in a scalar's text
 * at what the user wrote.
 *
 * @example
 * // `image: "nginx:\\u0031.27"` — the tag `1.27` is text 6..10:
 * sourceSpanOf(scalar, 6, 10); // covers `\u0031.27` in the source
 */
export function sourceSpanOf(scalar: YamlScalar, start: number, end: number): Span {
  const length = scalar.text.length;
  const from = clampIndex(start, length);
  const to = clampIndex(end, length);
  const begin = sourceOffsetOf(scalar, from);
  if (to <= from) return { start: begin, end: begin };
  return { start: begin, end: Math.max(begin, clampToSpan(scalar, charExtent(scalar, to - 1)[1])) };
}
