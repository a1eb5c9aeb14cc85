/**
 * The validation step of `compile`: `validate` from `@akash-sdl/validator`, whose error
 * diagnostics decide whether anything is emitted.
 */
import type { Diagnostic, ParseResult } from "@akash-sdl/core";
import { validate } from "@akash-sdl/validator";
import type { ValidateOptions } from "@akash-sdl/validator";
import type { Sha256 } from "../hash/manifest-version.js";

/**
 * Options of `compile`: the validator's (`target` decides which deploy path's refusals are
 * errors — default `any`: refused by both; `network` picks denoms and limits), and the SHA-256
 * function for the version hash.
 *
 * @example
 * compile(text, { target: "go" });
 */
export interface CompileOptions extends ValidateOptions {
  /**
   * The SHA-256 function for the version hash (default: the built-in pure-JS one, which runs
   * everywhere). The digest is the same; Node callers may pass `node:crypto`'s, which is faster:
   * `(data) => createHash("sha256").update(data).digest()`.
   */
  readonly sha256?: Sha256;
}

/**
 * Runs the validator for `compile` (parse diagnostics re-graded per target, plus every rule's).
 *
 * @example
 * runValidation(parse(text), {}).filter((d) => d.severity === "error");
 */
export function runValidation(parsed: ParseResult, options: CompileOptions): readonly Diagnostic[] {
  return validate(parsed, options);
}
