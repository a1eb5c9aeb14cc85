import { encodeDeploymentMessage, toMsgCreateDeployment } from "@akash-sdl/compiler";
import type { DeploymentApiVersion, DepositSource } from "@akash-sdl/compiler";
import { createDiagnostic } from "@akash-sdl/core";
import type { CliIo } from "../cli-io.js";
import { attachDashValues } from "../util/attach-dash-values.js";
import { parseCommandLine } from "../util/parse-command-line.js";
import { TX_HELP } from "./compile-help.js";
import { compileInput, usageError, writeDiagnostics } from "./compile-input.js";
import { nodeSha256 } from "./node-sha256.js";

const OPTIONS = {
  owner: { type: "string" },
  dseq: { type: "string" },
  deposit: { type: "string" },
  source: { type: "string" },
  msg: { type: "string" },
  format: { type: "string", short: "f" },
  help: { type: "boolean", short: "h" },
} as const;

const MESSAGES: ReadonlySet<string> = new Set(["v1beta4", "v1beta3", "v1beta5"]);
const SOURCES: ReadonlySet<string> = new Set(["balance", "grant"]);

/** JSON with bigint → decimal string and bytes → base64 (the protojson conventions). */
function toJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) =>
      typeof v === "bigint" ? v.toString() : v instanceof Uint8Array ? Buffer.from(v).toString("base64") : v,
    2,
  );
}

/**
 * Runs `akash-sdl tx FILE --owner ADDR --dseq N --deposit COIN [--msg v1beta4|v1beta3|v1beta5]
 * [--format base64|json]`: the MsgCreateDeployment (protobuf bytes as base64, or JSON) on
 * standard output. Nothing is signed or broadcast.
 *
 * @example
 * const status = await runTx(["deploy.yaml", "--owner", "akash1…", "--dseq", "1", "--deposit", "5000000uact"], io);
 */
export async function runTx(argv: readonly string[], io: CliIo): Promise<number> {
  const line = parseCommandLine(attachDashValues(argv, OPTIONS), OPTIONS);
  if (!line.ok) return usageError("tx", line.error, io);
  if (line.values["help"] === true) {
    io.stdout.write(TX_HELP);
    return 0;
  }
  if (line.positionals.length !== 1)
    return usageError("tx", line.positionals.length === 0 ? "no FILE given" : "give exactly one FILE", io);
  const str = (name: string): string | undefined => {
    const v = line.values[name];
    return typeof v === "string" ? v : undefined;
  };
  const owner = str("owner");
  const dseq = str("dseq");
  const deposit = str("deposit");
  for (const [name, v] of [
    ["owner", owner],
    ["dseq", dseq],
    ["deposit", deposit],
  ] as const) {
    if (v === undefined || v === "") return usageError("tx", `--${name} is required`, io);
  }
  const msg = str("msg") ?? "v1beta4";
  if (!MESSAGES.has(msg)) return usageError("tx", `unknown --msg '${msg}' (use v1beta4, v1beta3 or v1beta5)`, io);
  const format = str("format") ?? "base64";
  if (format !== "base64" && format !== "json")
    return usageError("tx", `unknown format '${format}' (use base64 or json)`, io);
  const sources = (str("source") ?? "balance").split(",").map((s) => s.trim());
  const badSource = sources.find((s) => !SOURCES.has(s));
  if (badSource !== undefined) return usageError("tx", `unknown --source '${badSource}' (use balance or grant)`, io);

  const input = await compileInput(line.positionals[0] as string, io);
  if (input.parsed === undefined || input.value === undefined) {
    writeDiagnostics(input.report, io);
    return input.report.ioProblem ? 2 : 1;
  }
  const result = toMsgCreateDeployment(input.parsed, {
    owner: owner as string,
    dseq: dseq as string,
    deposit: deposit as string,
    depositSources: sources as DepositSource[],
    version: msg as DeploymentApiVersion,
    sha256: nodeSha256,
  });
  // Diagnostics of the SDL were shown with the compile; show only what the message step added.
  const seen = new Set(input.report.diagnostics.map((d) => `${d.code}\u0000${d.message}`));
  const added = result.diagnostics.filter((d) => !seen.has(`${d.code}\u0000${d.message}`));
  writeDiagnostics({ ...input.report, diagnostics: [...input.report.diagnostics, ...added] }, io);
  if (result.value === undefined) {
    if (added.length === 0 && result.diagnostics.length === 0) {
      writeDiagnostics(
        {
          ...input.report,
          diagnostics: [createDiagnostic("compile/incomplete-document", "The message could not be built.", undefined)],
        },
        io,
      );
    }
    return 1;
  }
  io.stdout.write(
    format === "json"
      ? `${toJson(result.value)}\n`
      : `${Buffer.from(encodeDeploymentMessage(result.value)).toString("base64")}\n`,
  );
  return 0;
}
