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

const MS_PER_UNIT: Readonly<Record<string, number>> = { "": 1, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * The official TS SDK's reading of an HTTP read/send timeout (alpha.45 `httpTimeout`, addendum
 * Part B §6.1): digits with an optional `ms|s|m|h` unit, in milliseconds, at most 4294967295;
 * `undefined` when it rejects the text.
 *
 * @example
 * tsSdkTimeout("30s"); // 30000
 */
export function tsSdkTimeout(text: string): number | undefined {
  const m = /^([0-9]+)(ms|s|m|h)?$/.exec(text);
  if (m === null) return undefined;
  const ms = Number(m[1]) * (MS_PER_UNIT[m[2] ?? ""] ?? 1);
  return Number.isSafeInteger(ms) && ms <= 4_294_967_295 ? ms : undefined;
}
