/**
 * The single-character escapes of double-quoted YAML scalars, by the character after `\`
 * (YAML 1.2 and yaml.v3 agree on these). Shared by the fast front end and the source maps.
 *
 * @example
 * DOUBLE_QUOTED_ESCAPES["n"]; // "\n"
 */
export const DOUBLE_QUOTED_ESCAPES: Readonly<Record<string, string>> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "\t",
  "\t": "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xa0",
  L: "\u2028",
  P: "\u2029",
};

/**
 * How many hex digits follow each numeric escape letter (`\x41`, `\u00e9`, `\U0001F600`).
 *
 * @example
 * DOUBLE_QUOTED_HEX_DIGITS["u"]; // 4
 */
export const DOUBLE_QUOTED_HEX_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };
