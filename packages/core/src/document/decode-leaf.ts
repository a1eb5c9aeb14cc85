import type { Span } from "../text/span.js";
import type { YamlNode, YamlScalar } from "../tree/yaml-node.js";
import type { BuildContext } from "./build-context.js";
import { deref, describeNode, report } from "./build-context.js";
import { goScalarTag, goShortTag, isGoNull, resolveGoScalar } from "./go-resolve.js";
import type { SdlPath, SdlScalar } from "./sdl-node.js";

/**
 * A reader of one value, given where it sits: its value node (`null` when nothing follows the
 * colon), the span to report at when there is no node (the key's span), its path and one extra
 * argument. Sites are passed as arguments, never as objects: no transient object per value read.
 *
 * @example
 * const read: SiteReader<SdlScalar<string>, boolean> = decodeString;
 */
export type SiteReader<T, A> = (
  ctx: BuildContext,
  node: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
  arg: A,
) => T | undefined;

/**
 * Builds a typed leaf for the value `node` at `path` (aliases already followed, as every decoder
 * holds it); its span is the node's, or `keySpan` when there is no node.
 *
 * @example
 * leafOf(deref(pair.value), pair.key.span, ["services", "web", "expose", 0, "port"], 80, false);
 */
export function leafOf<T>(
  node: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
  value: T | undefined,
  isNull: boolean,
): SdlScalar<T> {
  return { node, span: node === null ? keySpan : node.span, path, value, isNull };
}

/**
 * Decodes a Go `string` field. yaml.v3 stores the scalar's text as written for ANY scalar
 * (`image: 123` → `"123"`, `true` → `"true"`), a null as `""`, and fails for a mapping or
 * sequence. A non-string scalar gets a `type/coerced-to-string` warning because the schema wants
 * a string.
 *
 * @example
 * decodeString(ctx, pair.value, pair.key.span, ["services", "web", "image"]).value; // "nginx"
 */
export function decodeString(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
  schemaAllowsScalars = false,
): SdlScalar<string> {
  const node = deref(valueNode);
  const kind = checkStringNode(ctx, node, path, schemaAllowsScalars);
  if (kind === "null") return leafOf(node, keySpan, path, "", true);
  if (kind === "wrong") return leafOf<string>(node, keySpan, path, undefined, false);
  return leafOf(node, keySpan, path, (node as YamlScalar).text, false);
}

/**
 * The checks of {@link decodeString} on a dereferenced node, with their diagnostics: `"null"` for
 * Go's zero value, `"wrong"` for a mapping or sequence (reported), `"text"` for a scalar (a
 * non-string scalar is reported as coerced unless `schemaAllowsScalars`).
 *
 * @example
 * checkStringNode(ctx, deref(pair.value), path, false); // "text"
 */
export function checkStringNode(
  ctx: BuildContext,
  node: YamlNode | null,
  path: SdlPath,
  schemaAllowsScalars: boolean,
): "null" | "wrong" | "text" {
  if (node === null || isGoNull(node)) return "null";
  if (node.kind !== "scalar") {
    report(ctx, "type/expected-string", `Expected a string, found ${describeNode(node)}.`, node.span, path, {
      data: { expected: "string", actual: node.kind },
    });
    return "wrong";
  }
  // `true` when the official schema also allows numbers/booleans here (no coercion warning, so
  // the scalar's type is not needed).
  const tag =
    schemaAllowsScalars === true || (node.style !== "plain" && node.tag === undefined) ? "str" : goScalarTag(node);
  if (tag !== "str") {
    report(
      ctx,
      "type/coerced-to-string",
      `Go reads the ${tag === "bool" ? "boolean" : tag === "timestamp" ? "date" : "number"} '${node.text}' as the string "${node.text}", but the schema requires a string.`,
      node.span,
      path,
      { hints: [`Quote it: "${node.text}".`], data: { actual: tag } },
    );
  }
  const text = node.text;
  if (node.style === "plain" && text.length > 1 && text.charCodeAt(text.length - 1) === 58) flowColon(ctx, node, path);
  return "text";
}

/**
 * Plain text ending in `:` (which only a flow collection lets through: `[a:]`, `{k: a:}`): yaml.v3
 * reads the text, the TS SDK's js-yaml a mapping `{a: null}` in a list or a YAML error in a
 * mapping, so Console refuses the file (alpha.45 probes).
 */
function flowColon(ctx: BuildContext, node: YamlScalar, path: SdlPath): void {
  report(
    ctx,
    "compat/flow-colon",
    `Console's YAML reader reads '${node.text}' here as a mapping or an error, not as text.`,
    node.span,
    path,
    { hints: [`Quote it: "${node.text}".`] },
  );
}

const MAX_UINT32 = 4294967295;

/**
 * Decodes a Go `uint32` field (port, as, count, http_options) with yaml.v3's rules:
 * integers in any yaml.v3 form (`0x50`, `0o17`, `0777` = 511, `0b101`, `1_000`) and floats
 * (`1e3` → 1000, `80.9` → 80: truncated) are accepted when they fit; quoted numbers, booleans,
 * text and dates fail (`cannot unmarshal !!str into uint32`); negatives, NaN, infinities and
 * values above 4294967295 fail; a null keeps 0.
 *
 * @example
 * decodeUint32(ctx, pair.value, pair.key.span, path).value; // 80
 */
export function decodeUint32(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
): SdlScalar<number> {
  const node = deref(valueNode);
  if (node === null || isGoNull(node)) return leafOf(node, keySpan, path, 0, true);
  if (node.kind !== "scalar") {
    report(ctx, "type/expected-number", `Expected an unsigned integer, found ${describeNode(node)}.`, node.span, path, {
      data: { expected: "uint32", actual: node.kind },
    });
    return leafOf<number>(node, keySpan, path, undefined, false);
  }
  // Most numbers are small plain decimals (ports, counts): yaml.v3 reads them as written.
  const small = node.style === "plain" ? smallDecimal(node.text) : -1;
  if (small >= 0 && goShortTag(node) === "") {
    warnNumberForm(ctx, node, path, false, false, small);
    return leafOf(node, keySpan, path, small, false);
  }
  const r = resolveGoScalar(node);
  if (r.tag === "int" || r.tag === "float") {
    const truncated = r.tag === "int" ? r.value : Number.isFinite(r.value) ? BigInt(Math.trunc(r.value)) : undefined;
    if (truncated === undefined || truncated < 0n || truncated > BigInt(MAX_UINT32)) {
      report(
        ctx,
        "type/number-out-of-range",
        `The value '${node.text}' does not fit an unsigned 32-bit integer.`,
        node.span,
        path,
        {
          data: { min: 0, max: MAX_UINT32, actual: node.text },
        },
      );
      return leafOf<number>(node, keySpan, path, undefined, false);
    }
    const value = Number(truncated);
    warnNumberForm(ctx, node, path, r.tag === "int" && r.legacyOctal, r.tag === "float" && value !== r.value, value);
    return leafOf(node, keySpan, path, value, false);
  }
  const quoted = r.tag === "str" && r.indicated && /^[-+]?[0-9]/.test(node.text);
  report(
    ctx,
    "type/expected-number",
    `Expected an unsigned integer, found ${quoted ? "the quoted string" : "the value"} '${node.text}'.`,
    node.span,
    path,
    {
      hints: quoted ? ["Remove the quotes: Go's yaml.v3 does not turn a string into a number."] : [],
      data: { expected: "uint32", actual: r.tag },
    },
  );
  return leafOf<number>(node, keySpan, path, undefined, false);
}

/**
 * The value of a plain decimal of at most 9 digits without a leading zero (always within uint32),
 * or -1 for any other text: the numbers yaml.v3 resolves to that int with no other meaning.
 */
function smallDecimal(text: string): number {
  const length = text.length;
  if (length === 0 || length > 9 || (length > 1 && text.charCodeAt(0) === 48)) return -1;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}

/** Warnings for integer forms that Go and YAML 1.2 tools read differently. */
function warnNumberForm(
  ctx: BuildContext,
  node: YamlScalar,
  path: SdlPath,
  legacyOctal: boolean,
  truncated: boolean,
  value: number,
): void {
  if (legacyOctal) {
    report(
      ctx,
      "type/legacy-octal",
      `Go reads '${node.text}' as the octal number ${value}; YAML 1.2 tools read it as decimal.`,
      node.span,
      path,
      {
        hints: [`Write ${value} (or 0o${value.toString(8)}) to make the meaning explicit.`],
        data: { go: value, yaml12: node.value },
      },
    );
  } else if (truncated) {
    report(
      ctx,
      "type/number-truncated",
      `Go truncates '${node.text}' to ${value}; the schema requires an integer.`,
      node.span,
      path,
      {
        data: { go: value },
      },
    );
  } else if (node.value !== value) {
    report(
      ctx,
      "type/non-portable-number",
      `Go reads '${node.text}' as ${value}, but YAML 1.2 tools read it differently.`,
      node.span,
      path,
      {
        hints: [`Write ${value}.`],
        data: { go: value, yaml12: node.value },
      },
    );
  }
}

const YAML11_TRUE = new Set(["y", "Y", "yes", "Yes", "YES", "on", "On", "ON"]);
const YAML11_FALSE = new Set(["n", "N", "no", "No", "NO", "off", "Off", "OFF"]);

/**
 * Decodes a Go `bool` field (global, readOnly) with yaml.v3's rules: `true`/`false` (any of the
 * three casings), and, for typed bool fields only, the YAML 1.1 words y/yes/on and n/no/off in the
 * listed casings, even when quoted (with a `type/yaml11-boolean` warning). A quoted `"true"`,
 * a number or other text fails; a null keeps `false`.
 *
 * @example
 * decodeBool(ctx, pair.value, pair.key.span, path).value; // true for `global: yes`
 */
export function decodeBool(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
): SdlScalar<boolean> {
  const node = deref(valueNode);
  if (node === null || isGoNull(node)) return leafOf(node, keySpan, path, false, true);
  if (node.kind === "scalar") {
    const r = resolveGoScalar(node);
    if (r.tag === "bool") return leafOf(node, keySpan, path, r.value, false);
    if (r.tag === "str" && (YAML11_TRUE.has(r.value) || YAML11_FALSE.has(r.value))) {
      const value = YAML11_TRUE.has(r.value);
      report(
        ctx,
        "type/yaml11-boolean",
        `Go reads '${node.text}' as ${value}, but YAML 1.2 tools and the schema read it as a string.`,
        node.span,
        path,
        {
          hints: [`Write ${value}.`],
          data: { go: value },
        },
      );
      return leafOf(node, keySpan, path, value, false);
    }
  }
  const text = node.kind === "scalar" ? `the value '${node.text}'` : describeNode(node);
  report(ctx, "type/expected-boolean", `Expected true or false, found ${text}.`, node.span, path, {
    hints: node.kind === "scalar" && node.style !== "plain" ? ["Remove the quotes."] : [],
    data: { expected: "bool" },
  });
  return leafOf<boolean>(node, keySpan, path, undefined, false);
}
