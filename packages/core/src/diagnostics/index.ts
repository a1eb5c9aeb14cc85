export type { Diagnostic, RelatedInformation, Severity } from "./diagnostic.js";
export type { CodeInfo, CodeTable } from "./code-info.js";
export { DIAGNOSTIC_CODES, codeInfo } from "./diagnostic-registry.js";
export { createDiagnostic } from "./create-diagnostic.js";
export type { DiagnosticExtras } from "./create-diagnostic.js";
export { renderCodeReference } from "./render-code-reference.js";
export { formatDiagnostic, type FormatDiagnosticOptions } from "./format-diagnostic.js";
export { applyTextEdits, toLspTextEdit } from "./text-edit.js";
export type { LspTextEdit, TextEdit } from "./text-edit.js";
