import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { createDiagnostic } from "../../diagnostics/create-diagnostic.js";
import { createLineCounter } from "../../text/line-counter.js";
import type { Span } from "../../text/span.js";
import type { YamlNode } from "../../tree/yaml-node.js";
import type { Cursor } from "./cursor.js";

/** An error error recovery may read past: a misindented `entry` or a tab-indented line (at its line start), or a `key` missing its `:` (at its start). */
export type Tolerable =
  /**
   * A misindented line (its start), read as an entry of the block collection starting at `block`;
   * `quiet`: with no error of its own (it follows an error it is the consequence of).
   */
  | { readonly kind: "entry"; readonly at: number; readonly block: number; readonly quiet?: boolean }
  /** A plain key (its start) whose `:` is missing, read as a one-line key. */
  | { readonly kind: "key"; readonly at: number }
  /** A line (its start) indented with tabs, read with each tab as one space. */
  | { readonly kind: "tab"; readonly at: number }
  /** A block mapping (its start) read as the first item of the sequence of `- ` entries after it (its `- ` is missing). */
  | { readonly kind: "item"; readonly at: number };

/**
 * A YAML error the fast reader found and knows how to recover from: its diagnostic and the part
 * of the text (`blankFrom`–`blankTo`) that is blanked out before the text is read again, so that
 * the next reading keeps every complete node around it. `wideTo`, for a construct that runs to the
 * end of the text for yaml.v3 (an unterminated quote, an unclosed bracket): the end to blank to
 * instead when reading the text after `blankTo` again meets another error (that text was likely
 * meant to be inside it). `tolerate`: what the next reading may read past instead of blanking (a
 * misindented entry's line, a plain key missing its `:`, a tab-indented line; see `Recovered`).
 *
 * @example
 * throw new ReadError(diagnostic, 12, 20);
 */
export class ReadError {
  readonly diagnostic: Diagnostic;
  readonly blankFrom: number;
  readonly blankTo: number;
  readonly wideTo: number | undefined;
  readonly tolerate: Tolerable | undefined;
  constructor(diagnostic: Diagnostic, blankFrom: number, blankTo: number, wideTo?: number, tolerate?: Tolerable) {
    this.diagnostic = diagnostic;
    this.blankFrom = blankFrom;
    this.blankTo = blankTo;
    this.wideTo = wideTo;
    this.tolerate = tolerate;
  }
}

/**
 * `error` with what error recovery may read past instead of blanking ({@link ReadError.tolerate}).
 *
 * @example
 * throw tolerating(missingColon(c, start), { kind: "key", at: start });
 */
export function tolerating(error: ReadError, tolerable: Tolerable): ReadError {
  return new ReadError(error.diagnostic, error.blankFrom, error.blankTo, error.wideTo, tolerable);
}

function isBreakCode(code: number): boolean {
  return code === 10 || code === 13;
}

/**
 * The start of the line holding `offset`.
 *
 * @example
 * lineStartOf("a: 1\nb: 2", 7); // 5
 */
export function lineStartOf(text: string, offset: number): number {
  let p = Math.min(offset, text.length);
  while (p > 0 && !isBreakCode(text.charCodeAt(p - 1))) p--;
  return p;
}

/** The end of the line holding `offset` (before its line break). */
function lineEndOf(text: string, offset: number): number {
  let p = offset;
  while (p < text.length && !isBreakCode(text.charCodeAt(p))) p++;
  return p;
}

/**
 * The end of the lines after the line of `offset` that are indented more than that line (its
 * children), blank lines among them included.
 */
function deeperLinesEnd(text: string, offset: number): number {
  const start = lineStartOf(text, offset);
  let indent = start;
  while (text.charCodeAt(indent) === 32) indent++;
  const column = indent - start;
  let end = lineEndOf(text, offset);
  let p = end;
  for (;;) {
    if (p >= text.length) return end;
    p += text.charCodeAt(p) === 13 && text.charCodeAt(p + 1) === 10 ? 2 : 1;
    let q = p;
    while (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9) q++;
    const lineEnd = lineEndOf(text, q);
    if (q < lineEnd && text.charCodeAt(q) !== 35 && q - p <= column) return end;
    end = lineEnd;
    p = lineEnd;
  }
}

/** The first non-blank character of the line of `offset` to its last one. */
function contentSpan(text: string, offset: number): Span {
  let start = lineStartOf(text, offset);
  const lineEnd = lineEndOf(text, offset);
  while (start < lineEnd && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  let end = lineEnd;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return { start, end: Math.max(end, Math.min(start + 1, text.length)) };
}

/**
 * Where the outermost flow collection around `c` ends, or `-1` when it is never closed: brackets
 * are counted, quoted scalars and comments skipped.
 */
function flowEnd(text: string, start: number): number {
  let depth = 0;
  let p = start;
  const len = text.length;
  while (p < len) {
    const ch = text.charCodeAt(p);
    if (ch === 91 || ch === 123) depth++;
    else if (ch === 93 || ch === 125) {
      if (--depth === 0) return p + 1;
    } else if (ch === 34 || ch === 39) {
      const prev = text.charCodeAt(p - 1);
      if (prev === 32 || prev === 9 || prev === 10 || prev === 13 || prev === 91 || prev === 123 || prev === 44) {
        p++;
        while (p < len) {
          const q = text.charCodeAt(p);
          if (ch === 34 && q === 92) p++;
          else if (q === ch) {
            if (ch === 39 && text.charCodeAt(p + 1) === 39) p++;
            else break;
          }
          p++;
        }
        if (p >= len) return -1;
      }
    } else if (ch === 35) {
      const prev = text.charCodeAt(p - 1);
      if (prev === 32 || prev === 9 || isBreakCode(prev)) p = lineEndOf(text, p) - 1;
    }
    p++;
  }
  return -1;
}

function unclosed(text: string, at: number): ReadError {
  const bracket = text[at] === "{" ? "{" : "[";
  return new ReadError(
    createDiagnostic(
      "yaml/unclosed-bracket",
      `This '${bracket}' is never closed.`,
      { start: at, end: at + 1 },
      {
        hints: [`Add the closing '${bracket === "{" ? "}" : "]"}'.`],
      },
    ),
    at,
    deeperLinesEnd(text, at),
    text.length,
  );
}

/**
 * An error inside a flow collection: the collection is never closed (reported at its opening
 * bracket), or it is, and the error stands and the whole collection is blanked.
 */
function inFlow(c: Cursor, error: ReadError): ReadError {
  const start = c.flowStart;
  const end = flowEnd(c.text, start);
  if (end < 0) return unclosed(c.text, start);
  return new ReadError(error.diagnostic, start, end);
}

/**
 * Where a line's broken part starts: `at`, or the line's first indicator when only `- ` and `? `
 * come before `at` on its line. Blanking an entry's indicator with it keeps an empty entry from
 * opening a sequence or mapping that the lines after it would then break (`key:\n  - : x\n  next: 1`).
 */
function brokenFrom(text: string, at: number): number {
  const start = lineStartOf(text, at);
  let p = start;
  while (text.charCodeAt(p) === 32) p++;
  const content = p;
  for (;;) {
    const ch = text.charCodeAt(p);
    if (p >= at) return p === at && content < at ? content : at;
    if ((ch !== 45 && ch !== 63) || !(text.charCodeAt(p + 1) === 32 || text.charCodeAt(p + 1) === 9)) return at;
    p += 2;
    while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
  }
}

/**
 * Blanks from `at` (or from the indicators before it, see {@link brokenFrom}) to the end of its
 * line and the more indented lines under it.
 */
function lineError(c: Cursor, diagnostic: Diagnostic, at: number): ReadError {
  const error = new ReadError(diagnostic, brokenFrom(c.text, at), deeperLinesEnd(c.text, at));
  return c.flowStart >= 0 ? inFlow(c, error) : error;
}

/**
 * An error already reported at `at` (e.g. an unknown alias used as a key): the rest of the line
 * and the lines under it are blanked, and the diagnostic stands.
 *
 * @example
 * throw reportedError(c, diagnostic, start);
 */
export function reportedError(c: Cursor, diagnostic: Diagnostic, at: number): ReadError {
  return lineError(c, diagnostic, at);
}

/**
 * A `yaml/syntax` error at `span` (one character by default): the rest of the line and the lines
 * under it are blanked.
 *
 * @example
 * throw syntaxError(c, c.pos, "Unexpected '`'.");
 */
export function syntaxError(c: Cursor, at: number, message: string, end: number = at + 1): ReadError {
  return lineError(c, createDiagnostic("yaml/syntax", message, { start: at, end: Math.min(end, c.len) }), at);
}

/**
 * `Unexpected 'x'.` for the character (or token) at `at`.
 *
 * @example
 * throw unexpected(c, c.pos);
 */
export function unexpected(c: Cursor, at: number): ReadError {
  const { text } = c;
  let end = at + 1;
  while (end < c.len && end - at < 20 && !/[\s,[\]{}]/.test(text.charAt(end)) && /[\w.-]/.test(text.charAt(at))) end++;
  const token = text.slice(at, end);
  return syntaxError(c, at, at >= c.len ? "Unexpected end of the text." : `Unexpected '${token}'.`);
}

/**
 * `Unexpected 'x'.` at the cursor, after `value` on its last line. A quoted scalar opened on an
 * earlier line there was likely left open and closed by the opening quote of the line below
 * (`- "A=1` typed above `- "B=2"`): its first line is blanked instead (from its `- ` or `? `,
 * with the lines under it), so the line it took in is read again as it was meant.
 *
 * @example
 * throw textAfter(c, item);
 */
export function textAfter(c: Cursor, value: YamlNode): ReadError {
  const error = unexpected(c, c.pos);
  const start = value.span.start;
  const quoted = value.kind === "scalar" && (value.style === "double-quoted" || value.style === "single-quoted");
  if (!quoted || lineStartOf(c.text, start) === c.lineStart || c.flowStart >= 0) return error;
  return new ReadError(error.diagnostic, brokenFrom(c.text, start), deeperLinesEnd(c.text, start));
}

/**
 * `yaml/syntax` at a `:` or `?` indicator opening a line where no key or value can start: yaml.v3
 * refuses it ("did not find expected key", or "… '-' indicator" under a sequence).
 *
 * @example
 * throw strayIndicator(c, c.pos); // at `: B=2` under a sequence item
 */
export function strayIndicator(c: Cursor, at: number): ReadError {
  const colon = c.text.charCodeAt(at) === 58;
  return lineError(
    c,
    createDiagnostic(
      "yaml/syntax",
      colon
        ? "A line cannot start with ':' here: this ':' has no key before it."
        : "A line cannot start with '?' here: an explicit key must be at the indentation of its mapping.",
      { start: at, end: at + 1 },
      {
        hints: [
          colon
            ? "Put the key and its ':' on one line (`key: value`), or quote the text if ':' belongs to a value."
            : "Remove the '?' or quote the text.",
        ],
      },
    ),
    at,
  );
}

/**
 * `yaml/bad-indentation` for the line holding `at`: the line and the lines under it are blanked,
 * or, given the start of the block collection that may take the line (`block`), read again as one
 * of its entries (`ReadError.tolerate`); a hint then says which block and its indentation. `hint`:
 * one more hint.
 *
 * @example
 * throw badIndentation(c, c.pos);
 */
export function badIndentation(c: Cursor, at: number, block?: number, hint?: string): ReadError {
  const span = contentSpan(c.text, at);
  const line = lineStartOf(c.text, at);
  const hints = ["Indent entries of one mapping or sequence by the same number of spaces."];
  if (hint !== undefined) hints.push(hint);
  if (block !== undefined && block >= 0) {
    const { line: blockLine, column } = createLineCounter(c.text).positionAt(block);
    const spaces = column === 2 ? "1 space" : `${column - 1} spaces`;
    hints.push(
      `It is read as an entry of the block starting on line ${blockLine}, whose entries are indented by ${spaces}.`,
    );
  }
  const error = lineError(
    c,
    createDiagnostic("yaml/bad-indentation", "This line is not indented like the other entries of its block.", span, {
      hints,
    }),
    line,
  );
  return block === undefined ? error : tolerating(error, { kind: "entry", at: line, block });
}

/**
 * A key line (holding `at`) that keeps the column the keys of the sequence item being read would
 * have under a well-placed `- `: read as an entry of the block collection starting at `block`
 * (the item's mapping, or {@link FIRST_BLOCK_RIGHT_OF}) with no error of its own, since the
 * misindented `- ` has one already.
 *
 * @example
 * throw quietEntry(c, c.pos, start);
 */
export function quietEntry(c: Cursor, at: number, block: number): ReadError {
  const error = badIndentation(c, at);
  return tolerating(error, { kind: "entry", at: lineStartOf(c.text, at), block, quiet: true });
}

/**
 * `yaml/bad-indentation` for a `- ` entry at `at` that follows a key's block mapping (starting at
 * `first`) left of it: error recovery reads the mapping as the sequence's first item, whose `- `
 * is missing (a deleted or emptied `- port: 80` line leaves its `as:` and `to:` lines so).
 *
 * @example
 * throw missingDash(c, c.pos, value.span.start);
 */
export function missingDash(c: Cursor, at: number, first: number): ReadError {
  const { line } = createLineCounter(c.text).positionAt(first);
  const hint = `It is read as an entry of a sequence whose first entry, on line ${line}, has no '- '.`;
  return tolerating(badIndentation(c, at, undefined, hint), { kind: "item", at: first });
}

/**
 * `yaml/tab-indentation` at the run of tabs around `at`: the line and the lines under it are blanked.
 *
 * @example
 * throw tabIndentation(c, c.pos);
 */
export function tabIndentation(c: Cursor, at: number): ReadError {
  const { text } = c;
  let start = at;
  while (start > 0 && text.charCodeAt(start - 1) === 9) start--;
  let end = at;
  while (end < c.len && text.charCodeAt(end) === 9) end++;
  return lineError(
    c,
    createDiagnostic(
      "yaml/tab-indentation",
      "Tabs are used for indentation; YAML allows only spaces.",
      { start, end },
      {
        hints: ["Replace the tabs with spaces."],
      },
    ),
    lineStartOf(text, at),
  );
}

/**
 * `yaml/unterminated-string` at the opening quote `at`: from there (or from the outermost flow
 * collection around it) to the end of the line and the lines indented under it is blanked, or to
 * the end of the text if the lines after them do not read cleanly. For yaml.v3 the string runs to
 * the end; reading the lines after it again keeps the rest of a file whose quote was left open
 * while typing.
 *
 * @example
 * throw unterminatedString(c, start);
 */
export function unterminatedString(c: Cursor, at: number): ReadError {
  const quote = c.text[at] === "'" ? "single" : "double";
  return new ReadError(
    createDiagnostic(
      "yaml/unterminated-string",
      `This ${quote}-quoted string is never closed.`,
      { start: at, end: at + 1 },
      {
        hints: [`Add the closing ${quote === "single" ? "'" : '"'} quote.`],
      },
    ),
    c.flowStart >= 0 ? c.flowStart : at,
    deeperLinesEnd(c.text, c.flowStart >= 0 ? c.flowStart : at),
    c.len,
  );
}

/**
 * `yaml/unclosed-bracket` at the outermost open flow collection: it is blanked to the end of its
 * line and the lines indented under it, or to the end of the text if the lines after them do not
 * read cleanly.
 *
 * @example
 * throw unclosedBracket(c);
 */
export function unclosedBracket(c: Cursor): ReadError {
  return unclosed(c.text, c.flowStart);
}

/**
 * When an unsupported construct was met inside a flow collection that is never closed, the
 * unclosed bracket is the error to report (the construct may be the rest of the text).
 *
 * @example
 * const error = unclosedAround(c); // ReadError | undefined
 */
export function unclosedAround(c: Cursor): ReadError | undefined {
  if (c.limitHit || c.flowStart < 0 || flowEnd(c.text, c.flowStart) >= 0) return undefined;
  // Only when no closing bracket follows at all (brackets inside plain scalars miscount).
  if (c.text.indexOf("]", c.flowStart) >= 0 || c.text.indexOf("}", c.flowStart) >= 0) return undefined;
  return unclosed(c.text, c.flowStart);
}

/**
 * `text` with `from`–`to` replaced by spaces (line breaks kept, so offsets and lines stay; up to
 * the end of the text they go too: nothing follows whose line matters, and blank lines would spend
 * the token budget, e.g. after a string left open on the first of a million lines).
 *
 * @example
 * blank("a: `x`\n", 3, 6); // "a:    \n"
 */
export function blank(text: string, from: number, to: number): string {
  if (to >= text.length) return text.slice(0, from) + " ".repeat(text.length - from);
  const middle = text.slice(from, to).replace(/[^\r\n]/g, " ");
  return text.slice(0, from) + middle + text.slice(to);
}
