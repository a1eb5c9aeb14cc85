import { createDiagnostic } from "../../diagnostics/create-diagnostic.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import {
  createCursor,
  directiveProblem,
  isBlank,
  isBlankOrEnd,
  isAnchorChar,
  isBreak,
  isDocumentMarker,
  scanYamlDirective,
  UNSUPPORTED,
} from "./cursor.js";
import type { Cursor } from "./cursor.js";
import { scanTag } from "./make-node.js";
import { readBlockScalar } from "./read-block-scalar.js";
import { readPlain } from "./read-plain.js";
import { readQuoted } from "./read-quoted.js";
import { lineStartOf, ReadError } from "./read-error.js";

/** A possible simple key of yaml.v3's scanner (`yaml_simple_key_t`). */
interface SimpleKey {
  possible: boolean;
  required: boolean;
  token: number;
  pos: number;
  lineStart: number;
}

/** The part of yaml.v3's scanner state (`yaml_parser_t`) the look-ahead needs. */
interface Scan {
  readonly text: string;
  readonly c: Cursor;
  /** Start of the second document (everything from here is blanked when it holds an error). */
  readonly from: number;
  pos: number;
  lineStart: number;
  flowLevel: number;
  indent: number;
  readonly indents: number[];
  allowed: boolean;
  readonly keys: SimpleKey[];
  readonly byToken: Map<number, number>;
  /** Tokens queued from the first token of the second document on. */
  tokens: number;
}

function scannerError(s: Scan, at: number, message: string): ReadError {
  const diagnostic: Diagnostic = createDiagnostic(
    "yaml/syntax",
    `${message} (in the text after the first document, which Go's YAML reader looks into).`,
    { start: at, end: Math.min(at + 1, s.text.length) },
    {
      hints: [
        "Go reads only the first YAML document of a file; remove the text after it, or indent it to belong to the document.",
      ],
    },
  );
  return new ReadError(diagnostic, s.from, s.text.length);
}

function lastKey(s: Scan): SimpleKey {
  return s.keys[s.keys.length - 1] as SimpleKey;
}

/** `yaml_simple_key_is_valid`: stale keys (another line, or 1024 characters on) are dropped; a required one is an error. */
function keyIsValid(s: Scan, key: SimpleKey): boolean {
  if (!key.possible) return false;
  if (key.lineStart < s.lineStart || key.pos + 1024 < s.pos) {
    if (key.required) throw scannerError(s, key.pos, "Could not find the expected ':' after this key");
    key.possible = false;
    return false;
  }
  return true;
}

function removeKey(s: Scan): void {
  const key = lastKey(s);
  if (!key.possible) return;
  if (key.required) throw scannerError(s, key.pos, "Could not find the expected ':' after this key");
  key.possible = false;
  s.byToken.delete(key.token);
}

function saveKey(s: Scan): void {
  if (!s.allowed) return;
  const required = s.flowLevel === 0 && s.indent === s.pos - s.lineStart;
  removeKey(s);
  s.keys[s.keys.length - 1] = { possible: true, required, token: s.tokens, pos: s.pos, lineStart: s.lineStart };
  s.byToken.set(s.tokens, s.keys.length - 1);
}

/** `yaml_parser_roll_indent`: a BLOCK-SEQUENCE-START or BLOCK-MAPPING-START token when deeper. */
function rollIndent(s: Scan, column: number): void {
  if (s.flowLevel > 0 || s.indent >= column) return;
  s.indents.push(s.indent);
  s.indent = column;
  s.tokens++;
}

function unrollIndent(s: Scan, column: number): void {
  if (s.flowLevel > 0) return;
  while (s.indent > column) {
    s.indent = s.indents.pop() as number;
    s.tokens++;
  }
}

/** `yaml_parser_scan_to_next_token` (comment lines, with the tab-indented ones inside a run, included). */
function scanToNextToken(s: Scan): void {
  const { text } = s;
  for (;;) {
    for (;;) {
      const ch = text.charCodeAt(s.pos);
      if (ch === 32 || (ch === 9 && (s.flowLevel > 0 || !s.allowed))) s.pos++;
      else break;
    }
    if (text.charCodeAt(s.pos) === 35) {
      // yaml.v3's comment scanner takes the following comment lines along (and blank lines before them).
      let p = s.pos;
      for (;;) {
        while (p < text.length && !isBreak(text.charCodeAt(p))) p++;
        s.pos = p;
        let q = p;
        let lineStart = s.lineStart;
        while (isBlank(text.charCodeAt(q)) || isBreak(text.charCodeAt(q))) {
          if (isBreak(text.charCodeAt(q))) {
            q += text.charCodeAt(q) === 13 && text.charCodeAt(q + 1) === 10 ? 2 : 1;
            lineStart = q;
          } else q++;
        }
        if (text.charCodeAt(q) !== 35 || lineStart === s.lineStart) break;
        p = q;
        s.lineStart = lineStart;
      }
    }
    const ch = text.charCodeAt(s.pos);
    if (!isBreak(ch)) return;
    s.pos += ch === 13 && text.charCodeAt(s.pos + 1) === 10 ? 2 : 1;
    s.lineStart = s.pos;
    if (s.flowLevel === 0) s.allowed = true;
  }
}

/** A scratch cursor at the scanner's position, for the fast reader's scalar scanners. */
function cursorAt(s: Scan): Cursor {
  const c = createCursor(s.text, s.c.limits);
  c.pos = s.pos;
  c.lineStart = s.lineStart;
  return c;
}

/** yaml.v3's line comment after a token: the rest of the line when it is a comment. */
function skipLineComment(s: Scan): void {
  const { text } = s;
  let p = s.pos;
  while (isBlank(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) !== 35) return;
  while (p < text.length && !isBreak(text.charCodeAt(p))) p++;
  s.pos = p;
}

/** `true` when yaml.v3 starts a plain scalar at `p` (`yaml_parser_fetch_next_token`'s last test). */
function startsPlain(s: Scan, p: number): boolean {
  const { text } = s;
  const ch = text.charCodeAt(p);
  const next = text.charCodeAt(p + 1);
  if (ch === 45) return !isBlank(next);
  if ((ch === 63 || ch === 58) && s.flowLevel === 0) return !isBlankOrEnd(next);
  if (isBlankOrEnd(ch)) return false;
  return "?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(p)) < 0;
}

/** `yaml_parser_fetch_next_token`, for the tokens the look-ahead meets. */
function fetchNextToken(s: Scan): void {
  const { text } = s;
  scanToNextToken(s);
  const column = s.pos - s.lineStart;
  unrollIndent(s, column);
  const p = s.pos;
  const ch = text.charCodeAt(p);
  const next = text.charCodeAt(p + 1);
  let lineComment = true;
  if (p >= text.length) {
    unrollIndent(s, -1);
    removeKey(s);
    s.allowed = false;
    s.tokens++;
    // yaml.v3 moves its mark to a new line at the end of the stream: every key left goes stale.
    s.lineStart = s.pos + 1;
    return;
  }
  if (column === 0 && ch === 37) {
    const problem = directiveProblem(text, p);
    if (problem !== undefined) throw scannerError(s, p, problem.replace(/\.$/, ""));
    if (next !== 89) throw UNSUPPORTED; // %TAG
    const scan = scanYamlDirective(text, p);
    if (typeof scan === "string") throw scannerError(s, p, scan.replace(/\.$/, ""));
    // `yaml_parser_fetch_directive`; the scan takes the line break along, and no simple key may
    // start before the next one (a tab may start the next line).
    unrollIndent(s, -1);
    removeKey(s);
    s.allowed = false;
    s.pos = scan.end;
    s.lineStart = scan.end;
    s.tokens++;
    return;
  }
  if (column === 0 && isDocumentMarker(text, p)) {
    unrollIndent(s, -1);
    removeKey(s);
    s.allowed = false;
    s.pos += 3;
    s.tokens++;
    return;
  }
  if (ch === 91 || ch === 123) {
    saveKey(s);
    s.keys.push({ possible: false, required: false, token: s.tokens, pos: p, lineStart: s.lineStart });
    s.flowLevel++;
    s.allowed = true;
    s.pos++;
  } else if (ch === 93 || ch === 125) {
    removeKey(s);
    if (s.flowLevel > 0) {
      s.flowLevel--;
      s.byToken.delete(lastKey(s).token);
      s.keys.pop();
    }
    s.allowed = false;
    s.pos++;
  } else if (ch === 44) {
    removeKey(s);
    s.allowed = true;
    s.pos++;
  } else if (ch === 45 && isBlankOrEnd(next)) {
    if (s.flowLevel === 0) {
      if (!s.allowed) throw scannerError(s, p, "A sequence entry ('-') is not allowed here");
      rollIndent(s, column);
    }
    removeKey(s);
    s.allowed = true;
    s.pos++;
    lineComment = false;
  } else if (ch === 63 && (s.flowLevel > 0 || isBlankOrEnd(next))) {
    if (s.flowLevel === 0) {
      if (!s.allowed) throw scannerError(s, p, "A mapping key ('?') is not allowed here");
      rollIndent(s, column);
    }
    removeKey(s);
    s.allowed = s.flowLevel === 0;
    s.pos++;
  } else if (ch === 58 && (s.flowLevel > 0 || isBlankOrEnd(next))) {
    const key = lastKey(s);
    if (keyIsValid(s, key)) {
      // The root as a key, found after it was parsed: yaml.v3 fails (it inserts a token before its queue).
      if (key.token < 0 && s.byToken.has(-1)) {
        throw scannerError(s, p, "A mapping value (':') cannot follow the document's root here");
      }
      s.tokens++; // KEY
      rollIndent(s, key.pos - key.lineStart);
      key.possible = false;
      s.byToken.delete(key.token);
      s.allowed = false;
    } else {
      if (s.flowLevel === 0) {
        if (!s.allowed) throw scannerError(s, p, "A mapping value (':') is not allowed here");
        rollIndent(s, column);
      }
      s.allowed = s.flowLevel === 0;
    }
    s.pos++;
  } else if (ch === 42 || ch === 38) {
    saveKey(s);
    s.allowed = false;
    let q = p + 1;
    while (isAnchorChar(text.charCodeAt(q))) q++;
    const after = text.charCodeAt(q);
    if (q === p + 1 || !(isBlankOrEnd(after) || "?:,]}%@`".indexOf(text.charAt(q)) >= 0)) {
      throw scannerError(s, p, `This ${ch === 42 ? "alias" : "anchor"} needs a name of letters, digits, '-' or '_'`);
    }
    s.pos = q;
  } else if (ch === 33) {
    saveKey(s);
    s.allowed = false;
    const end = scanTag(text, p);
    if (typeof end === "string") throw scannerError(s, p, end.replace(/\.$/, ""));
    s.pos = end;
  } else if ((ch === 124 || ch === 62) && s.flowLevel === 0) {
    removeKey(s);
    s.allowed = true;
    const c = cursorAt(s);
    try {
      readBlockScalar(c, s.indent);
    } catch (error) {
      if (error instanceof ReadError) throw new ReadError(error.diagnostic, s.from, text.length);
      throw error;
    }
    // yaml.v3's block scalar scanner ends in the first line that is not the scalar's.
    let end = c.plainScanEnd;
    let lineStart = lineStartOf(text, end);
    if (lineStart < s.lineStart) lineStart = s.lineStart;
    if (end < s.pos) end = s.pos;
    s.pos = end;
    s.lineStart = lineStart;
    lineComment = false;
  } else if (ch === 39 || ch === 34) {
    saveKey(s);
    s.allowed = false;
    const c = cursorAt(s);
    readQuoted(c);
    const error = c.diagnostics.find((d) => d.severity === "error");
    if (error !== undefined) throw new ReadError(error, s.from, text.length);
    s.pos = c.pos;
    s.lineStart = c.lineStart;
  } else if (startsPlain(s, p)) {
    saveKey(s);
    s.allowed = false;
    const c = cursorAt(s);
    readPlain(c, s.indent + 1, s.flowLevel > 0);
    // yaml.v3's plain scanner also takes the blanks and line breaks after the scalar.
    const end = c.plainScanEnd;
    let lineStart = c.lineStart;
    for (let q = c.pos; q < end; q++) {
      if (isBreak(text.charCodeAt(q))) {
        lineStart = text.charCodeAt(q) === 13 && text.charCodeAt(q + 1) === 10 ? q + 2 : q + 1;
        s.allowed = true;
        lineComment = false; // yaml.v3 looks for a line comment only before any line break
      }
    }
    s.pos = end;
    s.lineStart = lineStart;
  } else {
    throw scannerError(s, p, "Found a character that cannot start any token");
  }
  s.tokens++;
  if (lineComment) skipLineComment(s);
}

/**
 * Text after the root that yaml.v3 reads as the start of a second, implicit document: yaml.v3
 * decodes only the first document, but its scanner looks ahead into the second one (at least
 * three tokens, and until the first is known to be a key or not), and an error there makes it
 * refuse the whole text. This replays that look-ahead from the cursor (the first token of the
 * second document, on a line after the root) and throws the error yaml.v3 finds (a `ReadError`
 * that blanks the second document), or `UNSUPPORTED` for the `%YAML` and `%TAG` directives.
 * Returns normally when yaml.v3 accepts the text. `keyAllowed` is `false` when the text follows a
 * flow or quoted root on its line (yaml.v3 allows no simple key there); `rootKey` is then the
 * offset of the root's simple key, when the root left one possible (yaml.v3 then keeps scanning
 * while it stays possible: up to a `,`, `-`, `?`, `]`, `}` at the top, or the end of the line;
 * `rootKeyHeld` is `false` when yaml.v3 dropped it from its token index: then it is only there
 * for a later `:` to use).
 *
 * @example
 * checkNextDocument(c); // at `paras` in `two\n# c\nparas`: no error
 */
export function checkNextDocument(c: Cursor, keyAllowed = true, rootKey = -1, rootKeyHeld = true): void {
  const s: Scan = {
    text: c.text,
    c,
    from: c.pos,
    pos: c.pos,
    lineStart: c.lineStart,
    flowLevel: 0,
    indent: -1,
    indents: [],
    allowed: keyAllowed,
    keys: [{ possible: false, required: false, token: -1, pos: 0, lineStart: 0 }],
    byToken: new Map(),
    tokens: 0,
  };
  if (rootKey >= 0) {
    // The root's own simple key (a flow collection or quoted scalar, not used as a key): yaml.v3
    // fetches tokens while it stays possible, from its very first look at the root (unless the
    // root dropped it from its token index, `rootKeyHeld`).
    // (A byte order mark is no column: the first line starts after it, as for the cursor.)
    const first = s.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let lineStart = rootKey;
    while (lineStart > first && !isBreak(s.text.charCodeAt(lineStart - 1))) lineStart--;
    s.keys[0] = { possible: true, required: false, token: -1, pos: rootKey, lineStart };
    if (rootKeyHeld) s.byToken.set(-1, 0);
    for (let guard = 0; rootKeyHeld && guard < 10_000; guard++) {
      const index = s.byToken.get(-1);
      if (index === undefined || !keyIsValid(s, s.keys[index] as SimpleKey)) break;
      fetchNextToken(s);
    }
  }
  for (let guard = 0; guard < 10_000; guard++) {
    if (s.tokens >= 3) {
      const index = s.byToken.get(0);
      if (index === undefined) return;
      if (!keyIsValid(s, s.keys[index] as SimpleKey)) return;
    }
    fetchNextToken(s);
  }
  throw UNSUPPORTED;
}
