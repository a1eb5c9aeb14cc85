/**
 * A token rule: a sticky regular expression or a matcher returning the match length (0 = no
 * match) at `pos`. Rules are tried in order; the first match wins (like a chevrotain lexer).
 *
 * @example
 * const digits: TokenRule<"digits"> = { kind: "digits", pattern: /[0-9]+/y };
 */
export interface TokenRule<K extends string> {
  /** The token kind produced. */
  readonly kind: K;
  /** A sticky (`y`) RegExp, or a function returning the match length at `pos`. */
  readonly pattern: RegExp | ((text: string, pos: number) => number);
}

/**
 * One token: its kind and its range in the scanned text (end exclusive).
 *
 * @example
 * const t: ScannedToken<"digits"> = { kind: "digits", start: 0, end: 3, text: "100" };
 */
export interface ScannedToken<K extends string> {
  /** The rule kind that matched. */
  readonly kind: K;
  /** Index of the first character. */
  readonly start: number;
  /** Index after the last character. */
  readonly end: number;
  /** The matched text. */
  readonly text: string;
}

/**
 * Splits `text` into tokens with the ordered `rules`. A character no rule matches becomes a
 * one-character `fallback` token, so scanning never fails and always covers the whole text.
 * This is the small lexer the scalar grammars walk by hand; chevrotain is not used here because
 * importing it costs 300–500 ms in Node (it loads ~650 lodash-es modules).
 *
 * @example
 * scanTokens("12ab", [{ kind: "n", pattern: /[0-9]+/y }], "other").map((t) => t.kind); // ["n", "other", "other"]
 */
export function scanTokens<K extends string>(
  text: string,
  rules: readonly TokenRule<K>[],
  fallback: K,
): ScannedToken<K>[] {
  const tokens: ScannedToken<K>[] = [];
  let pos = 0;
  while (pos < text.length) {
    let length = 0;
    let kind = fallback;
    for (const rule of rules) {
      length = matchLength(rule.pattern, text, pos);
      if (length > 0) {
        kind = rule.kind;
        break;
      }
    }
    if (length <= 0) {
      const code = text.charCodeAt(pos);
      length = code >= 0xd800 && code <= 0xdbff && pos + 1 < text.length ? 2 : 1;
      kind = fallback;
    }
    tokens.push({ kind, start: pos, end: pos + length, text: text.slice(pos, pos + length) });
    pos += length;
  }
  return tokens;
}

function matchLength(pattern: TokenRule<string>["pattern"], text: string, pos: number): number {
  if (typeof pattern === "function") return pattern(text, pos);
  pattern.lastIndex = pos;
  const m = pattern.exec(text);
  return m ? m[0].length : 0;
}
