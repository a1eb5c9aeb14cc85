/**
 * The 24-bit key of a diagnostic code in the runtime severity table (`code-severities.ts`): FNV-1a
 * over the code's UTF-16 units, the offset basis mixed with `seed`, top 24 bits. The generator picks
 * the first seed under which every registered code has its own key.
 *
 * @example
 * codeHash("yaml/syntax", 0) < 2 ** 24; // true
 */
export function codeHash(code: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < code.length; i++) {
    h ^= code.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 8;
}

/** The 64 digits the table writes keys with (4 digits = 24 bits, most significant first). */
export const CODE_KEY_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
