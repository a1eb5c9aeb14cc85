import { Composer } from "yaml";
import type { CST, Document, YAMLError } from "yaml";

// logLevel "error": yaml must not print warnings (e.g. while naming collection keys).
const COMPOSE_OPTIONS = { keepSourceTokens: true, uniqueKeys: false, version: "1.2", logLevel: "error" } as const;

/**
 * The composed first document and every error and warning the composer reported.
 *
 * @example
 * const { document, errors }: ComposedDocument = composeDocument(read.head, text.length);
 */
export interface ComposedDocument {
  readonly document: Document.Parsed | undefined;
  /** Document and stream errors and warnings, in no particular order. */
  readonly errors: readonly YAMLError[];
}

/**
 * Runs `run` with V8's stack-trace capture turned off, then restores it. The composer builds one
 * `Error` object per YAML error and capturing each stack costs about 8 µs, nine tenths of the
 * work on a text with 300,000 errors; the stacks are never used (errors become diagnostics).
 * Engines without `Error.stackTraceLimit` (or with a frozen `Error`) are left untouched.
 */
function withoutStackTraces<T>(run: () => T): T {
  const holder = Error as { stackTraceLimit?: unknown };
  const saved = holder.stackTraceLimit;
  let changed = false;
  if (typeof saved === "number") {
    try {
      holder.stackTraceLimit = 0;
      changed = holder.stackTraceLimit === 0;
    } catch {
      changed = false;
    }
  }
  try {
    return run();
  } finally {
    if (changed) holder.stackTraceLimit = saved;
  }
}

/**
 * Composes the CST tokens of the first document (and what precedes it) into a `yaml` document
 * whose text ends at `end`, collecting document and stream errors and warnings.
 *
 * @example
 * const { document, errors } = composeDocument(read.head, text.length);
 */
export function composeDocument(head: readonly CST.Token[], end: number): ComposedDocument {
  return withoutStackTraces(() => {
    const composer = new Composer(COMPOSE_OPTIONS);
    let document: Document.Parsed | undefined;
    for (const doc of composer.compose(head, true, end)) document ??= doc as Document.Parsed;
    const stream = composer.streamInfo();
    const errors: YAMLError[] = [];
    for (const list of [document?.errors, document?.warnings, stream.errors, stream.warnings]) {
      if (list) for (const e of list) errors.push(e);
    }
    return { document, errors };
  });
}
