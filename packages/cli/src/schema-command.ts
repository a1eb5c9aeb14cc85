import { sdlJsonSchema } from "@akash-sdl/core";
import type { CliIo } from "./cli-io.js";
import { parseCommandLine } from "./util/parse-command-line.js";

const OPTIONS = {
  help: { type: "boolean", short: "h" },
  flavour: { type: "string" },
  "no-descriptions": { type: "boolean" },
} as const;

/** The help text of `akash-sdl schema`. */
const SCHEMA_HELP = `Usage: akash-sdl schema [--flavour console|go] [--no-descriptions]

Prints the JSON Schema (draft-07) of the SDL, generated from the SDL key table:
  --flavour console   what Console (chain-sdk 1.0.0-alpha.45) accepts (default)
  --flavour go        what provider-services (Go) reads; unknown nested keys allowed
  --no-descriptions   leave out the per-key documentation

Editors that use yaml-language-server (VS Code YAML, Neovim, ...) complete and check SDL files
with it: save the output, e.g. as akash-sdl.schema.json, and start the SDL with
  # yaml-language-server: $schema=./akash-sdl.schema.json
`;

/**
 * Runs `akash-sdl schema`: prints the SDL's JSON Schema (console flavour by default, with key
 * descriptions for editor hovers). Exit status 0, or 2 for a usage error.
 *
 * @example
 * await runSchema(["--flavour", "go"], io);
 */
export function runSchema(argv: readonly string[], io: CliIo): number {
  const line = parseCommandLine(argv, OPTIONS);
  const usage = (message: string): number => {
    io.stderr.write(`akash-sdl schema: ${message}\nRun 'akash-sdl schema --help' for usage.\n`);
    return 2;
  };
  if (!line.ok) return usage(line.error);
  if (line.values["help"] === true) {
    io.stdout.write(SCHEMA_HELP);
    return 0;
  }
  if (line.positionals.length > 0) return usage(`unexpected argument '${line.positionals[0] ?? ""}'`);
  const flavour = line.values["flavour"] ?? "console";
  if (flavour !== "console" && flavour !== "go")
    return usage(`--flavour must be console or go, not '${String(flavour)}'`);
  const schema = sdlJsonSchema({ flavour, descriptions: line.values["no-descriptions"] !== true });
  io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  return 0;
}
