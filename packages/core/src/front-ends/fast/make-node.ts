import { createDiagnostic } from "../../diagnostics/create-diagnostic.js";
import type { Span } from "../../text/span.js";
import type {
  ScalarSourceMap,
  ScalarStyle,
  YamlAlias,
  YamlMap,
  YamlNode,
  YamlPair,
  YamlScalar,
  YamlSeq,
} from "../../tree/yaml-node.js";
import { countToken, isAnchorChar, isBlankOrEnd, isFlowIndicator, skipBlanks, UNSUPPORTED } from "./cursor.js";
import type { Cursor } from "./cursor.js";
import { syntaxError } from "./read-error.js";
import { mayStartCoreValue, resolveCoreScalar } from "./resolve-core-scalar.js";
import { resolveGoScalar } from "../../document/go-resolve.js";

/** Mutable view of a node while it is being built. */
export type Draft<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Node properties written before a node: `&anchor` and `!tag`.
 *
 * @example
 * const props: NodeProps = { anchor: "base", tag: undefined, start: 7, tagStart: -1 };
 */
export interface NodeProps {
  readonly anchor: string | undefined;
  readonly tag: string | undefined;
  /** Offset of the first property. */
  readonly start: number;
  /** Offset of the tag's `!` (`-1` without a tag). */
  readonly tagStart: number;
}

/** Reads a name after `&` or `*` at the cursor; the character after it must end a token. */
function readName(c: Cursor, flow: boolean): string {
  const { text } = c;
  const start = c.pos + 1;
  let p = start;
  while (isAnchorChar(text.charCodeAt(p))) p++;
  const after = text.charCodeAt(p);
  // yaml.v3 wants a name followed by a blank or one of `?:,]}%@` and a backtick.
  if (p === start || !(isBlankOrEnd(after) || "?:,]}%@`".indexOf(text.charAt(p)) >= 0)) {
    const what = text.charCodeAt(c.pos) === 38 ? "An anchor ('&')" : "An alias ('*')";
    throw syntaxError(c, c.pos, `${what} needs a name of letters, digits, '-' or '_', followed by a space.`);
  }
  // Names glued to an indicator that yaml.v3 reads (`*a,` in block context): not read here, except
  // a `:` (`&a: v`, the anchored empty key; `&a:b`, the scalar `:b`; `*a: v`, an alias key) and an
  // anchor glued to `,`, `]` or `}` (yaml.v3 scans the same tokens as for `&a ,`).
  const glued = after === 58 || ((after === 44 || after === 93 || after === 125) && text.charCodeAt(c.pos) === 38);
  // `&a?x` in block context: the plain scalar `?x` follows.
  const plain = after === 63 && !flow && !isBlankOrEnd(text.charCodeAt(p + 1));
  if (!(isBlankOrEnd(after) || (flow && isFlowIndicator(after)) || glued || plain)) {
    // `@`, a backtick or `%` cannot start a token, nor `?` a node in a flow collection: yaml.v3 fails there.
    if (after === 64 || after === 96 || after === 37 || (flow && after === 63)) {
      throw syntaxError(c, p, `Unexpected '${text.charAt(p)}' right after this name.`);
    }
    throw UNSUPPORTED;
  }
  c.pos = p;
  countToken(c);
  return text.slice(start, p);
}

function isHexCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/** The characters yaml.v3 takes into a tag's URI (`%` starts an escape). */
function isUriChar(code: number): boolean {
  return isAnchorChar(code) || (code < 128 && ";/?:@&=+$,.!~*'()[]%".indexOf(String.fromCharCode(code)) >= 0);
}

/** yaml.v3's `yaml_parser_scan_tag_uri`: the end of the URI at `p`, or the problem. */
function scanUri(text: string, p: number, hasHead: boolean): number | string {
  let q = p;
  let width = 0;
  while (isUriChar(text.charCodeAt(q))) {
    if (text.charCodeAt(q) === 37) {
      if (!(isHexCode(text.charCodeAt(q + 1)) && isHexCode(text.charCodeAt(q + 2))))
        return "A '%' in a tag must start an escaped octet (%XX).";
      const octet = Number.parseInt(text.slice(q + 1, q + 3), 16);
      if (width === 0) {
        width =
          octet < 0x80
            ? 1
            : octet >= 0xc0 && octet < 0xe0
              ? 2
              : octet >= 0xe0 && octet < 0xf0
                ? 3
                : octet >= 0xf0 && octet < 0xf8
                  ? 4
                  : 0;
        if (width === 0) return "An escaped octet in a tag is no UTF-8 lead byte.";
      } else if ((octet & 0xc0) !== 0x80) return "An escaped octet in a tag is no UTF-8 continuation byte.";
      width--;
      q += 3;
    } else {
      if (width > 0) return "An escaped octet in a tag is no UTF-8 continuation byte.";
      q++;
    }
  }
  if (width > 0) return "An escaped octet in a tag is no UTF-8 continuation byte.";
  if (q === p && !hasHead) return "A tag needs a name after its handle.";
  return q;
}

/**
 * yaml.v3's `yaml_parser_scan_tag` for the tag at `p` (a `!`): where it ends, or the problem
 * yaml.v3 reports (it then refuses the text).
 *
 * @example
 * scanTag("!!int 5", 0); // 5
 */
export function scanTag(text: string, p: number): number | string {
  let q: number | string;
  if (text.charCodeAt(p + 1) === 60) {
    q = scanUri(text, p + 2, false);
    if (typeof q === "string") return q;
    if (text.charCodeAt(q) !== 62) return "A verbatim tag ('!<…') must end with '>'.";
    q++;
  } else {
    let h = p + 1;
    while (isAnchorChar(text.charCodeAt(h))) h++;
    const named = text.charCodeAt(h) === 33 && h > p;
    q = scanUri(text, named ? h + 1 : h, !named);
    if (typeof q === "string") return q;
  }
  if (!isBlankOrEnd(text.charCodeAt(q))) return "A tag must be followed by a space or the end of the line.";
  return q;
}

/** `%XX` escapes of a tag decoded (yaml.v3 decodes them into bytes). */
function decodeUri(s: string): string {
  if (s.indexOf("%") < 0) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    throw UNSUPPORTED;
  }
}

/**
 * The tag yaml.v3 gives a node for the tag `p`–`end` (a `!`), in short form: `!!int` for
 * `!!int` and `!<tag:yaml.org,2002:int>`, `!x` for a local tag, `!` for the non-specific tag
 * (yaml.v3 then resolves the node as if untagged). A named handle (`!e!x`) is undefined without a
 * `%TAG` directive: yaml.v3 refuses it.
 */
function goTag(c: Cursor, p: number, end: number): string {
  const { text } = c;
  let tag: string;
  if (text.charCodeAt(p + 1) === 60) tag = decodeUri(text.slice(p + 2, end - 1));
  else {
    let h = p + 1;
    while (isAnchorChar(text.charCodeAt(h))) h++;
    if (text.charCodeAt(h) === 33 && h < end) {
      if (h !== p + 1)
        throw syntaxError(c, p, "This tag handle is not defined (a '%TAG' directive would define it).", h + 1);
      tag = `!!${decodeUri(text.slice(h + 1, end))}`;
    } else tag = `!${decodeUri(text.slice(p + 1, end))}`;
  }
  return tag.startsWith(CORE_TAG_PREFIX) ? `!!${tag.slice(CORE_TAG_PREFIX.length)}` : tag;
}

const CORE_TAG_PREFIX = "tag:yaml.org,2002:";

/**
 * Reads the properties (`&anchor`, `!tag`) at the cursor, if any, and the space after each:
 * blanks (`skip`'s default), or in a flow collection its space (line breaks and comments too:
 * `{&a\n  !t x}`). The tag is kept in short form (see {@link goTag}).
 *
 * @example
 * const props = readProps(c, false); // at `&a !!str x`: { anchor: "a", tag: "!!str" }
 */
export function readProps(c: Cursor, flow: boolean, skip: (c: Cursor) => void = skipBlanks): NodeProps | undefined {
  const { text } = c;
  let anchor: string | undefined;
  let tag: string | undefined;
  let tagStart = -1;
  const start = c.pos;
  for (;;) {
    const ch = text.charCodeAt(c.pos);
    if (ch === 38 && anchor === undefined) {
      anchor = readName(c, flow);
    } else if (ch === 33 && tag === undefined) {
      const end = scanTag(text, c.pos);
      if (typeof end === "string") throw syntaxError(c, c.pos, end);
      tag = goTag(c, c.pos, end);
      // `!!binary` decodes base64 for yaml.v3: not read here.
      if (tag === "!!binary") throw UNSUPPORTED;
      tagStart = c.pos;
      c.pos = end;
      countToken(c);
    } else break;
    skip(c);
  }
  return anchor === undefined && tag === undefined ? undefined : { anchor, tag, start, tagStart };
}

/**
 * Applies properties to a finished node and registers its anchor. A tagged scalar that yaml.v3
 * cannot decode as its tag (`!!int abc`, `!!bool yes`, an empty `!!int`) is a `yaml/syntax` error.
 */
export function applyProps(c: Cursor, node: Draft<YamlNode>, props: NodeProps | undefined, nodesBefore: number): void {
  if (props === undefined) return;
  if (props.tag !== undefined) {
    node.tag = props.tag;
    if (!GO_TAGS.has(props.tag)) {
      let end = props.tagStart;
      while (!isBlankOrEnd(c.text.charCodeAt(end))) end++;
      c.diagnostics.push(
        createDiagnostic(
          "yaml/unresolved-tag",
          `The tag ${props.tag} is unknown to Go's YAML reader: it reads the node as a string, mapping or sequence, as written.`,
          { start: props.tagStart, end },
          { hints: ["SDL needs no tags: remove it."], data: { tag: props.tag } },
        ),
      );
    } else if (node.kind === "scalar" && props.tag !== "!") {
      const resolved = resolveGoScalar(node as YamlScalar);
      if (resolved.tag === "error") {
        c.diagnostics.push(
          createDiagnostic(
            "yaml/syntax",
            `Go cannot decode ${JSON.stringify(node.text)} as ${props.tag}.`,
            { start: props.start, end: Math.max(node.span.end, props.start + 1) },
            { hints: [`Remove the tag '${props.tag}' or write a value that fits it.`] },
          ),
        );
      }
    }
  }
  if (props.anchor !== undefined) {
    node.anchor = props.anchor;
    c.pending.delete(props.anchor);
    // yaml.v3 defines an anchor where its node starts: a node inside it with the same anchor
    // (`&a [&a x]`) defines it later, and stays what an alias after both names.
    const inner = c.anchors.get(props.anchor);
    if (inner === undefined || inner.span.start < props.start) c.anchors.set(props.anchor, node as YamlNode);
    c.sizes.set(node as YamlNode, c.nodes - nodesBefore);
  }
}

/** Marks the anchor of `props` as being read (an alias to it inside the node is recursive). */
export function startProps(c: Cursor, props: NodeProps | undefined): void {
  if (props?.anchor !== undefined) c.pending.add(props.anchor);
}

/** The tags yaml.v3 knows (`!` is the non-specific tag: the node is resolved as if untagged). */
const GO_TAGS: ReadonlySet<string> = new Set([
  "!",
  "!!str",
  "!!int",
  "!!float",
  "!!bool",
  "!!null",
  "!!timestamp",
  "!!map",
  "!!seq",
  "!!merge",
]);

/**
 * Tags under which a scalar's core-schema `value` is resolved from its text (as the `yaml`
 * package does); under other tags it is the text.
 *
 * @example
 * CORE_VALUE_TAGS.has("!!int"); // true: `!!int 5` has the value 5
 */
export const CORE_VALUE_TAGS: ReadonlySet<string> = new Set(["!!int", "!!float", "!!bool", "!!null"]);

/*
 * Every node of a kind is made by one function below, with all its fields (the optional ones
 * `undefined`) in one order: the tree's readers (document layer, validator) then meet one object
 * shape per kind instead of one per combination of comments, anchors and tags.
 */

/**
 * A scalar node with every field of the kind (comments, anchor and tag unset).
 *
 * @example
 * const node = scalarNode({ start: 3, end: 8 }, "nginx", "nginx", "plain", undefined);
 */
export function scalarNode(
  span: Span,
  value: string | number | boolean | null,
  text: string,
  style: ScalarStyle,
  sourceMap: ScalarSourceMap | undefined,
): Draft<YamlScalar> {
  return {
    kind: "scalar",
    span,
    value,
    text,
    style,
    sourceMap,
    commentBefore: undefined,
    comment: undefined,
    anchor: undefined,
    tag: undefined,
  };
}

/**
 * A mapping node with every field of the kind.
 *
 * @example
 * const map = mapNode({ start: 0, end: 4 }, pairs, false);
 */
export function mapNode(span: Span, pairs: YamlPair[], flow: boolean): Draft<YamlMap> {
  return {
    kind: "map",
    span,
    pairs,
    flow,
    commentBefore: undefined,
    comment: undefined,
    anchor: undefined,
    tag: undefined,
  };
}

/**
 * A sequence node with every field of the kind.
 *
 * @example
 * const seq = seqNode({ start: 0, end: 3 }, items, true);
 */
export function seqNode(span: Span, items: YamlNode[], flow: boolean): Draft<YamlSeq> {
  return {
    kind: "seq",
    span,
    items,
    flow,
    commentBefore: undefined,
    comment: undefined,
    anchor: undefined,
    tag: undefined,
  };
}

/**
 * An alias node with every field of the kind.
 *
 * @example
 * const alias = aliasNode({ start: 9, end: 11 }, "a", target);
 */
function aliasNode(span: Span, name: string, target: YamlNode | undefined): YamlAlias {
  return {
    kind: "alias",
    span,
    name,
    target,
    commentBefore: undefined,
    comment: undefined,
    anchor: undefined,
    tag: undefined,
  };
}

/**
 * A mapping pair; `keyName` names a key that is no scalar (see {@link YamlPair.keyName}).
 *
 * @example
 * pairs.push(pairNode(key, value, { start: 0, end: 4 }, undefined));
 */
export function pairNode(key: YamlNode, value: YamlNode | null, span: Span, keyName: string | undefined): YamlPair {
  return { key, value, span, keyName };
}

/**
 * Makes a scalar node from the scalar just read (its text; its end and source map are on the
 * cursor, see {@link Cursor.scalarEnd}). Plain scalars get their YAML 1.2 core-schema value
 * (unless tagged `!!str`); the others are strings.
 *
 * @example
 * const node = makeScalar(c, 3, readPlain(c, 0, false), "plain", undefined);
 */
export function makeScalar(
  c: Cursor,
  start: number,
  text: string,
  style: ScalarStyle,
  props: NodeProps | undefined,
): Draft<YamlScalar> {
  c.nodes++;
  const tag = props === undefined ? undefined : props.tag;
  let value: string | number | boolean | null = text;
  if (tag === undefined) {
    // A plain scalar starts with its text's first character: most cannot start a non-string.
    if (style === "plain" && mayStartCoreValue(c.text.charCodeAt(start))) value = resolveCoreScalar(text);
  } else if (CORE_VALUE_TAGS.has(tag)) value = resolveCoreScalar(text);
  // The span is an argument, not a literal inside the node's: an object literal holding another
  // one is copied by a runtime call in code the engine has not optimised yet (a short run's whole
  // first pass); a flat one is cloned quickly.
  return scalarNode({ start, end: c.scalarEnd }, value, text, style, c.scalarMap);
}

/**
 * Makes the empty (null) scalar of an item or value with nothing in it, at `at` (its value is `""`
 * under a tag such as `!!str`).
 *
 * @example
 * const empty = emptyScalar(c, 2);
 */
export function emptyScalar(c: Cursor, at: number, tag?: string): Draft<YamlScalar> {
  c.nodes++;
  // Tagged `!!str`, `!x`, …: the empty string (as for the `yaml` package).
  const value = tag === undefined || tag === "!" || CORE_VALUE_TAGS.has(tag) ? null : "";
  return scalarNode({ start: at, end: at }, value, "", "plain", undefined);
}

/**
 * Reads an alias (`*name`) at the cursor. One that names no completed anchor is a
 * `yaml/unknown-alias` error (its `target` is `undefined`); past the expansion budget the
 * fallback reports it.
 *
 * @example
 * const alias = readAlias(c, false);
 */
export function readAlias(c: Cursor, flow: boolean): YamlAlias {
  const start = c.pos;
  const name = readName(c, flow);
  const target = c.anchors.get(name);
  if (target === undefined || c.pending.has(name)) {
    const span = { start, end: c.pos };
    const message = c.pending.has(name)
      ? `The alias '*${name}' refers to a node that contains it.`
      : `The alias '*${name}' refers to an anchor that is not defined before it.`;
    c.diagnostics.push(
      createDiagnostic("yaml/unknown-alias", message, span, {
        hints: [`Define '&${name}' on a node before this alias.`],
        data: { name },
      }),
    );
    c.nodes++;
    return aliasNode(span, name, undefined);
  }
  const size = c.sizes.get(target) ?? 1;
  c.expansion += size;
  if (c.expansion > c.limits.maxAliasExpansion) {
    c.limitHit = true;
    throw UNSUPPORTED;
  }
  // The alias counts as its whole expansion inside any anchored node around it.
  c.nodes += size;
  return aliasNode({ start, end: c.pos }, name, target);
}
