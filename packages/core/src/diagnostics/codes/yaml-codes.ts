import type { CodeTable } from "../code-info.js";

/**
 * Diagnostic codes of the `yaml/` family.
 *
 * @example
 * YAML_CODES["yaml/example"]?.severity;
 */
export const YAML_CODES: CodeTable = {};
