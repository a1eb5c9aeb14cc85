import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { createDiagnostic } from "../diagnostics/create-diagnostic.js";
import type { Span } from "../text/span.js";
import type { LineFacts } from "./line-facts.js";

/**
 * Why the analysis of a text stopped before its end.
 *
 * @example
 * const reason: StopReason = "errors";
 */
export type StopReason = "tokens" | "depth" | "errors";

/**
 * Where the analysis of a text stopped, and why.
 *
 * @example
 * const stop: AnalysisStop = { offset: 1024, reason: "depth" };
 */
export interface AnalysisStop {
  /** The text from this offset on is not analysed. */
  readonly offset: number;
  readonly reason: StopReason;
}

/** One character at `offset` (both halves of a surrogate pair), or an empty span at the end. */
function charAt(text: string, offset: number): Span {
  if (offset >= text.length) return { start: text.length, end: text.length };
  const c = text.charCodeAt(offset);
  const pair = c >= 0xd800 && c <= 0xdbff && offset + 1 < text.length;
  return { start: offset, end: offset + (pair ? 2 : 1) };
}

/**
 * The `yaml/too-deep` diagnostic: at the first collection nested deeper than `maxDepth` (or at
 * the stop, when the reader stopped without finding it); when the nesting went so deep that
 * reading stopped, the stop is its related location and `data.stoppedAt`.
 *
 * @example
 * tooDeepDiagnostic({ start: 64, end: 65, count: 1 }, 64, null, text);
 */
export function tooDeepDiagnostic(
  found: { readonly start: number; readonly end: number; readonly count: number } | null,
  maxDepth: number,
  stop: number | null,
  text: string,
): Diagnostic {
  const data: Record<string, unknown> = { limit: maxDepth, cut: found?.count ?? 0 };
  if (stop !== null) data["stoppedAt"] = stop;
  const span = found ? { start: found.start, end: found.end } : charAt(text, stop ?? 0);
  const related =
    stop === null
      ? []
      : [
          {
            message: "Collections nest far too deep here; the rest of the text is not analysed.",
            span: charAt(text, stop),
          },
        ];
  return createDiagnostic("yaml/too-deep", `Collections are nested more than ${maxDepth} levels deep.`, span, {
    data,
    related,
  });
}

/**
 * The diagnostic that says where the analysis stopped because the text holds too many YAML
 * tokens (`yaml/too-many-tokens`, at the stop) or too many lines with errors
 * (`yaml/too-many-errors`, at the first line left out). A stop for depth is told by
 * {@link tooDeepDiagnostic}.
 *
 * @example
 * stopDiagnostic({ offset: 1200, reason: "tokens" }, 100_000, text, facts);
 */
export function stopDiagnostic(stop: AnalysisStop, limit: number, text: string, facts: LineFacts): Diagnostic | null {
  if (stop.reason === "tokens") {
    return createDiagnostic(
      "yaml/too-many-tokens",
      `The text holds more than ${limit} YAML tokens; it is not analysed from here on.`,
      charAt(text, stop.offset),
      {
        hints: ["Split the text into smaller files, or raise limits.maxTokens."],
        data: { limit, stoppedAt: stop.offset },
      },
    );
  }
  if (stop.reason === "errors") {
    const line = facts.lineOf(stop.offset);
    return createDiagnostic(
      "yaml/too-many-errors",
      `More than ${limit} lines hold YAML errors; the text is not analysed from this line on.`,
      charAt(text, facts.contentSpan(line).start),
      { hints: ["Fix the first errors, then check the text again."], data: { limit, stoppedAt: stop.offset } },
    );
  }
  return null;
}
