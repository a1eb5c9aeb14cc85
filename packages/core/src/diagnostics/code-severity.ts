import { CODE_REFUSED_BY, CODE_SEVERITIES } from "./code-severities.js";
import type { Severity } from "./diagnostic.js";
import type { DiagnosticCode } from "./diagnostic-registry.js";

/**
 * The default severity of a code, without loading the registry's prose. Throws for a code that
 * is not registered, or registered after `code-severities.ts` was last generated (a programmer
 * error: run `npx tsc -b packages/core && node scripts/generate-code-reference.mjs`).
 *
 * @example
 * codeSeverity("yaml/duplicate-key"); // "error"
 */
export function codeSeverity(code: DiagnosticCode): Severity {
  const severity = CODE_SEVERITIES[code];
  if (severity === undefined) {
    throw new Error(
      `unregistered diagnostic code: ${code} (registered codes need: node scripts/generate-code-reference.mjs)`,
    );
  }
  return severity;
}

/**
 * Which deploy path refuses a document with this problem (`undefined` when the code does not
 * say): the validator uses it to re-grade core's diagnostics per deploy target.
 *
 * @example
 * codeRefusedBy("sdl/unexpected-field"); // { go: true, console: true }
 */
export function codeRefusedBy(code: DiagnosticCode): { readonly go: boolean; readonly console: boolean } | undefined {
  return CODE_REFUSED_BY[code];
}
