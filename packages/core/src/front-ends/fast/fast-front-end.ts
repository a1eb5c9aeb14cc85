import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { ParseLimits, YamlFrontEnd, YamlTree } from "../../tree/yaml-front-end.js";
import type { YamlNode } from "../../tree/yaml-node.js";
import { createDiagnostic } from "../../diagnostics/create-diagnostic.js";
import { tidyDiagnostics } from "../../tree/tidy-diagnostics.js";
import { inputTooLarge } from "../input-too-large.js";
import { multipleDocuments } from "../multiple-documents.js";
import {
  atDocumentMarker,
  createCursor,
  directiveProblem,
  isBlank,
  isBlankOrEnd,
  isBreak,
  lineBreakIn,
  scanYamlDirective,
  skipBlanks,
  skipToContent,
  takeComments,
  UNSUPPORTED,
} from "./cursor.js";
import type { Cursor, Recovered } from "./cursor.js";
import type { Draft } from "./make-node.js";
import { runAfter, sameMisindentRun } from "./entry-taker.js";
import { checkNextDocument } from "./next-document.js";
import { readBlockNode } from "./read-block.js";
import { blank, lineStartOf, ReadError, syntaxError, unclosedAround, unexpected } from "./read-error.js";

/**
 * Characters this reader does not read: controls yaml.v3 refuses, the line breaks of YAML 1.1
 * (NEL, LS, PS), non-characters, lone surrogates and a byte order mark past the start. (A lone
 * `\r` is a line break, as for yaml.v3; the `yaml` package reads it as text.)
 */
const UNSUPPORTED_CHARS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]/;
/** Any of them, or a surrogate or a byte order mark (looked at closely only when the quick test finds one). */
const MAYBE_UNSUPPORTED = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff\ufeff]/;
const LONE_SURROGATE_OR_LATE_BOM =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|(?<!^)\ufeff/;
/** All of them, for reporting. */
const ANY_UNSUPPORTED_CHAR =
  /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|(?<!^)\ufeff/g;

function hasUnsupportedChars(text: string): boolean {
  // One scan for the common text (nothing found); a closer look otherwise.
  if (!MAYBE_UNSUPPORTED.test(text)) return false;
  return UNSUPPORTED_CHARS.test(text) || LONE_SURROGATE_OR_LATE_BOM.test(text);
}

/**
 * The first character this reader does not read, as a diagnostic: yaml.v3 refuses controls,
 * non-characters and a late byte order mark ("control characters are not allowed"); the YAML 1.1
 * line breaks and lone surrogates are `yaml/unsupported`.
 */
function unsupportedChar(text: string, at: number): Diagnostic {
  const code = text.charCodeAt(at);
  const hex = code.toString(16).toUpperCase().padStart(4, "0");
  const yaml11Break = code === 0x85 || code === 0x2028 || code === 0x2029;
  if (yaml11Break || (code >= 0xd800 && code <= 0xdfff)) {
    return createDiagnostic(
      "yaml/unsupported",
      yaml11Break
        ? `U+${hex} is a line break for YAML 1.1 readers (Go's yaml.v3) but not for akash-sdl's reader.`
        : "A lone surrogate (half of a UTF-16 pair) is no character.",
      { start: at, end: at + 1 },
      { hints: ["Replace it with an ordinary line break or remove it."] },
    );
  }
  return createDiagnostic(
    "yaml/syntax",
    `Control character U+${hex} is not allowed in YAML.`,
    { start: at, end: at + 1 },
    { hints: ['Remove it, or write it as an escape inside a double-quoted string ("\\t", "\\u0007").'] },
  );
}

type TreeDraft = Draft<YamlTree>;

/** Text after the root that yaml.v3 reads as a second, implicit document (and ignores). */
function implicitDocument(text: string, start: number): Diagnostic {
  let end = start;
  while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
  return createDiagnostic(
    "yaml/multiple-documents",
    "This text starts a second YAML document (it is indented less than the document, or follows a value that is no mapping or sequence); only the first document is used.",
    { start, end: Math.max(end, start + 1) },
    {
      hints: [
        "Indent the text to belong to the document above, or remove it; Go's YAML reader ignores everything from here on.",
      ],
    },
  );
}

/** After this many errors the reader gives up on recovering (the fallback reads the text). */
const MAX_RECOVERIES = 100;

function byStart(a: Diagnostic, b: Diagnostic): number {
  return (a.span?.start ?? -1) - (b.span?.start ?? -1);
}

/**
 * The offset of the simple key yaml.v3's scanner saved for a flow or quoted root (`-1` for none:
 * none on the line of `---`, where no key may start).
 */
function rootKeyOf(text: string, start: number, markerLine: number): number {
  if (text.startsWith("---", markerLine) && lineStartOf(text, start) === markerLine) return -1;
  return start;
}

/** `[]` and `{}`: closing them drops the root's key from yaml.v3's token index (a quirk of its flow levels). */
function isEmptyFlow(root: Draft<YamlNode>): boolean {
  return root.kind === "seq" ? root.items.length === 0 : root.kind === "map" && root.pairs.length === 0;
}

/**
 * `true` at a `: ` (or `:` at the end) after a flow root on its line whose entries are all explicit
 * keys (`{? a}: b`): yaml.v3 dropped the root's simple key from its token index when closing it
 * (see {@link Cursor.flowKeyless}), took the root before the `:`, and queues the key and value
 * tokens the `:` makes (the root's key is still possible), which end the document: it scans no
 * further. (`{}:` is a key: its `:` is scanned before the parser takes the `{`.)
 */
function keylessRootKey(c: Cursor, root: Draft<YamlNode>): boolean {
  if (!c.flowKeyless || isEmptyFlow(root) || !(root.kind === "map" || root.kind === "seq")) return false;
  return c.text.charCodeAt(c.pos) === 58 && isBlankOrEnd(c.text.charCodeAt(c.pos + 1));
}

/**
 * Reads a `---` at the cursor and what may follow it on its line (blanks, a comment); `true` when
 * the root starts on the marker's line (`--- value`).
 */
function readStartMarker(c: Cursor): boolean {
  c.pos += 3;
  skipBlanks(c);
  const ch = c.text.charCodeAt(c.pos);
  if (!(isBlankOrEnd(ch) || ch === 35)) return true;
  const comment = skipToContent(c, true);
  // A comment after `---` is kept like a comment line above the content.
  if (comment !== undefined) {
    (c.comments ??= []).unshift(comment);
    c.commentColumns.unshift(0);
  }
  return false;
}

/**
 * Comment lines at the top go to the document when a blank line separates them from the root
 * (or there is no root), else to the root's first key (like the `yaml` package).
 */
function takeTopComments(c: Cursor, tree: TreeDraft, hasRoot: boolean): void {
  const lines = c.comments;
  if (lines === undefined || (hasRoot && lines[lines.length - 1] !== "")) return;
  let end = lines.length;
  while (end > 0 && lines[end - 1] === "") end--;
  c.comments = undefined;
  c.commentColumns = [];
  if (end > 0) tree.commentBefore = lines.slice(0, end).join("\n");
}

/**
 * Scans the directive at the cursor: the end of its line for a `%YAML` directive yaml.v3 scans;
 * throws the `yaml/syntax` error yaml.v3 gives, or (`%TAG`) that it is not read.
 */
function scanDirective(c: Cursor): { end: number; v11: boolean } {
  const at = c.pos;
  const problem = directiveProblem(c.text, at);
  if (problem !== undefined) throw syntaxError(c, at, problem);
  if (c.text.charCodeAt(at + 1) !== 89) throw UNSUPPORTED; // %TAG
  const scan = scanYamlDirective(c.text, at);
  if (typeof scan === "string") throw syntaxError(c, at, scan);
  return scan;
}

/**
 * Reads the `%YAML` directives before the document (yaml.v3 reads version 1.1 once, and then
 * needs a `---`); leaves the cursor at the marker.
 */
function readDirectives(c: Cursor): void {
  const { text } = c;
  const first = c.pos;
  let seen = false;
  do {
    const at = c.pos;
    const { end, v11 } = scanDirective(c);
    if (seen || !v11) {
      const problem = seen
        ? "A second %YAML directive: a document has one."
        : "Go's YAML reader reads only YAML 1.1 documents ('%YAML 1.1').";
      throw syntaxError(c, at, problem, restOfLine(text, at).end);
    }
    seen = true;
    // yaml.v3 takes the line break with the directive, so a tab may start the next line.
    let p = end;
    while (isBlank(text.charCodeAt(p))) p++;
    c.pos = p;
    c.lineStart = end;
    skipToContent(c);
  } while (c.pos === c.lineStart && text.charCodeAt(c.pos) === 37);
  if (!(atDocumentMarker(c, c.pos) && text.charCodeAt(c.pos) === 45)) {
    throw syntaxError(c, first, "A %YAML directive needs a '---' line after it.", restOfLine(text, first).end);
  }
}

function read(c: Cursor): YamlTree {
  const tree: TreeDraft = { root: null, diagnostics: c.diagnostics };
  if (skipToContent(c) !== undefined) throw UNSUPPORTED;
  const { text } = c;
  if (text.charCodeAt(c.pos) === 37 && c.pos === c.lineStart) readDirectives(c);
  let onMarkerLine = false;
  const markerLine = c.pos;
  if (atDocumentMarker(c, c.pos)) {
    // `...` before any document: yaml.v3 refuses it ("did not find expected node content").
    if (text.charCodeAt(c.pos) !== 45) {
      throw syntaxError(c, c.pos, "A document end marker ('...') cannot come before the document.", c.pos + 3);
    }
    onMarkerLine = readStartMarker(c);
  }
  const hasRoot = c.pos < c.len && !atDocumentMarker(c, c.pos);
  takeTopComments(c, tree, hasRoot);
  let root: Draft<YamlNode> | null = null;
  const rootAt = c.pos;
  if (hasRoot) {
    // On the line of `---` no block collection can start (as after a key's `:`).
    root = readBlockNode(c, -1, onMarkerLine);
    const trailing = skipToContent(c);
    if (trailing !== undefined) root.comment = trailing;
  }
  if (c.pos < c.len) {
    // A directive after the root (it starts the next document): an error when yaml.v3 refuses it.
    if (text.charCodeAt(c.pos) === 37 && c.pos === c.lineStart) scanDirective(c);
    if (!atDocumentMarker(c, c.pos)) {
      // Stray text after the root. On a later line, less indented than a root indented deeper or
      // after a root that is no block collection, yaml.v3 reads it as the start of a second
      // (implicit) document and may or may not refuse what follows: the fallback reads it.
      // Otherwise it is unexpected.
      const column = c.pos - c.lineStart;
      // (A byte order mark is no column: the first line starts after it.)
      const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
      const rootColumn = root === null ? 0 : root.span.start - Math.max(lineStartOf(text, root.span.start), bom);
      const blockRoot = root !== null && (root.kind === "map" || root.kind === "seq") && !root.flow;
      if (root !== null && (!blockRoot || column < rootColumn)) {
        // Text on the line of a flow or quoted root starts the next document too (no simple key
        // may start right after such a root), and so does text left of a block root on the closing
        // line of a quoted scalar or flow collection spanning lines that ends the root (yaml.v3
        // unrolls the indentation there; that value's simple key is stale by then).
        if (c.lineStart > root.span.end) checkNextDocument(c);
        else if (blockRoot) checkNextDocument(c, false);
        else {
          // Properties on the root's line (`&a {}`) hold yaml.v3's simple key on their first token,
          // which closing the collection does not drop (it drops the bracket's).
          const propsOnLine = rootAt < root.span.start && !lineBreakIn(text, rootAt, root.span.start);
          if (!propsOnLine && keylessRootKey(c, root)) {
            // `{? a}: b`: yaml.v3 queues the key and value tokens the `:` makes and reads no further.
          } else {
            const key = rootKeyOf(text, propsOnLine ? rootAt : root.span.start, markerLine);
            checkNextDocument(c, false, key, propsOnLine || (!isEmptyFlow(root) && !c.flowKeyless));
          }
        }
        c.diagnostics.push(implicitDocument(text, c.pos));
        c.pos = c.len;
      } else throw unexpected(c, c.pos);
    } else {
      // yaml.v3 scans the first tokens after the marker: an error there is its verdict. The tail
      // spends no tokens of the first document's budget (yaml.v3 reads the first document whatever
      // follows; the look-ahead is bounded and the comment lines after `...` are scanned once).
      c.tokenLimit = Number.POSITIVE_INFINITY;
      const marker = c.pos;
      checkNextDocument(c);
      const first = text.charCodeAt(marker);
      if (first === 45) {
        c.diagnostics.push(multipleDocuments(marker, marker + 3));
      } else if (first === 37) {
        c.diagnostics.push(multipleDocuments(marker, restOfLine(text, marker).end));
      } else {
        c.pos += 3;
        // A comment after `...` starts a run of comment lines for yaml.v3, like one after `---`.
        skipToContent(c, true);
        if (c.pos < c.len) c.diagnostics.push(multipleDocuments(c.pos, c.pos + 1));
      }
      c.pos = c.len;
    }
  }
  tree.root = root as YamlNode | null;
  while (c.comments !== undefined && c.comments[c.comments.length - 1] === "") c.comments.pop();
  const tail = takeComments(c);
  if (tail !== undefined && tail !== "") tree.comment = tail;
  if (c.diagnostics.length > 1) c.diagnostics.sort(byStart);
  return tree;
}

/** The analysis stops here: the diagnostic that says why (its `data.stoppedAt` is `offset`). */
interface Stop {
  readonly offset: number;
  readonly diagnostic: Diagnostic;
}

/** The content of the line holding `at`, from `at` on (trailing blanks left out). */
function restOfLine(text: string, at: number): { start: number; end: number } {
  let end = at;
  while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
  while (end > at + 1 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return { start: at, end: Math.max(end, Math.min(at + 1, text.length)) };
}

/** Where the reader was when it met something it does not read: the construct, or the flow collection around it. */
function constructStart(c: Cursor): number {
  return c.flowStart >= 0 ? Math.min(c.flowStart, c.pos) : Math.min(c.pos, c.len);
}

/**
 * Why the reading stops at `c` (a limit, or a construct this reader does not read); for one error
 * too many, at that error (`error`: its start, which may lie before the cursor).
 */
function stopAt(c: Cursor, errors: number, error?: number): Stop {
  const { text, limits } = c;
  const at = error === undefined ? constructStart(c) : Math.min(error, constructStart(c));
  const offset = lineStartOf(text, at);
  const data = offset > 0 && offset < text.length ? { stoppedAt: offset } : {};
  if (errors > MAX_RECOVERIES) {
    const diagnostic = createDiagnostic(
      "yaml/too-many-errors",
      `More than ${MAX_RECOVERIES} lines hold YAML errors; the text is not analysed from this line on.`,
      restOfLine(text, at),
      { hints: ["Fix the first errors, then check the text again."], data: { limit: MAX_RECOVERIES, ...data } },
    );
    return { offset, diagnostic };
  }
  if (c.limitHit && c.expansion > limits.maxAliasExpansion) {
    const diagnostic = createDiagnostic(
      "yaml/alias-limit",
      `Expanding the aliases would produce more than ${limits.maxAliasExpansion} nodes; the text is not analysed from this line on.`,
      restOfLine(text, at),
      { data: { limit: limits.maxAliasExpansion, ...data } },
    );
    return { offset, diagnostic };
  }
  if (c.limitHit && c.depth > limits.maxDepth) {
    const diagnostic = createDiagnostic(
      "yaml/too-deep",
      `Collections are nested more than ${limits.maxDepth} levels deep; the text is not analysed from this line on.`,
      { start: at, end: Math.min(at + 1, text.length) },
      { data: { limit: limits.maxDepth, cut: 1, ...data } },
    );
    return { offset, diagnostic };
  }
  if (c.limitHit) {
    const diagnostic = createDiagnostic(
      "yaml/too-many-tokens",
      `The text holds more than ${limits.maxTokens} YAML tokens; it is not analysed from here on.`,
      { start: at, end: Math.min(at + 1, text.length) },
      {
        hints: ["Split the text into smaller files, or raise limits.maxTokens."],
        data: { limit: limits.maxTokens, ...data },
      },
    );
    return { offset, diagnostic };
  }
  const diagnostic = createDiagnostic(
    "yaml/unsupported",
    "akash-sdl's YAML reader does not read this construct (a %YAML or %TAG directive, a !!binary tag, two anchors or tags on one node, properties before an alias); the text is not analysed from this line on.",
    restOfLine(text, at),
    {
      hints: [
        "SDL files do not need it: write keys and values plainly. The yaml-package front end (@akash-sdl/core/yaml-front-end) reads it.",
      ],
      data,
    },
  );
  return { offset, diagnostic };
}

/**
 * The reading loop. Errors are recovered from (blank and read again). What the reader does not
 * read — a construct it leaves aside, a limit, too many errors — gives `null` (for a fallback),
 * or, when `report` is set, a diagnostic: the text from that line on is then left out (`stoppedAt`).
 */
/** The deepest nesting read whatever the limits say: the reader recurses per level (as the yaml front end's clamp). */
const HARDEST_DEPTH = 256;

function readWith(text: string, given: ParseLimits, report: boolean): YamlTree | null {
  const limits = given.maxDepth > HARDEST_DEPTH ? { ...given, maxDepth: HARDEST_DEPTH } : given;
  if (text.length > limits.maxInputLength)
    return { root: null, diagnostics: [inputTooLarge(text, limits.maxInputLength)] };
  let errors: Diagnostic[] | undefined;
  let reading = text;
  if (hasUnsupportedChars(text)) {
    if (!report) return null;
    // The first one is reported (yaml.v3 stops there); all are blanked and the rest is read.
    const first = ANY_UNSUPPORTED_CHAR.exec(text);
    ANY_UNSUPPORTED_CHAR.lastIndex = 0;
    if (first !== null) errors = [unsupportedChar(text, first.index)];
    reading = text.replace(ANY_UNSUPPORTED_CHAR, " ");
  }
  let stop: Stop | undefined;
  let stops = 0;
  /** The text blanked to the end for the last error, if the narrower blanking leads to another error. */
  let wide: string | undefined;
  /** Errors read past instead of blanked (misindented entries, keys missing their `:`, tab-indented lines). */
  let recovered: Recovered | undefined;
  /** Readings again for a misindented line with no error of its own (see `sameMisindentRun`). */
  let quietReadings = 0;
  for (;;) {
    const tokenLimit = report ? limits.maxTokens : Math.floor(limits.maxTokens / 4);
    const c = createCursor(reading, limits, tokenLimit, recovered, reading === text ? undefined : text);
    try {
      const tree = read(c);
      if (errors === undefined && stop === undefined) return tree;
      const all = [...(errors ?? []), ...tree.diagnostics];
      if (stop !== undefined) all.push(stop.diagnostic);
      const done: Draft<YamlTree> = { ...tree, diagnostics: tidyDiagnostics(all, text) };
      if (stop?.diagnostic.data?.["stoppedAt"] !== undefined) done.stoppedAt = stop.offset;
      return done as YamlTree;
    } catch (thrown) {
      // Something left aside inside a flow collection that is never closed: the unclosed
      // bracket is the error (what follows it may be anything).
      const error = thrown === UNSUPPORTED ? (unclosedAround(c) ?? thrown) : thrown;
      if (wide !== undefined && (error === UNSUPPORTED || (error instanceof ReadError && error.wideTo === undefined))) {
        // The text after an unterminated quote or unclosed bracket did not read cleanly (another
        // quote or bracket left open is read as one more error): it was likely meant to be inside
        // it. It is blanked to the end, as yaml.v3 reads it.
        reading = wide;
        wide = undefined;
        continue;
      }
      if (error instanceof ReadError && (errors?.length ?? 0) < MAX_RECOVERIES) {
        const tolerable = error.tolerate;
        if (tolerable !== undefined) {
          recovered ??= { entries: new Map(), keys: new Set(), tabs: new Set(), items: new Set() };
          const { kind, at } = tolerable;
          const known =
            kind === "entry"
              ? recovered.entries
              : kind === "key"
                ? recovered.keys
                : kind === "tab"
                  ? recovered.tabs
                  : recovered.items;
          if (!known.has(at)) {
            // Recovery of a misindented entry, a key missing its `:` or a tab-indented line: the
            // error stands, and the same text is read again with the entry taken as one of a
            // block, the key ended at its line, or the tabs read as spaces (it and the lines under
            // it stay in the tree).
            // A line that follows from an earlier error has none of its own; the rest of its run
            // is taken with it, in this one reading (and past a bound, each is an error again, so
            // that the readings stay bounded by the error limit).
            const quiet =
              kind === "entry" &&
              quietReadings < MAX_RECOVERIES &&
              (tolerable.quiet === true || sameMisindentRun(reading, recovered.entries, at, tolerable.block));
            if (quiet) {
              quietReadings++;
              for (const line of runAfter(reading, at))
                if (!recovered.entries.has(line)) recovered.entries.set(line, tolerable.block);
            } else (errors ??= []).push(error.diagnostic);
            if (kind === "entry") recovered.entries.set(at, tolerable.block);
            else (known as Set<number>).add(at);
            continue;
          }
        }
        // Recovery: the error stands, the text around it is blanked, and the text is read again.
        const blanked = blank(reading, error.blankFrom, error.blankTo);
        if (blanked !== reading) {
          (errors ??= []).push(error.diagnostic);
          wide = error.wideTo === undefined ? undefined : blank(reading, error.blankFrom, error.wideTo);
          reading = blanked;
          continue;
        }
      } else if (error !== UNSUPPORTED && !(error instanceof ReadError)) throw error;
      const tooMany = error instanceof ReadError;
      if (!report && (errors === undefined || c.limitHit || tooMany)) return null;
      // Not read: a construct left aside, a limit, too many errors. In a text already refused
      // for an earlier error (yaml.v3 stops at its first error) the rest is just not read;
      // otherwise (report mode) a diagnostic says where and why the analysis stops.
      const why = tooMany ? stopAt(c, (errors?.length ?? 0) + 1, error.blankFrom) : stopAt(c, errors?.length ?? 0);
      if (report && stop === undefined && (errors === undefined || why.diagnostic.code !== "yaml/unsupported")) {
        stop = why;
      }
      // Spaces, line breaks too: a blank line counts as a token, and the limit must not be met again.
      const rest = reading.slice(0, why.offset) + " ".repeat(reading.length - why.offset);
      if (rest === reading || ++stops > 3) {
        if (!report) return null;
        // Nothing left to blank (a stop on the first line): no tree.
        const all = [...(errors ?? []), ...(stop === undefined ? [] : [stop.diagnostic])];
        return { root: null, diagnostics: tidyDiagnostics(all, text) };
      }
      reading = rest;
    }
  }
}

/**
 * Reads `text` with the fast, hand-written reader, the way Go's yaml.v3 (the SDL reader of the Go
 * tools) reads it: same verdict, values and positions (proven against yaml.v3 by the differential
 * tests). `null` when the text holds something it does not read: `%YAML`/`%TAG` directives,
 * `!!binary`, two anchors on one node, YAML 1.1 line breaks, or a limit — so that a fallback
 * reader may read it.
 *
 * @example
 * readFast("a: 1\n", DEFAULT_PARSE_LIMITS)?.root?.kind; // "map"
 * readFast("%YAML 1.2\n---\na: 1\n", DEFAULT_PARSE_LIMITS); // null (a directive)
 */
export function readFast(text: string, limits: ParseLimits): YamlTree | null {
  try {
    return readFastOrThrow(text, limits);
  } catch {
    // An internal failure must never reach callers: the fallback reads the text instead.
    return null;
  }
}

/**
 * {@link readFast}, except that an internal failure (a bug, never a property of the text) is
 * thrown instead of hidden behind the fallback. For tests.
 *
 * @example
 * expect(() => readFastOrThrow(text, DEFAULT_PARSE_LIMITS)).not.toThrow();
 */
export function readFastOrThrow(text: string, limits: ParseLimits): YamlTree | null {
  return readWith(text, limits, false);
}

/**
 * The fast hand-written reader as a front end, on its own: it reads what Go's yaml.v3 reads (and
 * refuses what it refuses, with a `yaml/*` error at the place yaml.v3 complains) and needs no
 * other YAML library. A construct it does not read (see {@link readFast}) or a limit gives an
 * error diagnostic (`yaml/unsupported`, `yaml/too-deep`, `yaml/too-many-tokens`,
 * `yaml/alias-limit`, `yaml/too-many-errors`) and the text from that line on is left out of the
 * tree (`stoppedAt`). An internal failure becomes a `yaml/internal` diagnostic.
 *
 * @example
 * const { root, diagnostics } = fastFrontEnd("version: '2.0'\n", DEFAULT_PARSE_LIMITS);
 */
export const fastFrontEnd: YamlFrontEnd = (text: string, limits: ParseLimits): YamlTree => {
  try {
    return readWith(text, limits, true) as YamlTree;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      root: null,
      diagnostics: [
        createDiagnostic("yaml/internal", `The YAML reader failed unexpectedly: ${message}`, {
          start: 0,
          end: Math.min(1, text.length),
        }),
      ],
    };
  }
};
