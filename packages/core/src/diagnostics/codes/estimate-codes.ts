import type { CodeTable } from "../code-info.js";

/**
 * Diagnostic codes of the `estimate/` family.
 *
 * @example
 * ESTIMATE_CODES["estimate/example"]?.severity;
 */
export const ESTIMATE_CODES: CodeTable = {};
