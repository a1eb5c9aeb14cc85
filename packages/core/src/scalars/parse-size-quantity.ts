import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { createDiagnostic } from "../diagnostics/create-diagnostic.js";
import { parseGoFloat } from "./go-float.js";
import { goQuote } from "./go-quote.js";
import { charSpan, scalarError, scalarValue, textSpan } from "./scalar-parse-result.js";
import type { ScalarParseResult } from "./scalar-parse-result.js";
import { scanQuantity } from "./scan-quantity.js";
import { sizeSuffixHint } from "./size-suffix-hint.js";
import { displayText } from "./display-text.js";

/**
 * A unit suffix and its multiplier (exact in float64).
 *
 * @example
 * const gi: SizeSuffix = { symbol: "Gi", multiplier: 2 ** 30 };
 */
export interface SizeSuffix {
  /** The case-sensitive suffix text. */
  readonly symbol: string;
  /** Bytes per unit. */
  readonly multiplier: number;
}

/**
 * What a size grammar accepts and how it names itself in messages.
 *
 * @example
 * const opts: SizeQuantityOptions = { suffixes: [], what: "size", binaryOnly: false };
 */
export interface SizeQuantityOptions {
  /** Accepted suffixes; none of them may be a suffix of another. */
  readonly suffixes: readonly SizeSuffix[];
  /** Noun used in messages, e.g. "size" or "GPU memory size". */
  readonly what: string;
  /** True when only binary (`Ki`…`Ei`) suffixes are accepted. */
  readonly binaryOnly: boolean;
}

const TWO_POW_64 = 2 ** 64;

/**
 * Go's `parseWithSuffix`: strip the first matching case-sensitive suffix, `ParseFloat` the rest,
 * multiply in float64, reject negatives, truncate to uint64. NaN/+Inf and values ≥ 2^64 (where
 * Go's conversion is implementation-defined) are reported instead of guessed.
 *
 * @example
 * parseSizeQuantity("1.1Gi", 0, { suffixes: [{ symbol: "Gi", multiplier: 2 ** 30 }], what: "size", binaryOnly: true }).value; // 1181116006n
 */
export function parseSizeQuantity(
  text: string,
  offset: number,
  options: SizeQuantityOptions,
): ScalarParseResult<bigint> {
  const suffix = findSuffix(text, options.suffixes);
  const numberLength = suffix ? text.length - suffix.symbol.length : text.length;
  // Most sizes are a whole number and a suffix (`512Mi`): read as Go's ParseFloat would, exactly.
  const whole = wholeNumber(text, numberLength);
  if (whole >= 0) {
    const v = whole * (suffix ? suffix.multiplier : 1);
    if (v < TWO_POW_64) return scalarValue(BigInt(Math.trunc(v)));
  }
  const numberText = suffix ? text.slice(0, numberLength) : text;
  const parsed = parseGoFloat(numberText);
  if (parsed.kind === "syntax") {
    const goSyntax = `strconv.ParseFloat: parsing ${goQuote(numberText)}: invalid syntax`;
    return { value: undefined, diagnostics: [diagnoseSyntax(text, offset, options, parsed.index, goSyntax)] };
  }
  if (parsed.kind === "range") {
    const goMessage = `strconv.ParseFloat: parsing ${goQuote(numberText)}: value out of range`;
    return scalarError(
      "scalar/out-of-range",
      `The ${options.what} is too large for a 64-bit float.`,
      offset,
      0,
      text.length,
      { data: { goMessage } },
    );
  }
  const v = parsed.value * (suffix ? suffix.multiplier : 1);
  if (v < 0) {
    const goMessage = "invalid: negative value not allowed";
    return scalarError("scalar/negative-value", `The ${options.what} must not be negative.`, offset, 0, text.length, {
      data: { goMessage },
    });
  }
  if (Number.isNaN(v) || v === Number.POSITIVE_INFINITY) {
    return {
      value: undefined,
      diagnostics: [
        createDiagnostic(
          "scalar/not-finite",
          `The ${options.what} must be a finite number.`,
          textSpan(offset, 0, text.length),
        ),
      ],
    };
  }
  if (v >= TWO_POW_64) {
    return scalarError("scalar/out-of-range", `The ${options.what} does not fit in 64 bits.`, offset, 0, text.length, {
      data: { max: "18446744073709551615" },
    });
  }
  return scalarValue(BigInt(Math.trunc(v)));
}

/** The first suffix `text` ends with (`find` without a closure), or `undefined`. */
function findSuffix(text: string, suffixes: readonly SizeSuffix[]): SizeSuffix | undefined {
  for (let i = 0; i < suffixes.length; i++) {
    const suffix = suffixes[i] as SizeSuffix;
    if (text.endsWith(suffix.symbol)) return suffix;
  }
  return undefined;
}

/**
 * The value of `text.slice(0, length)` when it is 1 to 15 decimal digits (exact as a double, as
 * Go's ParseFloat reads it: a leading zero is allowed), else -1.
 */
function wholeNumber(text: string, length: number): number {
  if (length === 0 || length > 15) return -1;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}

function diagnoseSyntax(
  text: string,
  offset: number,
  options: SizeQuantityOptions,
  index: number,
  goMessage: string,
): Diagnostic {
  const expected = options.suffixes.map((s) => s.symbol);
  if (text.length === 0) {
    return createDiagnostic("scalar/invalid-size", `The ${options.what} is empty.`, textSpan(offset, 0, 0), {
      data: { goMessage },
    });
  }
  const tokens = scanQuantity(text);
  const space = tokens.find((t) => t.kind === "space");
  if (space) {
    const joined = text.replace(/\s+/g, "");
    const hints = joined.length > 0 && joined !== text ? [`write '${displayText(joined)}'`] : [];
    return createDiagnostic(
      "scalar/invalid-size",
      `The ${options.what} must not contain spaces.`,
      textSpan(offset, space.start, space.end),
      {
        hints,
        data: { goMessage },
      },
    );
  }
  const [first, second] = tokens;
  if (tokens.length === 2 && first?.kind === "number" && second?.kind === "unit") {
    const hint = sizeSuffixHint(second.text, options.binaryOnly);
    const accepted = options.binaryOnly ? "binary suffixes" : "suffixes";
    return createDiagnostic(
      "scalar/invalid-size-suffix",
      `'${second.text}' is not a valid ${options.what} suffix; accepted ${accepted} are ${expected.join(", ")} (case-sensitive).`,
      textSpan(offset, second.start, second.end),
      { hints: hint ? [hint] : [], data: { goMessage, expected, actual: second.text } },
    );
  }
  return createDiagnostic(
    "scalar/invalid-size",
    `'${displayText(text)}' is not a valid ${options.what}.`,
    charSpan(offset, text, index),
    {
      data: { goMessage },
    },
  );
}
