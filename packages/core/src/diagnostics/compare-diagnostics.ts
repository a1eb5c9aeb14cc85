import type { Diagnostic } from "./diagnostic.js";

/**
 * The one order of diagnostics in akash-sdl: by span start (a diagnostic without a span, about
 * the whole file, sorts as offset 0). Ties compare equal so that a stable sort keeps the order
 * they were found in — the root cause before its consequences.
 *
 * @example
 * [...diagnostics].sort(compareDiagnostics);
 */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (a.span?.start ?? 0) - (b.span?.start ?? 0);
}

/**
 * A sorted copy, in the order of {@link compareDiagnostics} (stable: ties keep their order).
 *
 * @example
 * sortDiagnostics([...coreDiagnostics, ...validatorDiagnostics]);
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  // Most lists are empty or hold one diagnostic: nothing to sort.
  if (diagnostics.length < 2) return diagnostics.length === 0 ? [] : [diagnostics[0] as Diagnostic];
  return [...diagnostics].sort(compareDiagnostics);
}
