import { createDiagnostic } from "../diagnostics/create-diagnostic.js";
import { DEC_PRECISION, formatDec18 } from "./dec-amount.js";
import type { DecAmount } from "./dec-amount.js";
import { parseGoFloat } from "./go-float.js";
import { charSpan, scalarError, scalarValue, textSpan } from "./scalar-parse-result.js";
import type { ScalarParseResult } from "./scalar-parse-result.js";
import { displayText } from "./display-text.js";

const DEC_UNIT = 10n ** BigInt(DEC_PRECISION);
const DEC_ZEROS = "0".repeat(DEC_PRECISION);

/** `true` for 1 to 15 digits without a leading zero (a positive whole amount far below Go's bit limit). */
function isWholeAmount(text: string): boolean {
  const length = text.length;
  if (length === 0 || length > 15 || text.charCodeAt(0) === 48) return false;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Go `maxDecBitLen` (cosmossdk.io/math: 256 + 59). */
const MAX_DEC_BIT_LEN = 315;
const INTEGER = /^[+-]?[0-9]+$/;

/**
 * Parses a price amount as Go's `LegacyNewDecFromStr` (18 decimals), then applies the SDL's coin
 * checks: zero is an error (`invalid coin amount: amount is zero`) and so is a negative amount.
 * Rejects `""`, `.5`, `5.`, `1e3`, `abc`, two dots and more than 18 decimals. Go's own message is in
 * `data.goMessage`. Go's sign quirks (`+5`, `--5` = 5, `+.5` = 0.5) are accepted with a warning.
 *
 * @example
 * parsePriceAmount("200").value?.text18; // "200.000000000000000000"
 */
export function parsePriceAmount(text: string, offset = 0): ScalarParseResult<DecAmount> {
  // Most amounts are whole numbers (`10000`): the general path gives them `text` followed by 18 zeros.
  if (isWholeAmount(text)) {
    return scalarValue({ atomics: BigInt(text) * DEC_UNIT, text18: `${text}.${DEC_ZEROS}` });
  }
  const neg = text.startsWith("-");
  const start = neg ? 1 : 0;
  const body = text.slice(start);
  if (body.length === 0) {
    return scalarError("scalar/invalid-amount", "The amount is empty.", offset, 0, text.length, {
      data: { goMessage: "decimal string cannot be empty" },
    });
  }
  const dot = body.indexOf(".");
  const second = dot < 0 ? -1 : body.indexOf(".", dot + 1);
  if (second >= 0) {
    return scalarError(
      "scalar/invalid-amount",
      "The amount has more than one decimal point.",
      offset,
      start + second,
      start + second + 1,
      {
        data: { goMessage: "invalid decimal string" },
      },
    );
  }
  const intPart = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? "" : body.slice(dot + 1);
  if (dot >= 0 && (intPart.length === 0 || frac.length === 0)) {
    const hint = intPart.length === 0 ? `write '0${displayText(body)}'` : `write '${displayText(intPart)}'`;
    return scalarError(
      "scalar/invalid-amount",
      "The amount needs digits on both sides of the decimal point.",
      offset,
      start + dot,
      start + dot + 1,
      {
        hints: [hint],
        data: { goMessage: "invalid decimal length" },
      },
    );
  }
  if (frac.length > DEC_PRECISION) {
    const fracStart = start + dot + 1;
    const goMessage = `value '${body}' exceeds max precision by ${DEC_PRECISION - frac.length} decimal places: max precision ${DEC_PRECISION}`;
    return scalarError(
      "scalar/too-many-decimals",
      `The amount has ${frac.length} decimal places; at most 18 are allowed.`,
      offset,
      fracStart + DEC_PRECISION,
      text.length,
      {
        data: { goMessage, max: DEC_PRECISION, actual: frac.length },
      },
    );
  }
  const combined = intPart + frac + "0".repeat(DEC_PRECISION - frac.length);
  if (!INTEGER.test(combined)) return notNumeric(text, offset, start, intPart, combined);
  const magnitude = BigInt(combined);
  // Up to 94 digits stay below 2^313: the bit length is only worth computing for longer ones.
  const bits = combined.length <= 94 ? 0 : (magnitude < 0n ? -magnitude : magnitude).toString(2).length;
  if (bits > MAX_DEC_BIT_LEN) {
    const goMessage = `decimal '${body}' out of range; bitLen: got ${bits}, max ${MAX_DEC_BIT_LEN}`;
    return scalarError("scalar/out-of-range", "The amount is too large.", offset, 0, text.length, {
      data: { goMessage },
    });
  }
  const atomics = neg ? -magnitude : magnitude;
  if (atomics === 0n) {
    return scalarError("scalar/zero-amount", "The amount must be greater than zero.", offset, 0, text.length, {
      data: { goMessage: "invalid coin amount: amount is zero" },
    });
  }
  const text18 = formatDec18(atomics);
  if (atomics < 0n) {
    return scalarError("scalar/negative-value", "The amount must not be negative.", offset, 0, text.length, {
      data: { goMessage: `invalid: negative value not allowed: amount "${text18}" is negative` },
    });
  }
  const value: DecAmount = { atomics, text18 };
  if (body.startsWith("+") || body.startsWith("-")) {
    const d = createDiagnostic(
      "scalar/non-portable-amount",
      `Go reads this amount as ${text18}, but other SDL tools reject its sign.`,
      textSpan(offset, 0, start + 1),
      {
        hints: [`write '${text18.replace(/\.?0+$/, "")}'`],
      },
    );
    return { value, diagnostics: [d] };
  }
  return scalarValue(value);
}

function notNumeric(
  text: string,
  offset: number,
  start: number,
  intPart: string,
  combined: string,
): ScalarParseResult<DecAmount> {
  let bad = 0;
  const signed = combined.startsWith("+") || combined.startsWith("-");
  for (let p = signed ? 1 : 0; p < combined.length; p++) {
    const c = combined.charCodeAt(p);
    if (c < 48 || c > 57) {
      bad = p;
      break;
    }
  }
  // Map the index in intPart+frac back to the text (skip the '.' between them).
  const index = start + (bad < intPart.length ? bad : bad + 1);
  const asFloat = parseGoFloat(text);
  const hints =
    asFloat.kind === "ok" && Number.isInteger(asFloat.value) && Math.abs(asFloat.value) < 1e21
      ? [`write '${asFloat.value}'`]
      : ["use digits with an optional decimal point, such as '1000' or '0.5'"];
  const span = charSpan(offset, text, index);
  return scalarError(
    "scalar/invalid-amount",
    `'${displayText(text)}' is not a decimal number.`,
    0,
    span.start,
    span.end,
    {
      hints,
      data: { goMessage: `failed to set decimal string with base 10: ${combined}` },
    },
  );
}
