import type { Span } from "../text/span.js";
import type { DiagnosticCode } from "./diagnostic-registry.js";
import type { TextEdit } from "./text-edit.js";

/**
 * How bad a diagnostic is: errors block, warnings are suspicious, info is advice.
 *
 * @example
 * const severity: Severity = "warning";
 */
export type Severity = "error" | "warning" | "info";

/**
 * A secondary location that helps explain a diagnostic ("first defined here").
 *
 * @example
 * const related: RelatedInformation = { message: "'web' is first defined here.", span: { start: 12, end: 15 } };
 */
export interface RelatedInformation {
  /** What this location shows. */
  readonly message: string;
  /** Where it is. */
  readonly span: Span;
}

/**
 * The one diagnostic type used by every akash-sdl package.
 *
 * @example
 * const d: Diagnostic = {
 *   code: "yaml/duplicate-key",
 *   severity: "error",
 *   message: "The key 'image' appears twice in this mapping.",
 *   span: { start: 40, end: 45 },
 *   path: ["services", "web", "image"],
 *   hints: ["Remove one of the two 'image' keys."],
 *   fixes: [{ range: { start: 40, end: 52 }, newText: "" }],
 * };
 */
export interface Diagnostic {
  /** Stable code from the registry, e.g. `yaml/duplicate-key`. Never renamed. */
  readonly code: DiagnosticCode;
  /** Severity; defaults to the registry's severity for the code. */
  readonly severity: Severity;
  /** One plain sentence without position text. */
  readonly message: string;
  /** Where the problem is (UTF-16 offsets, end exclusive). */
  readonly span?: Span;
  /** The document path of the node, e.g. `["services","web","expose",0,"port"]`. */
  readonly path?: readonly (string | number)[];
  /** Suggestions such as "did you mean 'h100'?". */
  readonly hints?: readonly string[];
  /** Other locations that explain the problem. */
  readonly related?: readonly RelatedInformation[];
  /** What the reader expected, e.g. `"mapping"` or `"uint32"` (also kept in `data.expected`). */
  readonly expected?: string;
  /** What it found, e.g. `"sequence"` or `"-1"` (also kept in `data.actual`). */
  readonly actual?: string;
  /** The error text Go's reference prints for the same input (also kept in `data.goMessage`). */
  readonly goMessage?: string;
  /** Machine-applicable repairs (did-you-mean renames, missing keys, spellings); apply at most one. */
  readonly fixes?: readonly TextEdit[];
  /** Machine-readable facts, e.g. `{ expected: "mapping", actual: "sequence" }`. */
  readonly data?: Readonly<Record<string, unknown>>;
}
