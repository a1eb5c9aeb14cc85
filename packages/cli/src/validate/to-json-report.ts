import type { Diagnostic, LineCounter } from "@akash-sdl/core";
import type { DeployVerdict } from "@akash-sdl/validator";
import { summarizeReports } from "./summarize-reports.js";
import type { ValidateSummary } from "./summarize-reports.js";
import type { FileReport } from "./validate-file.js";

/**
 * One diagnostic in the JSON output. Lines and columns are 1-based, `endColumn` is exclusive;
 * columns count UTF-16 code units. All four are `null` for a file-level diagnostic; `path` is
 * `null` when the diagnostic has none.
 *
 * @example
 * const d: JsonDiagnostic = { code: "yaml/duplicate-key", severity: "error", message: "…", line: 5, column: 5, endLine: 5, endColumn: 10, path: ["services", "web", "image"], hints: [] };
 */
export interface JsonDiagnostic {
  readonly code: string;
  readonly severity: "error" | "warning" | "info";
  readonly message: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly endLine: number | null;
  readonly endColumn: number | null;
  readonly path: readonly (string | number)[] | null;
  readonly hints: readonly string[];
}

/**
 * The whole JSON output of `akash-sdl validate --format json` (one object per run).
 *
 * @example
 * const out: JsonReport = { files: [{ file: "deploy.yaml", diagnostics: [], accepts: { go: true, console: true } }], summary: { files: 1, errors: 0, warnings: 0, skipped: 0 } };
 */
export interface JsonReport {
  readonly files: readonly JsonFileEntry[];
  readonly summary: ValidateSummary;
}

/**
 * One file of the JSON output. `accepts` says whether provider-services (Go) and Console accept
 * the file; `null` when it was not read or was skipped as not SDL. `skipped` is present (true)
 * only for skipped files.
 *
 * @example
 * const entry: JsonFileEntry = { file: "deploy.yaml", diagnostics: [], accepts: { go: true, console: false } };
 */
export interface JsonFileEntry {
  /** The path shown to people. */
  readonly file: string;
  /** Its diagnostics. */
  readonly diagnostics: readonly JsonDiagnostic[];
  /** Whether each deploy path accepts the file. */
  readonly accepts: DeployVerdict | null;
  /** `true` when the file was skipped as clearly not SDL. */
  readonly skipped?: true;
}

/**
 * Converts one diagnostic to its JSON form, with positions from `lineCounter`.
 *
 * @example
 * toJsonDiagnostic(d, createLineCounter(text)).line; // 5
 */
export function toJsonDiagnostic(d: Diagnostic, lineCounter: LineCounter): JsonDiagnostic {
  const start = d.span ? lineCounter.positionAt(d.span.start) : undefined;
  const end = d.span ? lineCounter.positionAt(Math.max(d.span.start, d.span.end)) : undefined;
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    line: start?.line ?? null,
    column: start?.column ?? null,
    endLine: end?.line ?? null,
    endColumn: end?.column ?? null,
    path: d.path ? [...d.path] : null,
    hints: [...(d.hints ?? [])],
  };
}

/**
 * Builds the JSON report of a run (key order fixed: other tools read it).
 *
 * @example
 * JSON.stringify(toJsonReport(reports));
 */
export function toJsonReport(reports: readonly FileReport[]): JsonReport {
  return {
    files: reports.map((r) => ({
      file: r.file,
      diagnostics: r.diagnostics.map((d) => toJsonDiagnostic(d, r.lineCounter)),
      accepts: r.accepts ? { go: r.accepts.go, console: r.accepts.console } : null,
      ...(r.skipped === true ? { skipped: true as const } : {}),
    })),
    summary: summarizeReports(reports),
  };
}
