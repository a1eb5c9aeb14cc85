import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { createDiagnostic } from "../diagnostics/create-diagnostic.js";
import type { LineCounter } from "../text/line-counter.js";
import { createLineCounter } from "../text/line-counter.js";
import { DEFAULT_PARSE_LIMITS, yamlFrontEnd } from "../tree/index.js";
import type { ParseLimits, YamlFrontEnd, YamlTree } from "../tree/index.js";
import { buildDocument } from "./build-document.js";
import type { SdlDocument } from "./sdl-document.js";

/**
 * Options of {@link parse}, merged over the defaults.
 *
 * @example
 * parse(text, { limits: { maxDepth: 32 } });
 */
export interface ParseOptions {
  /** Overrides of {@link DEFAULT_PARSE_LIMITS}. */
  readonly limits?: Partial<ParseLimits>;
  /** The YAML front end (default: {@link yamlFrontEnd}). */
  readonly frontEnd?: YamlFrontEnd;
}

/**
 * What {@link parse} returns: the typed document (when the text has a mapping root), the
 * positioned tree, every diagnostic (tree + type, sorted by span start) and a line counter for
 * turning offsets into lines and columns.
 *
 * @example
 * const { document, diagnostics, lineCounter } = parse(text);
 */
export interface ParseResult {
  /** The typed document, or `undefined` when the text is empty or its root is not a mapping. */
  readonly document: SdlDocument | undefined;
  /** The positioned YAML tree. */
  readonly tree: YamlTree;
  /** Every diagnostic, sorted by span start (stable). */
  readonly diagnostics: readonly Diagnostic[];
  /** Offsets → 1-based lines/columns for this text. */
  readonly lineCounter: LineCounter;
}

function mergeLimits(overrides: Partial<ParseLimits> | undefined): ParseLimits {
  const limits: { -readonly [K in keyof ParseLimits]: ParseLimits[K] } = { ...DEFAULT_PARSE_LIMITS };
  for (const key of ["maxInputLength", "maxDepth", "maxAliasExpansion"] as const) {
    const value = overrides?.[key];
    if (typeof value === "number" && !Number.isNaN(value)) limits[key] = value;
  }
  return limits;
}

/**
 * Sorts diagnostics by span start, keeping the original order for ties (diagnostics without a
 * span sort as offset 0).
 *
 * @example
 * sortDiagnostics([b, a]);
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((x, y) => (x.d.span?.start ?? 0) - (y.d.span?.start ?? 0) || x.i - y.i)
    .map((x) => x.d);
}

/**
 * Parses SDL text into a typed {@link SdlDocument}: YAML front end → positioned tree → typed
 * document with Go's decoding rules. Never throws for any input string; everything found is
 * reported.
 *
 * @example
 * const { document, diagnostics } = parse('version: "2.0"\nservices: {}\n');
 * document?.version?.decoder; // "2.0"
 */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const source = typeof text === "string" ? text : String(text ?? "");
  const limits = mergeLimits(options.limits);
  let tree: YamlTree;
  try {
    tree = (options.frontEnd ?? yamlFrontEnd)(source, limits);
  } catch (error) {
    const message = `The YAML front end failed: ${error instanceof Error ? error.message : String(error)}.`;
    tree = { root: null, diagnostics: [createDiagnostic("internal/exception", message, { start: 0, end: 0 })] };
  }
  const built = buildDocument(tree);
  return {
    document: built.document,
    tree,
    diagnostics: sortDiagnostics([...tree.diagnostics, ...built.diagnostics]),
    lineCounter: createLineCounter(source),
  };
}
