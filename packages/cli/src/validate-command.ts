import type { CliIo } from "./cli-io.js";

/**
 * Runs `akash-sdl validate`.
 *
 * @example
 * await runValidate(["--help"], io);
 */
export async function runValidate(_argv: readonly string[], io: CliIo): Promise<number> {
  io.stderr.write("akash-sdl validate: not available yet\n");
  return 2;
}
