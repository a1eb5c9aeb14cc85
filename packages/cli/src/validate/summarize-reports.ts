import type { FileReport } from "./validate-file.js";

/**
 * Totals over all files of a run (the `summary` object of the JSON output).
 *
 * @example
 * const summary: ValidateSummary = { files: 3, errors: 1, warnings: 2, skipped: 0 };
 */
export interface ValidateSummary {
  /** Files reported (checked, skipped or not read). */
  readonly files: number;
  /** Diagnostics with severity `error`. */
  readonly errors: number;
  /** Diagnostics with severity `warning`. */
  readonly warnings: number;
  /** Files found by a directory or glob search that were skipped as clearly not SDL. */
  readonly skipped: number;
}

/**
 * Counts files, errors, warnings and skipped files (`info` diagnostics are not counted).
 *
 * @example
 * summarizeReports(reports); // { files: 3, errors: 1, warnings: 2, skipped: 0 }
 */
export function summarizeReports(reports: readonly FileReport[]): ValidateSummary {
  let errors = 0;
  let warnings = 0;
  let skipped = 0;
  for (const report of reports) {
    if (report.skipped === true) skipped++;
    for (const d of report.diagnostics) {
      if (d.severity === "error") errors++;
      else if (d.severity === "warning") warnings++;
    }
  }
  return { files: reports.length, errors, warnings, skipped };
}

/**
 * The exit status of a run: 2 when a path could not be used (not found, no match, unreadable),
 * else 1 when there is an error, else 0.
 *
 * @example
 * exitCodeOf(reports); // 0
 */
export function exitCodeOf(reports: readonly FileReport[]): number {
  if (reports.some((r) => r.ioProblem)) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === "error")) ? 1 : 0;
}
