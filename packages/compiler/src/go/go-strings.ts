/**
 * Go string semantics the compiler needs: byte-wise ordering (UTF-8 order = code point order) and
 * `strings.TrimSpace` (Unicode `White_Space` as Go's `unicode.IsSpace` defines it).
 */

/**
 * Go's `a < b` for strings: compares UTF-8 bytes, i.e. code points (JavaScript's `<` compares
 * UTF-16 code units, which differs for astral characters versus U+E000–U+FFFF).
 *
 * @example
 * goStringLess("a_b", "aB"); // false ("B" is 0x42, "_" is 0x5f)
 */
export function goStringLess(a: string, b: string): boolean {
  return goStringCompare(a, b) < 0;
}

/**
 * Three-way byte-wise comparison of two strings (negative, zero or positive).
 *
 * @example
 * ["b", "a"].sort(goStringCompare); // ["a", "b"]
 */
export function goStringCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (astral code points) sort after every BMP code point in UTF-8.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

const GO_SPACE =
  /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

/**
 * Go's `strings.TrimSpace` (unlike `String.prototype.trim`, it keeps U+FEFF and trims U+0085).
 *
 * @example
 * goTrimSpace("  ghcr.io\n"); // "ghcr.io"
 */
export function goTrimSpace(s: string): string {
  return s.replace(GO_SPACE, "");
}
