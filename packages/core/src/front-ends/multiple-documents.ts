import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { createDiagnostic } from "../diagnostics/create-diagnostic.js";

/**
 * The `yaml/multiple-documents` warning both front ends give at the start of a second document
 * (`start`–`end`: its `---` marker, or its first character).
 *
 * @example
 * multipleDocuments(7, 10).code; // "yaml/multiple-documents"
 */
export function multipleDocuments(start: number, end: number): Diagnostic {
  return createDiagnostic(
    "yaml/multiple-documents",
    "The text holds more than one YAML document; only the first one is used.",
    { start, end },
    { hints: ["Remove the '---' line and everything after it, or move it to its own file."] },
  );
}
