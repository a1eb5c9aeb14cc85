import { resolve } from "node:path";
import { compile } from "@akash-sdl/compiler";
import type { CompiledDeployment } from "@akash-sdl/compiler";
import { createDiagnostic, createLineCounter, parse } from "@akash-sdl/core";
import type { ParseResult } from "@akash-sdl/core";
import type { CliIo } from "../cli-io.js";
import { escapeControls } from "../safety/escape-controls.js";
import { maskDiagnostic } from "../safety/clean-diagnostic.js";
import { findSecrets } from "../safety/find-secrets.js";
import { maskSourceText } from "../safety/mask-secrets.js";
import { displayPath } from "../util/expand-paths.js";
import { useColor } from "../util/use-color.js";
import { MAX_FILE_BYTES, decodeSdlBytes, readSdlFile } from "../validate/read-sdl-file.js";
import type { SdlFileRead } from "../validate/read-sdl-file.js";
import { renderFileReport } from "../validate/render-file-report.js";
import type { FileReport } from "../validate/validate-file.js";
import { nodeSha256 } from "./node-sha256.js";

/**
 * One SDL file read and compiled: the report to show (secrets masked), the parse result and the
 * compiled value when there were no errors.
 *
 * @example
 * const { report, value } = await compileInput("deploy.yaml", io);
 */
export interface CompiledInput {
  /** Diagnostics with the (masked) text they point into. */
  readonly report: FileReport;
  /** The parse result (absent when the file could not be read). */
  readonly parsed?: ParseResult;
  /** The compiled deployment, when nothing was an error. */
  readonly value?: CompiledDeployment;
}

async function readInput(path: string, io: CliIo): Promise<SdlFileRead> {
  if (path !== "-") return readSdlFile(resolve(io.cwd, path));
  if (io.readStdin === undefined) {
    return {
      ok: false,
      text: "",
      ioProblem: true,
      diagnostic: createDiagnostic("cli/read-error", "Standard input is not available here.", undefined),
    };
  }
  try {
    const bytes = await io.readStdin(MAX_FILE_BYTES);
    if (bytes.length > MAX_FILE_BYTES) {
      return {
        ok: false,
        text: "",
        ioProblem: false,
        diagnostic: createDiagnostic(
          "cli/file-too-large",
          "Standard input is larger than the 16 MiB this command reads.",
          undefined,
        ),
      };
    }
    return decodeSdlBytes(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      text: "",
      ioProblem: true,
      diagnostic: createDiagnostic("cli/read-error", `Standard input cannot be read: ${reason}.`, undefined),
    };
  }
}

/**
 * Reads `path` (`-` = standard input) and compiles it; never throws for file or SDL problems.
 *
 * @example
 * const { value } = await compileInput("deploy.yaml", io);
 */
export async function compileInput(path: string, io: CliIo): Promise<CompiledInput> {
  const file = path === "-" ? "<stdin>" : displayPath(resolve(io.cwd, path), io.cwd);
  const content = await readInput(path, io);
  if (!content.ok) {
    return {
      report: {
        file,
        text: content.text,
        lineCounter: createLineCounter(content.text),
        diagnostics: [content.diagnostic],
        ioProblem: content.ioProblem,
      },
    };
  }
  const parsed = parse(content.text);
  const { value, diagnostics } = compile(parsed, { sha256: nodeSha256 });
  const secrets = findSecrets(content.text, parsed.tree.root);
  const report: FileReport = {
    file,
    text: maskSourceText(content.text, secrets),
    lineCounter: parsed.lineCounter,
    diagnostics: diagnostics.map((d) => maskDiagnostic(d, secrets)),
    ioProblem: false,
  };
  return value === undefined ? { report, parsed } : { report, parsed, value };
}

/**
 * Writes a file's errors and `compile/*` warnings to standard error as `validate` renders them
 * (code frames).
 *
 * @example
 * writeDiagnostics(input.report, io);
 */
export function writeDiagnostics(report: FileReport, io: CliIo): void {
  // Errors, and the compiler's own warnings (they say the output means something Go would not
  // build); other warnings are `akash-sdl validate`'s business and would drown the output.
  const shown = report.diagnostics.filter((d) => d.severity === "error" || d.code.startsWith("compile/"));
  // Nothing to show: no (empty) write, one stream write and system call less per file of `hash`.
  if (shown.length === 0) return;
  const color = useColor(io.stderr, io.env);
  io.stderr.write(
    renderFileReport(
      { ...report, diagnostics: shown },
      { color, maxWidth: Math.max(40, (io.stderr.columns ?? 112) - 12) },
    ),
  );
}

/**
 * Writes a usage error for `command` and returns exit status 2.
 *
 * @example
 * return usageError("hash", "no FILE given", io);
 */
export function usageError(command: string, message: string, io: CliIo): number {
  io.stderr.write(`akash-sdl ${command}: ${escapeControls(message)}\nRun 'akash-sdl ${command} --help' for usage.\n`);
  return 2;
}

/**
 * The exit status for a compiled input: 2 for a file-system problem, 1 for SDL errors, else 0.
 *
 * @example
 * return exitStatusOf(input);
 */
export function exitStatusOf(input: CompiledInput): number {
  if (input.report.ioProblem) return 2;
  return input.value === undefined ? 1 : 0;
}
