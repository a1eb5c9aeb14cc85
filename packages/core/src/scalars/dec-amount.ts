/**
 * A cosmos `LegacyDec` amount with 18 decimals, as Go's `LegacyNewDecFromStr` produces it.
 *
 * @example
 * const a: DecAmount = { atomics: 200000000000000000000n, text18: "200.000000000000000000" };
 */
export interface DecAmount {
  /** The value × 10^18 (the protobuf `DecCoin.amount` string is this integer). */
  readonly atomics: bigint;
  /** The value with exactly 18 decimals, as in Go's JSON (`LegacyDec.String()`). */
  readonly text18: string;
}

/**
 * The number of decimals of a cosmos `LegacyDec`.
 *
 * @example
 * 10n ** BigInt(DEC_PRECISION); // one whole unit in atomics
 */
export const DEC_PRECISION = 18;

/**
 * Formats atomics (value × 10^18) as Go's `LegacyDec.String()`: always 18 decimals.
 *
 * @example
 * formatDec18(500000000000000000n); // "0.500000000000000000"
 */
export function formatDec18(atomics: bigint): string {
  const neg = atomics < 0n;
  const digits = (neg ? -atomics : atomics).toString().padStart(DEC_PRECISION + 1, "0");
  const cut = digits.length - DEC_PRECISION;
  return `${neg ? "-" : ""}${digits.slice(0, cut)}.${digits.slice(cut)}`;
}
