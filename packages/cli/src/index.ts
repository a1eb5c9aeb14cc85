/**
 * @akash-sdl/cli — the `akash-sdl` command.
 *
 * @packageDocumentation
 */
export { main } from "./main.js";
export type { CliIo, TextSink } from "./cli-io.js";
