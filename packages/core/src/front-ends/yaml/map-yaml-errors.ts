import type { YAMLError } from "yaml";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { createDiagnostic } from "../../diagnostics/create-diagnostic.js";
import type { Span } from "../../text/span.js";
import type { LineFacts } from "../../tree/line-facts.js";
import type { CstScan } from "./scan-cst.js";

const FLOW_END_MESSAGE = /end with an? [\]}]|must end with|flow (?:sequence|map|collection).*(?:terminated|end)/i;

/** yaml's message as one plain sentence. */
function sentence(message: string): string {
  const first = (message.split("\n")[0] ?? "")
    .replace(/ at line \d+, column \d+:?$/, "")
    .replace(/^Unexpected [\w-]+ token in YAML (?:stream|document): "(.*)"$/, (_, source: string) =>
      source.length > 20 ? `Unexpected '${source.slice(0, 20)}…'` : `Unexpected '${source}'`,
    )
    .replace(/^Unexpected scalar at node end$/, "Unexpected text after the value")
    .trim();
  const text = first.length > 0 ? first : "The YAML text is malformed";
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

function clampSpan(pos: readonly [number, number], length: number): Span {
  const start = Math.max(0, Math.min(length, pos[0]));
  return { start, end: Math.max(start, Math.min(length, pos[1])) };
}

/** The run of tab characters around `offset`. */
function tabRun(text: string, offset: number): Span {
  let start = offset;
  while (start > 0 && text.charCodeAt(start - 1) === 9) start--;
  let end = offset;
  while (end < text.length && text.charCodeAt(end) === 9) end++;
  return end > start ? { start, end } : { start: offset, end: Math.min(text.length, offset + 1) };
}

/** `true` when only spaces or tabs precede `offset` on its line (and `offset` is one of them). */
function inLeadingWhitespace(text: string, facts: LineFacts, offset: number): boolean {
  const c = text.charCodeAt(offset);
  if (c !== 32 && c !== 9) return false;
  return offset < facts.indentEnd(facts.lineOf(offset));
}

/** `true` when `span` holds a line break (`\n` or `\r`). */
function containsLineBreak(text: string, facts: LineFacts, span: Span): boolean {
  if (span.end <= span.start) return false;
  return facts.lineOf(span.end) > facts.lineOf(span.start) || text.charCodeAt(span.end - 1) === 13;
}

function badIndentation(facts: LineFacts, offset: number): Diagnostic {
  return createDiagnostic(
    "yaml/bad-indentation",
    "This line is not indented like the other entries of its block.",
    facts.contentSpan(facts.lineOf(offset)),
    { hints: ["Indent entries of one mapping or sequence by the same number of spaces."] },
  );
}

/** What {@link mapError} needs besides the error: the text, its lines and the multi-line keys. */
interface MapContext {
  readonly text: string;
  readonly facts: LineFacts;
  /** Offsets with both a BLOCK_AS_IMPLICIT_KEY and a MULTILINE_IMPLICIT_KEY error. */
  readonly blockAsKey: ReadonlySet<number>;
  /** Positions of MULTILINE_IMPLICIT_KEY errors, by start offset. */
  readonly multilineAt: ReadonlyMap<number, readonly [number, number]>;
}

/** A compact value continued on a more-indented line (`a: b\n  c: d`) gives both errors at one offset. */
function isMultilineKey(ctx: MapContext, offset: number): boolean {
  const pos = ctx.multilineAt.get(offset);
  if (pos === undefined || !ctx.blockAsKey.has(offset)) return false;
  return containsLineBreak(ctx.text, ctx.facts, clampSpan(pos, ctx.text.length));
}

function mapError(error: YAMLError, ctx: MapContext): Diagnostic | null {
  const { text, facts } = ctx;
  const span = clampSpan(error.pos, text.length);
  const warning = error.name === "YAMLWarning";
  switch (error.code) {
    case "TAB_AS_INDENT":
      return createDiagnostic(
        "yaml/tab-indentation",
        "Tabs are used for indentation; YAML allows only spaces.",
        tabRun(text, span.start),
        {
          hints: ["Replace the tabs with spaces."],
        },
      );
    case "BAD_INDENT":
      return badIndentation(facts, span.start);
    case "MULTILINE_IMPLICIT_KEY":
      if (isMultilineKey(ctx, span.start)) return badIndentation(facts, Math.max(span.start, span.end - 1));
      if (containsLineBreak(text, facts, span)) {
        // `key value\nb: 1`: the first line became part of a key; it most likely lacks its ':'.
        const line = facts.contentSpan(facts.lineOf(span.start));
        return createDiagnostic("yaml/syntax", "A mapping key must fit on one line; a ':' may be missing here.", {
          start: span.start,
          end: Math.max(span.start + 1, line.end),
        });
      }
      break;
    case "BLOCK_AS_IMPLICIT_KEY":
      if (isMultilineKey(ctx, span.start)) return null; // reported as bad indentation
      // Reported at the line's leading whitespace: an entry at the wrong column (`a:\n  - 1\n - 2`).
      if (inLeadingWhitespace(text, facts, span.start)) return badIndentation(facts, span.start);
      break;
    case "TAG_RESOLVE_FAILED":
      if (warning) return createDiagnostic("yaml/unresolved-tag", sentence(error.message), span);
      break;
    default:
      break;
  }
  // yaml only points into a line's indentation when the indentation is the problem.
  if (!warning && inLeadingWhitespace(text, facts, span.start)) return badIndentation(facts, span.start);
  const code = warning ? "yaml/syntax-warning" : "yaml/syntax";
  return createDiagnostic(code, sentence(error.message), span, { data: { yamlCode: error.code } });
}

/**
 * Where and how much of the text {@link mapYamlErrors} looks at.
 *
 * @example
 * const options: YamlErrorOptions = { facts, end: text.length, reportUnclosed: true, maxErrorLines: 100 };
 */
export interface YamlErrorOptions {
  /** Line facts of the text. */
  readonly facts: LineFacts;
  /** Errors at or after this offset are ignored (the end of what was read). */
  readonly end: number;
  /** Report the first unclosed bracket (`false` when the text was not read to its end). */
  readonly reportUnclosed: boolean;
  /** After errors on this many lines, the rest of the text is not analysed. */
  readonly maxErrorLines: number;
}

/**
 * The diagnostics of {@link mapYamlErrors}, and where it stopped because of too many errors.
 *
 * @example
 * const { diagnostics, stop }: YamlErrorReport = mapYamlErrors(errors, text, scan, options);
 */
export interface YamlErrorReport {
  readonly diagnostics: Diagnostic[];
  /** Start of the first line past the error budget, or `null` when every error was reported. */
  readonly stop: number | null;
}

/** At most this many errors of one line are looked at (one line keeps only its first shape error). */
const ERRORS_PER_LINE = 16;

function keepError(e: YAMLError, cut: number, end: number, unclosed: boolean): boolean {
  if (e.pos[0] >= cut || e.pos[0] >= end) return false;
  if (e.code === "MISSING_CHAR" && /closing .?quote/i.test(e.message)) return false;
  return !(unclosed && FLOW_END_MESSAGE.test(e.message));
}

/** Keeps the diagnostics before the first line past the budget of lines with errors. */
function applyErrorBudget(diagnostics: Diagnostic[], facts: LineFacts, maxErrorLines: number): YamlErrorReport {
  const ordered = diagnostics
    .map((d, i) => ({ d, i, at: d.span?.start ?? 0 }))
    .sort((x, y) => x.at - y.at || x.i - y.i);
  let lines = 0;
  let last = -1;
  for (const { d, at } of ordered) {
    if (d.severity !== "error") continue;
    const line = facts.lineOf(at);
    if (line === last) continue;
    last = line;
    if (++lines > maxErrorLines) {
      const stop = facts.lineStart(line);
      return { diagnostics: diagnostics.filter((x) => (x.span?.start ?? 0) < stop), stop };
    }
  }
  return { diagnostics, stop: null };
}

/**
 * Maps the `yaml` package's errors and warnings to diagnostics with precise spans: unterminated
 * strings at their opening quote, unclosed flow collections at their opening bracket, bad
 * indentation at the offending line, tabs at the tab characters; consequences of an unterminated
 * string are dropped, and repeated diagnostics are merged. Linear in the text and the errors:
 * at most 16 errors of one line are looked at, and once errors were found on more than
 * `maxErrorLines` lines the rest of the text is left out (`stop`).
 *
 * @example
 * const { diagnostics, stop } = mapYamlErrors(doc.errors, text, scanCst(cstDocument, 64), options);
 */
export function mapYamlErrors(
  errors: readonly YAMLError[],
  text: string,
  scan: CstScan,
  options: YamlErrorOptions,
): YamlErrorReport {
  const { facts, end, maxErrorLines } = options;
  const out: Diagnostic[] = [];
  const cut = scan.unterminatedQuotes[0] ?? Number.POSITIVE_INFINITY;
  if (cut < end) {
    const quote = text[cut] === "'" ? "single" : "double";
    out.push(
      createDiagnostic(
        "yaml/unterminated-string",
        `This ${quote}-quoted string is never closed.`,
        { start: cut, end: cut + 1 },
        {
          hints: [`Add the closing ${quote === "single" ? "'" : '"'} quote.`],
        },
      ),
    );
  }
  // Only the first unclosed bracket (the ones after it are usually inside it or caused by it), and
  // none when a string is unterminated (the string has swallowed the closing bracket).
  const unclosed = scan.unclosedFlows[0];
  if (unclosed !== undefined && options.reportUnclosed && scan.unterminatedQuotes.length === 0) {
    const bracket = text[unclosed] === "{" ? "{" : "[";
    out.push(
      createDiagnostic(
        "yaml/unclosed-bracket",
        `This '${bracket}' is never closed.`,
        { start: unclosed, end: unclosed + 1 },
        {
          hints: [`Add the closing '${bracket === "{" ? "}" : "]"}'.`],
        },
      ),
    );
  }
  const kept = errors.filter((e) => keepError(e, cut, end, scan.unclosedFlows.length > 0));
  const blockAsKey = new Set<number>();
  const multilineAt = new Map<number, readonly [number, number]>();
  for (const e of kept) {
    if (e.code === "BLOCK_AS_IMPLICIT_KEY") blockAsKey.add(e.pos[0]);
    else if (e.code === "MULTILINE_IMPLICIT_KEY" && !multilineAt.has(e.pos[0])) multilineAt.set(e.pos[0], e.pos);
  }
  const ctx: MapContext = { text, facts, blockAsKey, multilineAt };
  const seen = new Set<string>();
  const perLine = new Map<number, number>();
  for (const e of kept) {
    const line = facts.lineOf(e.pos[0]);
    const count = (perLine.get(line) ?? 0) + 1;
    perLine.set(line, count);
    if (count > ERRORS_PER_LINE) continue;
    const d = mapError(e, ctx);
    if (d === null) continue;
    const id = `${d.code}:${d.span?.start}:${d.span?.end}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(d);
  }
  return applyErrorBudget(out, facts, maxErrorLines);
}
