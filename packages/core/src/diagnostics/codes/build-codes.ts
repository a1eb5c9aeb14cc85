import type { CodeTable } from "../code-info.js";

/**
 * Diagnostic codes of the builder (`@akash-sdl/builder`): typed building, edits of existing text and templates.
 *
 * @example
 * Object.keys(BUILD_CODES).length;
 */
export const BUILD_CODES: CodeTable = {};
