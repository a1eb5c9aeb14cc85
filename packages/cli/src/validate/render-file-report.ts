import { formatDiagnostic } from "@akash-sdl/core";
import { escapeDiagnostic } from "../safety/clean-diagnostic.js";
import { escapeControls } from "../safety/escape-controls.js";
import type { Paint } from "../util/use-color.js";
import type { ValidateSummary } from "./summarize-reports.js";
import type { FileReport } from "./validate-file.js";

/**
 * How text reports are drawn.
 *
 * @example
 * const options: TextReportOptions = { color: false, maxWidth: 100 };
 */
export interface TextReportOptions {
  /** ANSI colours on or off. */
  readonly color: boolean;
  /** Most source columns per code-frame line. */
  readonly maxWidth: number;
}

/**
 * Renders every diagnostic of one file with its code frame, separated by blank lines; an empty
 * string when the file has no diagnostics. Ends with a newline otherwise.
 *
 * @example
 * io.stdout.write(renderFileReport(report, { color: false, maxWidth: 100 }));
 */
export function renderFileReport(report: FileReport, options: TextReportOptions): string {
  if (report.diagnostics.length === 0) return "";
  // Names, values and file names are escaped: a crafted SDL must not drive the terminal (item 8).
  const fileName = escapeControls(report.file);
  const frame = {
    fileName,
    text: report.text,
    lineCounter: report.lineCounter,
    color: options.color,
    maxWidth: options.maxWidth,
  };
  const blocks = report.diagnostics.map((d) => formatDiagnostic(escapeDiagnostic(d), frame));
  // Each file ends with whether the two deploy paths accept it (issue 7, CLI).
  const verdict = report.accepts ? `${fileName}: ${verdictInWords(report.accepts)}.\n\n` : "";
  return `${blocks.join("\n\n")}\n\n${verdict}`;
}

/**
 * Whether the two deploy paths accept a file, in words.
 *
 * @example
 * verdictInWords({ go: true, console: false }); // "provider-services (Go) accepts it; Console rejects it"
 */
export function verdictInWords(accepts: { readonly go: boolean; readonly console: boolean }): string {
  if (accepts.go && accepts.console) return "provider-services (Go) and Console both accept it";
  if (!accepts.go && !accepts.console) return "provider-services (Go) and Console both reject it";
  return accepts.go
    ? "provider-services (Go) accepts it; Console rejects it"
    : "provider-services (Go) rejects it; Console accepts it";
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The closing line: `N files, E errors, W warnings` and, when files were skipped as not SDL,
 * `, S skipped` (errors red and warnings yellow when there are any and colour is on).
 *
 * @example
 * formatSummary({ files: 3, errors: 1, warnings: 0, skipped: 0 }, createPaint(false)); // "3 files, 1 error, 0 warnings"
 */
export function formatSummary(summary: ValidateSummary, paint: Paint): string {
  const errors = plural(summary.errors, "error");
  const warnings = plural(summary.warnings, "warning");
  return [
    plural(summary.files, "file"),
    summary.errors > 0 ? paint("red", paint("bold", errors)) : errors,
    summary.warnings > 0 ? paint("yellow", paint("bold", warnings)) : warnings,
    ...(summary.skipped > 0 ? [`${summary.skipped} skipped (not SDL)`] : []),
  ].join(", ");
}
