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

/** A string fact, from the typed extra or else from `data`. */
function fact(extras: DiagnosticExtras, name: "expected" | "actual" | "goMessage"): string | undefined {
  const own = extras[name];
  if (own !== undefined) return own;
  const value = extras.data?.[name];
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
  extras: DiagnosticExtras = {},
): Diagnostic {
  const d: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
    code,
    severity: extras.severity ?? codeSeverity(code),
    message,
  };
  if (span) d.span = span;
  if (extras.path) d.path = extras.path;
  if (extras.hints && extras.hints.length > 0) d.hints = extras.hints;
  if (extras.related && extras.related.length > 0) d.related = extras.related;
  const expected = fact(extras, "expected");
  if (expected !== undefined) d.expected = expected;
  const actual = fact(extras, "actual");
  if (actual !== undefined) d.actual = actual;
  const goMessage = fact(extras, "goMessage");
  if (goMessage !== undefined) d.goMessage = goMessage;
  if (extras.fixes && extras.fixes.length > 0) d.fixes = extras.fixes;
  if (extras.data) d.data = extras.data;
  return d;
}
