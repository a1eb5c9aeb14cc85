import { parseSizeQuantity } from "./parse-size-quantity.js";
import type { SizeSuffix } from "./parse-size-quantity.js";
import type { ScalarParseResult } from "./scalar-parse-result.js";

/**
 * Suffixes of memory and storage sizes (Go `unitSuffixes`), case-sensitive: `k` is the only
 * lower-case one.
 *
 * @example
 * BYTE_SIZE_SUFFIXES.find((s) => s.symbol === "Mi")?.multiplier; // 1048576
 */
export const BYTE_SIZE_SUFFIXES: readonly SizeSuffix[] = Object.freeze([
  { symbol: "k", multiplier: 1e3 },
  { symbol: "Ki", multiplier: 2 ** 10 },
  { symbol: "M", multiplier: 1e6 },
  { symbol: "Mi", multiplier: 2 ** 20 },
  { symbol: "G", multiplier: 1e9 },
  { symbol: "Gi", multiplier: 2 ** 30 },
  { symbol: "T", multiplier: 1e12 },
  { symbol: "Ti", multiplier: 2 ** 40 },
  { symbol: "P", multiplier: 1e15 },
  { symbol: "Pi", multiplier: 2 ** 50 },
  { symbol: "E", multiplier: 1e18 },
  { symbol: "Ei", multiplier: 2 ** 60 },
]);

const OPTIONS = { suffixes: BYTE_SIZE_SUFFIXES, what: "size", binaryOnly: false } as const;

/**
 * Parses a memory or storage size into bytes exactly as Go's `byteQuantity` (uint64): optional
 * case-sensitive suffix (`k Ki M Mi G Gi T Ti P Pi E Ei`; none = bytes), the number part through
 * Go's `ParseFloat`, multiplied in float64 and truncated. `K`, `Kb`, `MB`, `GiB`, `m` and spaces are
 * rejected (with a "did you mean" hint).
 *
 * @example
 * parseByteSize("1.1Gi").value; // 1181116006n
 */
export function parseByteSize(text: string, offset = 0): ScalarParseResult<bigint> {
  return parseSizeQuantity(text, offset, OPTIONS);
}
