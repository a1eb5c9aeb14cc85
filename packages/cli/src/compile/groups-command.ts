import { goJsonMarshal, groupSpecsJson } from "@akash-sdl/compiler";
import type { CliIo } from "../cli-io.js";
import { parseCommandLine } from "../util/parse-command-line.js";
import { GROUPS_HELP } from "./compile-help.js";
import { compileInput, exitStatusOf, usageError, writeDiagnostics } from "./compile-input.js";

const OPTIONS = { help: { type: "boolean", short: "h" } } as const;

/**
 * Runs `akash-sdl groups FILE`: the group specs as indented JSON in the shape of the Go
 * fixtures' `group-specs.json`.
 *
 * @example
 * const status = await runGroups(["deploy.yaml"], io);
 */
export async function runGroups(argv: readonly string[], io: CliIo): Promise<number> {
  const line = parseCommandLine(argv, OPTIONS);
  if (!line.ok) return usageError("groups", line.error, io);
  if (line.values["help"] === true) {
    io.stdout.write(GROUPS_HELP);
    return 0;
  }
  if (line.positionals.length !== 1)
    return usageError("groups", line.positionals.length === 0 ? "no FILE given" : "give exactly one FILE", io);
  const input = await compileInput(line.positionals[0] as string, io);
  writeDiagnostics(input.report, io);
  if (input.value === undefined) return exitStatusOf(input);
  io.stdout.write(`${goJsonMarshal(groupSpecsJson(input.value.groups), "  ")}\n`);
  return 0;
}
