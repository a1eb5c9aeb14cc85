import { countToken, isBlank, isBlankOrEnd, isBreak } from "./cursor.js";
import { syntaxError, tabIndentation } from "./read-error.js";
import type { Cursor } from "./cursor.js";
import { addRun, finishRuns } from "./source-runs.js";

/** Line breaks between content lines: `[offset, length, …]` pairs. */
type Breaks = number[];

/** What {@link scanBreaks} found: the content indentation and where the last break ended. */
interface BreakScan {
  indent: number;
  lineStart: number;
}

/**
 * yaml.v3's `yaml_parser_scan_block_scalar_breaks`: skips indentation (all of it while the
 * indentation is still unknown) and empty lines, collecting their breaks; fixes the indentation
 * from the longest leading blank line and the first content line.
 */
function scanBreaks(c: Cursor, scan: BreakScan, breaks: Breaks, parentIndent: number): number {
  const { text } = c;
  let p = c.pos;
  let maxIndent = 0;
  for (;;) {
    while ((scan.indent === 0 || p - scan.lineStart < scan.indent) && text.charCodeAt(p) === 32) p++;
    if (p - scan.lineStart > maxIndent) maxIndent = p - scan.lineStart;
    if ((scan.indent === 0 || p - scan.lineStart < scan.indent) && text.charCodeAt(p) === 9) {
      // yaml.v3 refuses any tab here (the `yaml` package reads one after more spaces than the
      // parent's indentation as content, `|\n  \tx`).
      throw tabIndentation(c, p);
    }
    const ch = text.charCodeAt(p);
    if (!isBreak(ch)) break;
    const n = ch === 13 && text.charCodeAt(p + 1) === 10 ? 2 : 1;
    breaks.push(p, n);
    p += n;
    scan.lineStart = p;
  }
  if (scan.indent === 0) scan.indent = Math.max(maxIndent, parentIndent + 1, 1);
  return p;
}

/**
 * `true` when the line at `lineStart` holds only spaces because error recovery blanked it: it ends
 * a block scalar (as its text, left of the scalar or broken, did) instead of adding spaces to it.
 */
function blankedLine(c: Cursor, lineStart: number): boolean {
  const { text } = c;
  let p = lineStart;
  while (text.charCodeAt(p) === 32) p++;
  if (!isBreak(text.charCodeAt(p)) && p < c.len) return false;
  const unblanked = c.unblanked as string;
  for (let q = lineStart; q < p; q++) if (unblanked.charCodeAt(q) !== 32) return true;
  return false;
}

function addBreaks(runs: number[], out: string, breaks: Breaks): string {
  let s = out;
  for (let i = 0; i < breaks.length; i += 2) {
    const n = breaks[i + 1] as number;
    addRun(runs, s.length, breaks[i] as number, n, n === 1);
    s += "\n";
  }
  return s;
}

/**
 * Reads a literal (`|`) or folded (`>`) block scalar at the cursor (on its indicator), the way
 * yaml.v3 does (`yaml_parser_scan_block_scalar`): the chomping (`-`, `+`) and indentation
 * (`1`–`9`) indicators in either order, the indentation found from the first content line (or
 * given relative to `parentIndent`, the indentation of the enclosing collection, `-1` at the top),
 * folding of `>` scalars except around more-indented lines. A comment after the header is
 * skipped; a tab in the indentation is a `yaml/tab-indentation` error. `end` is just after the
 * last content character (or the header).
 *
 * @example
 * const text = readBlockScalar(c, 0); // "keep\nlines" for `|-\n  keep\n  lines`
 */
export function readBlockScalar(c: Cursor, parentIndent: number): string {
  const { text, len } = c;
  const literal = text.charCodeAt(c.pos) === 124;
  let p = c.pos + 1;
  let chomping = 0;
  let increment = 0;
  for (let i = 0; i < 2; i++) {
    const ch = text.charCodeAt(p);
    if ((ch === 43 || ch === 45) && chomping === 0) {
      chomping = ch === 43 ? 1 : -1;
      p++;
    } else if (ch >= 49 && ch <= 57 && increment === 0) {
      increment = ch - 48;
      p++;
    } else break;
  }
  const headerEnd = p;
  while (isBlank(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) === 35) {
    // A comment after the header, even glued to it (yaml.v3 reads it; the tree does not keep it).
    while (p < len && !isBreak(text.charCodeAt(p))) p++;
  }
  if (!isBlankOrEnd(text.charCodeAt(p))) {
    // e.g. `|0` or `|x`
    throw syntaxError(
      c,
      p,
      "A block scalar header holds only '|' or '>', a chomping indicator and an indentation digit.",
    );
  }
  countToken(c);
  const scan: BreakScan = { indent: 0, lineStart: c.lineStart };
  if (isBreak(text.charCodeAt(p))) {
    p += text.charCodeAt(p) === 13 && text.charCodeAt(p + 1) === 10 ? 2 : 1;
    scan.lineStart = p;
  }
  if (increment > 0) scan.indent = parentIndent >= 0 ? parentIndent + increment : increment;
  let out = "";
  const runs: number[] = [];
  let trailing: Breaks = [];
  c.pos = p;
  p = scanBreaks(c, scan, trailing, parentIndent);
  let leadingBreak = -1;
  let leadingBreakLength = 0;
  let leadingBlank = false;
  let lastContentEnd = headerEnd;
  let lastContentLineStart = c.lineStart;
  let contentStart = -1;
  while (p - scan.lineStart === scan.indent && p < len) {
    if (c.unblanked !== undefined && blankedLine(c, scan.lineStart)) break;
    const trailingBlank = isBlank(text.charCodeAt(p));
    if (!literal && !leadingBlank && !trailingBlank && leadingBreak >= 0) {
      if (trailing.length === 0) {
        addRun(runs, out.length, leadingBreak, leadingBreakLength, leadingBreakLength === 1);
        out += " ";
      }
    } else if (leadingBreak >= 0) {
      addRun(runs, out.length, leadingBreak, leadingBreakLength, leadingBreakLength === 1);
      out += "\n";
    }
    leadingBreak = -1;
    out = addBreaks(runs, out, trailing);
    trailing = [];
    leadingBlank = trailingBlank;
    const lineBegin = p;
    // (isBreak spelt out: this loop runs per character, mostly before the engine optimises it.)
    let ch = p < len ? text.charCodeAt(p) : Number.NaN;
    while (!(ch === 10 || ch === 13 || !(ch >= 0))) ch = ++p < len ? text.charCodeAt(p) : Number.NaN;
    if (contentStart < 0) contentStart = lineBegin;
    addRun(runs, out.length, lineBegin, p - lineBegin, true);
    out += text.slice(lineBegin, p);
    let last = p;
    while (last > lineBegin && isBlank(text.charCodeAt(last - 1))) last--;
    if (last > lineBegin) {
      lastContentEnd = last;
      lastContentLineStart = scan.lineStart;
    }
    if (p >= len) break;
    leadingBreak = p;
    leadingBreakLength = text.charCodeAt(p) === 13 && text.charCodeAt(p + 1) === 10 ? 2 : 1;
    p += leadingBreakLength;
    scan.lineStart = p;
    c.pos = p;
    p = scanBreaks(c, scan, trailing, parentIndent);
  }
  // Content running into the end of a text without a final line break keeps no last line break
  // (yaml.v3: `a: |\n  x` is "x"; the `yaml` package gives "x\n").
  if (chomping !== -1 && leadingBreak >= 0) {
    addRun(runs, out.length, leadingBreak, leadingBreakLength, leadingBreakLength === 1);
    out += "\n";
  }
  if (chomping === 1) out = addBreaks(runs, out, trailing);
  // The node ends with its last content character; the structure reader goes on from there
  // (blank lines the scalar took in, tabs included, were read by it).
  c.plainScanEnd = p;
  c.pos = lastContentEnd;
  c.lineStart = lastContentEnd === headerEnd ? c.lineStart : lastContentLineStart;
  const first = contentStart >= 0 ? contentStart : headerEnd;
  c.scalarEnd = lastContentEnd;
  c.scalarMultiline = true;
  c.scalarMap = finishRuns(runs, first, out.length) ?? [0, first, out.length];
  return out;
}
