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
  /**
   * Every diagnostic, sorted by span start (stable); at most `limits.maxDiagnostics` of them,
   * followed by one `parse/too-many-diagnostics` when some were left out.
   */
  readonly diagnostics: readonly Diagnostic[];
  /** Offsets → 1-based lines/columns for this text. */
  readonly lineCounter: LineCounter;
}

function mergeLimits(overrides: Partial<ParseLimits> | undefined): ParseLimits {
  const limits: { -readonly [K in keyof ParseLimits]: ParseLimits[K] } = { ...DEFAULT_PARSE_LIMITS };
  for (const key of ["maxInputLength", "maxDepth", "maxAliasExpansion", "maxTokens", "maxDiagnostics"] as const) {
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

/** Codes that a text cut short by a limit may raise falsely (the missing part may hold the key). */
const CUT_SHORT_ARTEFACTS: ReadonlySet<string> = new Set(["sdl/missing-key", "sdl/empty-document"]);

/**
 * `true` for a document diagnostic that the cut may have caused: a key reported missing (it may
 * lie in the unread part) or anything about a node at the cut itself (its value lies past it).
 */
function cutShortArtefact(d: Diagnostic, stoppedAt: number | undefined): boolean {
  if (stoppedAt === undefined) return false;
  return CUT_SHORT_ARTEFACTS.has(d.code) || (d.span !== undefined && d.span.start >= stoppedAt);
}

const SEVERITY_RANK: Readonly<Record<Diagnostic["severity"], number>> = { info: 0, warning: 1, error: 2 };

/** Diagnostics that say where and why analysis stopped: never left out by the cap. */
const LIMIT_CODES: ReadonlySet<string> = new Set([
  "yaml/input-too-large",
  "yaml/alias-limit",
  "yaml/too-deep",
  "yaml/too-many-tokens",
  "yaml/too-many-errors",
]);

/**
 * Keeps the first `limit` of the sorted diagnostics (and every limit diagnostic, wherever it is)
 * and sums up the others in one `parse/too-many-diagnostics` at the end: at the first one left
 * out, with the highest severity among them.
 */
function capDiagnostics(sorted: readonly Diagnostic[], limit: number): readonly Diagnostic[] {
  const room = Math.max(0, Math.floor(limit));
  if (sorted.length <= room) return sorted;
  const kept: Diagnostic[] = [];
  let omitted = 0;
  let severity: Diagnostic["severity"] = "info";
  let first: Diagnostic | undefined;
  for (const d of sorted) {
    if (kept.length < room || LIMIT_CODES.has(d.code)) {
      kept.push(d);
      continue;
    }
    omitted++;
    first ??= d;
    if (SEVERITY_RANK[d.severity] > SEVERITY_RANK[severity]) severity = d.severity;
  }
  if (omitted === 0) return kept;
  kept.push(
    createDiagnostic(
      "parse/too-many-diagnostics",
      `${omitted} more ${omitted === 1 ? "diagnostic is" : "diagnostics are"} left out; only the first ${room} are listed.`,
      first?.span,
      { severity, data: { limit: room, omitted }, hints: ["Fix the first problems, or raise limits.maxDiagnostics."] },
    ),
  );
  return kept;
}

/**
 * Parses SDL text into a typed {@link SdlDocument}: YAML front end → positioned tree → typed
 * document with Go's decoding rules. Never throws for any input string; everything found is
 * reported, up to `limits.maxDiagnostics` diagnostics (the first ones by position, then one
 * `parse/too-many-diagnostics` that counts the rest; diagnostics of limits such as
 * `yaml/too-many-tokens` are always kept). When a limit stopped the analysis early
 * (`tree.stoppedAt`), keys that may lie in the unread part are not reported as missing.
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
  const all: Diagnostic[] = [...tree.diagnostics];
  // The same problem reached through several aliases is reported once (same code, place, message).
  const seen = new Set<string>();
  for (const d of built.diagnostics) {
    if (cutShortArtefact(d, tree.stoppedAt)) continue;
    const key = `${d.code}\u0000${d.span?.start ?? -1}\u0000${d.span?.end ?? -1}\u0000${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(d);
  }
  return {
    document: built.document,
    tree,
    diagnostics: capDiagnostics(sortDiagnostics(all), limits.maxDiagnostics),
    lineCounter: createLineCounter(source),
  };
}
