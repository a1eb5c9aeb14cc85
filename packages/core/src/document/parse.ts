import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { compareDiagnostics } from "../diagnostics/compare-diagnostics.js";
import { createDiagnostic } from "../diagnostics/create-diagnostic.js";
import type { LineCounter } from "../text/line-counter.js";
import { createLineCounter } from "../text/line-counter.js";
import { DEFAULT_FRONT_END } from "../front-ends/default-front-end.js";
import { checkTree } from "../tree/check-tree.js";
import { defineAliasJsonIn } from "../tree/define-alias-json-in.js";
import { isTrustedFrontEnd } from "../tree/trusted-front-ends.js";
import { DEFAULT_PARSE_LIMITS } from "../tree/parse-limits.js";
import type { ParseLimits, YamlFrontEnd, YamlTree } from "../tree/yaml-front-end.js";
import { clampSpanToBreaks } from "../text/clamp-span.js";
import { jsonSafe } from "../tree/json-safe.js";
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
  /**
   * The YAML front end, e.g. `yamlFrontEnd` from `@akash-sdl/core/yaml-front-end` (default: the
   * fast reader `fastFrontEnd`, wired in `front-ends/default-front-end.ts`; a value that is not a
   * function means the default).
   * Whatever it returns is checked against the tree contract first: a front end that throws or
   * returns a malformed tree gives an empty tree and one `internal/exception` diagnostic.
   */
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

/**
 * The limits of one parse: each override that is a number (not NaN) replaces the default, floored
 * to a whole number and clamped to `0..Infinity` (Infinity lifts a limit; `maxDepth` is capped by
 * the front end). Anything else (a string, `null`, a missing object) keeps the default.
 */
function mergeLimits(overrides: unknown): ParseLimits {
  const limits: { -readonly [K in keyof ParseLimits]: ParseLimits[K] } = { ...DEFAULT_PARSE_LIMITS };
  if (typeof overrides !== "object" || overrides === null) return limits;
  for (const key of ["maxInputLength", "maxDepth", "maxAliasExpansion", "maxTokens", "maxDiagnostics"] as const) {
    let value: unknown;
    try {
      value = (overrides as Record<string, unknown>)[key];
    } catch {
      value = undefined; // a throwing getter keeps the default
    }
    if (typeof value === "number" && !Number.isNaN(value)) limits[key] = Math.max(0, Math.floor(value));
  }
  return limits;
}

/** The text to parse: strings as they are; anything else (a caller's mistake) as a string, never a throw. */
function sourceText(text: unknown): string {
  if (typeof text === "string") return text;
  if (text === null || text === undefined) return "";
  try {
    return String(text);
  } catch {
    return ""; // e.g. Object.create(null), which has no toString
  }
}

const NO_OPTIONS = Object.freeze({ limits: undefined, frontEnd: undefined });

/** The options as an object whose fields can be read without a throw. */
function readOptions(options: unknown): { readonly limits: unknown; readonly frontEnd: unknown } {
  if (typeof options !== "object" || options === null) return NO_OPTIONS;
  try {
    const o = options as Record<string, unknown>;
    return { limits: o["limits"], frontEnd: o["frontEnd"] };
  } catch {
    return { limits: undefined, frontEnd: undefined };
  }
}

function internalFailure(message: string): YamlTree {
  return { root: null, diagnostics: [createDiagnostic("internal/exception", message, { start: 0, end: 0 })] };
}

/**
 * Runs the front end and checks its result against the tree contract, unless the front end is
 * trusted (`DEFAULT_FRONT_END`, or one marked with `trustFrontEnd`): its trees are proven to keep
 * the contract by the tests, so only the aliases get their JSON form (which the check would give).
 */
function readTree(source: string, limits: ParseLimits, frontEnd: unknown): YamlTree {
  const run: YamlFrontEnd = typeof frontEnd === "function" ? (frontEnd as YamlFrontEnd) : DEFAULT_FRONT_END;
  const trusted = run === DEFAULT_FRONT_END || isTrustedFrontEnd(run);
  let tree: unknown;
  try {
    tree = run(source, limits);
  } catch (error) {
    let reason = "unknown error";
    try {
      reason = error instanceof Error ? error.message : String(error);
    } catch {
      // keep "unknown error"
    }
    return internalFailure(`The YAML front end failed: ${reason}.`);
  }
  if (trusted) {
    const trustedTree = tree as YamlTree;
    // Every alias is written `*name`: a text without `*` has none to give a JSON form.
    if (source.includes("*")) defineAliasJsonIn(trustedTree.root);
    return trustedTree;
  }
  const problem = checkTree(tree, source.length);
  if (problem !== undefined) return internalFailure(`The YAML front end returned a malformed tree: ${problem}.`);
  return tree as YamlTree;
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
 * document with Go's decoding rules. Never throws, whatever it is given (a non-string is read as
 * its string form, `null` options as none, limits are coerced); everything found is
 * reported, up to `limits.maxDiagnostics` diagnostics (the first ones by position, then one
 * `parse/too-many-diagnostics` that counts the rest; diagnostics of limits such as
 * `yaml/too-many-tokens` are always kept). When a limit stopped the analysis early
 * (`tree.stoppedAt`), keys that may lie in the unread part are not reported as missing.
 * No diagnostic span starts or ends between the `\r` and `\n` of a line break.
 *
 * The front end is a seam: this function knows only the tree contract (`tree/`). It uses
 * `options.frontEnd` when given, else the default wired in `front-ends/default-front-end.ts` (the
 * only module that picks a concrete front end); this module never imports `yaml` itself. Parsing
 * stays synchronous: the default is an ordinary import, not a lazy load.
 *
 * `JSON.stringify` works on the result, its `tree` and its `document`: aliases are written as
 * references to their anchor's span, and the document's bigints (`size` values) as decimal strings.
 *
 * @example
 * const { document, diagnostics } = parse('version: "2.0"\nservices: {}\n');
 * document?.version?.decoder; // "2.0"
 */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const source = sourceText(text as unknown);
  const read = readOptions(options as unknown);
  const limits = mergeLimits(read.limits);
  let tree = readTree(source, limits, read.frontEnd);
  let built: ReturnType<typeof buildDocument>;
  const lineCounter = tree.lineCounter ?? createLineCounter(source);
  try {
    built = buildDocument(tree, lineCounter);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    tree = internalFailure(`Building the typed document failed: ${reason}.`);
    built = buildDocument(tree);
  }
  const all: Diagnostic[] = tree.diagnostics.slice();
  const found = built.diagnostics;
  // The same problem reached through several aliases is reported once (same code, place, message).
  const seen = found.length > 1 ? new Set<string>() : undefined;
  for (const d of found) {
    if (cutShortArtefact(d, tree.stoppedAt)) continue;
    if (seen !== undefined) {
      const key = `${d.code}\u0000${d.span?.start ?? -1}\u0000${d.span?.end ?? -1}\u0000${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    all.push(d);
  }
  const capped = capDiagnostics(all.sort(compareDiagnostics), limits.maxDiagnostics);
  const diagnostics = capped.length === 0 ? capped : capped.map((d) => clampDiagnostic(d, source));
  const document = built.document;
  if (document !== undefined && Object.isExtensible(document)) {
    Object.defineProperty(document, "toJSON", JSON_HOOK);
  }
  return {
    document,
    tree,
    diagnostics,
    lineCounter: tree.lineCounter ?? lineCounter,
  };
}

/** A diagnostic whose span and related spans never start or end inside a `\r\n`. */
function clampDiagnostic(d: Diagnostic, text: string): Diagnostic {
  if (d.related === undefined && (d.span === undefined || clampSpanToBreaks(d.span, text) === d.span)) return d;
  const span = d.span === undefined ? undefined : clampSpanToBreaks(d.span, text);
  const related = d.related?.map((r) => {
    const s = clampSpanToBreaks(r.span, text);
    return s === r.span ? r : { ...r, span: s };
  });
  const relatedChanged = related?.some((r, i) => r !== d.related?.[i]) === true;
  if (span === d.span && !relatedChanged) return d;
  return { ...d, ...(span === undefined ? {} : { span }), ...(relatedChanged ? { related } : {}) };
}

/** The document's `toJSON`: {@link jsonSafe} of the document it is called on. */
function documentToJson(this: SdlDocument): unknown {
  return jsonSafe(this);
}

/** The descriptor of every document's non-enumerable `toJSON` (one shared function, no closure per document). */
const JSON_HOOK: PropertyDescriptor = { value: documentToJson, enumerable: false, configurable: true, writable: true };
