import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { ParseLimits } from "../../tree/yaml-front-end.js";
import type { ScalarSourceMap, YamlNode } from "../../tree/yaml-node.js";
import { tabIndentation, tolerating } from "./read-error.js";

/**
 * The reading state of the fast front end: one pass over the text, offsets are UTF-16 indexes.
 *
 * @example
 * const c: Cursor = createCursor("a: 1\n", DEFAULT_PARSE_LIMITS);
 */
export interface Cursor {
  readonly text: string;
  readonly len: number;
  /** The next character to read. */
  pos: number;
  /** Offset of the first character of the line holding `pos`. */
  lineStart: number;
  /** Nesting of collections at `pos`. */
  depth: number;
  readonly limits: ParseLimits;
  /** Tokens read so far, counted the way {@link ParseLimits.maxTokens} defines them (roughly). */
  tokens: number;
  /**
   * Past this many tokens the reader stops (`limitHit`). Lifted once the first document is read:
   * the text after it is only looked into for yaml.v3's verdict (a bounded look-ahead and a linear
   * scan of comment lines), so it does not spend the document's budget.
   */
  tokenLimit: number;
  /** What earlier readings of the text found and error recovery now reads past (see {@link Recovered}). */
  readonly recovered: Recovered | undefined;
  /** The text before error recovery blanked parts of it (`undefined` while nothing is blanked). */
  readonly unblanked: string | undefined;
  /** Completed anchored nodes by name (the latest definition wins), with their expanded size. */
  readonly anchors: Map<string, YamlNode>;
  readonly sizes: Map<YamlNode, number>;
  /** Anchors of nodes still being read (an alias to them would be recursive). */
  readonly pending: Set<string>;
  /** Nodes made so far, aliases counted with their expansion. */
  nodes: number;
  /** Nodes produced by alias expansion so far. */
  expansion: number;
  /** Comment lines read and not yet given to a node; a blank line after a comment is `""`. */
  comments: string[] | undefined;
  /** The column of each of {@link Cursor.comments} (`-1` for a blank line). */
  commentColumns: number[];
  /** Where the last plain or block scalar's scan of the blanks after it stopped (yaml.v3 allows tabs there). */
  plainScanEnd: number;
  /**
   * The end of the last plain scalar read, the line breaks between it and
   * {@link Cursor.plainScanEnd} (its scan read only blanks and breaks there) and the start of the
   * line holding `plainScanEnd`: {@link skipToContent} leaps over that stretch instead of reading
   * it again.
   */
  plainEnd: number;
  plainScanBreaks: number;
  plainScanLineStart: number;
  /**
   * Error recovery: where the key of the sequence item being read starts when the item's `- ` is
   * indented unlike its sequence's entries (`-1` while no such item is read), and by how many
   * columns (`itemShift`, right positive). The item's other keys may keep the column they had
   * under a well-placed `- `: they are read as its entries without an error of their own.
   */
  shiftedItem: number;
  itemShift: number;
  /** Set when a limit was reached (the fallback then reports it, not an unclosed bracket). */
  limitHit: boolean;
  /** Offset of the opening bracket of the outermost flow collection being read, `-1` outside one. */
  flowStart: number;
  /**
   * yaml.v3's scanner flow level: one per open `[` or `{`, one less per `]` or `}` (never below
   * 0), and one less per `]` its parser drops after an empty explicit key (`[?]`). At 0 inside a
   * flow collection, yaml.v3 scans the rest by block rules.
   */
  scanLevel: number;
  /**
   * Set after an outermost flow collection none of whose entries was a simple-key candidate for
   * yaml.v3 (empty, or every entry an explicit `?` key): closing it dropped the simple key of its
   * opening bracket from yaml.v3's token index.
   */
  flowKeyless: boolean;
  /** Set when the properties read before a node went to the first key of its mapping (`&a key: v`). */
  propsTaken: boolean;
  /**
   * What the last scalar reader (plain, quoted, block) found besides its text, which it returns:
   * where the scalar's source ends (after its last character), whether it spans lines, and its
   * source map (`undefined` when the text is a plain copy of the source).
   */
  scalarEnd: number;
  scalarMultiline: boolean;
  scalarMap: ScalarSourceMap | undefined;
  readonly diagnostics: Diagnostic[];
}

/**
 * Thrown (and caught by the front end) when the text holds something this reader does not
 * handle exactly like yaml.v3 and today's front end: the text is then read by the `yaml`-based
 * front end instead. Never escapes {@link readFast}.
 *
 * @example
 * if (c.text.charCodeAt(c.pos) === 0x25) throw UNSUPPORTED; // `%` directive
 */
export const UNSUPPORTED: { readonly unsupported: true } = Object.freeze({ unsupported: true as const });

/**
 * In {@link Recovered.entries}: the line is read as an entry of the first block collection (the
 * innermost) whose entries it is right of.
 */
export const FIRST_BLOCK_RIGHT_OF = -1;

/**
 * Errors an earlier reading of a text reported (they stand) that error recovery reads past instead
 * of blanking, so that the lines under them stay in the tree.
 */
export interface Recovered {
  /**
   * Line starts of lines indented unlike their block's entries, each with the start of the block
   * collection that reads it as one of its entries: the block it is deeper than, or the block
   * inside that one it is left of; or {@link FIRST_BLOCK_RIGHT_OF}. A plain scalar ends before such a line.
   */
  readonly entries: Map<number, number>;
  /** Starts of plain keys whose `:` is missing (the key ran onto the next lines): read as one-line keys. */
  readonly keys: Set<number>;
  /** Starts of lines indented with tabs: read with each tab as one space. */
  readonly tabs: Set<number>;
  /**
   * Starts of block mappings read as the first item of a sequence whose `- ` is missing: the
   * mapping is a key's value, and `- ` entries follow it left of it, right of the key.
   */
  readonly items: Set<number>;
}

/**
 * A fresh cursor at the start of `text` (after a byte order mark); `recovered`: see {@link Recovered};
 * `unblanked`: the text before error recovery blanked parts of it.
 *
 * @example
 * const c = createCursor("\uFEFFa: 1", DEFAULT_PARSE_LIMITS); // c.pos === 1
 */
export function createCursor(
  text: string,
  limits: ParseLimits,
  tokenLimit: number = limits.maxTokens,
  recovered?: Recovered,
  unblanked?: string,
): Cursor {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return {
    text,
    len: text.length,
    pos: bom,
    lineStart: bom,
    depth: 0,
    limits,
    tokens: 0,
    tokenLimit,
    recovered,
    unblanked,
    anchors: new Map(),
    sizes: new Map(),
    pending: new Set(),
    nodes: 0,
    expansion: 0,
    comments: undefined,
    commentColumns: [],
    flowStart: -1,
    scanLevel: 0,
    flowKeyless: false,
    propsTaken: false,
    limitHit: false,
    shiftedItem: -1,
    itemShift: 0,
    plainScanEnd: -1,
    plainEnd: -1,
    plainScanBreaks: 0,
    plainScanLineStart: 0,
    scalarEnd: 0,
    scalarMultiline: false,
    scalarMap: undefined,
    diagnostics: [],
  };
}

/** `true` for a space or a tab. */
export function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/** `true` for `\n` or `\r`. */
export function isBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** `true` for a space, a tab, a line break or the end of the text (`NaN`). */
export function isBlankOrEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || Number.isNaN(code);
}

/** `true` for `,`, `[`, `]`, `{`, `}`. */
export function isFlowIndicator(code: number): boolean {
  return code === 44 || code === 91 || code === 93 || code === 123 || code === 125;
}

/** The column (0-based, in UTF-16 units) of `offset` on the cursor's current line. */
export function columnOf(c: Cursor, offset: number): number {
  return offset - c.lineStart;
}

/** Consumes one line break at `pos` (`\r\n`, `\n` or `\r`), updating the line start. */
export function takeBreak(c: Cursor): void {
  const code = c.text.charCodeAt(c.pos);
  c.pos += code === 13 && c.text.charCodeAt(c.pos + 1) === 10 ? 2 : 1;
  c.lineStart = c.pos;
  countToken(c);
}

/** Skips spaces and tabs on the current line. */
export function skipBlanks(c: Cursor): void {
  const { text } = c;
  let p = c.pos;
  while (isBlank(text.charCodeAt(p))) p++;
  c.pos = p;
}

/**
 * Counts one token against the cursor's token limit; past it the reader stops (`limitHit`). The
 * per-scalar and per-key sites spell it out (`if (++c.tokens > c.tokenLimit) tooManyTokens(c)`):
 * in a short run the reader is never optimised, and every call costs.
 */
export function countToken(c: Cursor): void {
  if (++c.tokens > c.tokenLimit) tooManyTokens(c);
}

/** Stops the reader at its token limit (`limitHit`; the fallback reports it). */
export function tooManyTokens(c: Cursor): never {
  c.limitHit = true;
  throw UNSUPPORTED;
}

/** `true` when `pos` is at column 0 on a `---` or `...` marker followed by a blank or the end. */
export function atDocumentMarker(c: Cursor, pos: number): boolean {
  if (pos !== c.lineStart) return false;
  // A `%YAML` or `%TAG` directive ends the document too (yaml.v3 scans one wherever a token may start).
  return c.text.charCodeAt(pos) === 37 ? directiveProblem(c.text, pos) === undefined : isDocumentMarker(c.text, pos);
}

/**
 * `true` for a character of an anchor or alias name as yaml.v3 scans it (`[0-9A-Za-z_-]`).
 *
 * @example
 * isAnchorChar(58); // false: `&a:` is the anchor `a`, then `:`
 */
export function isAnchorChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 45
  );
}

/**
 * `true` when the source from `start` to `end` holds a line break.
 *
 * @example
 * lineBreakIn("a\nb", 0, 3); // true
 */
export function lineBreakIn(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) if (isBreak(text.charCodeAt(p))) return true;
  return false;
}

/** `true` when a `---` or `...` marker followed by a blank or the end is at `pos` (a line start). */
export function isDocumentMarker(text: string, pos: number): boolean {
  const ch = text.charCodeAt(pos);
  if (ch !== 45 && ch !== 46) return false;
  return text.charCodeAt(pos + 1) === ch && text.charCodeAt(pos + 2) === ch && isBlankOrEnd(text.charCodeAt(pos + 3));
}

/**
 * Reads a comment at `pos` (a `#`) to the end of its line and returns its text without the `#`.
 * The line break is not consumed.
 */
export function readComment(c: Cursor): string {
  const { text } = c;
  const start = c.pos + 1;
  let p = start;
  const len = c.len;
  let ch = p < len ? text.charCodeAt(p) : Number.NaN;
  while (!(ch === 10 || ch === 13 || !(ch >= 0))) ch = ++p < len ? text.charCodeAt(p) : Number.NaN;
  c.pos = p;
  countToken(c);
  return text.slice(start, p);
}

/** Takes the pending comment lines (joined by `\n`), if any. */
export function takeComments(c: Cursor): string | undefined {
  const lines = c.comments;
  if (lines === undefined) return undefined;
  c.comments = undefined;
  c.commentColumns = [];
  return lines.join("\n");
}

/**
 * Takes the leading pending comment lines indented at least `indent` (and the blank lines among
 * them): the trailing comment of a collection that ends here, the way the `yaml` package keeps it.
 */
export function takeCommentsFrom(c: Cursor, indent: number): string | undefined {
  const lines = c.comments;
  if (lines === undefined) return undefined;
  const columns = c.commentColumns;
  let k = 0;
  while (k < lines.length && ((columns[k] as number) >= indent || columns[k] === -1)) k++;
  if (k === 0) return undefined;
  const taken = lines.slice(0, k).join("\n");
  if (k === lines.length) {
    c.comments = undefined;
    c.commentColumns = [];
  } else {
    c.comments = lines.slice(k);
    c.commentColumns = columns.slice(k);
  }
  return taken;
}

/** `true` when the next character after blanks and line breaks from `p` is a `#`. */
function commentFollows(text: string, p: number): boolean {
  let q = p;
  for (;;) {
    const ch = text.charCodeAt(q);
    if (ch === 35) return true;
    if (!(ch === 32 || ch === 9 || ch === 10 || ch === 13)) return false;
    q++;
  }
}

/**
 * After a node: skips blanks, a trailing comment (returned), line breaks, and blank and comment
 * lines (kept in {@link Cursor.comments}), up to the next content or the end. A tab in the
 * indentation of a line is a `yaml/tab-indentation` error, except where yaml.v3 allows it: in the
 * blanks a plain scalar's scan took in, and on comment lines after a comment line (or after a
 * comment following `---` or `-`: `trailingCounts`).
 */
export function skipToContent(c: Cursor, trailingCounts = false): string | undefined {
  const { text, len } = c;
  let trailing: string | undefined;
  let p = c.pos;
  let atLineStart = p === c.lineStart;
  let afterCommentLine = false;
  // Right after a plain scalar whose scan went on over blanks and line breaks: leap over them
  // (the loop below would only count the breaks as tokens; no tab there is an error, and with
  // no pending comment lines a blank line records nothing).
  if (p === c.plainEnd && c.plainScanEnd > p && c.comments === undefined) {
    const breaks = c.plainScanBreaks;
    if (c.tokens + breaks <= c.tokenLimit) {
      c.tokens += breaks;
      p = c.plainScanEnd;
      if (breaks > 0) {
        c.lineStart = c.plainScanLineStart;
        atLineStart = true;
      }
    }
  }
  // Reads stay inside the text (`p < len ? … : NaN`, here and in the other per-character loops):
  // one past its end deoptimises the optimised readers ("out of bounds") and the engine compiles
  // them again, which a single cold pass over many files pays for (measured ~1.15x).
  for (;;) {
    let ch = p < len ? text.charCodeAt(p) : Number.NaN;
    while (ch === 32) ch = ++p < len ? text.charCodeAt(p) : Number.NaN;
    if (ch === 9) {
      const tab = p;
      while (isBlank(text.charCodeAt(p))) p++;
      // yaml.v3 reads a tab-indented comment or blank line only inside a run of comment lines: its
      // comment scanner takes the following comment lines along, and the blank lines up to the last
      // of them. Anywhere else a tab cannot start a line (after spaces or not, blank line or not);
      // the `yaml` package reads some of these.
      if (atLineStart && tab >= c.plainScanEnd && !(afterCommentLine && commentFollows(text, p))) {
        if (c.recovered?.tabs.has(c.lineStart) !== true) {
          throw tolerating(tabIndentation(c, tab), { kind: "tab", at: c.lineStart });
        }
      }
      ch = p < len ? text.charCodeAt(p) : Number.NaN;
    }
    if (ch === 35) {
      // yaml.v3 reads a `#` glued to a token (`"x"#c`) as a comment too (the `yaml` package refuses it).
      c.pos = p;
      const comment = readComment(c);
      if (atLineStart) {
        afterCommentLine = true;
        (c.comments ??= []).push(comment);
        c.commentColumns.push(p - c.lineStart);
      } else {
        trailing = comment;
        afterCommentLine = trailingCounts;
      }
      p = c.pos;
      ch = p < len ? text.charCodeAt(p) : Number.NaN;
    } else if (atLineStart && (ch === 10 || ch === 13) && c.comments !== undefined) {
      c.comments.push("");
      c.commentColumns.push(-1);
    }
    // (takeBreak spelt out: this loop runs per line, often before the engine optimises it.)
    if (ch === 10) p++;
    else if (ch === 13) p += text.charCodeAt(p + 1) === 10 ? 2 : 1;
    else break;
    c.pos = p;
    c.lineStart = p;
    if (++c.tokens > c.tokenLimit) {
      c.limitHit = true; // (countToken)
      throw UNSUPPORTED;
    }
    atLineStart = true;
  }
  c.pos = p;
  return trailing;
}

/**
 * yaml.v3's directive name scan (`%NAME` at column 0, a directive wherever it is): the problem
 * it refuses the text for, or `undefined` for `%YAML` and `%TAG` (see {@link scanYamlDirective};
 * this reader leaves `%TAG` aside).
 *
 * @example
 * directiveProblem("%x\n", 0); // "Unknown directive '%x' (only %YAML and %TAG exist)."
 */
export function directiveProblem(text: string, p: number): string | undefined {
  let q = p + 1;
  for (;;) {
    const ch = text.charCodeAt(q);
    if ((ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch === 45 || ch === 95) q++;
    else break;
  }
  const name = text.slice(p + 1, q);
  if (name === "") return "A directive ('%' at the start of a line) needs a name.";
  if (!isBlankOrEnd(text.charCodeAt(q))) return "A directive name holds only letters, digits, '-' and '_'.";
  if (name !== "YAML" && name !== "TAG") return `Unknown directive '%${name}' (only %YAML and %TAG exist).`;
  return undefined;
}

/** The digits of a `%YAML` version number at `p`: their end, or yaml.v3's problem (at most two digits). */
function versionNumberEnd(text: string, p: number): number | string {
  let q = p;
  while (text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) q++;
  if (q === p) return "A %YAML directive needs a version number ('%YAML 1.1').";
  if (q - p > 2) return "This %YAML version number is too long.";
  return q;
}

/**
 * yaml.v3's scan of the `%YAML` directive at `p` (a `%` at column 0 whose name
 * {@link directiveProblem} accepted): the offset after its line (line break included) and whether
 * it names version 1.1 (the only version yaml.v3 reads; `01.01` is 1.1), or the problem yaml.v3
 * reports.
 *
 * @example
 * scanYamlDirective("%YAML 1.1 # c\n---\n", 0); // { end: 14, v11: true }
 */
export function scanYamlDirective(text: string, p: number): { end: number; v11: boolean } | string {
  let q = p + 5;
  while (isBlank(text.charCodeAt(q))) q++;
  const major = versionNumberEnd(text, q);
  if (typeof major === "string") return major;
  if (text.charCodeAt(major) !== 46) return "A %YAML version is two numbers joined by '.' ('%YAML 1.1').";
  const minor = versionNumberEnd(text, major + 1);
  if (typeof minor === "string") return minor;
  const v11 = Number(text.slice(q, major)) === 1 && Number(text.slice(major + 1, minor)) === 1;
  let end = minor;
  while (isBlank(text.charCodeAt(end))) end++;
  if (text.charCodeAt(end) === 35) while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
  if (end < text.length && !isBreak(text.charCodeAt(end))) {
    return "Only a comment may follow a %YAML directive on its line.";
  }
  if (text.charCodeAt(end) === 13) end++;
  if (text.charCodeAt(end) === 10) end++;
  return { end, v11 };
}
