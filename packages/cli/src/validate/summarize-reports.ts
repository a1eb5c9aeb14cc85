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
  return tallySummary(reports.reduce(tallyReport, EMPTY_TALLY));
}

/**
 * What a run needs of its reports once they are printed: the {@link ValidateSummary} counts and
 * whether a path could not be used. Text and GitHub output keep this instead of every report
 * (text, line counter and diagnostics of each file), so a run over hundreds of files holds
 * megabytes less for the garbage collector to copy and mark.
 *
 * @example
 * const tally: ReportTally = { files: 0, errors: 0, warnings: 0, skipped: 0, ioProblem: false };
 */
export interface ReportTally extends ValidateSummary {
  /** Whether a report had a file-system problem (exit status 2). */
  readonly ioProblem: boolean;
}

/**
 * The empty {@link ReportTally}.
 *
 * @example
 * tallyReport(EMPTY_TALLY, report).files; // 1
 */
export const EMPTY_TALLY: ReportTally = { files: 0, errors: 0, warnings: 0, skipped: 0, ioProblem: false };

/**
 * `tally` with one more report counted ({@link summarizeReports} is {@link tallySummary} of all
 * reports counted).
 *
 * @example
 * const tally = reports.reduce(tallyReport, EMPTY_TALLY);
 */
export function tallyReport(tally: ReportTally, report: FileReport): ReportTally {
  let { errors, warnings } = tally;
  const diagnostics = report.diagnostics;
  for (let i = 0; i < diagnostics.length; i++) {
    const severity = diagnostics[i]?.severity;
    if (severity === "error") errors++;
    else if (severity === "warning") warnings++;
  }
  return {
    files: tally.files + 1,
    errors,
    warnings,
    skipped: report.skipped === true ? tally.skipped + 1 : tally.skipped,
    ioProblem: tally.ioProblem || report.ioProblem,
  };
}

/**
 * The {@link ValidateSummary} of the reports counted in `tally`.
 *
 * @example
 * tallySummary(EMPTY_TALLY); // { files: 0, errors: 0, warnings: 0, skipped: 0 }
 */
export function tallySummary(tally: ReportTally): ValidateSummary {
  return { files: tally.files, errors: tally.errors, warnings: tally.warnings, skipped: tally.skipped };
}

/**
 * The exit status of a run from the reports counted in `tally`: 2 when a path could not be used
 * (not found, no match, unreadable), else 1 when there is an error, else 0.
 *
 * @example
 * tallyExitCode(EMPTY_TALLY); // 0
 */
export function tallyExitCode(tally: ReportTally): number {
  if (tally.ioProblem) return 2;
  return tally.errors > 0 ? 1 : 0;
}
