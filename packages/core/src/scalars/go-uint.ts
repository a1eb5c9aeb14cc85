/**
 * The outcome of {@link parseGoUint}.
 *
 * @example
 * const r: GoUintResult = { kind: "ok", value: 42n };
 */
export type GoUintResult =
  | { readonly kind: "ok"; readonly value: bigint }
  | { readonly kind: "range" }
  | { readonly kind: "syntax"; readonly index: number };

/**
 * Go's `strconv.ParseUint(text, 10, bitSize)`: ASCII digits only (no sign, no underscores, no
 * spaces); an empty text is a syntax error. Like Go, a range error wins when the value overflows
 * before a bad character is reached.
 *
 * @example
 * parseGoUint("4294967296", 32); // { kind: "range" }
 */
export function parseGoUint(text: string, bitSize: 32 | 64): GoUintResult {
  if (text.length === 0) return { kind: "syntax", index: 0 };
  const max = (1n << BigInt(bitSize)) - 1n;
  let n = 0n;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return { kind: "syntax", index: i };
    n = n * 10n + BigInt(c - 48);
    if (n > max) return { kind: "range" };
  }
  return { kind: "ok", value: n };
}
