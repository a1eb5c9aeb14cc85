import {
  DOUBLE_QUOTED_HEX_DIGITS as HEX_DIGITS,
  DOUBLE_QUOTED_ESCAPES as SIMPLE_ESCAPES,
} from "./double-quoted-escapes.js";
import type { ScalarSourceMap, YamlScalar } from "./yaml-node.js";

/**
 * Length of the line break at `j`: 1 for `\n`, 2 for `\r\n`, else 0. A lone `\r` is not a
 * break here: YAML front ends keep it as text inside scalars (the `yaml` package's lexer splits
 * lines at `\n` only).
 */
function breakLength(text: string, j: number): number {
  const c = text.charCodeAt(j);
  if (c === 13) return text.charCodeAt(j + 1) === 10 ? 2 : 0;
  return c === 10 ? 1 : 0;
}

/** The decoded text of the escape at `j` (a `\`) and its source width, or `undefined`. */
function readEscape(
  text: string,
  j: number,
  end: number,
): { readonly decoded: string; readonly width: number } | undefined {
  const letter = text.charAt(j + 1);
  const simple = SIMPLE_ESCAPES[letter];
  if (simple !== undefined) return { decoded: simple, width: 2 };
  const digits = HEX_DIGITS[letter];
  if (digits === undefined || j + 2 + digits > end) return undefined;
  const hex = text.slice(j + 2, j + 2 + digits);
  if (!/^[0-9a-fA-F]+$/.test(hex)) return undefined;
  const code = Number.parseInt(hex, 16);
  if (code > 0x10ffff) return undefined;
  return { decoded: String.fromCodePoint(code), width: 2 + digits };
}

/**
 * The line folding of a flow scalar from the line break at `k`: the offsets of its line breaks
 * (blank lines included) and where the next line's text starts.
 */
function readFold(text: string, k: number, end: number): { readonly breaks: readonly number[]; readonly end: number } {
  const breaks: number[] = [];
  let j = k;
  while (j < end) {
    const n = breakLength(text, j);
    if (n === 0) break;
    breaks.push(j);
    j += n;
    while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  }
  return { breaks, end: j };
}

/** Where the decoded characters come from: `[start, end)` of the source and the block indent. */
interface Content {
  readonly start: number;
  readonly end: number;
  /** Columns of indentation stripped from each line (block scalars), else -1. */
  readonly indent: number;
}

function leadingSpaces(s: string, from: number, to: number): number {
  let k = from;
  while (k < to && s.charCodeAt(k) === 32) k++;
  return k - from;
}

/** The indentation of a block scalar's content: the source's first text line minus the text's. */
function blockIndent(text: string, start: number, end: number, decoded: string): number {
  let j = start;
  while (j < end) {
    let lineEnd = j;
    while (lineEnd < end && breakLength(text, lineEnd) === 0) lineEnd++;
    const spaces = leadingSpaces(text, j, lineEnd);
    if (j + spaces < lineEnd) {
      let d = 0;
      while (d < decoded.length) {
        let e = decoded.indexOf("\n", d);
        if (e < 0) e = decoded.length;
        const inDecoded = leadingSpaces(decoded, d, e);
        if (d + inDecoded < e) return Math.max(0, spaces - inDecoded);
        d = e + 1;
      }
      return spaces;
    }
    j = lineEnd + Math.max(1, breakLength(text, lineEnd));
  }
  return 0;
}

function contentOf(text: string, scalar: YamlScalar): Content {
  const { start, end } = scalar.span;
  if (scalar.style === "plain") return { start, end, indent: -1 };
  if (scalar.style === "single-quoted" || scalar.style === "double-quoted") {
    const quote = text.charCodeAt(start);
    const closed = end - start >= 2 && text.charCodeAt(end - 1) === quote;
    return { start: Math.min(end, start + 1), end: closed ? end - 1 : end, indent: -1 };
  }
  // Block scalar: the content starts on the line after the `|` / `>` header.
  let j = start;
  while (j < end && breakLength(text, j) === 0) j++;
  j += breakLength(text, j);
  const from = Math.min(j, end);
  return { start: from, end, indent: blockIndent(text, from, end, scalar.text) };
}

/**
 * Computes the {@link ScalarSourceMap} of a scalar from the source text, its span, style and
 * decoded text, by walking the decoded text and the source together: escapes, `''`, folded line
 * breaks, `\r\n`, block indentation and dropped whitespace each start a new run. Front-end
 * neutral (any front end that sets `span`, `style` and `text` may call it); linear in the
 * scalar's source. `undefined` when the text decodes one to one from the content start (no map
 * needed). When the text does not line up with the source (an error the front end recovered
 * from), one coarse run maps the whole text onto the whole content.
 *
 * @example
 * buildScalarSourceMap('a: "x\\ty"', { kind: "scalar", span: { start: 3, end: 9 }, text: "x\ty", value: "x\ty", style: "double-quoted" });
 * // [0, 4, 1, 1, 5, 2, 2, 7, 1]
 */
export function buildScalarSourceMap(text: string, scalar: YamlScalar): ScalarSourceMap | undefined {
  const decoded = scalar.text;
  const content = contentOf(text, scalar);
  if (content.indent < 0 && text.slice(content.start, content.end) === decoded) return undefined;
  const runs: number[] = [];
  let oneToOne = false;
  const copy = (i: number, j: number): void => {
    const last = runs.length - 3;
    if (
      oneToOne &&
      last >= 0 &&
      (runs[last] ?? 0) + (runs[last + 2] ?? 0) === i &&
      (runs[last + 1] ?? 0) + (runs[last + 2] ?? 0) === j
    ) {
      runs[last + 2] = (runs[last + 2] ?? 0) + 1;
      return;
    }
    runs.push(i, j, 1);
    oneToOne = true;
  };
  const replace = (i: number, j: number, width: number): void => {
    runs.push(i, j, width);
    oneToOne = false;
  };
  const { end, indent } = content;
  const block = indent >= 0;
  const double = scalar.style === "double-quoted";
  const single = scalar.style === "single-quoted";
  let i = 0;
  let j = content.start;
  let lineStart = block;
  while (i < decoded.length) {
    if (j >= end) {
      replace(i, end, 0); // e.g. the final line break a block scalar keeps
      break;
    }
    if (lineStart) {
      let k = 0;
      while (k < indent && j < end && text.charCodeAt(j) === 32) [j, k] = [j + 1, k + 1];
      lineStart = false;
      continue;
    }
    const c = text.charCodeAt(j);
    const dc = decoded.charCodeAt(i);
    if (double && c === 92 /* \ */) {
      const continued = breakLength(text, j + 1);
      if (continued > 0) {
        j += 1 + continued;
        while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
        continue;
      }
      const escape = readEscape(text, j, end);
      if (escape === undefined || !decoded.startsWith(escape.decoded, i))
        return [0, content.start, content.end - content.start];
      replace(i, j, escape.width);
      i += escape.decoded.length;
      j += escape.width;
      continue;
    }
    if (single && c === 39 && dc === 39 && text.charCodeAt(j + 1) === 39) {
      replace(i, j, 2);
      i++;
      j += 2;
      continue;
    }
    if (!block && (c === 32 || c === 9 || breakLength(text, j) > 0)) {
      // A run of blanks in a flow scalar: kept as it is, or (before a line break) a fold.
      let k = j;
      while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      if (k >= end || breakLength(text, k) === 0) {
        if (k >= end && i + (k - j) > decoded.length) return [0, content.start, content.end - content.start];
        for (; j < k; j++, i++) {
          if (decoded.charCodeAt(i) !== text.charCodeAt(j)) return [0, content.start, content.end - content.start];
          copy(i, j);
        }
        continue;
      }
      const fold = readFold(text, k, end);
      if (fold.breaks.length === 1) {
        if (dc !== 32) return [0, content.start, content.end - content.start];
        const first = fold.breaks[0] ?? k;
        replace(i, first, breakLength(text, first));
        i++;
      } else {
        for (let b = 1; b < fold.breaks.length; b++, i++) {
          if (decoded.charCodeAt(i) !== 10) return [0, content.start, content.end - content.start];
          const at = fold.breaks[b] ?? k;
          replace(i, at, breakLength(text, at));
        }
      }
      j = fold.end;
      continue;
    }
    const lineBreak = breakLength(text, j);
    if (c === dc && lineBreak !== 2) {
      copy(i, j);
      i++;
      j++;
      if (block && lineBreak > 0) lineStart = true;
      continue;
    }
    if (lineBreak > 0 && (dc === 10 || dc === 32)) {
      // `\r\n` read as `\n`, or a line break folded into a space.
      replace(i, j, lineBreak);
      i++;
      j += lineBreak;
      lineStart = block;
      continue;
    }
    if (lineBreak > 0 || c === 32 || c === 9 || c === 13 || (single && c === 39)) {
      j += Math.max(1, lineBreak);
      if (lineBreak > 0) lineStart = block;
      continue;
    }
    return [0, content.start, content.end - content.start];
  }
  if (runs.length === 3 && oneToOne && runs[0] === 0 && runs[2] === decoded.length && !block) {
    const defaultStart = single || double ? scalar.span.start + 1 : scalar.span.start;
    if (runs[1] === defaultStart) return undefined;
  }
  return runs;
}
