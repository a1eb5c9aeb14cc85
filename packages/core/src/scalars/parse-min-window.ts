import { createDiagnostic } from "../diagnostics/create-diagnostic.js";
import { goQuote } from "./go-quote.js";
import { parseDuration } from "./parse-duration.js";
import type { DurationValue } from "./parse-duration.js";
import { textSpan } from "./scalar-parse-result.js";
import type { ScalarParseResult } from "./scalar-parse-result.js";

const PORTABLE = /^[1-9][0-9]*(s|m|h)$/;
const NS_PER_S = 1000000000n;

/**
 * Parses `reclamation.min_window` as Go does: `time.ParseDuration`, then the value must be > 0
 * (`reclamation min_window must be > 0`). Go accepts compound forms such as `1h30m` or `300ms`, but
 * the official schema (TS SDK, Console) only allows `^[1-9][0-9]*(s|m|h)$`; such values keep their
 * value and get a `scalar/non-portable-duration` warning with an equivalent portable form when
 * there is one.
 *
 * @example
 * parseMinWindow("1h30m").diagnostics[0]?.hints; // ["write '90m'"]
 */
export function parseMinWindow(text: string, offset = 0): ScalarParseResult<DurationValue> {
  const r = parseDuration(text, offset);
  const span = textSpan(offset, 0, text.length);
  if (r.value === undefined) {
    const diagnostics = r.diagnostics.map((d) => {
      const inner = d.data?.["goMessage"];
      if (typeof inner !== "string") return d;
      return {
        ...d,
        data: { ...d.data, goMessage: `SDL invalid: invalid reclamation min_window ${goQuote(text)}: ${inner}` },
      };
    });
    return { value: undefined, diagnostics };
  }
  const ns = r.value.seconds * NS_PER_S + BigInt(r.value.nanos);
  if (ns <= 0n) {
    const d = createDiagnostic(
      "scalar/non-positive-duration",
      "The reclamation window must be longer than zero.",
      span,
      {
        data: { goMessage: "SDL invalid: reclamation min_window must be > 0" },
      },
    );
    return { value: undefined, diagnostics: [d] };
  }
  if (PORTABLE.test(text)) return r;
  const portable = portableForm(ns);
  const hints = portable ? [`write '${portable}'`] : ["round it to whole seconds, minutes or hours"];
  const d = createDiagnostic(
    "scalar/non-portable-duration",
    "Go accepts this window, but the official schema only allows a whole number of seconds, minutes or hours such as '90m'.",
    span,
    { hints, data: { pattern: PORTABLE.source } },
  );
  return { value: r.value, diagnostics: [d] };
}

function portableForm(ns: bigint): string | undefined {
  if (ns % NS_PER_S !== 0n) return undefined;
  const s = ns / NS_PER_S;
  if (s % 3600n === 0n) return `${s / 3600n}h`;
  if (s % 60n === 0n) return `${s / 60n}m`;
  return `${s}s`;
}
