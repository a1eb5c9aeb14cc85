import type { Span } from "../text/span.js";
import type { Diagnostic, RelatedInformation, Severity } from "./diagnostic.js";
import type { TextEdit } from "./text-edit.js";
import { codeSeverity } from "./code-severity.js";
import type { DiagnosticCode } from "./diagnostic-registry.js";

/**
 * Optional parts of a diagnostic, merged over the registry defaults.
 *
 * @example
 * const extras: DiagnosticExtras = { path: ["services", "web"], hints: ["Add an image."] };
 */
export interface DiagnosticExtras {
  /** Overrides the registry's default severity. */
  readonly severity?: Severity;
  /** Document path of the node. */
  readonly path?: readonly (string | number)[];
  /** Suggestions. */
  readonly hints?: readonly string[];
  /** Secondary locations. */
  readonly related?: readonly RelatedInformation[];
  /** What was expected; defaults to a string `data.expected`. */
  readonly expected?: string;
  /** What was found; defaults to a string `data.actual`. */
  readonly actual?: string;
  /** Go's error text for the input; defaults to a string `data.goMessage`. */
  readonly goMessage?: string;
  /** Machine-applicable repairs. */
  readonly fixes?: readonly TextEdit[];
  /** Machine-readable facts (`expected`, `actual`, ...). */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** A string fact: the typed extra when given, or else a string `data[name]`. */
function fact(own: string | undefined, data: DiagnosticExtras["data"], name: string): string | undefined {
  if (own !== undefined) return own;
  if (data === undefined || data === null) return undefined;
  const value = data[name];
  return typeof value === "string" ? value : undefined;
}

/**
 * Builds a {@link Diagnostic} for a registered code; the severity comes from the registry unless
 * overridden. Empty optional parts are left out so diagnostics stay small and comparable.
 *
 * @example
 * createDiagnostic("yaml/duplicate-key", "The key 'image' appears twice.", { start: 4, end: 9 });
 */
export function createDiagnostic(
  code: DiagnosticCode,
  message: string,
  span: Span | undefined,
  extras?: DiagnosticExtras,
): Diagnostic {
  const d: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
    code,
    severity: extras?.severity ?? codeSeverity(code),
    message,
  };
  if (span) d.span = span;
  if (extras === undefined) return d;
  // Callers pass extras of many shapes: each field is read once, by name.
  const { path, hints, related, data, fixes } = extras;
  if (path) d.path = path;
  if (hints && hints.length > 0) d.hints = hints;
  if (related && related.length > 0) d.related = related;
  const expected = fact(extras.expected, data, "expected");
  if (expected !== undefined) d.expected = expected;
  const actual = fact(extras.actual, data, "actual");
  if (actual !== undefined) d.actual = actual;
  const goMessage = fact(extras.goMessage, data, "goMessage");
  if (goMessage !== undefined) d.goMessage = goMessage;
  if (fixes && fixes.length > 0) d.fixes = fixes;
  if (data) d.data = data;
  return d;
}
