import { createDiagnostic } from "../../diagnostics/create-diagnostic.js";
import { countToken, isDocumentMarker, isBlank, isBlankOrEnd, isBreak } from "./cursor.js";
import type { Cursor } from "./cursor.js";
import {
  DOUBLE_QUOTED_HEX_DIGITS as HEX_LENGTHS,
  DOUBLE_QUOTED_ESCAPES as SIMPLE_ESCAPES,
} from "../../tree/double-quoted-escapes.js";
import { unterminatedString } from "./read-error.js";
import { addRun, finishRuns } from "./source-runs.js";

function isHex(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/** An escape yaml.v3 refuses: reported, and the backslash kept as text. */
function badEscape(c: Cursor, p: number, message: string): readonly [string, number] {
  c.diagnostics.push(createDiagnostic("yaml/syntax", message, { start: p, end: p + 1 }));
  return ["\\", 1];
}

/** Reads the escape at `p` (a backslash); returns the decoded text and the source length. */
function readEscape(c: Cursor, p: number): readonly [string, number] {
  const { text } = c;
  const name = text.charAt(p + 1);
  // yaml.v3 reads `\'` (a quote) and refuses `\/` (YAML 1.2 has it the other way round).
  if (name === "'") return ["'", 2];
  if (name === "/")
    return badEscape(
      c,
      p,
      "Invalid escape sequence in a double-quoted string ('\\/' is not one for Go's YAML reader).",
    );
  const simple = SIMPLE_ESCAPES[name];
  if (simple !== undefined) return [simple, 2];
  const digits = HEX_LENGTHS[name];
  if (digits === undefined) return badEscape(c, p, "Invalid escape sequence in a double-quoted string.");
  for (let i = 0; i < digits; i++) {
    if (!isHex(text.charCodeAt(p + 2 + i))) return badEscape(c, p, "Invalid hexadecimal escape sequence.");
  }
  const code = Number.parseInt(text.slice(p + 2, p + 2 + digits), 16);
  // yaml.v3 refuses surrogates and code points past U+10FFFF.
  if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) {
    return badEscape(c, p, "This escape names no Unicode character.");
  }
  return [String.fromCodePoint(code), 2 + digits];
}

/**
 * Reads a single- or double-quoted scalar at the cursor (on its opening quote), the way yaml.v3
 * does (`yaml_parser_scan_flow_scalar`): `''` and escapes decode, a line break folds to a space
 * and empty lines to `\n`, blanks around line breaks are dropped, an escaped line break joins
 * the lines. Continuation lines may be indented less than the key (yaml.v3 reads them; the `yaml`
 * package refuses them). An unterminated scalar (or a document marker inside it) is a
 * `yaml/unterminated-string` error; an escape yaml.v3 refuses is a `yaml/syntax` error, and its
 * backslash stays text. The cursor ends after the closing quote.
 *
 * @example
 * const text = readQuoted(c); // "it's" for `'it''s'`
 */
export function readQuoted(c: Cursor): string {
  const { text, len } = c;
  const start = c.pos;
  const single = text.charCodeAt(start) === 39;
  const quote = single ? 39 : 34;
  // The common case, one line with no escape and no `''`: the text is a plain copy of the source.
  for (let q = start + 1; ; q++) {
    const ch = text.charCodeAt(q);
    if (ch === quote) {
      if (single && text.charCodeAt(q + 1) === 39) break;
      countToken(c); // (at the opening quote, as below)
      c.pos = q + 1;
      c.scalarEnd = q + 1;
      c.scalarMultiline = false;
      c.scalarMap = undefined;
      return text.slice(start + 1, q);
    }
    if (ch === 10 || ch === 13 || (ch === 92 && !single) || !(ch >= 0)) break;
  }
  let p = start + 1;
  let lineStart = c.lineStart;
  let out = "";
  const runs: number[] = [];
  let plainCopy = true;
  let multiline = false;
  for (;;) {
    if ((p === lineStart && isDocumentMarker(text, p)) || p >= len) {
      // Also for a text ending in an escaped quote (`'y''`, `"\"`): yaml.v3 refuses it (the `yaml`
      // package reads it as closed by that quote).
      throw unterminatedString(c, start);
    }
    let leadingBlanks = false;
    let chunk = p;
    const flush = (): void => {
      if (p > chunk) {
        addRun(runs, out.length, chunk, p - chunk, true);
        out += text.slice(chunk, p);
      }
    };
    while (p < len) {
      const ch = text.charCodeAt(p);
      if (isBlankOrEnd(ch)) break;
      if (single && ch === 39 && text.charCodeAt(p + 1) === 39) {
        flush();
        addRun(runs, out.length, p, 2, false);
        out += "'";
        plainCopy = false;
        p += 2;
        chunk = p;
      } else if (ch === quote) {
        break;
      } else if (!single && ch === 92 && isBreak(text.charCodeAt(p + 1))) {
        flush();
        p += 1;
        p += text.charCodeAt(p) === 13 && text.charCodeAt(p + 1) === 10 ? 2 : 1;
        lineStart = p;
        leadingBlanks = true;
        plainCopy = false;
        multiline = true;
        chunk = p;
        break;
      } else if (!single && ch === 92) {
        flush();
        const [decoded, n] = readEscape(c, p);
        addRun(runs, out.length, p, n, false);
        out += decoded;
        plainCopy = false;
        p += n;
        chunk = p;
      } else {
        p++;
      }
    }
    if (!leadingBlanks) flush();
    if (text.charCodeAt(p) === quote) break;
    let wsStart = -1;
    let wsEnd = -1;
    let leadingBreak = -1;
    let leadingBreakLength = 0;
    let trailing: number[] | undefined;
    let ch = text.charCodeAt(p);
    while (isBlank(ch) || isBreak(ch)) {
      if (isBlank(ch)) {
        if (!leadingBlanks) {
          if (wsStart < 0) wsStart = p;
          wsEnd = p + 1;
        }
        p++;
      } else {
        const n = ch === 13 && text.charCodeAt(p + 1) === 10 ? 2 : 1;
        if (!leadingBlanks) {
          wsStart = -1;
          wsEnd = -1;
          leadingBreak = p;
          leadingBreakLength = n;
          leadingBlanks = true;
        } else {
          (trailing ??= []).push(p, n);
        }
        p += n;
        lineStart = p;
        multiline = true;
      }
      ch = text.charCodeAt(p);
    }
    if (leadingBlanks) {
      plainCopy = false;
      if (leadingBreak >= 0 && trailing === undefined) {
        addRun(runs, out.length, leadingBreak, leadingBreakLength, leadingBreakLength === 1);
        out += " ";
      } else if (trailing !== undefined) {
        for (let i = 0; i < trailing.length; i += 2) {
          const n = trailing[i + 1] as number;
          addRun(runs, out.length, trailing[i] as number, n, n === 1);
          out += "\n";
        }
      }
    } else if (wsEnd > wsStart) {
      addRun(runs, out.length, wsStart, wsEnd - wsStart, true);
      out += text.slice(wsStart, wsEnd);
    }
  }
  // The whole scalar is one token, as for yaml.v3's scanner; counted while the cursor is still at
  // its opening quote, so that a budget running out here stops before the scalar (never inside it).
  countToken(c);
  c.pos = p + 1;
  c.lineStart = lineStart;
  c.scalarEnd = p + 1;
  c.scalarMultiline = multiline;
  c.scalarMap = plainCopy ? undefined : finishRuns(runs, start + 1, out.length);
  return out;
}
