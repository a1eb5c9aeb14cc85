import type { Diagnostic, ParseResult } from "@akash-sdl/core";
import { validate, type ValidateOptions } from "@akash-sdl/validator";

/**
 * Every diagnostic of a parsed SDL from `@akash-sdl/validator` (parse diagnostics re-graded for
 * the deploy target, plus the semantic rules).
 *
 * @example
 * runValidator(parse(text)).filter((d) => d.severity === "error").length; // 0 for a valid SDL
 */
export function runValidator(parsed: ParseResult, options: ValidateOptions = {}): readonly Diagnostic[] {
  return validate(parsed, options);
}
