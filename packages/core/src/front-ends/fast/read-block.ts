import { checkScalarKeys } from "./check-keys.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { ScalarStyle, YamlAlias, YamlMap, YamlNode, YamlPair, YamlSeq } from "../../tree/yaml-node.js";
import {
  atDocumentMarker,
  countToken,
  isAnchorChar,
  directiveProblem,
  FIRST_BLOCK_RIGHT_OF,
  isBlank,
  isBlankOrEnd,
  isBreak,
  lineBreakIn,
  skipToContent,
  takeComments,
  takeCommentsFrom,
  tooManyTokens,
  UNSUPPORTED,
} from "./cursor.js";
import type { Cursor, Recovered } from "./cursor.js";
import {
  badIndentation,
  lineStartOf,
  missingDash,
  quietEntry,
  reportedError,
  strayIndicator,
  syntaxError,
  tabIndentation,
  tolerating,
  textAfter,
  unexpected,
} from "./read-error.js";
import type { ReadError } from "./read-error.js";
import {
  applyProps,
  emptyScalar,
  makeScalar,
  mapNode,
  pairNode,
  readAlias,
  readProps,
  seqNode,
  startProps,
} from "./make-node.js";
import type { Draft, NodeProps } from "./make-node.js";
import { readBlockScalar } from "./read-block-scalar.js";
import { columnAt, dashlessItem, entryTaker, indentOf } from "./entry-taker.js";
import { readFlowCollection } from "./read-flow.js";
import { readPlain } from "./read-plain.js";
import { readQuoted } from "./read-quoted.js";
import { nonScalarKeyName } from "../../tree/non-scalar-key-name.js";

/** yaml.v3 refuses implicit keys longer than this (`yaml_parser_save_simple_key`). */
const MAX_KEY_LENGTH = 1024;

function isEntry(c: Cursor): boolean {
  return c.text.charCodeAt(c.pos) === 45 && isBlankOrEnd(c.text.charCodeAt(c.pos + 1));
}

/**
 * `true` when a plain scalar may start at the cursor in block context (callers test `a`–`z`, the
 * usual first letter, before calling it).
 */
function canStartPlain(c: Cursor): boolean {
  const { text } = c;
  const ch = text.charCodeAt(c.pos);
  if (Number.isNaN(ch) || isBlankOrEnd(ch)) return false;
  if (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125 || ch === 35 || ch === 38 || ch === 42)
    return false;
  if (ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96)
    return false;
  if (ch === 45 || ch === 63 || ch === 58) return !isBlankOrEnd(text.charCodeAt(c.pos + 1));
  return true;
}

/** `true` when `: ` (or `:` at a line end) follows the cursor after blanks; does not move. */
function keyFollows(c: Cursor): boolean {
  const { text } = c;
  let p = c.pos;
  const len = c.len;
  let ch = p < len ? text.charCodeAt(p) : Number.NaN;
  while (ch === 32 || ch === 9) ch = ++p < len ? text.charCodeAt(p) : Number.NaN;
  if (ch !== 58) return false;
  ch = p + 1 < len ? text.charCodeAt(p + 1) : Number.NaN;
  return ch === 32 || ch === 10 || ch === 9 || ch === 13 || !(ch >= 0);
}

/** Puts a comment in front of the pending comment lines. */
function unshiftComment(c: Cursor, comment: string): void {
  (c.comments ??= []).unshift(comment);
  c.commentColumns.unshift(Number.MAX_SAFE_INTEGER);
}

function enter(c: Cursor): void {
  if (++c.depth > c.limits.maxDepth) {
    c.limitHit = true;
    throw UNSUPPORTED;
  }
}

/**
 * `true` at a character that starts no node in block context (`@`, a backtick, `,`, `]`, `}`, `%`
 * past column 0 or starting a directive yaml.v3 refuses).
 */
function startsNothing(c: Cursor): boolean {
  const ch = c.text.charCodeAt(c.pos);
  if (ch === 37) return c.pos > c.lineStart || directiveProblem(c.text, c.pos) !== undefined;
  return ch === 64 || ch === 96 || ch === 44 || ch === 93 || ch === 125;
}

/**
 * A key that runs onto the next lines, or text where a key was expected: a ':' is likely missing.
 * A plain key that runs on (`tolerable`) may be read again by error recovery as its first line
 * alone, with the `:` left out, so that the lines under it stay.
 */
function missingColon(c: Cursor, start: number, tolerable = false): ReadError {
  let end = start;
  while (end < c.len && !isBreak(c.text.charCodeAt(end))) end++;
  while (end > start + 1 && isBlank(c.text.charCodeAt(end - 1))) end--;
  const error = syntaxError(c, start, "A mapping key must fit on one line; a ':' may be missing here.", end);
  return tolerable ? tolerating(error, { kind: "key", at: start }) : error;
}

/**
 * A line indented unlike the entries of its block: bad indentation. Error recovery may read it
 * again as an entry of the block collection starting at `block` (see {@link entryTaker}). A line
 * that starts with a `?` or `:` indicator there is refused by yaml.v3 too ("did not find expected
 * key"), though the `yaml` package reads it: a `yaml/syntax` error at the indicator.
 */
function misindented(c: Cursor, block: number | undefined): ReadError {
  const ch = c.text.charCodeAt(c.pos);
  if ((ch === 58 || ch === 63) && isBlankOrEnd(c.text.charCodeAt(c.pos + 1))) return strayIndicator(c, c.pos);
  return badIndentation(c, c.pos, block);
}

/**
 * `true` when the line at the cursor, indented unlike the entries of the block starting at
 * `start` (a sequence if `inSeq`), is read as one of them (error recovery, see {@link entryTaker}).
 */
function tolerated(c: Cursor, start: number, inSeq: boolean): boolean {
  const block = c.recovered?.entries.get(c.lineStart);
  return (block === start || block === FIRST_BLOCK_RIGHT_OF) && isEntry(c) === inSeq;
}

/** `true` for a plain key at `start` that an earlier reading found missing its `:` (error recovery reads it as a one-line key). */
function colonless(c: Cursor, start: number): boolean {
  return c.recovered?.keys.has(start) === true;
}

/** An alias naming no anchor as a key (`*a : b`): its unknown-alias error, the line blanked (yaml.v3 refuses it). */
function aliasKey(c: Cursor, alias: YamlAlias): ReadError {
  const reported = c.diagnostics.pop() as Diagnostic;
  return reportedError(c, reported, alias.span.start);
}

/**
 * Reads the key of a block mapping entry at the cursor, with its properties (`&a key:` anchors
 * the key, as for yaml.v3); it must be followed by `:`.
 */
function readKey(c: Cursor): YamlNode {
  const first = c.text.charCodeAt(c.pos);
  const props = first === 38 || first === 33 ? readProps(c, false) : undefined;
  const before = c.nodes;
  if (props !== undefined) startProps(c, props);
  const start = c.pos;
  const ch = c.text.charCodeAt(start);
  let text: string;
  let style: ScalarStyle;
  if (ch === 34 || ch === 39) {
    text = readQuoted(c);
    style = ch === 34 ? "double-quoted" : "single-quoted";
  } else if ((ch >= 97 && ch <= 122) || canStartPlain(c)) {
    text = readPlain(c, 0, false);
    style = "plain";
  } else if (startsNothing(c)) {
    throw unexpected(c, start);
  } else if (ch === 58 && props === undefined) {
    throw strayIndicator(c, start); // an empty key (`: v`): yaml.v3 refuses it
  } else if ((ch === 91 || ch === 123) && props === undefined) {
    // A flow collection as a key (`[a]: b`).
    const node = readFlowCollection(c, -1);
    if (!keyFollows(c) || lineBreakIn(c.text, start, node.span.end)) throw missingColon(c, start);
    if (node.span.end - start > MAX_KEY_LENGTH) throw UNSUPPORTED;
    return node;
  } else if (ch === 42 && props === undefined) {
    const alias = readAlias(c, false);
    if (!keyFollows(c)) throw missingColon(c, start);
    if (alias.target === undefined) throw aliasKey(c, alias);
    return alias;
  } else if (ch === 58 && isBlankOrEnd(c.text.charCodeAt(start + 1))) {
    // Properties of an empty key (`&a : v`, `&a: v`).
    const key = emptyScalar(c, start, props?.tag);
    applyProps(c, key, props, before);
    return key;
  } else if (ch === 37) {
    throw UNSUPPORTED; // a %YAML or %TAG directive at column 0: it ends the document for yaml.v3
  } else {
    // A block scalar, properties alone or before a collection or alias: yaml.v3 refuses such a key
    // ("did not find expected key", "could not find expected ':'", or it cannot decode it).
    throw syntaxError(
      c,
      props?.start ?? start,
      "A mapping key cannot start like this; write the key as a plain string.",
    );
  }
  if (c.scalarEnd - (props?.start ?? start) > MAX_KEY_LENGTH) throw UNSUPPORTED;
  // A `:` indicator opening a later line is no key's `:` for yaml.v3 (the `yaml` package reads it as one).
  if (c.scalarMultiline) throw missingColon(c, start, style === "plain" && props === undefined);
  if (!keyFollows(c) && !colonless(c, start)) throw missingColon(c, start);
  const key = makeScalar(c, start, text, style, props);
  if (props !== undefined) applyProps(c, key, props, before);
  return key;
}

/** The value after a key's `:`: inline, on the following lines, or none (`null`). */
function readMapValue(c: Cursor, indent: number, key: Draft<YamlNode>, explicit: boolean): YamlNode | null {
  const { text } = c;
  let p = c.pos;
  let ch = text.charCodeAt(p);
  while (ch === 32 || ch === 9) ch = text.charCodeAt(++p);
  c.pos = p;
  // After an explicit key's `:` a block collection may start on the line (`? k\n: a: b`), as after `- `.
  if (!(ch === 10 || ch === 13 || ch === 35 || !(ch >= 0))) return readBlockNode(c, indent, !explicit, true);
  const trailing = skipToContent(c);
  const column = c.pos - c.lineStart;
  const end = c.pos >= c.len || atDocumentMarker(c, c.pos);
  const nested = !end && column > indent;
  const indentless = !end && column === indent && isEntry(c);
  // A block scalar may start at the key's own column (it is no key for yaml.v3): `a:\n|\n x`.
  const scalarHere = !end && column === indent && isBlockScalarStart(c);
  if (!nested && !indentless && !scalarHere) {
    // An empty value: its comment, and the comment lines indented under the key, go to the key.
    const under = takeCommentsFrom(c, indent + 1);
    const comment = trailing !== undefined && under !== undefined ? `${trailing}\n${under}` : (trailing ?? under);
    if (comment !== undefined) key.comment = comment;
    return null;
  }
  // A comment after `key:` belongs to the value on the next lines.
  if (trailing !== undefined) unshiftComment(c, trailing);
  if (!nested && !scalarHere) return readBlockSeq(c, indent);
  const value = readBlockNode(c, indent, false, true);
  return c.recovered === undefined ? value : withDashlessItem(c, indent, value);
}

/**
 * Error recovery for a mapping whose `- ` is missing: when an earlier reading found `- ` entries
 * after the key's block mapping `value`, left of it (see {@link missingDash}), the value is a
 * sequence at their column with the mapping as its first item. Else `value` itself.
 */
function withDashlessItem(c: Cursor, indent: number, value: YamlNode): YamlNode {
  if (!(c.recovered as Recovered).items.has(value.span.start) || !isEntry(c)) return value;
  const column = c.pos - c.lineStart;
  return column > indent ? readBlockSeq(c, column, value) : value;
}

/** `true` at a `|` or `>` (a block scalar's header). */
function isBlockScalarStart(c: Cursor): boolean {
  const ch = c.text.charCodeAt(c.pos);
  return ch === 124 || ch === 62;
}

/** `true` at a `?` indicator (an explicit key). */
function isExplicitKey(c: Cursor): boolean {
  return c.text.charCodeAt(c.pos) === 63 && isBlankOrEnd(c.text.charCodeAt(c.pos + 1));
}

/**
 * After `?` and after an explicit key's `:` (block context): yaml.v3 allows a simple key there, so
 * its scanner skips spaces but no tab, and a tab cannot start a token — unless only blanks lie
 * between it and a `#`: the line-comment scan that follows every token but `-` takes them in
 * (`?\t# c` is read, `?\tx`, `? x\n:\tv` are refused; after a simple key's `:` tabs are blanks).
 * Moves the cursor over the spaces (or up to the comment); throws `yaml/tab-indentation` at the tab.
 *
 * @example
 * refuseTabBeforeToken(c); // at "\t# c": the cursor moves to "# c"
 */
function refuseTabBeforeToken(c: Cursor): void {
  const { text } = c;
  let p = c.pos;
  while (text.charCodeAt(p) === 32) p++;
  c.pos = p;
  if (text.charCodeAt(p) !== 9) return;
  let q = p;
  while (isBlank(text.charCodeAt(q))) q++;
  if (text.charCodeAt(q) !== 35) throw tabIndentation(c, p);
  c.pos = q;
}

/**
 * Reads an explicit key (`? key`, the `?` at the cursor, the mapping at column `indent`): the
 * node after the `?` (on its line or indented under it), or an empty key (a mapping or sequence
 * there is reported by the key check: Go cannot decode it). The cursor ends after the key.
 */
function readExplicitKey(c: Cursor, indent: number): Draft<YamlNode> {
  const mark = c.pos;
  c.pos++;
  countToken(c);
  refuseTabBeforeToken(c);
  const ch = c.text.charCodeAt(c.pos);
  let key: Draft<YamlNode>;
  if (isBreak(ch) || ch === 35 || Number.isNaN(ch)) {
    const at = c.pos;
    // Unlike after `-`, a comment after `?` starts no run of comment lines for yaml.v3 (a tab-indented
    // comment line below it is refused).
    const trailing = skipToContent(c);
    const column = c.pos - c.lineStart;
    // At the `?`'s own column, a block scalar (`?\n|\n x`) or a sequence (`?\n- a`) is still its
    // key for yaml.v3, as after a key's `:`; anything else there is the next key.
    const here = column === indent && (isBlockScalarStart(c) || isEntry(c));
    if (c.pos >= c.len || atDocumentMarker(c, c.pos) || (column <= indent && !here)) {
      key = emptyScalar(c, at > mark + 1 ? mark + 2 : mark + 1);
      if (trailing !== undefined) key.comment = trailing;
      return key;
    }
    if (trailing !== undefined) unshiftComment(c, trailing);
    if (column === indent && isEntry(c)) return readBlockSeq(c, indent);
  }
  return readBlockNode(c, indent, false);
}

/** Reads a block mapping at column `indent` whose first key (its properties from `start`) was read already. */
function readBlockMap(
  c: Cursor,
  indent: number,
  firstKey: Draft<YamlNode>,
  start: number,
  firstExplicit = false,
): YamlMap {
  enter(c);
  c.nodes++;
  const pairs: YamlPair[] = [];
  let key = firstKey;
  let explicit = firstExplicit;
  /** The column values must be right of: the mapping's, or a line's left of it that recovery reads as an entry. */
  let keyIndent = indent;
  for (;;) {
    let value: YamlNode | null = null;
    if (explicit) {
      // After `? key`: a `:` at the mapping's indentation starts its value, else it has none.
      const trailing = skipToContent(c);
      if (trailing !== undefined) key.comment = trailing;
      const ch = c.text.charCodeAt(c.pos);
      if (c.pos - c.lineStart === indent && ch === 58 && isBlankOrEnd(c.text.charCodeAt(c.pos + 1))) {
        c.pos++;
        countToken(c);
        refuseTabBeforeToken(c);
        value = readMapValue(c, indent, key, true);
      }
    } else {
      const { text } = c;
      let p = c.pos;
      let ch = text.charCodeAt(p);
      while (ch === 32 || ch === 9) ch = text.charCodeAt(++p);
      c.pos = ch === 58 ? p + 1 : p; // after the `:` (missing for a key error recovery ended)
      if (++c.tokens > c.tokenLimit) tooManyTokens(c); // (countToken spelt out: once per key)
      value = readMapValue(c, keyIndent, key, false);
    }
    const span = { start: key.span.start, end: (value ?? key).span.end };
    // A key that is no scalar is named by its source (the tree's contract); a collection there is
    // reported by the key check (yaml.v3 reads it but cannot decode it).
    const node = key as YamlNode;
    pairs.push(pairNode(node, value, span, node.kind === "scalar" ? undefined : nonScalarKeyName(c.text, node)));
    const trailing = skipToContent(c);
    if (trailing !== undefined) ((value ?? key) as Draft<YamlNode>).comment = trailing;
    if (c.pos >= c.len || atDocumentMarker(c, c.pos)) break;
    const column = c.pos - c.lineStart;
    if (c.lineStart <= (value ?? key).span.end) {
      // More text after the value. On the closing line of a quoted scalar or flow collection that
      // spans lines, left of this mapping, it closes the mapping (yaml.v3 unrolls the indentation
      // to the text's column); the enclosing collection or the document decides. Else unexpected.
      if (column < indent) break;
      throw textAfter(c, value ?? key);
    }
    // Error recovery: a key of a sequence item whose `- ` is misindented, at the column a
    // well-placed `- ` gives its keys (the misindented `- ` has an error already).
    if (c.shiftedItem === start && column === indent - c.itemShift && !isEntry(c) && !tolerated(c, start, false)) {
      throw quietEntry(c, c.pos, start);
    }
    if (column < indent && (c.recovered === undefined || !tolerated(c, start, false))) break;
    if (column > indent && !tolerated(c, start, false)) {
      if (dashlessItem(c, value, column)) throw missingDash(c, c.pos, (value as YamlNode).span.start);
      throw misindented(c, entryTaker(c, false, start, indent, value, key.span.start, column));
    }
    const first = c.text.charCodeAt(c.pos);
    if (first === 45 && isEntry(c)) throw unexpected(c, c.pos); // `- x` among the keys of a mapping
    const comments = c.comments === undefined ? undefined : takeComments(c);
    explicit = first === 63 && isExplicitKey(c);
    keyIndent = column < indent ? column : indent;
    key = explicit ? readExplicitKey(c, indent) : readKey(c);
    if (comments !== undefined && key.commentBefore === undefined) key.commentBefore = comments;
  }
  const last = pairs[pairs.length - 1] as YamlPair;
  const map = mapNode({ start, end: last.span.end }, pairs, false);
  if (c.depth > 1) {
    const comment = takeCommentsFrom(c, indent);
    if (comment !== undefined) map.comment = comment;
  }
  c.depth--;
  checkScalarKeys(map, c.diagnostics);
  return map;
}

/**
 * `true` when the line holding `at` starts at the column the keys of the item being read (see
 * {@link Cursor.shiftedItem}) would have under a well-placed `- `.
 */
function keptItemColumn(c: Cursor, at: number): boolean {
  const { text } = c;
  return indentOf(text, lineStartOf(text, at)) === columnAt(text, c.shiftedItem) - c.itemShift;
}

/**
 * Reads the item after a `- ` indented `shift` columns unlike its sequence's entries (error
 * recovery), noting where its key starts, so that its other keys may keep the column a
 * well-placed `- ` gives them (see {@link Cursor.shiftedItem}).
 */
function readShiftedItem(c: Cursor, itemIndent: number, shift: number): Draft<YamlNode> {
  const outer = c.shiftedItem;
  const outerShift = c.itemShift;
  c.shiftedItem = c.pos;
  c.itemShift = shift;
  const item = readBlockNode(c, itemIndent, false);
  c.shiftedItem = outer;
  c.itemShift = outerShift;
  return item;
}

/**
 * Reads a block sequence whose first `-` is at the cursor, at column `indent`; `first`: an item
 * read already, whose `- ` is missing (error recovery, see {@link withDashlessItem}).
 */
function readBlockSeq(c: Cursor, indent: number, first?: YamlNode): YamlSeq {
  enter(c);
  c.nodes++;
  const items: YamlNode[] = first === undefined ? [] : [first];
  const start = first === undefined ? c.pos : first.span.start;
  const { text } = c;
  for (;;) {
    const comments = c.comments === undefined ? undefined : takeComments(c);
    const dash = c.pos;
    // A line left of the sequence that error recovery reads as its entry: the item is under the line's `-`.
    const itemIndent = dash - c.lineStart < indent ? dash - c.lineStart : indent;
    c.pos++;
    countToken(c);
    // yaml.v3 refuses a tab after `-` (simple keys are allowed there, and tabs cannot start a
    // token); the `yaml` package reads it as a separator.
    let p = c.pos;
    let ch = text.charCodeAt(p);
    while (ch === 32) ch = text.charCodeAt(++p);
    c.pos = p;
    if (ch === 9) throw tabIndentation(c, p);
    let item: Draft<YamlNode>;
    if (ch === 10 || ch === 13 || ch === 35 || !(ch >= 0)) {
      const at = c.pos;
      const trailing = skipToContent(c, true);
      const column = c.pos - c.lineStart;
      const scalarHere = column === itemIndent && isBlockScalarStart(c);
      if (c.pos >= c.len || atDocumentMarker(c, c.pos) || (column <= itemIndent && !scalarHere)) {
        item = emptyScalar(c, at > dash + 1 ? dash + 2 : dash + 1);
        if (trailing !== undefined) item.comment = trailing;
      } else {
        if (trailing !== undefined) unshiftComment(c, trailing);
        item = readBlockNode(c, itemIndent, false);
      }
    } else if (c.recovered !== undefined && dash - c.lineStart !== indent) {
      item = readShiftedItem(c, itemIndent, dash - c.lineStart - indent);
    } else {
      item = readBlockNode(c, itemIndent, false);
    }
    if (comments !== undefined && item.commentBefore === undefined) item.commentBefore = comments;
    items.push(item as YamlNode);
    const trailing = skipToContent(c);
    if (trailing !== undefined) item.comment = trailing;
    if (c.pos >= c.len || atDocumentMarker(c, c.pos)) break;
    const column = c.pos - c.lineStart;
    if (c.lineStart <= item.span.end) {
      // More text after the item: as in a mapping, left of the sequence it closes the sequence.
      if (column < indent) break;
      throw textAfter(c, item);
    }
    if (column < indent && (c.recovered === undefined || !tolerated(c, start, true))) break;
    if (column > indent && !tolerated(c, start, true))
      throw misindented(c, entryTaker(c, true, start, indent, item, dash, column));
    if (!isEntry(c)) break;
  }
  const last = items[items.length - 1] as YamlNode;
  const seq = seqNode({ start, end: Math.max(last.span.end, start + 1) }, items, false);
  if (c.depth > 1) {
    const comment = takeCommentsFrom(c, indent);
    if (comment !== undefined) seq.comment = comment;
  }
  c.depth--;
  return seq;
}

/** Reads the node at the cursor, without properties; `inline` when it follows `key:` on the same line. */
function readBlockContent(
  c: Cursor,
  parentIndent: number,
  inline: boolean,
  props: NodeProps | undefined,
): Draft<YamlNode> {
  const { text } = c;
  const start = c.pos;
  const lineStart = c.lineStart;
  const column = start - lineStart;
  const propsHere = props !== undefined && props.start >= lineStart;
  const ch = start < c.len ? text.charCodeAt(start) : Number.NaN;
  const next = start + 1 < c.len ? text.charCodeAt(start + 1) : Number.NaN;
  if (ch === 45 && isBlankOrEnd(next)) {
    if (inline && props === undefined) throw syntaxError(c, start, "A sequence cannot start on the line of its key.");
    if (inline || (props !== undefined && props.start >= c.lineStart)) {
      throw syntaxError(c, start, "A sequence cannot start on the line of its properties ('&anchor', '!tag').");
    }
    return readBlockSeq(c, column);
  }
  if (ch === 63 && isBlankOrEnd(next)) {
    // An explicit key (`? key`): a mapping starts here, not after a key's `:` or properties.
    if (inline || propsHere) throw syntaxError(c, start, "A mapping key ('?') cannot start on this line.");
    // The key is inside the mapping: it counts toward the depth limit (`? ? ? …`).
    enter(c);
    const key = readExplicitKey(c, column);
    c.depth--;
    return readBlockMap(c, column, key, start, true);
  }
  if (ch === 124 || ch === 62) {
    return makeScalar(c, start, readBlockScalar(c, parentIndent), ch === 124 ? "block-literal" : "block-folded", props);
  }
  if (ch === 91 || ch === 123) {
    const node = readFlowCollection(c, parentIndent);
    if (!keyFollows(c)) return node;
    // A flow collection as a key (`[a]: b`): a mapping starts here, on one line.
    if (inline) throw syntaxError(c, start, "A mapping cannot start on the line of its key.");
    if (propsHere || node.span.end - start > MAX_KEY_LENGTH) throw UNSUPPORTED;
    if (lineBreakIn(c.text, start, node.span.end)) throw missingColon(c, start);
    // A root whose entries are all explicit keys (`{? a}: b`, `[? a]:`): closing it dropped its
    // simple key from yaml.v3's token index, so its parser took the root before the `:` made it a
    // key; the `:` then starts the next document, which yaml.v3 never scans (the document decides).
    if (parentIndent < 0 && c.flowKeyless && (node.kind === "seq" ? node.items.length : node.pairs.length) > 0) {
      return node;
    }
    return readBlockMap(c, column, node, start);
  }
  if (ch === 42) {
    if (props !== undefined) throw UNSUPPORTED;
    const alias = readAlias(c, false);
    if (!keyFollows(c)) return alias;
    if (alias.target === undefined) throw aliasKey(c, alias);
    // An alias as a key (`*a : v`): a mapping starts here (never inline after another key's `:`).
    if (inline) throw syntaxError(c, start, "A mapping cannot start on the line of its key.");
    return readBlockMap(c, column, alias, start);
  }
  let scalarText: string;
  let style: ScalarStyle;
  if (ch === 34 || ch === 39) {
    scalarText = readQuoted(c);
    style = ch === 34 ? "double-quoted" : "single-quoted";
  } else if ((ch >= 97 && ch <= 122) || canStartPlain(c)) {
    scalarText = readPlain(c, parentIndent + 1, false);
    style = "plain";
  } else if (startsNothing(c)) {
    throw unexpected(c, start);
  } else if (ch === 58 && !propsHere) {
    throw strayIndicator(c, start); // `: v` where a node starts: yaml.v3 refuses it (`&x : v` it reads)
  } else if (ch === 58 && propsHere && isBlankOrEnd(next)) {
    // Properties of an empty key on its line (`&a : v`, `&a: v`): a mapping starts at them.
    if (inline) throw syntaxError(c, start, "A mapping cannot start on the line of its key.");
    const key = emptyScalar(c, start, (props as NodeProps).tag);
    applyProps(c, key, props, c.nodes - 1);
    const map = readBlockMap(c, (props as NodeProps).start - lineStart, key, (props as NodeProps).start);
    c.propsTaken = true;
    return map;
  } else throw UNSUPPORTED;
  const multiline = c.scalarMultiline;
  const isKey = keyFollows(c) || (c.recovered !== undefined && colonless(c, start));
  // Properties on the line of a key belong to the key (yaml.v3); on an earlier line, to the mapping.
  const scalar = makeScalar(c, start, scalarText, style, isKey && !propsHere ? undefined : props);
  if (!isKey) return scalar;
  // An implicit key: a mapping starts here (never inline after another key's `:`).
  if (inline) {
    // `a: b\n  c: d`: a value continued on a more indented line holding a key (bad indentation);
    // `a: b: c`: a mapping cannot start on the line of its key.
    if (multiline) {
      // Error recovery ends a plain value before the key's line and reads the key as an entry
      // (quietly for a key of an item whose `- ` is misindented, at the column it keeps).
      const at = scalar.span.end - 1;
      if (style === "plain" && c.shiftedItem >= 0 && keptItemColumn(c, at))
        throw quietEntry(c, at, FIRST_BLOCK_RIGHT_OF);
      throw badIndentation(c, at, style === "plain" ? FIRST_BLOCK_RIGHT_OF : undefined);
    }
    throw syntaxError(c, start, "A mapping cannot start on the line of its key; quote the value if ':' belongs to it.");
  }
  const keyStart = propsHere ? (props as NodeProps).start : start;
  if (scalar.span.end - keyStart > MAX_KEY_LENGTH) throw UNSUPPORTED;
  if (multiline) throw missingColon(c, start, style === "plain" && !propsHere); // a key spanning lines
  if (!propsHere) return readBlockMap(c, column, scalar, start);
  applyProps(c, scalar, props, c.nodes - 1);
  const map = readBlockMap(c, keyStart - lineStart, scalar, keyStart);
  c.propsTaken = true;
  return map;
}

/** `true` when the line from `p` holds only anchors, tags, blanks and a comment. */
function onlyPropsFollow(text: string, p: number): boolean {
  let q = p;
  for (;;) {
    const ch = text.charCodeAt(q);
    if (ch === 38) {
      // An anchor name ends at its last name character (`&a:` is the anchor `a`, then `:`).
      q++;
      while (isAnchorChar(text.charCodeAt(q))) q++;
    } else if (ch === 33) {
      while (!isBlankOrEnd(text.charCodeAt(q))) q++;
    } else if (ch === 32 || ch === 9) q++;
    else return ch === 35 || isBreak(ch) || Number.isNaN(ch);
  }
}

/**
 * `true` when the alias at `p` is alone on its line (a comment aside). With more after it, a `:`
 * later on the line can make it a block key (`*a : v`, `*a !t k: v`), whose mapping takes the
 * properties before it.
 */
function aliasAloneAt(text: string, p: number): boolean {
  let q = p + 1;
  while (isAnchorChar(text.charCodeAt(q))) q++;
  const name = q;
  while (isBlank(text.charCodeAt(q))) q++;
  const ch = text.charCodeAt(q);
  return isBreak(ch) || Number.isNaN(ch) || (ch === 35 && q > name);
}

/** `,`, `]` or `}`: in block context yaml.v3 scans them as flow tokens, which start no node. */
function isFlowEnd(ch: number): boolean {
  return ch === 44 || ch === 93 || ch === 125;
}

/**
 * Reads the block node at the cursor (at its first character): a mapping, a sequence, a block,
 * quoted or plain scalar, a flow collection or an alias, with its properties. `parentIndent` is
 * the column of the enclosing block collection (`-1` at the top); `inline` is set when the node
 * follows `key:` on the same line (a mapping or sequence cannot start there); `indentless` when
 * the node is a mapping value, which may be a sequence at the key's column after properties
 * (`a: &x` or `a:\n  &x`, then `- b`); a block scalar may start there after properties in any
 * block collection (`a: !t\n|\n x`, `- &x\n|\n x`). Comment lines read before the node become the
 * `commentBefore` of its first key (mapping) or of the node.
 *
 * @example
 * const root = readBlockNode(c, -1, false);
 */
export function readBlockNode(
  c: Cursor,
  parentIndent: number,
  inline: boolean,
  indentless: boolean = inline,
): YamlNode {
  // Most nodes have neither comment lines above them nor properties (a mapping never leaves
  // `propsTaken` set when it had no properties to take).
  const first = c.text.charCodeAt(c.pos);
  if (c.comments === undefined && first !== 38 && first !== 33) {
    return readBlockContent(c, parentIndent, inline, undefined) as YamlNode;
  }
  let comments = takeComments(c);
  const props = readProps(c, false);
  const before = c.nodes;
  startProps(c, props);
  let node: Draft<YamlNode>;
  const ch = c.text.charCodeAt(c.pos);
  if (props !== undefined && parentIndent < 0 && (isFlowEnd(ch) || ch === 38 || ch === 33 || ch === 42)) {
    // `!x ,` at the top: yaml.v3 reads an empty node with these properties (a `,`, `]` or `}`
    // starts no node) and the rest as the next document. So too before a second anchor or tag
    // (`!x !y`, `&a !x &b`: readProps took the first of each kind), a node has one of each, and
    // before an alias (`&a *b`: an alias takes no properties).
    node = emptyScalar(c, c.pos, props.tag);
  } else if (props !== undefined && (isBreak(ch) || ch === 35 || Number.isNaN(ch))) {
    // Properties alone on their line: the node follows on the next lines, or is empty.
    const at = c.pos;
    const trailing = skipToContent(c);
    const column = c.pos - c.lineStart;
    const end = c.pos >= c.len || atDocumentMarker(c, c.pos);
    const next = c.text.charCodeAt(c.pos);
    // At the top, an alias alone on its line (`&a\n*b`; see aliasAloneAt) or a second anchor or
    // tag on a later line holding only properties (`!x\n!y # c`) ends the node as `,` does. Left
    // aside below: the missing kind (`!x\n&a\nv`, which joins these properties) and a line with
    // more (`!x\n!y a: b` is a mapping tagged `!x`).
    const flowEnd =
      parentIndent < 0 &&
      (isFlowEnd(next) ||
        (next === 42 && aliasAloneAt(c.text, c.pos)) ||
        (((next === 38 && props.anchor !== undefined) || (next === 33 && props.tag !== undefined)) &&
          onlyPropsFollow(c.text, c.pos)));
    const here = column === parentIndent && ((indentless && isEntry(c)) || isBlockScalarStart(c));
    if (end || flowEnd || !(column > parentIndent || here)) {
      // Nothing indented under them: an empty node with these properties (yaml.v3's empty scalar).
      node = emptyScalar(c, at, props.tag);
      if (trailing !== undefined) node.comment = trailing;
    } else {
      // Comments between the properties and the node go before the node.
      const lines = takeComments(c);
      if (trailing !== undefined || lines !== undefined) {
        comments = [comments, trailing, lines].filter((l) => l !== undefined).join("\n");
      }
      if (next === 38 || next === 33) throw UNSUPPORTED;
      node = readBlockContent(c, parentIndent, false, props);
    }
  } else {
    node = readBlockContent(c, parentIndent, inline, props);
  }
  // Properties read into the first key of a mapping are not the mapping's.
  if (c.propsTaken) c.propsTaken = false;
  else applyProps(c, node, props, before);
  if (comments !== undefined) {
    // At the top the comment goes to the first key or item, deeper to the collection itself.
    const top = c.depth === 0;
    const first = !top
      ? undefined
      : node.kind === "map"
        ? node.pairs[0]?.key
        : node.kind === "seq"
          ? node.items[0]
          : undefined;
    const target: Draft<YamlNode> = (first ?? node) as Draft<YamlNode>;
    if (target.commentBefore === undefined) target.commentBefore = comments;
  }
  return node as YamlNode;
}
