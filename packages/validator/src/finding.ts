import type { DiagnosticCode, RelatedInformation, Severity, Span, TextEdit } from "@akash-sdl/core";

/**
 * Who refuses what a finding describes: one deploy path (`go` = provider-services, `console` =
 * the official TS SDK alpha.45), `both` of them, the `chain` (whichever path built the message)
 * or nobody (`none`: advice and lint, graded by the code's own severity).
 *
 * @example
 * const who: RefusedBy = "go";
 */
export type RefusedBy = "go" | "console" | "both" | "chain" | "none";

/**
 * A rule's raw result before it is graded for a deploy target.
 *
 * @example
 * const f: Finding = { code: "ref/undefined-profile", message: "…", span: { start: 0, end: 3 }, refusedBy: "both" };
 */
export interface Finding {
  /** The registered code. */
  readonly code: DiagnosticCode;
  /** One plain sentence. */
  readonly message: string;
  /** Where. */
  readonly span: Span | undefined;
  /** Document path. */
  readonly path?: readonly (string | number)[];
  /** Who refuses it. */
  readonly refusedBy: RefusedBy;
  /** The severity when nobody refuses it (default: the code's registry severity). */
  readonly severity?: Severity;
  /** What to do. */
  readonly hints?: readonly string[];
  /** Related places. */
  readonly related?: readonly RelatedInformation[];
  /** Facts (`expected`, `actual`, …). */
  readonly data?: Readonly<Record<string, unknown>>;
  /** Machine-applicable repairs. */
  readonly fixes?: readonly TextEdit[];
  /**
   * For a one-path refusal graded as a warning: the `compat/*` code to use (default
   * `compat/go-refuses` / `compat/console-refuses`), what the other path does instead and the
   * spelling that works on both.
   */
  readonly compat?: CompatNote;
}

/**
 * How a one-path refusal is explained when the target lets it through.
 *
 * @example
 * const note: CompatNote = { code: "compat/size-suffix", instead: "Console reads 16GB as 16×10^9 bytes", portable: "16G" };
 */
export interface CompatNote {
  /** A specific `compat/*` code. */
  readonly code?: DiagnosticCode;
  /** What the accepting path does instead. */
  readonly instead?: string;
  /** The spelling both paths accept. */
  readonly portable?: string;
}
