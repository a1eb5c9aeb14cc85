import { DIAGNOSTIC_CODES } from "@akash-sdl/core";
import type { CodeInfo } from "@akash-sdl/core";
import { escapeControls } from "../safety/escape-controls.js";
import type { FileReport } from "./validate-file.js";
import { toJsonDiagnostic } from "./to-json-report.js";

/**
 * A SARIF 2.1.0 log (the subset `akash-sdl validate --format sarif` writes), for GitHub code
 * scanning and other SARIF viewers.
 *
 * @example
 * const log: SarifLog = toSarif(reports, "0.1.0");
 */
export interface SarifLog {
  /** The SARIF schema URI. */
  readonly $schema: string;
  /** Always `"2.1.0"`. */
  readonly version: "2.1.0";
  /** One run: the tool, its rules and the results. */
  readonly runs: readonly Record<string, unknown>[];
}

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

/** A relative path as a URI reference (each segment percent-encoded); absolute paths as `file://` URIs. */
function toUri(path: string): string {
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  return path.startsWith("/") ? `file://${encoded}` : encoded;
}

/**
 * Builds a SARIF 2.1.0 log of a run: one rule per code used (title, description and default
 * level from the code registry), one result per diagnostic with its 1-based region (columns in
 * UTF-16 code units, as `columnKind` says). Messages, hints and paths have control and bidi
 * characters escaped.
 *
 * @example
 * io.stdout.write(JSON.stringify(toSarif(reports, "0.1.0"), null, 2));
 */
export function toSarif(reports: readonly FileReport[], version: string): SarifLog {
  const rules: Record<string, unknown>[] = [];
  const ruleIndex = new Map<string, number>();
  const results: Record<string, unknown>[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      if (!ruleIndex.has(d.code)) {
        const info: CodeInfo | undefined = (DIAGNOSTIC_CODES as Readonly<Record<string, CodeInfo>>)[d.code];
        ruleIndex.set(d.code, rules.length);
        rules.push({
          id: d.code,
          shortDescription: { text: info?.title ?? d.code },
          fullDescription: { text: info?.description ?? d.code },
          defaultConfiguration: { level: LEVEL[info?.severity ?? d.severity] ?? "error" },
        });
      }
      const j = toJsonDiagnostic(d, report.lineCounter);
      const hints = j.hints.length > 0 ? ` Hint: ${j.hints.join(" ")}` : "";
      const physicalLocation: Record<string, unknown> = {
        artifactLocation: { uri: toUri(escapeControls(report.file)) },
      };
      if (j.line !== null)
        physicalLocation["region"] = {
          startLine: j.line,
          startColumn: j.column,
          endLine: j.endLine,
          endColumn: j.endColumn,
        };
      results.push({
        ruleId: d.code,
        ruleIndex: ruleIndex.get(d.code),
        level: LEVEL[d.severity] ?? "error",
        message: { text: escapeControls(`${j.message}${hints}`) },
        locations: [{ physicalLocation }],
        ...(j.path && j.path.length > 0
          ? { properties: { path: j.path.map((p) => (typeof p === "string" ? escapeControls(p) : p)) } }
          : {}),
      });
    }
  }
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "akash-sdl", version, rules } },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}
