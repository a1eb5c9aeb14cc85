import type { CodeTable } from "../code-info.js";

/**
 * Diagnostic codes of the semantic validator (`@akash-sdl/validator`): references, storage, ports, GPUs, pricing, chain limits and the two deploy paths (`compat/*`).
 *
 * @example
 * Object.keys(VALIDATE_CODES).length;
 */
export const VALIDATE_CODES: CodeTable = {};
