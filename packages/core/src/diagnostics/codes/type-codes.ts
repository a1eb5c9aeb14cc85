import type { CodeTable } from "../code-info.js";

/**
 * Diagnostic codes of the `type/` family.
 *
 * @example
 * TYPE_CODES["type/example"]?.severity;
 */
export const TYPE_CODES: CodeTable = {};
