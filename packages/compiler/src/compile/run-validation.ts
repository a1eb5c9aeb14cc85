/**
 * The validation step of `compile`: `validate` from `@akash-sdl/validator`, whose error
 * diagnostics decide whether anything is emitted.
 */
import type { Diagnostic, ParseResult } from "@akash-sdl/core";
import { validate } from "@akash-sdl/validator";
import type { ValidateOptions } from "@akash-sdl/validator";

/**
 * Options of `compile`: the validator's (`target` decides which deploy path's refusals are
 * errors — default `any`: refused by both; `network` picks denoms and limits).
 *
 * @example
 * compile(text, { target: "go" });
 */
export interface CompileOptions extends ValidateOptions {}

/**
 * Runs the validator for `compile` (parse diagnostics re-graded per target, plus every rule's).
 *
 * @example
 * runValidation(parse(text), {}).filter((d) => d.severity === "error");
 */
export function runValidation(parsed: ParseResult, options: CompileOptions): readonly Diagnostic[] {
  return validate(parsed, options);
}
