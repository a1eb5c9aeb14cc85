import type { YamlNode, YamlScalar } from "../tree/yaml-node.js";

/**
 * How gopkg.in/yaml.v3 resolves a scalar before decoding it into a Go value.
 * `int` values are exact (`bigint`); `legacyOctal` marks `0777`-style integers (octal for Go,
 * decimal for YAML 1.2); `error` marks an explicit tag that does not fit the text
 * (`!!int abc`: yaml.v3 fails with `cannot decode !!str as a !!int`).
 *
 * @example
 * const r: GoResolved = { tag: "int", value: 511n, legacyOctal: true };
 */
export type GoResolved =
  | { readonly tag: "null"; readonly value: null }
  | { readonly tag: "bool"; readonly value: boolean }
  | { readonly tag: "int"; readonly value: bigint; readonly legacyOctal: boolean }
  | { readonly tag: "float"; readonly value: number }
  | { readonly tag: "timestamp"; readonly value: string }
  | { readonly tag: "str"; readonly value: string; readonly indicated: boolean }
  | { readonly tag: "error"; readonly value: string; readonly wanted: string };

const TRUE_WORDS = new Set(["true", "True", "TRUE"]);
const FALSE_WORDS = new Set(["false", "False", "FALSE"]);
const SPECIAL_FLOATS: Readonly<Record<string, number>> = {
  ".nan": Number.NaN,
  ".NaN": Number.NaN,
  ".NAN": Number.NaN,
  ".inf": Infinity,
  ".Inf": Infinity,
  ".INF": Infinity,
  "+.inf": Infinity,
  "+.Inf": Infinity,
  "+.INF": Infinity,
  "-.inf": -Infinity,
  "-.Inf": -Infinity,
  "-.INF": -Infinity,
};
// yaml.v3's `yamlStyleFloat`, the only float syntax accepted for digit/sign-led scalars.
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
// What Go's `strconv.ParseFloat` takes after a leading `.` (yaml.v3 hands it the raw text there):
// digits, an exponent, and underscores each between two digits (`.5_1` is 0.51).
const DOT_FLOAT = /^\.[0-9]+(?:_[0-9]+)*(?:[eE][-+]?[0-9]+(?:_[0-9]+)*)?$/;
// Approximation of yaml.v3's timestamp formats (date, or date + time; `T` forms need a zone).
const TIMESTAMP =
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:Z|[+-][0-9]{2}:[0-9]{2}))|(?: [0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?))?$/;
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;
const CORE = "tag:yaml.org,2002:";

/**
 * The short form of a node's explicit tag (`tag:yaml.org,2002:str` → `!!str`); `""` for none or
 * the non-specific `!` (which yaml.v3 ignores on plain scalars).
 *
 * @example
 * goShortTag(node); // "!!str"
 */
export function goShortTag(node: YamlNode): string {
  const tag = node.tag ?? "";
  if (tag === "!") return "";
  return tag.startsWith(CORE) ? `!!${tag.slice(CORE.length)}` : tag;
}

const HEX_DIGITS = /^[0-9a-fA-F]+$/;
const OCTAL_DIGITS = /^[0-7]+$/;
const BINARY_DIGITS = /^[01]+$/;
const DECIMAL_DIGITS = /^[0-9]+$/;
const CORE_SCALAR_TAGS = new Set(["bool", "int", "float", "null", "timestamp"]);

/** Go's `strconv.ParseInt(s, 0, 64)`, falling back to `ParseUint(s, 0, 64)`, on an underscore-free string. */
function parseGoInt(s: string): { value: bigint; legacyOctal: boolean } | undefined {
  let i = 0;
  let negative = false;
  const first = s.charAt(0);
  if (first === "+" || first === "-") {
    negative = first === "-";
    i = 1;
  }
  let body = i === 0 ? s : s.slice(i);
  let base = 10;
  let legacyOctal = false;
  // Only a leading `0` can start a prefix (`0x`, `0b`, `0o`, any case) or a legacy octal (`0777`).
  if (body.length > 1 && body.charAt(0) === "0") {
    const prefix = body.charAt(1).toLowerCase();
    if (prefix === "x") [base, body] = [16, body.slice(2)];
    else if (prefix === "b") [base, body] = [2, body.slice(2)];
    else if (prefix === "o") [base, body] = [8, body.slice(2)];
    else [base, body, legacyOctal] = [8, body.slice(1), true];
  }
  const digit = base === 16 ? HEX_DIGITS : base === 8 ? OCTAL_DIGITS : base === 2 ? BINARY_DIGITS : DECIMAL_DIGITS;
  if (!digit.test(body)) return undefined;
  const radixPrefix = base === 16 ? "0x" : base === 8 ? "0o" : base === 2 ? "0b" : "";
  // Up to 15 decimal digits are exact as a double, so the bigint can skip the string parser.
  const magnitude = base === 10 && body.length <= 15 ? BigInt(Number(body)) : BigInt(`${radixPrefix}${body}`);
  if (negative ? magnitude > INT64_MAX + 1n : magnitude > (i === 1 ? INT64_MAX : UINT64_MAX)) return undefined;
  return { value: negative ? -magnitude : magnitude, legacyOctal: legacyOctal && magnitude !== 0n };
}

/**
 * yaml.v3's resolve-table hint for a plain scalar's first character: `N` (empty), `D` (digit),
 * `S` (sign), `.` (dot), `M` (a letter that may start a null or bool word) or `""` (always a string).
 */
function plainHint(text: string): "N" | "D" | "S" | "." | "M" | "" {
  if (text === "") return "N";
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return "D";
  if (c === 43 || c === 45) return "S";
  if (c === 46) return ".";
  // y Y n N t T f F o O ~
  switch (c) {
    case 121:
    case 89:
    case 110:
    case 78:
    case 116:
    case 84:
    case 102:
    case 70:
    case 111:
    case 79:
    case 126:
      return "M";
    default:
      return "";
  }
}

/**
 * The value of a plain decimal integer that yaml.v3 reads as written (digits only, no leading
 * zero, at most 15 digits: exact as a double), or `undefined` for any other text.
 */
function simpleDecimal(text: string): bigint | undefined {
  const length = text.length;
  if (length > 15 || (length > 1 && text.charCodeAt(0) === 48)) return undefined;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return BigInt(Number(text));
}

/** yaml.v3 `resolve("", text)` for an untagged plain scalar. */
function resolvePlain(text: string, allowTimestamp: boolean): GoResolved {
  const hint = plainHint(text);
  if (hint === "") return { tag: "str", value: text, indicated: false };
  if (hint === "N" || hint === "M") {
    // Only these hints start the null and bool words; no number starts with them.
    if (isNullWord(text)) return { tag: "null", value: null };
    if (TRUE_WORDS.has(text)) return { tag: "bool", value: true };
    if (FALSE_WORDS.has(text)) return { tag: "bool", value: false };
    return { tag: "str", value: text, indicated: false };
  }
  if (hint === "D") {
    // Most numbers are plain decimal integers (ports, counts, CPU units).
    const simple = simpleDecimal(text);
    if (simple !== undefined) return { tag: "int", value: simple, legacyOctal: false };
  } else {
    // Own properties only: `toString` and friends are plain strings, not special floats.
    const special = Object.hasOwn(SPECIAL_FLOATS, text) ? SPECIAL_FLOATS[text] : undefined;
    if (special !== undefined) return { tag: "float", value: special };
  }
  if (hint === ".") {
    if (DOT_FLOAT.test(text)) {
      const f = Number(text.includes("_") ? text.replaceAll("_", "") : text);
      if (Number.isFinite(f)) return { tag: "float", value: f };
    }
  } else if (hint === "D" || hint === "S") {
    // Every timestamp starts with `dddd-`: checked first because the regular expression is costly.
    if (allowTimestamp && text.charAt(4) === "-" && TIMESTAMP.test(text)) return { tag: "timestamp", value: text };
    const plain = text.includes("_") ? text.replaceAll("_", "") : text;
    const int = parseGoInt(plain);
    if (int) return { tag: "int", value: int.value, legacyOctal: int.legacyOctal };
    if (YAML_STYLE_FLOAT.test(plain)) {
      const f = Number(plain);
      if (Number.isFinite(f)) return { tag: "float", value: f };
    }
    if (plain.startsWith("-0b") || plain.startsWith("-0o")) {
      const neg = parseGoInt(`-0${plain.charAt(2)}${plain.slice(3)}`);
      if (neg) return { tag: "int", value: neg.value, legacyOctal: false };
    }
  }
  return { tag: "str", value: text, indicated: false };
}

/**
 * Resolves a scalar the way yaml.v3 does before decoding: quoted and block scalars and `!!str` are
 * strings; plain scalars follow yaml.v3's rules (YAML 1.2 core plus `0777` octal, `0b…`,
 * underscores and timestamps; `yes`/`no`/`on`/`off` stay strings here and only become booleans
 * when decoded into a Go bool).
 *
 * @example
 * resolveGoScalar(node).tag; // "int" for `port: 80`, "str" for `port: "80"`
 */
export function resolveGoScalar(node: YamlScalar): GoResolved {
  const tag = goShortTag(node);
  const quoted = node.style !== "plain";
  if (tag === "!!str" || tag === "!!binary" || (tag === "" && quoted)) {
    return { tag: "str", value: node.text, indicated: true };
  }
  if (tag === "") return resolvePlain(node.text, true);
  const wanted = tag.slice(2);
  if (!CORE_SCALAR_TAGS.has(wanted) || !tag.startsWith("!!")) {
    // An unknown tag: yaml.v3 keeps the text as is.
    return { tag: "str", value: node.text, indicated: false };
  }
  const r = resolvePlain(node.text, wanted === "timestamp");
  if (r.tag === wanted) return r;
  if (wanted === "float" && r.tag === "int") return { tag: "float", value: Number(r.value) };
  return { tag: "error", value: node.text, wanted };
}

/**
 * The tag of {@link resolveGoScalar} without building the value: the same answer, quickly for
 * the common strings (quoted, or plain and starting with a character no other type starts with).
 *
 * @example
 * goScalarTag(node); // "str" for `image: nginx`
 */
export function goScalarTag(node: YamlScalar): GoResolved["tag"] {
  if (node.tag === undefined) {
    if (node.style !== "plain") return "str";
    const hint = plainHint(node.text);
    if (hint === "" || (hint === "D" && endsWithWordLetter(node.text))) return "str";
  }
  return resolveGoScalar(node).tag;
}

/**
 * `true` when the text ends with a letter g–y or G–Y (sizes such as `512Mi`, `1G`): no yaml.v3
 * number ends with one (not a hex digit, not an exponent) and no timestamp does (they end with a
 * digit or `Z`), so a plain scalar starting with a digit and ending so is a string.
 */
function endsWithWordLetter(text: string): boolean {
  const c = text.charCodeAt(text.length - 1) | 0x20; // lower case for letters
  return c >= 103 && c <= 121;
}

/** `true` for the words yaml.v3 resolves to null: `""`, `~`, `null`, `Null`, `NULL` (no set look-up: most texts differ in length). */
function isNullWord(text: string): boolean {
  const length = text.length;
  if (length === 4) return text === "null" || text === "Null" || text === "NULL";
  return length === 0 || (length === 1 && text.charCodeAt(0) === 126);
}

/**
 * `true` when yaml.v3 sees a null: an empty value, or a scalar resolving to `!!null`
 * (`~`, `null`, `Null`, `NULL`, or an empty plain scalar). Custom Go decoders are skipped for nulls
 * and the field keeps its zero value.
 *
 * @example
 * isGoNull(null); // true (nothing after the colon)
 */
export function isGoNull(node: YamlNode | null): boolean {
  if (node === null) return true;
  if (node.kind !== "scalar") return false;
  // Same answer as `resolveGoScalar(node).tag === "null"` without resolving: only the null words
  // resolve to null, and only as an untagged plain scalar or under an explicit `!!null`.
  if (!isNullWord(node.text)) return false;
  const tag = goShortTag(node);
  return tag === "!!null" || (tag === "" && node.style === "plain");
}
