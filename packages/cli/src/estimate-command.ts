import type { CliIo } from "./cli-io.js";

/**
 * Runs `akash-sdl estimate`.
 *
 * @example
 * await runEstimate(["--help"], io);
 */
export async function runEstimate(_argv: readonly string[], io: CliIo): Promise<number> {
  io.stderr.write("akash-sdl estimate: not available yet\n");
  return 2;
}
