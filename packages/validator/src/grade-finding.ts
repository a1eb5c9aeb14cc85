import { codeSeverity, createDiagnostic } from "@akash-sdl/core";
import type { Diagnostic, DiagnosticCode, Severity } from "@akash-sdl/core";
import type { Finding } from "./finding.js";
import type { DeployTarget } from "./validate-options.js";

/** How the two deploy paths are named in messages. */
export const PATH_NAMES: Readonly<Record<"go" | "console", string>> = {
  go: "provider-services (Go)",
  console: "Console (chain-sdk alpha.45)",
};

/** Which paths refuse a finding, as a list for `data.refusedBy`. */
function refusers(finding: Finding): readonly ("go" | "console" | "chain")[] {
  switch (finding.refusedBy) {
    case "go":
      return ["go"];
    case "console":
      return ["console"];
    case "both":
      return ["go", "console"];
    case "chain":
      return ["chain"];
    case "none":
      return [];
  }
}

/** `true` when the target counts a refusal by `path` as an error. */
function fatalFor(target: DeployTarget, path: "go" | "console"): boolean {
  return target === "portable" || target === path;
}

function withoutPeriod(message: string): string {
  return message.endsWith(".") ? message.slice(0, -1) : message;
}

/**
 * Turns a finding into the diagnostic for one deploy target. Refusals by both paths or by the
 * chain are errors for every target; a one-path refusal is an error where the target includes
 * that path and otherwise a warning that names the refusing path (a `compat/*` code unless the
 * code is a warning already), what the other path does and the portable spelling.
 *
 * @example
 * gradeFinding(finding, "any").severity; // "warning" for a Console-only refusal
 */
export function gradeFinding(finding: Finding, target: DeployTarget): Diagnostic {
  const refused = finding.refusedBy;
  const data = refused === "none" ? finding.data : withFact(finding.data, "refusedBy", refusers(finding));
  if (refused === "none" || refused === "both" || refused === "chain") {
    const severity: Severity = refused === "none" ? (finding.severity ?? codeSeverity(finding.code)) : "error";
    return graded(finding.code, finding.message, finding, finding.hints, data, severity);
  }
  if (fatalFor(target, refused)) return graded(finding.code, finding.message, finding, finding.hints, data, "error");
  const other = refused === "go" ? "console" : "go";
  const note = finding.compat;
  const hints = finding.hints === undefined ? [] : finding.hints.slice();
  if (note?.portable !== undefined) hints.unshift(`Write ${note.portable} so that both deploy paths accept it.`);
  if ((finding.severity ?? codeSeverity(finding.code)) !== "error") {
    // A warning code already: keep it, and say in a hint which path refuses it.
    hints.push(`${PATH_NAMES[refused]} refuses this; ${PATH_NAMES[other]} accepts it.`);
    return graded(finding.code, finding.message, finding, hints, data, "warning");
  }
  const code = note?.code ?? (refused === "go" ? "compat/go-refuses" : "compat/console-refuses");
  const instead = note?.instead !== undefined ? ` (${note.instead})` : "";
  const message = `${withoutPeriod(finding.message)}; ${PATH_NAMES[refused]} refuses this, ${PATH_NAMES[other]} accepts it${instead}.`;
  return graded(code, message, finding, hints, withFact(data, "code", finding.code), "warning");
}

/** `{ ...data, [key]: value }` as a plain copy (the spread of facts of many shapes is slow). */
function withFact(data: Finding["data"], key: string, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (data !== undefined) for (const k in data) out[k] = data[k];
  out[key] = value;
  return out;
}

/** The diagnostic of a graded finding: one extras literal (no spreads), the parts createDiagnostic reads. */
function graded(
  code: DiagnosticCode,
  message: string,
  finding: Finding,
  hints: readonly string[] | undefined,
  data: Finding["data"],
  severity: Severity,
): Diagnostic {
  return createDiagnostic(code, message, finding.span, {
    path: finding.path,
    hints,
    related: finding.related,
    data,
    fixes: finding.fixes,
    severity,
  });
}
