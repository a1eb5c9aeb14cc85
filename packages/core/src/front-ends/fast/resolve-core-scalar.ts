/** `true` for an ASCII digit. */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `true` when every character of `text` from `from` on is a digit of `radix` 8 or 16 (at least one). */
function allDigitsOf(text: string, from: number, radix: 8 | 16): boolean {
  if (from >= text.length) return false;
  for (let i = from; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    const ok = radix === 8 ? ch >= 48 && ch <= 55 : isDigit(ch) || (ch >= 65 && ch <= 70) || (ch >= 97 && ch <= 102);
    if (!ok) return false;
  }
  return true;
}

/**
 * `true` for a first character that may start a null, boolean or number (`~`, `n`/`N`, `t`/`T`,
 * `f`/`F`, digits, `+`, `-`, `.`); a plain scalar starting with any other is a string.
 *
 * @example
 * mayStartCoreValue("n".charCodeAt(0)); // true
 */
export function mayStartCoreValue(code: number): boolean {
  return code < 64
    ? (code >= 48 && code <= 57) || code === 43 || code === 45 || code === 46
    : code === 110 || code === 116 || code === 102 || code === 78 || code === 84 || code === 70 || code === 126;
}

/**
 * The YAML 1.2 core-schema value of a plain scalar, exactly as the `yaml` package's default
 * schema resolves it (its `core` tags: null, bool, int in octal `0o`, decimal and hex, float with
 * exponent, fraction, `.inf` and `.nan`; everything else a string). Only a few first characters
 * can start a non-string, so most texts are decided by one comparison; numbers are recognised by
 * one scan of their characters.
 *
 * @example
 * resolveCoreScalar("0x1F"); // 31
 * resolveCoreScalar("yes");  // "yes" (a string in YAML 1.2; Go's yaml.v3 reads it as a string too)
 */
export function resolveCoreScalar(text: string): string | number | boolean | null {
  const n = text.length;
  if (n === 0) return null;
  const c = text.charCodeAt(0);
  if (!mayStartCoreValue(c)) return text;
  if (!(isDigit(c) || c === 43 || c === 45 || c === 46)) {
    if (n > 5) return text;
    if (text === "~" || text === "null" || text === "Null" || text === "NULL") return null;
    if (text === "true" || text === "True" || text === "TRUE") return true;
    if (text === "false" || text === "False" || text === "FALSE") return false;
    return text;
  }
  // `0o17`, `0x1F` (no sign).
  if (c === 48 && n > 2) {
    const second = text.charCodeAt(1);
    if (second === 111) return allDigitsOf(text, 2, 8) ? Number.parseInt(text.slice(2), 8) : text;
    if (second === 120) return allDigitsOf(text, 2, 16) ? Number.parseInt(text.slice(2), 16) : text;
  }
  // [-+]? digits* ( . digits* )? ( [eE] [-+]? digits+ )?
  let i = c === 43 || c === 45 ? 1 : 0;
  const intStart = i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  const intDigits = i - intStart;
  if (i === n) return intDigits > 0 ? Number.parseInt(text, 10) : text;
  let ch = text.charCodeAt(i);
  let fracDigits = 0;
  if (ch === 46) {
    if (intDigits === 0 && (i + 1 === n || !isDigit(text.charCodeAt(i + 1)))) {
      // `.inf`, `-.inf`, `.nan` (no sign), or a string.
      if (n - i !== 4) return text;
      const word = text.slice(i + 1);
      if (word === "inf" || word === "Inf" || word === "INF") {
        return c === 45 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      }
      if (i === 0 && (word === "nan" || word === "NaN" || word === "NAN")) return Number.NaN;
      return text;
    }
    i++;
    const fracStart = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    fracDigits = i - fracStart;
    if (i === n) return Number.parseFloat(text);
    ch = text.charCodeAt(i);
  }
  if ((ch !== 101 && ch !== 69) || intDigits + fracDigits === 0) return text;
  i++;
  const sign = text.charCodeAt(i);
  if (sign === 43 || sign === 45) i++;
  const expStart = i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  return i === n && i > expStart ? Number.parseFloat(text) : text;
}
