import { parseGoFloat } from "./go-float.js";
import { goQuote } from "./go-quote.js";
import { parseGoUint } from "./go-uint.js";
import { charSpan, scalarError, scalarValue } from "./scalar-parse-result.js";
import type { ScalarParseResult } from "./scalar-parse-result.js";

/**
 * Parses GPU units as Go's `gpuQuantity`: `ParseUint(text, 10, 64)`, so only plain non-negative
 * integers (`1.0`, `+1`, `1e1` and spaces are errors). Values above 2^53−1 are reported as out of
 * range because a JS number cannot hold them exactly (Go accepts them up to 2^64−1, and the chain
 * limit of 24 rejects them anyway).
 *
 * @example
 * parseGpuUnits("2").value; // 2
 */
export function parseGpuUnits(text: string, offset = 0): ScalarParseResult<number> {
  const r = parseGoUint(text, 64);
  if (r.kind === "ok") {
    if (r.value > BigInt(Number.MAX_SAFE_INTEGER)) {
      return scalarError("scalar/out-of-range", "The GPU count is too large.", offset, 0, text.length, {
        data: { max: Number.MAX_SAFE_INTEGER },
      });
    }
    return scalarValue(Number(r.value));
  }
  if (r.kind === "range") {
    const goMessage = `strconv.ParseUint: parsing ${goQuote(text)}: value out of range`;
    return scalarError("scalar/out-of-range", "The GPU count does not fit in 64 bits.", offset, 0, text.length, {
      data: { goMessage },
    });
  }
  const goMessage = `strconv.ParseUint: parsing ${goQuote(text)}: invalid syntax`;
  const asFloat = parseGoFloat(text);
  if (text.startsWith("-") && asFloat.kind !== "syntax") {
    return scalarError("scalar/negative-value", "The GPU count must not be negative.", offset, 0, 1, {
      data: { goMessage },
    });
  }
  const hints: string[] = [];
  if (asFloat.kind === "ok" && Number.isInteger(asFloat.value) && asFloat.value >= 0) {
    hints.push(`write '${asFloat.value}'`);
  }
  if (text.length === 0) {
    return scalarError("scalar/invalid-gpu-units", "The GPU count is empty.", offset, 0, 0, { data: { goMessage } });
  }
  const span = charSpan(offset, text, r.index);
  return scalarError(
    "scalar/invalid-gpu-units",
    "The GPU count must be a whole number written with digits only.",
    0,
    span.start,
    span.end,
    {
      hints,
      data: { goMessage },
    },
  );
}
