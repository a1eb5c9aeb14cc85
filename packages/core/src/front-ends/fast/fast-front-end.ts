import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { ParseLimits, YamlFrontEnd, YamlTree } from "../../tree/yaml-front-end.js";
import type { YamlNode } from "../../tree/yaml-node.js";
import { createDiagnostic } from "../../diagnostics/create-diagnostic.js";
import { tidyDiagnostics } from "../../tree/tidy-diagnostics.js";
import { yamlFrontEnd } from "../yaml/yaml-front-end.js";
import {
  atDocumentMarker,
  createCursor,
  isBlankOrEnd,
  isBreak,
  skipBlanks,
  skipToContent,
  takeComments,
  UNSUPPORTED,
} from "./cursor.js";
import type { Cursor } from "./cursor.js";
import type { Draft } from "./make-node.js";
import { checkNextDocument } from "./next-document.js";
import { readBlockNode } from "./read-block.js";
import { blank, ReadError, unclosedAround, unexpected } from "./read-error.js";

/**
 * Characters this reader leaves to the fallback: controls yaml.v3 refuses, the line breaks of
 * YAML 1.1 (NEL, LS, PS) and lone `\r`, non-characters, lone surrogates and a byte order mark
 * past the start.
 */
const UNSUPPORTED_CHARS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]/;
/** Surrogates and byte order marks: looked at closely only when the quick test finds one. */
const RARE_CHARS = /[\ud800-\udfff\ufeff]/;
const LONE_SURROGATE_OR_LATE_BOM =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|(?<!^)\ufeff/;

/** A `\r` not followed by `\n`: a line break for yaml.v3, text for the `yaml` package. */
const LONE_CR = /\r(?!\n)/;

function hasUnsupportedChars(text: string): boolean {
  if (UNSUPPORTED_CHARS.test(text)) return true;
  if (text.indexOf("\r") >= 0 && LONE_CR.test(text)) return true;
  return RARE_CHARS.test(text) && LONE_SURROGATE_OR_LATE_BOM.test(text);
}

type TreeDraft = Draft<YamlTree>;

/** The start of the line holding `offset`. */
function lineStartOf(text: string, offset: number): number {
  let p = offset;
  while (p > 0 && !isBreak(text.charCodeAt(p - 1))) p--;
  return p;
}

function multipleDocuments(start: number, end: number): Diagnostic {
  return createDiagnostic(
    "yaml/multiple-documents",
    "The text holds more than one YAML document; only the first one is used.",
    { start, end },
    { hints: ["Remove the '---' line and everything after it, or move it to its own file."] },
  );
}

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

function inputTooLarge(text: string, limit: number): Diagnostic {
  return createDiagnostic(
    "yaml/input-too-large",
    `The text is ${text.length} characters long, more than the limit of ${limit}.`,
    { start: 0, end: Math.min(text.length, 1) },
    { data: { limit, actual: text.length } },
  );
}

/** After this many errors the reader gives up on recovering (the fallback reads the text). */
const MAX_RECOVERIES = 100;

function byStart(a: Diagnostic, b: Diagnostic): number {
  return (a.span?.start ?? -1) - (b.span?.start ?? -1);
}

/** Reads a `---` at the cursor and what may follow it on its line (blanks, a comment). */
function readStartMarker(c: Cursor): void {
  c.pos += 3;
  skipBlanks(c);
  const ch = c.text.charCodeAt(c.pos);
  if (!(isBlankOrEnd(ch) || ch === 35)) throw UNSUPPORTED; // `--- value`
  const comment = skipToContent(c, true);
  // A comment after `---` is kept like a comment line above the content.
  if (comment !== undefined) {
    (c.comments ??= []).unshift(comment);
    c.commentColumns.unshift(0);
  }
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

function read(c: Cursor): YamlTree {
  const tree: TreeDraft = { root: null, diagnostics: c.diagnostics };
  if (skipToContent(c) !== undefined) throw UNSUPPORTED;
  const { text } = c;
  if (text.charCodeAt(c.pos) === 37) throw UNSUPPORTED; // a directive
  if (atDocumentMarker(c, c.pos)) {
    if (text.charCodeAt(c.pos) !== 45) throw UNSUPPORTED; // `...` first
    readStartMarker(c);
  }
  const hasRoot = c.pos < c.len && !atDocumentMarker(c, c.pos);
  takeTopComments(c, tree, hasRoot);
  let root: Draft<YamlNode> | null = null;
  if (hasRoot) {
    root = readBlockNode(c, -1, false);
    const trailing = skipToContent(c);
    if (trailing !== undefined) root.comment = trailing;
  }
  if (c.pos < c.len) {
    if (!atDocumentMarker(c, c.pos)) {
      // Stray text after the root. On a later line, less indented than a root indented deeper or
      // after a root that is no block collection, yaml.v3 reads it as the start of a second
      // (implicit) document and may or may not refuse what follows: the fallback reads it.
      // Otherwise it is unexpected.
      const column = c.pos - c.lineStart;
      const rootColumn = root === null ? 0 : root.span.start - lineStartOf(text, root.span.start);
      const blockRoot = root !== null && (root.kind === "map" || root.kind === "seq") && !root.flow;
      if (root !== null && (!blockRoot || (c.lineStart > root.span.end && column < rootColumn))) {
        // On the root's line yaml.v3 may still read the text as part of the root: fallback.
        if (c.lineStart <= root.span.end) throw UNSUPPORTED;
        checkNextDocument(c);
        c.diagnostics.push(implicitDocument(text, c.pos));
        c.pos = c.len;
      } else throw unexpected(c, c.pos);
    } else {
      // The rest of the stream counts against the token budget (each token is a character at least).
      if (c.tokens + (c.len - c.pos) > c.limits.maxTokens) throw UNSUPPORTED;
      // yaml.v3 scans the first tokens after the marker: an error there is its verdict.
      const marker = c.pos;
      checkNextDocument(c);
      if (text.charCodeAt(marker) === 45) {
        c.diagnostics.push(multipleDocuments(marker, marker + 3));
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

/**
 * Reads `text` with the fast, hand-written reader; `null` when the text holds something it
 * leaves to the `yaml`-based front end: any YAML error except duplicate keys, directives, several
 * documents, explicit keys, tags other than `!!str`, tabs in indentation, comments inside flow
 * collections or after a block scalar header, and texts near a limit. What it reads, it reads
 * like Go's yaml.v3 (the SDL reader of the Go tools) — e.g. quoted scalars whose continuation
 * lines are indented less than their key — and gives the same positioned tree as the
 * `yaml`-based front end.
 *
 * @example
 * readFast("a: 1\n", DEFAULT_PARSE_LIMITS)?.root?.kind; // "map"
 * readFast("%YAML 1.2\n---\na: 1\n", DEFAULT_PARSE_LIMITS); // null (directives: the fallback reads it)
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
  if (text.length > limits.maxInputLength)
    return { root: null, diagnostics: [inputTooLarge(text, limits.maxInputLength)] };
  if (hasUnsupportedChars(text)) return null;
  let errors: Diagnostic[] | undefined;
  let reading = text;
  for (;;) {
    const c = createCursor(reading, limits);
    try {
      const tree = read(c);
      if (errors === undefined) return tree;
      const all = [...errors, ...tree.diagnostics];
      return { ...tree, diagnostics: tidyDiagnostics(all, text) };
    } catch (thrown) {
      // Something left to the fallback inside a flow collection that is never closed: the
      // unclosed bracket is the error (what follows it may be anything).
      const error = thrown === UNSUPPORTED ? (unclosedAround(c) ?? thrown) : thrown;
      if (!(error instanceof ReadError)) {
        if (error === UNSUPPORTED) return null;
        throw error;
      }
      // Recovery: the error stands, the text around it is blanked, and the text is read again.
      (errors ??= []).push(error.diagnostic);
      const blanked = blank(reading, error.blankFrom, error.blankTo);
      if (blanked === reading || errors.length > MAX_RECOVERIES) return null;
      reading = blanked;
    }
  }
}

/**
 * The default YAML front end: the fast hand-written reader ({@link readFast}), handing texts it
 * does not read to the `yaml`-based front end, invisibly to callers. Same tree, same
 * diagnostics; it also reads what Go's yaml.v3 reads and the `yaml` package refuses (quoted
 * scalars with under-indented continuation lines).
 *
 * @example
 * const { root, diagnostics } = fastFrontEnd("version: '2.0'\n", DEFAULT_PARSE_LIMITS);
 */
export const fastFrontEnd: YamlFrontEnd = (text: string, limits: ParseLimits): YamlTree =>
  readFast(text, limits) ?? yamlFrontEnd(text, limits);
