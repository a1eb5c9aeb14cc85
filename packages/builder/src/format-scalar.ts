/**
 * A leaf value the emitter writes: YAML scalars only.
 *
 * @example
 * const v: PlainScalar = "nginx:1.27";
 */
export type PlainScalar = string | number | boolean | null;

// Words YAML 1.1 (Go's yaml.v2 era, js-yaml) or 1.2 read as null or booleans.
const SPECIAL_WORDS =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|=|<<)$/;
// Anything that could be read as a number by some YAML version: decimal, octal (`0777`, `0o7`),
// hex, binary, exponent (`1e3`), sexagesimal (`1:20`), underscores, `.inf`, `.nan`.
const NUMBER_LIKE = /^[-+]?(?:\.?[0-9][0-9a-fA-FxXoObB_.:eE+-]*|\.(?:inf|Inf|INF|nan|NaN|NAN))$/;
// Characters that start a YAML indicator (a plain scalar may not begin with them).
const INDICATOR_START = /^[?:,[\]{}#&*!|>'"%@`]/;
// Characters outside YAML's printable set, and line separators, which must be escaped.
// eslint-disable-next-line no-control-regex
const NON_PRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;

/**
 * `true` when a string can be written as a plain YAML scalar and read back as the same string by
 * YAML 1.1 and 1.2 readers alike (Go's yaml.v3, the `yaml` package, js-yaml).
 *
 * @example
 * isPlainSafe("nginx:1.27"); // true
 * isPlainSafe("yes"); // false: YAML 1.1 reads a boolean
 * isPlainSafe("0777"); // false: octal
 */
export function isPlainSafe(text: string): boolean {
  if (text === "" || text.trim() !== text) return false;
  if (NON_PRINTABLE.test(text) || text.includes("\n") || text.includes("\t")) return false;
  if (SPECIAL_WORDS.test(text) || NUMBER_LIKE.test(text)) return false;
  if (INDICATOR_START.test(text)) return false;
  if (/^-(?:\s|$)/.test(text) || text === "---" || text === "...") return false;
  if (text.includes(": ") || text.endsWith(":") || text.includes(" #")) return false;
  return true;
}

/**
 * A double-quoted YAML scalar for any string (JSON escapes, plus `\uXXXX` for YAML's
 * non-printable characters and line separators).
 *
 * @example
 * doubleQuote('say "hi"'); // "\"say \\\"hi\\\"\""
 */
export function doubleQuote(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * A single-quoted YAML scalar (`'` doubled), or `undefined` when the text needs escapes that
 * only double quotes have (line breaks, control characters).
 *
 * @example
 * singleQuote("it's"); // "'it''s'"
 */
export function singleQuote(text: string): string | undefined {
  if (NON_PRINTABLE.test(text) || text.includes("\n")) return undefined;
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * Writes one scalar value as YAML: numbers and booleans plain, `null` as `null`, strings plain
 * when that is safe and double-quoted otherwise.
 *
 * @example
 * formatScalar("2.0"); // "\"2.0\""
 * formatScalar(80); // "80"
 */
export function formatScalar(value: PlainScalar): string {
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return ".nan";
    if (!Number.isFinite(value)) return value > 0 ? ".inf" : "-.inf";
    return String(value);
  }
  return isPlainSafe(value) ? value : doubleQuote(value);
}
