import { checkScalarKeys } from "./check-keys.js";
import type { YamlMap, YamlNode, YamlPair, YamlSeq } from "../../tree/yaml-node.js";
import {
  atDocumentMarker,
  countToken,
  isBlank,
  isBlankOrEnd,
  isBreak,
  readComment,
  takeBreak,
  UNSUPPORTED,
} from "./cursor.js";
import type { Cursor } from "./cursor.js";
import { applyProps, CORE_VALUE_TAGS, emptyScalar, makeScalar, readAlias, readProps, startProps } from "./make-node.js";
import type { Draft } from "./make-node.js";
import { syntaxError, unclosedBracket, unexpected } from "./read-error.js";
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
  const props = readProps(c, true);
  const before = c.nodes;
  startProps(c, props);
  // The node may follow its properties on a later line.
  if (props !== undefined) skipFlowSpace(c);
  const start = c.pos;
  const ch = c.text.charCodeAt(start);
  let node: Draft<YamlNode>;
  if (ch === 91 || ch === 123) node = readFlowCollection(c, blockIndent);
  else if (ch === 34 || ch === 39)
    node = makeScalar(c, start, readQuoted(c), ch === 34 ? "double-quoted" : "single-quoted", props);
  else if (ch === 42) {
    if (props !== undefined) throw UNSUPPORTED;
    return readAlias(c, true);
  } else if (canStartPlain(c)) node = makeScalar(c, start, readPlain(c, blockIndent + 1, true), "plain", props);
  else if (props !== undefined && Number.isNaN(ch)) throw unclosedBracket(c);
  else if (props !== undefined && (ch === 44 || ch === 93 || ch === 125 || ch === 58)) {
    // Properties of an empty node (`[&x]`, `{!!str : v}`): yaml.v3's empty scalar.
    node = emptyScalar(c, start);
    if (props.tag !== undefined && props.tag !== "!" && !CORE_VALUE_TAGS.has(props.tag)) node.value = "";
  } else if (props === undefined && (ch === 44 || ch === 93 || ch === 125 || ch === 64 || ch === 96 || ch === 37)) {
    throw unexpected(c, start); // an empty entry (`[a, , b]`) or a character that starts no node
  } else if (props === undefined && (ch === 58 || ch === 45 || ch === 124 || ch === 62 || ch === 35)) {
    // `:` or `-` as an indicator, `|`, `>`, a `#` glued to the previous token: yaml.v3 refuses
    // them in a flow collection ("did not find expected node content", "found character that
    // cannot start any token").
    throw unexpected(c, start);
  } else throw UNSUPPORTED; // `?` (an explicit key), or properties of an empty node (`[&x]`)
  applyProps(c, node, props, before);
  return node as YamlNode;
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
 * Explicit keys (`?`), pairs inside sequences and non-scalar keys leave the text to the fallback;
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
  c.pos++;
  countToken(c);
  c.nodes++;
  const items: YamlNode[] = [];
  const pairs: YamlPair[] = [];
  for (;;) {
    skipFlowSpace(c);
    const ch = text.charCodeAt(c.pos);
    if (ch === close) break;
    if (Number.isNaN(ch)) throw unclosedBracket(c);
    if (ch === 63 && isBlankOrEnd(text.charCodeAt(c.pos + 1))) throw UNSUPPORTED; // explicit key
    const entryStart = c.pos;
    const node = readFlowNode(c, blockIndent);
    const keyLine = c.lineStart;
    skipFlowSpace(c);
    let next = text.charCodeAt(c.pos);
    if (isMap) {
      let value: YamlNode | null = null;
      if (next === 58) {
        // A key spanning lines, or a `:` on a later line than its key: yaml.v3 refuses both
        // ("did not find expected ',' or '}'"); the `yaml` package reads some.
        if (c.lineStart !== keyLine || /[\r\n]/.test(text.slice(node.span.start, node.span.end))) {
          throw keyOnOneLine(c, c.pos);
        }
        const after = text.charCodeAt(c.pos + 1);
        const adjacent = node.kind === "scalar" && node.style !== "plain";
        if (!adjacent && !isBlankOrEnd(after) && after !== 44 && after !== close) throw UNSUPPORTED;
        c.pos++;
        countToken(c);
        skipFlowSpace(c);
        next = text.charCodeAt(c.pos);
        if (next !== 44 && next !== close) {
          value = readFlowNode(c, blockIndent);
          skipFlowSpace(c);
          next = text.charCodeAt(c.pos);
        }
      }
      if (node.kind !== "scalar") throw UNSUPPORTED; // a collection or alias key
      const end = (value ?? node).span.end;
      pairs.push({ key: node, value, span: { start: node.span.start, end } });
    } else {
      if (next === 58) {
        // A single-pair mapping inside a sequence (`[a: b]`): a flow mapping from the key on.
        if (c.lineStart !== keyLine || /[\r\n]/.test(text.slice(node.span.start, node.span.end))) {
          throw keyOnOneLine(c, c.pos);
        }
        const after = text.charCodeAt(c.pos + 1);
        const adjacent = node.kind === "scalar" && node.style !== "plain";
        if (!adjacent && !isBlankOrEnd(after) && after !== 44 && after !== close) throw UNSUPPORTED;
        if (node.kind !== "scalar") throw UNSUPPORTED; // a collection or alias key
        c.pos++;
        countToken(c);
        skipFlowSpace(c);
        next = text.charCodeAt(c.pos);
        let value: YamlNode | null = null;
        if (next !== 44 && next !== close) {
          value = readFlowNode(c, blockIndent);
          skipFlowSpace(c);
          next = text.charCodeAt(c.pos);
        }
        c.nodes++;
        const span = { start: entryStart, end: (value ?? node).span.end };
        items.push({ kind: "map", span, pairs: [{ key: node, value, span }], flow: true });
      } else items.push(node);
    }
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
  if (outermost) c.flowStart = -1;
  const span = { start, end: c.pos };
  if (!isMap) return { kind: "seq", span, items, flow: true };
  const map: YamlMap = { kind: "map", span, pairs, flow: true };
  checkScalarKeys(map, c.diagnostics);
  return map;
}
