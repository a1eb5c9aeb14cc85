import type { CodeTable } from "../code-info.js";

/**
 * Diagnostic codes of the compiler (`@akash-sdl/compiler`): manifest, group specs, version hash and deployment messages.
 *
 * @example
 * Object.keys(COMPILE_CODES).length;
 */
export const COMPILE_CODES: CodeTable = {};
