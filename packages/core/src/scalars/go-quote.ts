const SIMPLE_ESCAPES: Readonly<Record<number, string>> = {
  7: "\\a",
  8: "\\b",
  9: "\\t",
  10: "\\n",
  11: "\\v",
  12: "\\f",
  13: "\\r",
  34: '\\"',
  92: "\\\\",
};

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

function isNonPrintable(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    cp === 0xad ||
    (cp >= 0x200b && cp <= 0x200f) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0xfeff ||
    (cp >= 0xd800 && cp <= 0xdfff)
  );
}

/**
 * Quotes a string the way Go's `%q` / `strconv.Quote` does for the texts our grammars see
 * (used to reproduce Go error messages in `data.goMessage`). Printable Unicode stays as is;
 * the set of non-printable code points is an approximation of Go's `unicode.IsPrint`.
 *
 * @example
 * goQuote('a"b'); // "\"a\\\"b\""
 */
export function goQuote(text: string): string {
  let out = '"';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const simple = SIMPLE_ESCAPES[cp];
    if (simple !== undefined) out += simple;
    else if (!isNonPrintable(cp)) out += ch;
    else if (cp < 0x80) out += `\\x${hex(cp, 2)}`;
    else if (cp >= 0xd800 && cp <= 0xdfff) out += "\\ufffd";
    else out += `\\u${hex(cp, 4)}`;
  }
  return out + '"';
}

/**
 * Quotes a string the way Go's `time` package does in `ParseDuration` errors: printable ASCII
 * is kept (with `"` and `\` escaped); every other byte of the UTF-8 encoding becomes `\xNN`.
 *
 * @example
 * goTimeQuote("1µs"); // "\"1\\xc2\\xb5s\""
 */
export function goTimeQuote(text: string): string {
  let out = '"';
  for (const b of utf8(text)) {
    if (b >= 0x80 || b < 0x20) out += `\\x${hex(b, 2)}`;
    else if (b === 34 || b === 92) out += `\\${String.fromCharCode(b)}`;
    else out += String.fromCharCode(b);
  }
  return out + '"';
}

function utf8(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    let cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}
