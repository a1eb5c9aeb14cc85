import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { createDiagnostic } from "../diagnostics/create-diagnostic.js";

/**
 * The `yaml/input-too-large` error both front ends give for a text longer than `maxInputLength`.
 *
 * @example
 * inputTooLarge("x".repeat(11), 10).data; // { limit: 10, actual: 11 }
 */
export function inputTooLarge(text: string, limit: number): Diagnostic {
  return createDiagnostic(
    "yaml/input-too-large",
    `The text is ${text.length} characters long, more than the limit of ${limit}.`,
    { start: 0, end: Math.min(text.length, 1) },
    { data: { limit, actual: text.length } },
  );
}
