import type { Severity } from "./diagnostic.js";

/**
 * What the registry knows about one diagnostic code.
 *
 * @example
 * const info: CodeInfo = {
 *   severity: "error",
 *   title: "Duplicate key",
 *   description: "A mapping repeats a key; YAML forbids it and Go rejects the file.",
 *   refusedBy: { go: true, console: true },
 * };
 */
export interface CodeInfo {
  /** Default severity for diagnostics with this code. */
  readonly severity: Severity;
  /** A short title for docs and tables. */
  readonly title: string;
  /** One or two sentences for `docs/diagnostics.md`: what triggers it and how to fix it. */
  readonly description: string;
  /**
   * Which deploy path refuses a document with this problem (Go's `provider-services`, the
   * official TS SDK used by Console). Absent when the question does not apply (CLI, estimator).
   * The validator re-grades core's diagnostics per deploy target from this instead of detecting
   * them again: e.g. `sdl/unknown-key` is `{ go: false, console: true }`.
   */
  readonly refusedBy?: { readonly go: boolean; readonly console: boolean };
}

/**
 * A group of codes, keyed by code (e.g. `yaml/duplicate-key`).
 *
 * @example
 * const codes: CodeTable = { "demo/example": { severity: "info", title: "Example", description: "An example." } };
 */
export type CodeTable = Readonly<Record<string, CodeInfo>>;
