import type { CliIo } from "./cli-io.js";
import { expandPaths } from "./util/expand-paths.js";
import { parseCommandLine } from "./util/parse-command-line.js";
import { createProgressBar } from "./util/progress-bar.js";
import type { ProgressBar } from "./util/progress-bar.js";
import { createPaint, useColor } from "./util/use-color.js";
import { toJsonReport } from "./validate/to-json-report.js";
import { formatSummary, renderFileReport } from "./validate/render-file-report.js";
import { exitCodeOf, summarizeReports } from "./validate/summarize-reports.js";
import { problemReport, validateFile } from "./validate/validate-file.js";
import type { FileReport } from "./validate/validate-file.js";
import { VALIDATE_HELP } from "./validate/validate-help.js";

/** A progress bar is shown (on a terminal) from this many files on. */
const PROGRESS_THRESHOLD = 21;

const OPTIONS = {
  format: { type: "string", short: "f" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * Runs `akash-sdl validate [--format text|json] PATH...` and resolves to the exit status:
 * 0 no errors, 1 errors found, 2 usage error or a path that is missing, unreadable or matches
 * nothing. Text output streams one block per file with problems, then a summary line; JSON output
 * is one object printed at the end. On a terminal, more than 20 files show a progress bar on
 * stderr that is erased when done.
 *
 * @example
 * const status = await runValidate(["--format", "json", "deploy.yaml"], io);
 */
export async function runValidate(argv: readonly string[], io: CliIo): Promise<number> {
  const usageError = (message: string): number => {
    io.stderr.write(`akash-sdl validate: ${message}\nRun 'akash-sdl validate --help' for usage.\n`);
    return 2;
  };
  const line = parseCommandLine(argv, OPTIONS);
  if (!line.ok) return usageError(line.error);
  if (line.values["help"] === true) {
    io.stdout.write(VALIDATE_HELP);
    return 0;
  }
  const format = line.values["format"] ?? "text";
  if (format !== "text" && format !== "json") return usageError(`unknown format '${String(format)}' (use text or json)`);
  if (line.positionals.length === 0) return usageError("no PATH given");

  const colorOverride = line.values["no-color"] === true ? false : line.values["color"] === true ? true : undefined;
  const color = format === "text" && useColor(io.stdout, io.env, colorOverride);
  const maxWidth = Math.max(40, (io.stdout.columns ?? 112) - 12);

  const { files, problems } = await expandPaths(line.positionals, io.cwd);
  const reports: FileReport[] = problems.map(problemReport);
  const emit = (report: FileReport): void => {
    if (format === "text") io.stdout.write(renderFileReport(report, { color, maxWidth }));
  };
  reports.forEach(emit);

  const progress: ProgressBar | undefined =
    files.length >= PROGRESS_THRESHOLD && io.stderr.isTTY === true ? createProgressBar(io.stderr, files.length, "validating") : undefined;
  for (const [index, file] of files.entries()) {
    progress?.update(index, file.display);
    const report = await validateFile(file);
    reports.push(report);
    if (report.diagnostics.length > 0) {
      progress?.clear();
      emit(report);
    }
  }
  progress?.done();

  if (format === "json") io.stdout.write(`${JSON.stringify(toJsonReport(reports), null, 2)}\n`);
  else io.stdout.write(`${formatSummary(summarizeReports(reports), createPaint(color))}\n`);
  return exitCodeOf(reports);
}
