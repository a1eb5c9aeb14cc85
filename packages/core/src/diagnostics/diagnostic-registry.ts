import type { CodeInfo, CodeTable } from "./code-info.js";
import { BUILD_CODES } from "./codes/build-codes.js";
import { CLI_CODES } from "./codes/cli-codes.js";
import { COMPILE_CODES } from "./codes/compile-codes.js";
import { ESTIMATE_CODES } from "./codes/estimate-codes.js";
import { SCALAR_CODES } from "./codes/scalar-codes.js";
import { TYPE_CODES } from "./codes/type-codes.js";
import { VALIDATE_CODES } from "./codes/validate-codes.js";
import { YAML_CODES } from "./codes/yaml-codes.js";

/**
 * Every registered diagnostic code, as a literal union built from the `as const` code tables
 * (one file per family under `codes/`): a misspelt code fails to compile.
 *
 * @example
 * const code: DiagnosticCode = "yaml/duplicate-key";
 */
export type DiagnosticCode =
  | keyof typeof YAML_CODES
  | keyof typeof TYPE_CODES
  | keyof typeof SCALAR_CODES
  | keyof typeof ESTIMATE_CODES
  | keyof typeof CLI_CODES
  | keyof typeof VALIDATE_CODES
  | keyof typeof COMPILE_CODES
  | keyof typeof BUILD_CODES;

/**
 * Every diagnostic code akash-sdl can emit, with its default severity and documentation (titles
 * and descriptions: import it only for docs and help output; runtime code uses
 * {@link codeSeverity}, which carries no prose). Codes are stable: never renamed or reused.
 *
 * @example
 * DIAGNOSTIC_CODES["yaml/duplicate-key"].severity; // "error"
 */
export const DIAGNOSTIC_CODES: Readonly<Record<DiagnosticCode, CodeInfo>> = /* @__PURE__ */ Object.freeze({
  ...YAML_CODES,
  ...TYPE_CODES,
  ...SCALAR_CODES,
  ...ESTIMATE_CODES,
  ...CLI_CODES,
  ...VALIDATE_CODES,
  ...COMPILE_CODES,
  ...BUILD_CODES,
});

/**
 * Looks up a code's documentation; throws for an unregistered code (a programmer error, never
 * user input).
 *
 * @example
 * codeInfo("yaml/syntax").title;
 */
export function codeInfo(code: string): CodeInfo {
  const info = (DIAGNOSTIC_CODES as CodeTable)[code];
  if (!info) throw new Error(`unregistered diagnostic code: ${code}`);
  return info;
}
