import { isDocumentMarker, tooManyTokens } from "./cursor.js";
import type { Cursor, Recovered } from "./cursor.js";
import { tabIndentation, tolerating } from "./read-error.js";
import { addRun, finishRuns } from "./source-runs.js";

/** `true` when `ch` ends a plain scalar in flow context (yaml.v3 also stops at `?`). */
function endsInFlow(ch: number): boolean {
  return ch === 44 || ch === 63 || ch === 91 || ch === 93 || ch === 123 || ch === 125;
}

/**
 * `true` when error recovery ends a plain scalar at `lineStart`: the scalar is a key an earlier
 * reading found missing its `:` (it ends at its first line), or the line is read as an entry.
 */
function recoveredStop(c: Cursor, start: number, lineStart: number): boolean {
  const recovered = c.recovered as Recovered;
  return recovered.keys.has(start) || recovered.entries.has(lineStart);
}

/**
 * Reads a plain scalar starting at the cursor, the way yaml.v3's scanner does
 * (`yaml_parser_scan_plain_scalar`): it stops before `: `, before ` #`, at a document marker, in
 * flow context before `,?[]{}`, and at a line indented less than `minColumn` (block context; in
 * flow context `minColumn` only bounds where a tab may indent a continuation line). Line
 * breaks fold to a space, empty lines to `\n`. The cursor is left just after the last character
 * of the scalar (trailing blanks and breaks are not consumed). Returns the decoded text; the end,
 * whether it spans lines and the source map are left in `c.scalarEnd`, `c.scalarMultiline` and
 * `c.scalarMap`.
 *
 * @example
 * const text = readPlain(c, 1, false); // "two words" for `two\n  words`
 */
export function readPlain(c: Cursor, minColumn: number, flow: boolean): string {
  const { text, len } = c;
  const start = c.pos;
  let p = start;
  let out = "";
  let runs: number[] | undefined;
  let end = start;
  let endLineStart = c.lineStart;
  let lineStart = c.lineStart;
  let multiline = false;
  let wsStart = -1;
  let wsEnd = -1;
  let leadingBreak = -1;
  let leadingBreakLength = 0;
  let trailing: number[] | undefined;
  /** Line breaks read after `end` (by the scan for a continuation line). */
  let breaks = 0;
  for (;;) {
    const first = p < len ? text.charCodeAt(p) : Number.NaN;
    if (first === 35) break;
    if (p === lineStart && (first === 45 || first === 46) && isDocumentMarker(text, p)) break;
    const segment = p;
    for (;;) {
      const ch = p < len ? text.charCodeAt(p) : Number.NaN;
      // Letters and most text (above `:`) go on without a closer look; past the end `ch` is NaN.
      if (ch > 58) {
        if (flow && endsInFlow(ch)) break;
        p++;
        continue;
      }
      // (Helpers are spelt out in this loop: it runs per character, often before the engine optimises
      // it; `!(ch >= 0)` is the end of the text, where `ch` is NaN.)
      if (ch === 32 || ch === 10 || ch === 9 || ch === 13 || !(ch >= 0)) break;
      if (ch === 58) {
        const next = p + 1 < len ? text.charCodeAt(p + 1) : Number.NaN;
        if (next === 32 || next === 10 || next === 9 || next === 13 || !(next >= 0)) break;
      }
      if (flow && ch === 44) break;
      p++;
    }
    if (p > segment) {
      if (leadingBreak >= 0) {
        multiline = true;
        if (runs === undefined) {
          // Up to here the scalar is a plain copy of its first line.
          out = text.slice(start, end);
          runs = [0, start, out.length];
        }
        if (trailing === undefined) {
          addRun(runs, out.length, leadingBreak, leadingBreakLength, leadingBreakLength === 1);
          out += " ";
        } else {
          for (let i = 0; i < trailing.length; i += 2) {
            const n = trailing[i + 1] as number;
            addRun(runs, out.length, trailing[i] as number, n, n === 1);
            out += "\n";
          }
        }
        leadingBreak = -1;
        trailing = undefined;
      } else if (wsEnd > wsStart && runs) {
        out += text.slice(wsStart, wsEnd);
        addRun(runs, out.length - (wsEnd - wsStart), wsStart, wsEnd - wsStart, true);
      }
      if (runs) {
        out += text.slice(segment, p);
        addRun(runs, out.length - (p - segment), segment, p - segment, true);
      }
      end = p;
      endLineStart = lineStart;
      breaks = 0;
    }
    wsStart = -1;
    wsEnd = -1;
    let ch = p < len ? text.charCodeAt(p) : Number.NaN;
    if (!(ch === 32 || ch === 9 || ch === 10 || ch === 13)) break;
    while (ch === 32 || ch === 9 || ch === 10 || ch === 13) {
      if (ch === 32 && leadingBreak >= 0) {
        // Indentation of a line after a break.
        do p++;
        while (p < len && text.charCodeAt(p) === 32);
        ch = p < len ? text.charCodeAt(p) : Number.NaN;
        continue;
      }
      if (ch === 32 || ch === 9) {
        if (leadingBreak >= 0 && ch === 9 && p - lineStart < minColumn && c.recovered?.tabs.has(lineStart) !== true) {
          throw tolerating(tabIndentation(c, p), { kind: "tab", at: lineStart });
        }
        if (leadingBreak < 0) {
          if (wsStart < 0) wsStart = p;
          wsEnd = p + 1;
        }
        p++;
      } else {
        const n = ch === 13 && text.charCodeAt(p + 1) === 10 ? 2 : 1;
        if (leadingBreak < 0) {
          wsStart = -1;
          wsEnd = -1;
          leadingBreak = p;
          leadingBreakLength = n;
        } else {
          (trailing ??= []).push(p, n);
        }
        p += n;
        lineStart = p;
        breaks++;
        if (++c.tokens > c.tokenLimit) tooManyTokens(c);
      }
      ch = p < len ? text.charCodeAt(p) : Number.NaN;
    }
    // A key an earlier reading found missing its `:` ends at its line, and a value before a line
    // read as an entry (error recovery).
    if (
      !flow &&
      (p - lineStart < minColumn || (breaks > 0 && c.recovered !== undefined && recoveredStop(c, start, lineStart)))
    )
      break;
    if (flow && p >= len) break;
  }
  c.plainScanEnd = p;
  c.plainEnd = end;
  c.plainScanBreaks = breaks;
  c.plainScanLineStart = lineStart;
  c.pos = end;
  c.lineStart = endLineStart;
  if (++c.tokens > c.tokenLimit) tooManyTokens(c);
  c.scalarEnd = end;
  c.scalarMultiline = multiline;
  if (runs === undefined) {
    c.scalarMap = undefined;
    return text.slice(start, end);
  }
  c.scalarMap = finishRuns(runs, start, out.length);
  return out;
}
