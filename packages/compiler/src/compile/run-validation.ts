/**
 * The validation step of `compile`: the diagnostics that decide whether anything is emitted.
 */
import type { Diagnostic, ParseResult } from "@akash-sdl/core";

/**
 * Options of `compile`.
 *
 * @example
 * compile(text, { target: "go" });
 */
export interface CompileOptions {
  /** The deploy path whose refusals are errors (default `any`: refused by both). */
  readonly target?: "any" | "go" | "console" | "portable";
}

/**
 * Runs validation for `compile`.
 *
 * @example
 * runValidation(parse(text), {}).filter((d) => d.severity === "error");
 */
export function runValidation(parsed: ParseResult, options: CompileOptions): readonly Diagnostic[] {
  void options;
  return parsed.diagnostics;
}
