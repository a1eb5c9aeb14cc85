import type { CliIo } from "./cli-io.js";

const USAGE = `Usage: akash-sdl <command> [options]

Commands:
  validate [--format text|json] PATH...   check SDL files, directories and globs
  estimate --model ID [options]            size GPUs, memory and storage for an AI model

Run 'akash-sdl <command> --help' for a command's options.
`;

/**
 * Runs the `akash-sdl` command line and resolves to the process exit code
 * (0 success, 1 problems found, 2 usage or I/O error).
 *
 * @example
 * const code = await main(["validate", "deploy.yaml"], { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "validate": {
      const { runValidate } = await import("./validate-command.js");
      return runValidate(rest, io);
    }
    case "estimate": {
      const { runEstimate } = await import("./estimate-command.js");
      return runEstimate(rest, io);
    }
    case undefined:
    case "help":
    case "--help":
    case "-h":
      io.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.stderr.write(`akash-sdl: unknown command '${command}'\n\n${USAGE}`);
      return 2;
  }
}
