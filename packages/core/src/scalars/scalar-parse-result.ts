import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { createDiagnostic } from "../diagnostics/create-diagnostic.js";
import type { DiagnosticExtras } from "../diagnostics/create-diagnostic.js";
import type { DiagnosticCode } from "../diagnostics/diagnostic-registry.js";
import type { Span } from "../text/span.js";

/**
 * The outcome of a scalar grammar: a value (undefined when an error was reported) and every
 * diagnostic found. Warnings and infos never clear the value.
 *
 * @example
 * const r: ScalarParseResult<number> = { value: 500, diagnostics: [] };
 */
export interface ScalarParseResult<T> {
  /** The parsed value, or `undefined` when at least one error was reported. */
  readonly value: T | undefined;
  /** Problems found, with spans on the offending characters. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * A successful result, optionally carrying warnings.
 *
 * @example
 * scalarValue(500); // { value: 500, diagnostics: [] }
 */
export function scalarValue<T>(value: T, diagnostics: readonly Diagnostic[] = []): ScalarParseResult<T> {
  return { value, diagnostics };
}

/**
 * A failed result with one error diagnostic.
 *
 * @example
 * scalarError("scalar/invalid-cpu", "The CPU value is not a number.", 0, 0, 3);
 */
export function scalarError<T>(
  code: DiagnosticCode,
  message: string,
  offset: number,
  start: number,
  end: number,
  extras: DiagnosticExtras = {},
): ScalarParseResult<T> {
  return { value: undefined, diagnostics: [createDiagnostic(code, message, textSpan(offset, start, end), extras)] };
}

/**
 * Maps a range of the scalar text (`start`..`end`, text indices) to a source span.
 *
 * @example
 * textSpan(10, 2, 4); // { start: 12, end: 14 }
 */
export function textSpan(offset: number, start: number, end: number): Span {
  return { start: offset + start, end: offset + (end < start ? start : end) };
}

/**
 * A span on the character at `index` (clamped into the text; an empty text gives an empty span).
 *
 * @example
 * charSpan(0, "1e", 2); // { start: 1, end: 2 } (past the end points at the last character)
 */
export function charSpan(offset: number, text: string, index: number): Span {
  if (text.length === 0) return { start: offset, end: offset };
  const i = index >= text.length ? text.length - 1 : index < 0 ? 0 : index;
  const code = text.charCodeAt(i);
  const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
  return { start: offset + i, end: offset + i + wide };
}
