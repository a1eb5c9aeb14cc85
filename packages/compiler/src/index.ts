/**
 * @akash-sdl/compiler — manifest, version hash, group specs and deployment messages.
 *
 * @example
 * import { COMPILER_VERSION } from "@akash-sdl/compiler";
 *
 * @packageDocumentation
 */

/**
 * The package version.
 *
 * @example
 * COMPILER_VERSION; // "0.1.0"
 */
export const COMPILER_VERSION = "0.1.0";
