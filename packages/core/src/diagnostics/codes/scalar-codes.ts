import type { CodeTable } from "../code-info.js";

/**
 * Diagnostic codes of the `scalar/` family.
 *
 * @example
 * SCALAR_CODES["scalar/example"]?.severity;
 */
export const SCALAR_CODES: CodeTable = {};
