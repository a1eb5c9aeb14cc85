/**
 * @akash-sdl/validator — semantic checks of a parsed SDL for both deploy paths.
 *
 * @example
 * import { VALIDATOR_VERSION } from "@akash-sdl/validator";
 *
 * @packageDocumentation
 */

/**
 * The package version.
 *
 * @example
 * VALIDATOR_VERSION; // "0.1.0"
 */
export const VALIDATOR_VERSION = "0.1.0";
