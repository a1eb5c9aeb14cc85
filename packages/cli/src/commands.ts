import type { CliIo } from "./cli-io.js";

/**
 * One `akash-sdl` sub-command: its name, its usage line and a lazy loader (so a run pays only
 * for the command it uses).
 *
 * @example
 * const command: CliCommand = { name: "validate", usage: "validate PATH...", summary: "check SDL files", load: async () => (argv, io) => 0 };
 */
export interface CliCommand {
  /** The word typed after `akash-sdl`. */
  readonly name: string;
  /** Its arguments as the usage text shows them. */
  readonly usage: string;
  /** What it does, in a few words. */
  readonly summary: string;
  /** Loads the command's module and returns its runner. */
  readonly load: () => Promise<(argv: readonly string[], io: CliIo) => Promise<number> | number>;
}

/**
 * Every sub-command, in the order the usage text lists them. Add a command by adding an entry.
 *
 * @example
 * COMMANDS.map((c) => c.name); // ["validate", "estimate", ...]
 */
export const COMMANDS: readonly CliCommand[] = [
  {
    name: "validate",
    usage: "validate [--format F] [--target T] PATH...",
    summary: "check SDL files, directories and globs",
    load: async () => (await import("./validate-command.js")).runValidate,
  },
  {
    name: "schema",
    usage: "schema [--flavour console|go]",
    summary: "print the SDL JSON Schema (for editors via yaml-language-server)",
    load: async () => (await import("./schema-command.js")).runSchema,
  },
  {
    name: "estimate",
    usage: "estimate --model ID [options]",
    summary: "size GPUs, memory and storage for an AI model",
    load: async () => (await import("./estimate-command.js")).runEstimate,
  },
  {
    name: "manifest",
    usage: "manifest [--sorted] FILE",
    summary: "print the provider manifest JSON (Go's bytes)",
    load: async () => (await import("./compile/manifest-command.js")).runManifest,
  },
  {
    name: "hash",
    usage: "hash FILE...",
    summary: "print manifest version hashes (hex SHA-256)",
    load: async () => (await import("./compile/hash-command.js")).runHash,
  },
  {
    name: "groups",
    usage: "groups FILE",
    summary: "print the group specs as JSON",
    load: async () => (await import("./compile/groups-command.js")).runGroups,
  },
  {
    name: "tx",
    usage: "tx FILE --owner ADDR --dseq N --deposit COIN",
    summary: "build the MsgCreateDeployment (unsigned)",
    load: async () => (await import("./compile/tx-command.js")).runTx,
  },
  {
    name: "init",
    usage: "init --model ID [options]",
    summary: "write a sized, validated SDL for an AI model or a web service",
    load: async () => (await import("./build/init-command.js")).runInit,
  },
  {
    name: "fmt",
    usage: "fmt FILE... [--check]",
    summary: "normalise SDL layout, keeping comments",
    load: async () => (await import("./build/fmt-command.js")).runFmt,
  },
  {
    name: "edit",
    usage: "edit FILE --set PATH=VALUE ... [--dry-run]",
    summary: "change values in place, keeping every other byte",
    load: async () => (await import("./build/edit-command.js")).runEdit,
  },
];
