import type { CliIo } from "./cli-io.js";
import { COMMANDS } from "./commands.js";
import { escapeControls } from "./safety/escape-controls.js";

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length)) + 3;
  const lines = COMMANDS.map((c) => `  ${c.usage.padEnd(width)}${c.summary}`);
  return `Usage: akash-sdl <command> [options]\n\nCommands:\n${lines.join("\n")}\n\nRun 'akash-sdl <command> --help' for a command's options.\n`;
}

/**
 * Runs the `akash-sdl` command line and resolves to the process exit code
 * (0 success, 1 problems found, 2 usage or I/O error).
 *
 * @example
 * const code = await main(["validate", "deploy.yaml"], { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const found = COMMANDS.find((c) => c.name === command);
  if (found) return (await found.load())(rest, io);
  switch (command) {
    case undefined:
      // No command is a usage error: the usage goes to stderr, like every usage error.
      io.stderr.write(usage());
      return 2;
    case "help":
    case "--help":
    case "-h":
      io.stdout.write(usage());
      return 0;
    default:
      io.stderr.write(`akash-sdl: unknown command '${escapeControls(command)}'\n\n${usage()}`);
      return 2;
  }
}
