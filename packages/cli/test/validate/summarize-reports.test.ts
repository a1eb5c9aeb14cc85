import { createLineCounter } from "@akash-sdl/core";
import type { Diagnostic, Severity } from "@akash-sdl/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EMPTY_TALLY,
  summarizeReports,
  tallyExitCode,
  tallyReport,
  tallySummary,
} from "../../src/validate/summarize-reports.js";
import type { FileReport } from "../../src/validate/validate-file.js";

const report = (severities: readonly Severity[], ioProblem: boolean, skipped: boolean | undefined): FileReport => ({
  file: "f.yaml",
  text: "",
  lineCounter: createLineCounter(""),
  diagnostics: severities.map((severity): Diagnostic => ({ code: "cli/read-error", severity, message: "m" })),
  ioProblem,
  ...(skipped === undefined ? {} : { skipped }),
});

const reports = fc.array(
  fc
    .tuple(
      fc.array(fc.constantFrom<Severity>("error", "warning", "info"), { maxLength: 5 }),
      fc.boolean(),
      fc.option(fc.boolean(), { nil: undefined }),
    )
    .map(([severities, ioProblem, skipped]) => report(severities, ioProblem, skipped)),
  { maxLength: 12 },
);

// The counts and exit status written out directly, as the reference.
const count = (list: readonly FileReport[], severity: Severity): number =>
  list.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === severity).length, 0);
const expectedSummary = (list: readonly FileReport[]) => ({
  files: list.length,
  errors: count(list, "error"),
  warnings: count(list, "warning"),
  skipped: list.filter((r) => r.skipped === true).length,
});
const expectedExit = (list: readonly FileReport[]): number =>
  list.some((r) => r.ioProblem) ? 2 : count(list, "error") > 0 ? 1 : 0;

describe("tallyReport", () => {
  it("counts files, errors, warnings, skipped files and the exit status of the same reports", () => {
    fc.assert(
      fc.property(reports, (list) => {
        const tally = list.reduce(tallyReport, EMPTY_TALLY);
        expect(summarizeReports(list)).toEqual(expectedSummary(list));
        expect(tallySummary(tally)).toEqual(summarizeReports(list));
        expect(JSON.stringify(tallySummary(tally))).toBe(JSON.stringify(summarizeReports(list)));
        expect(tallyExitCode(tally)).toBe(expectedExit(list));
      }),
      { numRuns: 500 },
    );
  });

  it("starts empty: 0 files, exit status 0", () => {
    expect(tallySummary(EMPTY_TALLY)).toEqual({ files: 0, errors: 0, warnings: 0, skipped: 0 });
    expect(tallyExitCode(EMPTY_TALLY)).toBe(0);
    expect(tallyExitCode(tallyReport(EMPTY_TALLY, report(["warning"], true, undefined)))).toBe(2);
    expect(tallyExitCode(tallyReport(EMPTY_TALLY, report(["info", "error"], false, false)))).toBe(1);
  });
});
