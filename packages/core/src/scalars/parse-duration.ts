import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { createDiagnostic } from "../diagnostics/create-diagnostic.js";
import { goTimeQuote } from "./go-quote.js";
import { scalarValue, textSpan } from "./scalar-parse-result.js";
import type { ScalarParseResult } from "./scalar-parse-result.js";
import { scanTokens } from "./scan-tokens.js";
import type { ScannedToken, TokenRule } from "./scan-tokens.js";
import { displayText } from "./display-text.js";

/**
 * A duration as protobuf `google.protobuf.Duration`: seconds and nanoseconds with the same sign.
 *
 * @example
 * const d: DurationValue = { seconds: 5400n, nanos: 0 };
 */
export interface DurationValue {
  /** Whole seconds (truncated toward zero). */
  readonly seconds: bigint;
  /** Remaining nanoseconds, -999999999..999999999, same sign as `seconds`. */
  readonly nanos: number;
}

type Kind = "number" | "unit";
const RULES: readonly TokenRule<Kind>[] = [
  { kind: "number", pattern: /[0-9]*(?:\.[0-9]*)?/y },
  { kind: "unit", pattern: /[^0-9.]+/y },
];

const UNITS: Readonly<Record<string, bigint>> = {
  ns: 1n,
  us: 1000n,
  "\u00b5s": 1000n,
  "\u03bcs": 1000n,
  ms: 1000000n,
  s: 1000000000n,
  m: 60000000000n,
  h: 3600000000000n,
};

const UNIT_HINTS: Readonly<Record<string, string>> = {
  sec: "s",
  secs: "s",
  second: "s",
  seconds: "s",
  S: "s",
  min: "m",
  mins: "m",
  minute: "m",
  minutes: "m",
  M: "m",
  hr: "h",
  hrs: "h",
  hour: "h",
  hours: "h",
  H: "h",
  msec: "ms",
  millis: "ms",
  MS: "ms",
  Ms: "ms",
};

const MAX = 1n << 63n;
const NS_PER_S = 1000000000n;

/**
 * Parses a duration exactly as Go's `time.ParseDuration`: an optional sign and one or more
 * `<number><unit>` parts (`1h30m`, `1.5h`, `300ms`, `-2s`), units `ns us µs μs ms s m h`, or a bare
 * `0`. The nanosecond total must fit in int64. No sign check here (see `parseMinWindow`).
 *
 * @example
 * parseDuration("1h30m").value; // { seconds: 5400n, nanos: 0 }
 */
export function parseDuration(text: string, offset = 0): ScalarParseResult<DurationValue> {
  const signed = text.startsWith("-") || text.startsWith("+");
  const start = signed ? 1 : 0;
  const rest = text.slice(start);
  if (rest === "0") return scalarValue({ seconds: 0n, nanos: 0 });
  const fail = (
    message: string,
    from: number,
    to: number,
    goMessage: string,
    hints: readonly string[] = [],
  ): ScalarParseResult<DurationValue> => ({
    value: undefined,
    diagnostics: [
      createDiagnostic("scalar/invalid-duration", message, textSpan(offset, from, to), { hints, data: { goMessage } }),
    ],
  });
  const invalid = `time: invalid duration ${goTimeQuote(text)}`;
  if (rest === "")
    return fail(signed ? "A sign must be followed by a duration." : "The duration is empty.", 0, text.length, invalid);
  const tokens: ScannedToken<Kind>[] = scanTokens(rest, RULES, "unit");
  let total = 0n;
  for (let i = 0; i < tokens.length; i += 2) {
    const num = tokens[i];
    const unit = tokens[i + 1];
    if (num === undefined) break;
    if (num.kind !== "number")
      return fail(`Expected a number before '${displayText(num.text)}'.`, start + num.start, start + num.end, invalid);
    const dot = num.text.indexOf(".");
    const intDigits = dot < 0 ? num.text : num.text.slice(0, dot);
    const fracDigits = dot < 0 ? "" : num.text.slice(dot + 1);
    if (intDigits === "" && fracDigits === "")
      return fail("A duration part needs digits.", start + num.start, start + num.end, invalid);
    if (unit === undefined || unit.kind !== "unit") {
      const hints = unit === undefined ? [`write '${displayText(text)}s'`] : [];
      return fail(
        "The duration is missing a unit (ns, us, ms, s, m or h).",
        start + num.start,
        start + num.end,
        `time: missing unit in duration ${goTimeQuote(text)}`,
        hints,
      );
    }
    const size = UNITS[unit.text];
    if (size === undefined) {
      const suggestion = UNIT_HINTS[unit.text];
      const hints = suggestion
        ? [`did you mean '${suggestion}'?`]
        : /^(d|days?|w|weeks?)$/i.test(unit.text)
          ? ["Go durations have no day unit; use hours, e.g. '24h'"]
          : [];
      const goMessage = `time: unknown unit ${goTimeQuote(unit.text)} in duration ${goTimeQuote(text)}`;
      return fail(
        `'${displayText(unit.text)}' is not a duration unit (ns, us, ms, s, m or h).`,
        start + unit.start,
        start + unit.end,
        goMessage,
        hints,
      );
    }
    const part = partValue(intDigits, fracDigits, size);
    if (part === undefined) return overflow(text, offset, invalid);
    total += part;
    if (total > MAX) return overflow(text, offset, invalid);
  }
  if (!text.startsWith("-") && total > MAX - 1n) return overflow(text, offset, invalid);
  const ns = text.startsWith("-") ? -total : total;
  return scalarValue({ seconds: ns / NS_PER_S, nanos: Number(ns % NS_PER_S) });
}

/** One `<int>.<frac><unit>` part in nanoseconds, with Go's overflow rules; undefined on overflow. */
function partValue(intDigits: string, fracDigits: string, unit: bigint): bigint | undefined {
  let v = intDigits === "" ? 0n : BigInt(intDigits);
  if (v > MAX || v > MAX / unit) return undefined;
  v *= unit;
  let f = 0n;
  let scale = 1;
  for (const c of fracDigits) {
    if (f > (MAX - 1n) / 10n) break;
    const y = f * 10n + BigInt(c.charCodeAt(0) - 48);
    if (y > MAX) break;
    f = y;
    scale *= 10;
  }
  if (f > 0n) {
    v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
    if (v > MAX) return undefined;
  }
  return v;
}

function overflow(text: string, offset: number, goMessage: string): ScalarParseResult<DurationValue> {
  const d: Diagnostic = createDiagnostic(
    "scalar/out-of-range",
    "The duration is longer than Go's limit of about 292 years.",
    textSpan(offset, 0, text.length),
    {
      data: { goMessage },
    },
  );
  return { value: undefined, diagnostics: [d] };
}
