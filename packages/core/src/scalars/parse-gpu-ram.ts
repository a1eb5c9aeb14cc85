import { parseSizeQuantity } from "./parse-size-quantity.js";
import type { SizeSuffix } from "./parse-size-quantity.js";
import type { ScalarParseResult } from "./scalar-parse-result.js";

/**
 * A parsed GPU memory size: exact bytes and Go's normalized `<whole Gi>Gi` text.
 *
 * @example
 * const ram: GpuRam = { bytes: 85899345920n, normalized: "80Gi" };
 */
export interface GpuRam {
  /** The size in bytes (Go `memoryQuantity`, uint64). */
  readonly bytes: bigint;
  /** `floor(bytes / 2^30)` followed by `Gi`, as Go writes it into the GPU attribute key. */
  readonly normalized: string;
}

/**
 * Binary suffixes accepted for GPU memory (Go `memorySuffixes`).
 *
 * @example
 * GPU_RAM_SUFFIXES.map((s) => s.symbol); // ["Ki", "Mi", "Gi", "Ti", "Pi", "Ei"]
 */
export const GPU_RAM_SUFFIXES: readonly SizeSuffix[] = Object.freeze([
  { symbol: "Ki", multiplier: 2 ** 10 },
  { symbol: "Mi", multiplier: 2 ** 20 },
  { symbol: "Gi", multiplier: 2 ** 30 },
  { symbol: "Ti", multiplier: 2 ** 40 },
  { symbol: "Pi", multiplier: 2 ** 50 },
  { symbol: "Ei", multiplier: 2 ** 60 },
]);

const OPTIONS = { suffixes: GPU_RAM_SUFFIXES, what: "GPU memory size", binaryOnly: true } as const;
const GI = 2n ** 30n;

/**
 * Parses a GPU `ram` value as Go's `memoryQuantity`: binary suffixes `Ki`…`Ei` or plain bytes
 * (`80G` is an error), then normalizes to whole gibibytes, rounding down.
 *
 * @example
 * parseGpuRam("81920Mi").value?.normalized; // "80Gi"
 */
export function parseGpuRam(text: string, offset = 0): ScalarParseResult<GpuRam> {
  const r = parseSizeQuantity(text, offset, OPTIONS);
  if (r.value === undefined) return { value: undefined, diagnostics: r.diagnostics };
  return { value: { bytes: r.value, normalized: `${r.value / GI}Gi` }, diagnostics: r.diagnostics };
}
