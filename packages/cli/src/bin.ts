import { main } from "./main.js";
import { createNodeIo } from "./node-io.js";

/**
 * Runs `akash-sdl` in this process: the entry point that the `akash-sdl` bin loads (bundled into
 * one file by `scripts/bundle-bin.mjs`). Sets `process.exitCode`; a failed write to stdout
 * (`ENOSPC`, `EIO`) is reported in one line on stderr with exit status 2, a broken pipe ends quietly.
 *
 * @example
 * await runBin(process.argv.slice(2));
 */
export async function runBin(argv: readonly string[]): Promise<void> {
  const { io, writeFailure } = createNodeIo();
  const report = (): void => {
    const failure = writeFailure();
    if (failure === undefined || process.exitCode === 2) return;
    process.exitCode = 2;
    process.stderr.write(`akash-sdl: cannot write the output: ${failure.code ?? failure.message}\n`, () => undefined);
  };
  let code: number;
  try {
    code = await main(argv, io);
  } catch (error) {
    // A bug, not user input: one line and exit status 2 instead of a stack trace on stdout.
    io.stderr.write(`akash-sdl: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    code = 2;
  }
  process.exitCode = code;
  report();
  // Asynchronous write errors (a pipe or a full disk) may arrive after the last write.
  process.once("beforeExit", report);
}
