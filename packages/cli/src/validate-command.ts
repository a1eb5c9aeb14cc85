import { createDiagnostic } from "@akash-sdl/core";
import type { CliIo, TextSink } from "./cli-io.js";
import { escapeControls } from "./safety/escape-controls.js";
import { attachDashValues } from "./util/attach-dash-values.js";
import { expandPaths } from "./util/expand-paths.js";
import { parseCommandLine } from "./util/parse-command-line.js";
import { createProgressBar } from "./util/progress-bar.js";
import type { ProgressBar } from "./util/progress-bar.js";
import { createPaint, useColor } from "./util/use-color.js";
import { toJsonReport } from "./validate/to-json-report.js";
import { formatSummary, renderFileReport } from "./validate/render-file-report.js";
import { EMPTY_TALLY, tallyExitCode, tallyReport, tallySummary } from "./validate/summarize-reports.js";
import { MAX_FILE_BYTES, decodeSdlBytes } from "./validate/read-sdl-file.js";
import type { SdlFileRead } from "./validate/read-sdl-file.js";
import { problemReport, validateFile } from "./validate/validate-file.js";
import type { CheckOptions, FileReport } from "./validate/validate-file.js";
import { renderGithubAnnotations } from "./validate/render-github.js";
import { toSarif } from "./validate/to-sarif.js";
import { VALIDATE_HELP } from "./validate/validate-help.js";

/** A progress bar is shown (on a terminal) from this many files on. */
const PROGRESS_THRESHOLD = 21;

const OPTIONS = {
  format: { type: "string", short: "f" },
  target: { type: "string", short: "t" },
  network: { type: "string", short: "n" },
  strict: { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const FORMATS = ["text", "json", "github", "sarif"] as const;
const TARGETS = ["any", "go", "console", "portable"] as const;
const NETWORKS = ["mainnet", "sandbox", "testnet"] as const;

/** Characters of output collected before a write when standard output is not a terminal. */
const OUTPUT_CHUNK = 64 * 1024;

/**
 * A sink that collects what is written to `sink` and passes it on in chunks of at least `size`
 * characters (0: every write at once), the rest at `flush()`: one write per file cost ~50 µs
 * (a stream write and a system call each) in a run over hundreds of files.
 */
function chunkedSink(sink: TextSink, size: number): { write(chunk: string): void; flush(): void } {
  let pending = "";
  const flush = (): void => {
    if (pending !== "") sink.write(pending);
    pending = "";
  };
  return {
    write(chunk: string): void {
      pending += chunk;
      if (pending.length >= size) flush();
    },
    flush,
  };
}

/** The package version, reported in SARIF output. */
const CLI_VERSION = "0.1.0";

/** `value` when it is one of `choices`, else `undefined`. */
function oneOf<T extends string>(value: unknown, choices: readonly T[]): T | undefined {
  return choices.find((c) => c === value);
}

/** Reads standard input as one SDL text, with the same size limit and checks as a file. */
function stdinReader(readStdin: (maxBytes: number) => Promise<Uint8Array>): () => Promise<SdlFileRead> {
  return async () => {
    let bytes: Uint8Array;
    try {
      bytes = await readStdin(MAX_FILE_BYTES);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        text: "",
        ioProblem: true,
        diagnostic: createDiagnostic("cli/read-error", `Standard input cannot be read: ${reason}.`, undefined),
      };
    }
    if (bytes.length > MAX_FILE_BYTES) {
      return {
        ok: false,
        text: "",
        ioProblem: false,
        diagnostic: createDiagnostic(
          "cli/file-too-large",
          "Standard input is larger than the 16 MiB this command reads.",
          undefined,
          {
            data: { limit: MAX_FILE_BYTES },
          },
        ),
      };
    }
    return decodeSdlBytes(bytes);
  };
}

/**
 * Runs `akash-sdl validate [--format text|json|github|sarif] [--target T] [--network N] PATH...`
 * (`-` reads standard input; `--strict` is `--target console`) and resolves to the exit status:
 * 0 no errors, 1 errors found, 2 usage error or a path that is missing, unreadable or matches
 * nothing. Text output streams one block per file with problems, then a summary line (written
 * as each file is done on a terminal, in chunks of 64 KiB elsewhere); JSON output is one object
 * printed at the end. On a terminal, more than 20 files show a progress bar on stderr that is
 * erased when done.
 *
 * @example
 * const status = await runValidate(["--format", "json", "deploy.yaml"], io);
 */
export async function runValidate(argv: readonly string[], io: CliIo): Promise<number> {
  const usageError = (message: string): number => {
    io.stderr.write(`akash-sdl validate: ${escapeControls(message)}\nRun 'akash-sdl validate --help' for usage.\n`);
    return 2;
  };
  const line = parseCommandLine(attachDashValues(argv, OPTIONS), OPTIONS);
  if (!line.ok) return usageError(line.error);
  if (line.values["help"] === true) {
    io.stdout.write(VALIDATE_HELP);
    return 0;
  }
  const format = oneOf(line.values["format"] ?? "text", FORMATS);
  if (format === undefined)
    return usageError(`unknown format '${String(line.values["format"])}' (use text, json, github or sarif)`);
  const targetValue = line.values["target"];
  const target =
    targetValue === undefined ? (line.values["strict"] === true ? "console" : "any") : oneOf(targetValue, TARGETS);
  if (target === undefined)
    return usageError(`unknown target '${String(targetValue)}' (use any, go, console or portable)`);
  if (line.values["strict"] === true && target !== "console")
    return usageError(`--strict means --target console and cannot be combined with --target ${target}`);
  const networkValue = line.values["network"];
  const network = networkValue === undefined ? undefined : oneOf(networkValue, NETWORKS);
  if (networkValue !== undefined && network === undefined)
    return usageError(`unknown network '${String(networkValue)}' (use mainnet, sandbox or testnet)`);
  const check: CheckOptions = network === undefined ? { target } : { target, network };
  if (line.positionals.length === 0) return usageError("no PATH given");
  // An empty PATH would search the whole working directory: almost always an unset variable.
  if (line.positionals.some((p) => p.trim() === ""))
    return usageError("a PATH is empty (an unset shell variable?); name a file, directory or glob");

  const colorOverride = line.values["no-color"] === true ? false : line.values["color"] === true ? true : undefined;
  const color = format === "text" && useColor(io.stdout, io.env, colorOverride);
  const maxWidth = Math.max(40, (io.stdout.columns ?? 112) - 12);

  const useStdin = line.positionals.includes("-");
  if (useStdin && io.readStdin === undefined) return usageError("standard input ('-') is not available here");
  const { files, problems } = await expandPaths(
    line.positionals.filter((p) => p !== "-"),
    io.cwd,
  );
  if (useStdin) files.unshift({ path: "-", display: "<stdin>", explicit: true });
  io.plannedFiles?.(files.length);
  // JSON and SARIF print every report at the end; text and GitHub output print each at once and
  // keep only the counts (every format counts: the exit status comes from them).
  const keepReports = format === "json" || format === "sarif";
  const reports: FileReport[] = [];
  let tally = EMPTY_TALLY;
  // Reports stream to a terminal as they come; elsewhere (a file, a pipe) they are written in
  // chunks of OUTPUT_CHUNK characters: the same bytes with a few writes instead of one per file.
  const out = chunkedSink(io.stdout, io.stdout.isTTY === true ? 0 : OUTPUT_CHUNK);
  const emit = (report: FileReport): void => {
    if (format === "text") out.write(renderFileReport(report, { color, maxWidth }));
    else if (format === "github") out.write(renderGithubAnnotations(report));
  };
  const record = (report: FileReport): void => {
    if (keepReports) reports.push(report);
    tally = tallyReport(tally, report);
  };
  try {
    for (const problem of problems) {
      const report = problemReport(problem);
      record(report);
      emit(report);
    }
    const progress: ProgressBar | undefined =
      files.length >= PROGRESS_THRESHOLD && io.stderr.isTTY === true
        ? createProgressBar(io.stderr, files.length, "validating")
        : undefined;
    for (const [index, file] of files.entries()) {
      progress?.update(index, file.display);
      const report = await validateFile(
        file,
        file.path === "-" && io.readStdin ? stdinReader(io.readStdin) : undefined,
        check,
      );
      record(report);
      if (report.diagnostics.length > 0) {
        progress?.clear();
        emit(report);
      }
    }
    progress?.done();
    if (format === "json") out.write(`${JSON.stringify(toJsonReport(reports), null, 2)}\n`);
    else if (format === "sarif") out.write(`${JSON.stringify(toSarif(reports, CLI_VERSION), null, 2)}\n`);
    else out.write(`${formatSummary(tallySummary(tally), createPaint(color))}\n`);
  } finally {
    // Whatever was collected is written even when a bug interrupts the run.
    out.flush();
  }
  return tallyExitCode(tally);
}
