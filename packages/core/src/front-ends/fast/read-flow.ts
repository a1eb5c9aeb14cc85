import { checkScalarKeys } from "./check-keys.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { YamlMap, YamlNode, YamlPair, YamlSeq } from "../../tree/yaml-node.js";
import {
  atDocumentMarker,
  countToken,
  isBlank,
  isBlankOrEnd,
  isBreak,
  isDocumentMarker,
  readComment,
  takeBreak,
  UNSUPPORTED,
} from "./cursor.js";
import type { Cursor } from "./cursor.js";
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
import type { Draft } from "./make-node.js";
import { reportedError, syntaxError, unclosedBracket, unexpected } from "./read-error.js";
import { nonScalarKeyName } from "../../tree/non-scalar-key-name.js";
import type { ReadError } from "./read-error.js";
import { readPlain } from "./read-plain.js";
import { readQuoted } from "./read-quoted.js";

/**
 * Skips blanks, comments and line breaks inside a flow collection (the tree keeps no comment from
 * inside one). A document marker there ends the text for yaml.v3: the collection is unclosed.
 */
function skipFlowSpace(c: Cursor): void {
  const { text } = c;
  for (;;) {
    const ch = text.charCodeAt(c.pos);
    if (isBlank(ch)) c.pos++;
    else if (isBreak(ch)) {
      takeBreak(c);
      if (atDocumentMarker(c, c.pos)) throw unclosedBracket(c);
    } else if (ch === 35) readComment(c);
    else return;
  }
}

/** `true` when a plain scalar may start at `pos` in flow context. */
function canStartPlain(c: Cursor): boolean {
  const { text } = c;
  const ch = text.charCodeAt(c.pos);
  if (Number.isNaN(ch) || isBlankOrEnd(ch)) return false;
  // Indicators: , [ ] { } # & * ! | > ' " % @ `
  if (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125 || ch === 35 || ch === 38 || ch === 42)
    return false;
  if (ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96)
    return false;
  // In flow context yaml.v3 always reads `?` and `:` as indicators; `-` starts a plain scalar
  // before anything but a blank (`[-]` is `["-"]`).
  if (ch === 63 || ch === 58) return false;
  if (ch === 45) return !isBlankOrEnd(text.charCodeAt(c.pos + 1));
  return true;
}

/** Reads one node inside a flow collection; `blockIndent` is the indentation of the enclosing block collection. */
function readFlowNode(c: Cursor, blockIndent: number): YamlNode {
  const levelZero = c.scanLevel === 0;
  if (levelZero) {
    // Block rules (see blockRuleSpace): properties, `?`, `:`, `-`, `|`, `>` start other tokens there.
    const ch = c.text.charCodeAt(c.pos);
    if (ch === 38 || ch === 33 || ch === 63 || ch === 58 || ch === 45 || ch === 124 || ch === 62) throw UNSUPPORTED;
  }
  // The node, or another property (`{&a\n  !t x}`), may follow on a later line.
  const props = readProps(c, true, skipFlowSpace);
  const before = c.nodes;
  startProps(c, props);
  const start = c.pos;
  const ch = c.text.charCodeAt(start);
  let node: Draft<YamlNode>;
  if (ch === 91 || ch === 123) node = readFlowCollection(c, blockIndent);
  else if (ch === 34 || ch === 39)
    node = makeScalar(c, start, readQuoted(c), ch === 34 ? "double-quoted" : "single-quoted", props);
  else if (ch === 42) {
    // Properties before an alias: yaml.v3 makes them an empty node and then fails on the alias.
    if (props !== undefined) throw unexpected(c, start);
    return readAlias(c, true);
  } else if (canStartPlain(c)) {
    const plain = readPlain(c, blockIndent + 1, true);
    if (levelZero) checkBlockPlain(c, blockIndent);
    node = makeScalar(c, start, plain, "plain", props);
  } else if (props !== undefined && Number.isNaN(ch)) throw unclosedBracket(c);
  else if (props !== undefined && (ch === 44 || ch === 93 || ch === 125 || ch === 58)) {
    // Properties of an empty node (`[&x]`, `{!!str : v}`): yaml.v3's empty scalar.
    node = emptyScalar(c, start, props.tag);
  } else if (props === undefined && (ch === 44 || ch === 93 || ch === 125 || ch === 64 || ch === 96 || ch === 37)) {
    throw unexpected(c, start); // an empty entry (`[a, , b]`) or a character that starts no node
  } else if (ch === 63 || (props === undefined && (ch === 58 || ch === 45 || ch === 124 || ch === 62 || ch === 35))) {
    // `:` or `-` as an indicator, `|`, `>`, a `#` glued to the previous token, `?` (a key where a
    // node is expected): yaml.v3 refuses them in a flow collection ("did not find expected node content", "found character that
    // cannot start any token").
    throw unexpected(c, start);
  } else {
    // Properties before something that is no node (`[&a |]`, a second anchor): yaml.v3 refuses it.
    throw unexpected(c, start);
  }
  applyProps(c, node, props, before);
  return node as YamlNode;
}

/**
 * Where yaml.v3's scanner is at flow level 0 inside a flow collection (after a `]` its parser
 * dropped, `[?], …`), it scans by block rules: a tab before a token cannot start it, a token on a
 * later line may close block collections or need a key. Such blanks (from `from` to the cursor)
 * are left aside (`UNSUPPORTED`): a line break inside a block collection, or a tab where a simple
 * key may start (`keyAllowed`: after `,`; after any line break).
 */
function blockRuleSpace(c: Cursor, from: number, blockIndent: number, keyAllowed: boolean): void {
  const { text } = c;
  let allowed = keyAllowed;
  for (let p = from; p < c.pos; p++) {
    const ch = text.charCodeAt(p);
    if (ch === 9 && allowed) throw UNSUPPORTED;
    if (isBreak(ch)) {
      if (blockIndent >= 0) throw UNSUPPORTED;
      allowed = true;
    }
  }
}

/**
 * A plain scalar read at yaml.v3's flow level 0 inside a flow collection (see
 * {@link blockRuleSpace}): yaml.v3 reads it by block rules, which run over `,`, `[`, `]`, `{`,
 * `}`, `?` and on to the next lines. Left aside (`UNSUPPORTED`) unless both rules end it at the
 * same place: the end of the text, a comment, a `: `, or a later line indented at most
 * `blockIndent` or holding a document marker (`[?], a #c\n]` is read by yaml.v3; `[?], a]` runs
 * over the `]`).
 */
function checkBlockPlain(c: Cursor, blockIndent: number): void {
  const { text } = c;
  if (c.scalarMultiline) throw UNSUPPORTED;
  const end = c.scalarEnd;
  let p = end;
  let lineStart = -1;
  for (;;) {
    const ch = text.charCodeAt(p);
    if (isBlank(ch)) p++;
    else if (isBreak(ch)) {
      p += ch === 13 && text.charCodeAt(p + 1) === 10 ? 2 : 1;
      lineStart = p;
    } else break;
  }
  const ch = text.charCodeAt(p);
  if (Number.isNaN(ch) || (ch === 35 && p > end) || (ch === 58 && isBlankOrEnd(text.charCodeAt(p + 1)))) return;
  if (lineStart >= 0 && (p - lineStart <= blockIndent || (p === lineStart && isDocumentMarker(text, p)))) return;
  throw UNSUPPORTED;
}

function enter(c: Cursor): void {
  if (++c.depth > c.limits.maxDepth) {
    c.limitHit = true;
    throw UNSUPPORTED;
  }
}

/** A `:` after a flow key that spans lines, or on a later line than its key. */
function keyOnOneLine(c: Cursor, at: number): ReadError {
  return syntaxError(c, at, "In a flow collection, a key and its ':' must be on one line.");
}

/**
 * Reads a flow sequence (`[a, b]`) or flow mapping (`{a: 1}`) at the cursor (on its opening
 * bracket). Entries are separated by commas; a trailing comma is allowed; comments are skipped.
 * Explicit keys (`? a`) and single-pair mappings in sequences (`[a: b]`) are read; non-scalar keys leave the text to the fallback;
 * a collection never closed is a `yaml/unclosed-bracket` error at the outermost opening bracket.
 * The cursor ends after the closing bracket.
 *
 * `blockIndent` is the indentation of the enclosing block collection (`-1` at the top): yaml.v3
 * refuses a tab below it in the continuation of a plain scalar.
 *
 * @example
 * const seq = readFlowCollection(c, -1); // at `[1, two]`
 */
export function readFlowCollection(c: Cursor, blockIndent: number): YamlMap | YamlSeq {
  const { text } = c;
  const start = c.pos;
  const isMap = text.charCodeAt(start) === 123;
  const close = isMap ? 125 : 93;
  const outermost = c.flowStart < 0;
  if (outermost) c.flowStart = start;
  enter(c);
  c.scanLevel++;
  c.pos++;
  countToken(c);
  c.nodes++;
  const items: YamlNode[] = [];
  const pairs: YamlPair[] = [];
  // Whether an entry started where yaml.v3 saves a simple key on this level (not after `?`).
  let keyed = false;
  for (;;) {
    const space = c.pos;
    skipFlowSpace(c);
    if (c.scanLevel === 0) blockRuleSpace(c, space, blockIndent, true);
    const ch = text.charCodeAt(c.pos);
    if (ch === close) break;
    if (Number.isNaN(ch)) throw unclosedBracket(c);
    const entryStart = c.pos;
    // `?` starts an explicit key (always an indicator in flow context for yaml.v3): the key may be
    // empty, may span lines and needs no `:`.
    const explicit = ch === 63;
    if (explicit) {
      if (c.scanLevel === 0) throw UNSUPPORTED; // a block key there
    } else keyed = true;
    let node: YamlNode;
    let droppedClose = false;
    if (explicit) {
      c.pos++;
      countToken(c);
      skipFlowSpace(c);
      const first = text.charCodeAt(c.pos);
      if (Number.isNaN(first)) throw unclosedBracket(c);
      if (first === 58 || first === 44 || first === close) {
        node = emptyScalar(c, c.pos);
        // yaml.v3 drops the token after an empty explicit key in a flow sequence (`[? : b]` then
        // misses its ':', `[?]` its ']'), a quirk of its parser: replayed.
        if (!isMap) {
          droppedClose = first === close;
          if (droppedClose && c.scanLevel > 0) c.scanLevel--;
          c.pos++;
          countToken(c);
        }
      } else node = readFlowNode(c, blockIndent);
    } else node = readFlowNode(c, blockIndent);
    const keyLine = c.lineStart;
    const after = c.pos;
    skipFlowSpace(c);
    if (c.scanLevel === 0) blockRuleSpace(c, after, blockIndent, false);
    let next = text.charCodeAt(c.pos);
    let value: YamlNode | null = null;
    const pair = next === 58 || explicit;
    if (next === 58) {
      // After a dropped `]` yaml.v3 always refuses a `:`: its flow level went down with the `]`,
      // so the `:` is scanned in block context (a plain scalar, or a value no key allows), or it
      // takes the enclosing collection as its key (`[[?]: a]]`: a sequence as a key).
      if (droppedClose) throw syntaxError(c, c.pos, "Expected ',' or ']' here.");
      // Any other `:` yaml.v3 scans by block rules there: a plain scalar (`:x`), or a value whose
      // key starts a block mapping inside the flow collection (refused) unless it sits at the
      // column of the enclosing block collection (left aside).
      if (c.scanLevel === 0) {
        if (blockIndent >= 0 && isBlankOrEnd(text.charCodeAt(c.pos + 1))) throw UNSUPPORTED;
        throw syntaxError(c, c.pos, `Expected ',' or '${isMap ? "}" : "]"}' here.`);
      }
      // A key spanning lines, or a `:` on a later line than its key: yaml.v3 refuses both
      // ("did not find expected ',' or '}'"); the `yaml` package reads some.
      if (!explicit) {
        if (c.lineStart !== keyLine || /[\r\n]/.test(text.slice(entryStart, node.span.end))) {
          throw keyOnOneLine(c, c.pos);
        }
        // A token starting with ':' is the value indicator in flow context (`{"a":b}`, `{&a:b}`);
        // a plain key never ends right before one (it would hold the ':').
      }
      c.pos++;
      countToken(c);
      skipFlowSpace(c);
      next = text.charCodeAt(c.pos);
      if (next !== 44 && next !== close) {
        // An alias naming no anchor as a key (below): its error is taken back before the value
        // adds diagnostics of its own (`{*x: !x}`).
        if (node.kind === "alias" && node.target === undefined) {
          throw reportedError(c, c.diagnostics.pop() as Diagnostic, node.span.start);
        }
        value = readFlowNode(c, blockIndent);
        skipFlowSpace(c);
        next = text.charCodeAt(c.pos);
      }
    }
    // An alias naming no anchor as a key: yaml.v3 refuses it; its unknown-alias error is taken back
    // and the entry blanked.
    if ((isMap || pair) && node.kind === "alias" && node.target === undefined) {
      throw reportedError(c, c.diagnostics.pop() as Diagnostic, node.span.start);
    }
    // A key that is no scalar (`{*a : v}`, `{[a]: v}`) is named by its source (the tree's
    // contract); a collection there is reported by the key check (Go cannot decode it).
    const keyName = node.kind === "scalar" ? undefined : nonScalarKeyName(text, node);
    if (isMap) {
      const span = { start: node.span.start, end: (value ?? node).span.end };
      pairs.push(pairNode(node, value, span, keyName));
    } else if (pair) {
      // A single-pair mapping inside a sequence (`[a: b]`, `[? a]`): a flow mapping from the key on.
      c.nodes++;
      const span = { start: entryStart, end: Math.max((value ?? node).span.end, entryStart + 1) };
      const map = mapNode(span, [pairNode(node, value, span, keyName)], true);
      checkScalarKeys(map, c.diagnostics);
      items.push(map);
    } else items.push(node);
    if (next === 44) {
      c.pos++;
      countToken(c);
      continue;
    }
    if (next !== close) {
      if (Number.isNaN(next)) throw unclosedBracket(c);
      throw syntaxError(c, c.pos, `Expected ',' or '${isMap ? "}" : "]"}' here.`);
    }
  }
  c.pos++;
  countToken(c);
  c.depth--;
  if (c.scanLevel > 0) c.scanLevel--;
  if (outermost) {
    c.flowStart = -1;
    c.flowKeyless = !keyed;
  }
  const span = { start, end: c.pos };
  if (!isMap) return seqNode(span, items, true);
  const map = mapNode(span, pairs, true);
  checkScalarKeys(map, c.diagnostics);
  return map;
}
