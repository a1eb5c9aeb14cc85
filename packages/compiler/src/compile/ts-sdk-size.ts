/**
 * The official TS SDK's reading of a memory/storage size (alpha.45 `convertResourceString`,
 * SDL-SPEC §4.2 and addendum Part A §1.5): lower-cased, `<number><prefix letter><rest>`, prefix
 * `k m g t p e` (so `m` is mega), base 1024 only when the rest is exactly `i`, otherwise 1000; an
 * unknown prefix letter leaves the bare number; the product is rounded **up** with exact bigint
 * arithmetic. Used only where Go rejects the text and the TS SDK accepts it.
 */

const PREFIX_POWER: Readonly<Record<string, bigint>> = { k: 1n, m: 2n, g: 3n, t: 4n, p: 5n, e: 6n };

/**
 * The byte count the official TS SDK gives a size text, or `undefined` when it rejects it.
 *
 * @example
 * tsSdkSize("16GB"); // 16000000000n
 * tsSdkSize("1.5Gi"); // 1610612736n
 */
export function tsSdkSize(text: string): bigint | undefined {
  const m = /^([\d.]+)([a-zA-Z])([a-zA-Z]*)$/.exec(text.toLowerCase());
  if (m === null) return undefined;
  const [, num = "", prefix = "", rest = ""] = m;
  const parts = num.split(".");
  if (parts.length > 2 || parts.some((p, i) => p === "" && !(i === 0 && parts.length === 2))) return undefined;
  const [whole = "", frac = ""] = parts;
  const numerator = BigInt((whole || "0") + frac);
  const denominator = 10n ** BigInt(frac.length);
  const power = PREFIX_POWER[prefix];
  const multiplier = power === undefined ? 1n : (rest === "i" ? 1024n : 1000n) ** power;
  const product = numerator * multiplier;
  return (product + denominator - 1n) / denominator;
}
