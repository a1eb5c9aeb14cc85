/**
 * @akash-sdl/builder — typed SDL builder, comment-preserving edits and templates.
 *
 * @example
 * import { BUILDER_VERSION } from "@akash-sdl/builder";
 *
 * @packageDocumentation
 */

/**
 * The package version.
 *
 * @example
 * BUILDER_VERSION; // "0.1.0"
 */
export const BUILDER_VERSION = "0.1.0";
