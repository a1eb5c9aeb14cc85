import type { Diagnostic, SdlDocument } from "@akash-sdl/core";
import * as validatorModule from "@akash-sdl/validator";

/**
 * Runs `validate` from `@akash-sdl/validator` when the package exports it, and returns its
 * diagnostics; an empty list while the validator has no `validate` yet. The look-up is dynamic so
 * that the builder works before and after the validator lands (swap for a direct import then).
 *
 * @example
 * runValidator(parse(text).document).length; // 0 for a valid document
 */
export function runValidator(document: SdlDocument | undefined, options: Readonly<Record<string, unknown>> = {}): readonly Diagnostic[] {
  if (document === undefined) return [];
  const validate = (validatorModule as Readonly<Record<string, unknown>>)["validate"];
  if (typeof validate !== "function") return [];
  const result: unknown = (validate as (doc: SdlDocument, options: unknown) => unknown)(document, options);
  if (Array.isArray(result)) return result as Diagnostic[];
  if (result !== null && typeof result === "object" && Array.isArray((result as { diagnostics?: unknown }).diagnostics)) {
    return (result as { diagnostics: Diagnostic[] }).diagnostics;
  }
  return [];
}

/**
 * `true` once `@akash-sdl/validator` exports `validate`.
 *
 * @example
 * if (hasValidator()) console.log("validated");
 */
export function hasValidator(): boolean {
  return typeof (validatorModule as Readonly<Record<string, unknown>>)["validate"] === "function";
}
