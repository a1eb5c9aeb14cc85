import type { CliIo } from "../cli-io.js";
import { parseCommandLine } from "../util/parse-command-line.js";
import { HASH_HELP } from "./compile-help.js";
import { compileInput, usageError, writeDiagnostics } from "./compile-input.js";

const OPTIONS = { help: { type: "boolean", short: "h" } } as const;

/**
 * Runs `akash-sdl hash FILE...`: the lowercase hex version hash (one file), or
 * `<hash>  <file>` lines like `sha256sum` (several). Files with errors are reported on standard
 * error and skipped; the status is then 1 (2 when a file cannot be read).
 *
 * @example
 * const status = await runHash(["a.yaml", "b.yaml"], io);
 */
export async function runHash(argv: readonly string[], io: CliIo): Promise<number> {
  const line = parseCommandLine(argv, OPTIONS);
  if (!line.ok) return usageError("hash", line.error, io);
  if (line.values["help"] === true) {
    io.stdout.write(HASH_HELP);
    return 0;
  }
  if (line.positionals.length === 0) return usageError("hash", "no FILE given", io);
  let status = 0;
  const several = line.positionals.length > 1;
  for (const path of line.positionals) {
    const input = await compileInput(path, io);
    writeDiagnostics(input.report, io);
    if (input.value === undefined) {
      status = Math.max(status, input.report.ioProblem ? 2 : 1);
      continue;
    }
    const hex = Buffer.from(input.value.version).toString("hex");
    io.stdout.write(several ? `${hex}  ${path === "-" ? "-" : input.report.file}\n` : `${hex}\n`);
  }
  return status;
}
