import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { createDiagnostic } from "../diagnostics/create-diagnostic.js";
import { parseGoFloat } from "./go-float.js";
import { goQuote } from "./go-quote.js";
import { parseGoUint } from "./go-uint.js";
import { charSpan, scalarError, scalarValue, textSpan } from "./scalar-parse-result.js";
import type { ScalarParseResult } from "./scalar-parse-result.js";
import { scanQuantity } from "./scan-quantity.js";
import { displayText } from "./display-text.js";

const UINT32_MAX = 4294967295;
const FORMS_HINT = "use a number of cores such as '0.5' or whole millicpu such as '500m'";

/**
 * Parses CPU units into millicpu exactly as Go's `cpuQuantity` (uint32): a text ending in `m` is a
 * whole number of millicpu (`ParseUint`, 32 bits); anything else goes through `ParseFloat`, is
 * multiplied by 1000 in float64 and truncated (`1.005` → 1004). Negative values, `1.5m`, NaN/+Inf
 * and values beyond uint32 (implementation-defined in Go) are errors. Chain limits are not checked.
 *
 * @example
 * parseCpuUnits("0.5").value; // 500
 */
export function parseCpuUnits(text: string, offset = 0): ScalarParseResult<number> {
  return text.endsWith("m") ? parseMillis(text, offset) : parseCores(text, offset);
}

function parseMillis(text: string, offset: number): ScalarParseResult<number> {
  const num = text.slice(0, -1);
  const r = parseGoUint(num, 32);
  if (r.kind === "ok") return scalarValue(Number(r.value));
  if (r.kind === "range") {
    const goMessage = `strconv.ParseUint: parsing ${goQuote(num)}: value out of range`;
    return scalarError("scalar/out-of-range", "The millicpu value does not fit in 32 bits.", offset, 0, num.length, {
      data: { goMessage, max: UINT32_MAX },
    });
  }
  const goMessage = `strconv.ParseUint: parsing ${goQuote(num)}: invalid syntax`;
  const asFloat = parseGoFloat(num);
  if (num.startsWith("-") && asFloat.kind !== "syntax") {
    return scalarError("scalar/negative-value", "The CPU value must not be negative.", offset, 0, 1, {
      data: { goMessage },
    });
  }
  if (asFloat.kind === "ok" && Number.isFinite(asFloat.value) && asFloat.value >= 0) {
    const whole = Math.max(1, Math.round(asFloat.value));
    return scalarError("scalar/invalid-cpu", "Millicpu values ('…m') must be whole numbers.", offset, 0, num.length, {
      hints: [`use a whole number of millicpu such as '${whole}m'`],
      data: { goMessage },
    });
  }
  return { value: undefined, diagnostics: [invalidCpu(text, offset, r.index, goMessage)] };
}

function parseCores(text: string, offset: number): ScalarParseResult<number> {
  const f = parseGoFloat(text);
  if (f.kind === "syntax") {
    const goMessage = `strconv.ParseFloat: parsing ${goQuote(text)}: invalid syntax`;
    return { value: undefined, diagnostics: [diagnoseCores(text, offset, f.index, goMessage)] };
  }
  if (f.kind === "range") {
    const goMessage = `strconv.ParseFloat: parsing ${goQuote(text)}: value out of range`;
    return scalarError(
      "scalar/out-of-range",
      "The CPU value is too large for a 64-bit float.",
      offset,
      0,
      text.length,
      { data: { goMessage } },
    );
  }
  const v = f.value * 1000;
  if (v < 0) {
    const goMessage = "invalid: negative value not allowed";
    return scalarError("scalar/negative-value", "The CPU value must not be negative.", offset, 0, text.length, {
      data: { goMessage },
    });
  }
  if (Number.isNaN(v) || v === Number.POSITIVE_INFINITY) {
    return scalarError("scalar/not-finite", "The CPU value must be a finite number.", offset, 0, text.length);
  }
  const millis = Math.trunc(v);
  if (millis > UINT32_MAX) {
    return scalarError(
      "scalar/out-of-range",
      "The CPU value does not fit in 32 bits of millicpu.",
      offset,
      0,
      text.length,
      {
        data: { max: UINT32_MAX },
      },
    );
  }
  return scalarValue(millis === 0 ? 0 : millis);
}

function diagnoseCores(text: string, offset: number, index: number, goMessage: string): Diagnostic {
  if (text.length === 0) {
    return createDiagnostic("scalar/invalid-cpu", "The CPU value is empty.", textSpan(offset, 0, 0), {
      hints: [FORMS_HINT],
      data: { goMessage },
    });
  }
  const tokens = scanQuantity(text);
  const space = tokens.find((t) => t.kind === "space");
  if (space) {
    return createDiagnostic(
      "scalar/invalid-cpu",
      "The CPU value must not contain spaces.",
      textSpan(offset, space.start, space.end),
      {
        hints: [FORMS_HINT],
        data: { goMessage },
      },
    );
  }
  const [first, second] = tokens;
  if (tokens.length === 2 && first?.kind === "number" && second?.kind === "unit") {
    const hint = second.text === "M" ? `did you mean '${first.text}m' (millicpu)?` : FORMS_HINT;
    return createDiagnostic(
      "scalar/invalid-cpu",
      `'${second.text}' is not a CPU unit; only 'm' (millicpu) is accepted.`,
      textSpan(offset, second.start, second.end),
      {
        hints: [hint],
        data: { goMessage, actual: second.text },
      },
    );
  }
  return invalidCpu(text, offset, index, goMessage);
}

function invalidCpu(text: string, offset: number, index: number, goMessage: string): Diagnostic {
  return createDiagnostic(
    "scalar/invalid-cpu",
    `'${displayText(text)}' is not a valid CPU value.`,
    charSpan(offset, text, index),
    {
      hints: [FORMS_HINT],
      data: { goMessage },
    },
  );
}
