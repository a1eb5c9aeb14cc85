/**
 * Go `encoding/json` output: string escaping (with the default HTML escaping and U+2028/U+2029),
 * compact and indented marshalling of an ordered value tree, and `SortJSON` (keys sorted
 * bytewise, no whitespace) as the cosmos SDK's `sdk.SortJSON` produces it for the version hash.
 * Facts from SDL-SPEC §6.1–6.2 and Go's `encoding/json/encode.go`.
 */
import { goStringCompare } from "./go-strings.js";

/**
 * A JSON value whose object keys are already in the order Go writes them.
 *
 * @example
 * const v: GoJsonValue = { name: "web", count: 1, hosts: null };
 */
export type GoJsonValue =
  | string
  | number
  | boolean
  | null
  | readonly GoJsonValue[]
  | { readonly [key: string]: GoJsonValue };

const HEX = "0123456789abcdef";
// Characters goJsonQuote rewrites: controls, `"`, `\`, `<`, `>`, `&`, U+2028/2029, surrogates.
const NEEDS_ESCAPE = /[\u0000-\u001f"\\<>&\u2028\u2029\ud800-\udfff]/;
const NON_ASCII_KEY = /[^\u0000-\u007f]/;

/**
 * Quotes a string as Go's `json.Marshal` does: short escapes for `"` `\` `\n` `\r` `\t` `\b` `\f`,
 * `\u00XX` for other control characters, `\u003c` `\u003e` `\u0026` for `<` `>` `&`,
 * `\u2028`/`\u2029`, and U+FFFD for lone surrogates (invalid UTF-8 in Go); other text raw.
 *
 * @example
 * goJsonQuote("a<b"); // "\"a\\u003cb\""
 */
export function goJsonQuote(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return `"${s}"`;
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | undefined;
    if (c < 0x20 || c === 0x22 || c === 0x5c || c === 0x3c || c === 0x3e || c === 0x26) {
      switch (c) {
        case 0x22:
          rep = '\\"';
          break;
        case 0x5c:
          rep = "\\\\";
          break;
        case 0x0a:
          rep = "\\n";
          break;
        case 0x0d:
          rep = "\\r";
          break;
        case 0x09:
          rep = "\\t";
          break;
        case 0x08:
          rep = "\\b";
          break;
        case 0x0c:
          rep = "\\f";
          break;
        default:
          rep = `\\u00${HEX[c >> 4]}${HEX[c & 15]}`;
      }
    } else if (c === 0x2028 || c === 0x2029) {
      rep = c === 0x2028 ? "\\u2028" : "\\u2029";
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      rep = "\ufffd";
    }
    if (rep !== undefined) {
      out += s.slice(start, i) + rep;
      start = i + 1;
    }
  }
  return `${out}${s.slice(start)}"`;
}

/**
 * A list of strings as Go's compact `json.Marshal` writes it (`["a","b"]`): when no item needs
 * escaping, one join instead of quoting item by item.
 *
 * @example
 * goJsonStringList(["a", "<"]); // '["a","\\u003c"]'
 */
export function goJsonStringList(list: readonly string[]): string {
  if (list.length === 0) return "[]";
  if (!NEEDS_ESCAPE.test(list.length === 1 ? (list[0] as string) : list.join(""))) return `["${list.join('","')}"]`;
  let out = "[";
  for (let i = 0; i < list.length; i++) out += (i === 0 ? "" : ",") + goJsonQuote(list[i] as string);
  return `${out}]`;
}

interface Writer {
  out: string;
  readonly indent: string;
  readonly sortKeys: boolean;
}

function newline(w: Writer, level: number): void {
  if (w.indent === "") return;
  w.out += "\n";
  for (let i = 0; i < level; i++) w.out += w.indent;
}

function sortedKeys(obj: object): string[] {
  const keys = Object.keys(obj);
  // Default sort compares UTF-16 units: the same as Go's byte order for ASCII keys.
  if (keys.some((k) => NON_ASCII_KEY.test(k))) keys.sort(goStringCompare);
  else keys.sort();
  return keys;
}

function write(w: Writer, v: GoJsonValue, level: number): void {
  if (v === null) {
    w.out += "null";
  } else if (typeof v === "string") {
    w.out += goJsonQuote(v);
  } else if (typeof v === "number") {
    w.out += String(v);
  } else if (typeof v === "boolean") {
    w.out += v ? "true" : "false";
  } else if (Array.isArray(v)) {
    const items = v as readonly GoJsonValue[];
    if (items.length === 0) {
      w.out += "[]";
      return;
    }
    w.out += "[";
    for (let i = 0; i < items.length; i++) {
      if (i > 0) w.out += ",";
      newline(w, level + 1);
      write(w, items[i] as GoJsonValue, level + 1);
    }
    newline(w, level);
    w.out += "]";
  } else {
    const obj = v as { readonly [key: string]: GoJsonValue };
    const keys = w.sortKeys ? sortedKeys(obj) : Object.keys(obj);
    if (keys.length === 0) {
      w.out += "{}";
      return;
    }
    w.out += "{";
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string;
      if (i > 0) w.out += ",";
      newline(w, level + 1);
      w.out += goJsonQuote(k);
      w.out += w.indent === "" ? ":" : ": ";
      write(w, obj[k] as GoJsonValue, level + 1);
    }
    newline(w, level);
    w.out += "}";
  }
}

/**
 * Go's `json.Marshal` (no `indent`) or `json.MarshalIndent(v, "", indent)` of an ordered value.
 *
 * @example
 * goJsonMarshal({ b: 1, a: "<" }); // '{"b":1,"a":"\\u003c"}'
 */
export function goJsonMarshal(value: GoJsonValue, indent = ""): string {
  const w: Writer = { out: "", indent, sortKeys: false };
  write(w, value, 0);
  return w.out;
}

/**
 * `sdk.SortJSON`: the value with every object's keys sorted bytewise, compact, Go-escaped — the
 * bytes the manifest version hash is taken over.
 *
 * @example
 * goSortJson({ b: 1, a: 2 }); // '{"a":2,"b":1}'
 */
export function goSortJson(value: GoJsonValue): string {
  const w: Writer = { out: "", indent: "", sortKeys: true };
  write(w, value, 0);
  return w.out;
}
