/**
 * @akash-sdl/core — the position-tracking parser for the Akash Stack Definition Language.
 *
 * @example
 * import { parse } from "@akash-sdl/core";
 * const { document, diagnostics } = parse(text);
 *
 * @packageDocumentation
 */
export * from "./text/index.js";
export * from "./diagnostics/index.js";
export * from "./tree/index.js";
export * from "./front-ends/fast/index.js";
export * from "./scalars/index.js";
export * from "./document/index.js";
export * from "./keys/index.js";
export * from "./model/index.js";
