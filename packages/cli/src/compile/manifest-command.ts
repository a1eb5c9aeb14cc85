import { manifestToJson, manifestToSortedJson } from "@akash-sdl/compiler";
import type { CliIo } from "../cli-io.js";
import { parseCommandLine } from "../util/parse-command-line.js";
import { MANIFEST_HELP } from "./compile-help.js";
import { compileInput, exitStatusOf, usageError, writeDiagnostics } from "./compile-input.js";

const OPTIONS = {
  sorted: { type: "boolean" },
  pretty: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * Runs `akash-sdl manifest [--sorted] [--pretty] FILE`: the provider JSON body on standard
 * output; diagnostics on standard error.
 *
 * @example
 * const status = await runManifest(["deploy.yaml"], io);
 */
export async function runManifest(argv: readonly string[], io: CliIo): Promise<number> {
  const line = parseCommandLine(argv, OPTIONS);
  if (!line.ok) return usageError("manifest", line.error, io);
  if (line.values["help"] === true) {
    io.stdout.write(MANIFEST_HELP);
    return 0;
  }
  if (line.positionals.length !== 1)
    return usageError("manifest", line.positionals.length === 0 ? "no FILE given" : "give exactly one FILE", io);
  if (line.values["sorted"] === true && line.values["pretty"] === true)
    return usageError(
      "manifest",
      "--sorted and --pretty cannot be combined (the sorted form is compact by definition)",
      io,
    );
  const input = await compileInput(line.positionals[0] as string, io);
  writeDiagnostics(input.report, io);
  if (input.value === undefined) return exitStatusOf(input);
  const manifest = input.value.manifest;
  const json =
    line.values["sorted"] === true
      ? manifestToSortedJson(manifest)
      : manifestToJson(manifest, line.values["pretty"] === true ? "  " : "");
  io.stdout.write(`${json}\n`);
  return 0;
}
