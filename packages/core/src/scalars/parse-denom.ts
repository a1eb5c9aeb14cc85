import { charSpan, scalarError, scalarValue } from "./scalar-parse-result.js";
import type { ScalarParseResult } from "./scalar-parse-result.js";
import { displayText } from "./display-text.js";

const DENOM = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;
const DENOM_CHAR = /[a-zA-Z0-9/:._-]/;

/**
 * Validates a coin denom with the cosmos-sdk rule `[a-zA-Z][a-zA-Z0-9/:._-]{2,127}` (3–128
 * characters, starting with a letter). Go panics on an invalid denom (`invalid denom: <d>`, in
 * `data.goMessage`); we report it. Whether the chain knows the denom is the validator's business.
 *
 * @example
 * parseDenom("uakt").value; // "uakt"
 */
export function parseDenom(text: string, offset = 0): ScalarParseResult<string> {
  if (DENOM.test(text)) return scalarValue(text);
  const data = { goMessage: `invalid denom: ${text}` };
  if (text.length === 0) return scalarError("scalar/invalid-denom", "The denom is empty.", offset, 0, 0, { data });
  const first = text.charAt(0);
  if (!/[a-zA-Z]/.test(first)) {
    const s = charSpan(offset, text, 0);
    return scalarError("scalar/invalid-denom", "A denom must start with a letter.", 0, s.start, s.end, { data });
  }
  for (let i = 1; i < text.length; i++) {
    if (!DENOM_CHAR.test(text.charAt(i))) {
      const s = charSpan(offset, text, i);
      return scalarError(
        "scalar/invalid-denom",
        `A denom may not contain '${displayText(String.fromCodePoint(text.codePointAt(i) ?? 0))}'; allowed are letters, digits and / : . _ -.`,
        0,
        s.start,
        s.end,
        { data },
      );
    }
  }
  if (text.length > 128) {
    return scalarError(
      "scalar/invalid-denom",
      "A denom must be at most 128 characters long.",
      offset,
      128,
      text.length,
      { data },
    );
  }
  return scalarError("scalar/invalid-denom", "A denom must be at least 3 characters long.", offset, 0, text.length, {
    data,
  });
}
