import type { CodeTable } from "../code-info.js";

/**
 * Diagnostic codes of the `cli/` family.
 *
 * @example
 * CLI_CODES["cli/example"]?.severity;
 */
export const CLI_CODES: CodeTable = {};
