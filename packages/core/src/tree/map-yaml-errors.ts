import type { YAMLError } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { createDiagnostic } from "../diagnostics/create-diagnostic.js";
import type { Span } from "../text/span.js";
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

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** The content of the line holding `offset`: from its first non-blank to its last non-blank character. */
export function lineContentSpan(text: string, offset: number): Span {
  let lineStart = Math.min(offset, text.length);
  while (lineStart > 0 && !isLineBreak(text.charCodeAt(lineStart - 1))) lineStart--;
  let lineEnd = lineStart;
  while (lineEnd < text.length && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
  let start = lineStart;
  while (start < lineEnd && (text[start] === " " || text[start] === "\t")) start++;
  let end = lineEnd;
  while (end > start && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
  return start === end ? { start: lineStart, end: lineEnd } : { start, end };
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
function inLeadingWhitespace(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  if (c !== 32 && c !== 9) return false;
  for (let i = offset - 1; i >= 0; i--) {
    const p = text.charCodeAt(i);
    if (isLineBreak(p)) return true;
    if (p !== 32 && p !== 9) return false;
  }
  return true;
}

function containsLineBreak(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (isLineBreak(text.charCodeAt(i))) return true;
  return false;
}

function badIndentation(text: string, offset: number): Diagnostic {
  return createDiagnostic(
    "yaml/bad-indentation",
    "This line is not indented like the other entries of its block.",
    lineContentSpan(text, offset),
    { hints: ["Indent entries of one mapping or sequence by the same number of spaces."] },
  );
}

function mapError(error: YAMLError, text: string, multilineKeys: ReadonlySet<number>): Diagnostic | null {
  const span = clampSpan(error.pos, text.length);
  const warning = error.name === "YAMLWarning";
  switch (error.code) {
    case "TAB_AS_INDENT":
      return createDiagnostic("yaml/tab-indentation", "Tabs are used for indentation; YAML allows only spaces.", tabRun(text, span.start), {
        hints: ["Replace the tabs with spaces."],
      });
    case "BAD_INDENT":
      return badIndentation(text, span.start);
    case "MULTILINE_IMPLICIT_KEY":
      if (multilineKeys.has(span.start)) return badIndentation(text, Math.max(span.start, span.end - 1));
      if (containsLineBreak(text, span)) {
        // `key value\nb: 1`: the first line became part of a key; it most likely lacks its ':'.
        const line = lineContentSpan(text, span.start);
        return createDiagnostic("yaml/syntax", "A mapping key must fit on one line; a ':' may be missing here.", {
          start: span.start,
          end: Math.max(span.start + 1, line.end),
        });
      }
      break;
    case "BLOCK_AS_IMPLICIT_KEY":
      if (multilineKeys.has(span.start)) return null; // reported as bad indentation
      // Reported at the line's leading whitespace: an entry at the wrong column (`a:\n  - 1\n - 2`).
      if (inLeadingWhitespace(text, span.start)) return badIndentation(text, span.start);
      break;
    case "TAG_RESOLVE_FAILED":
      if (warning) return createDiagnostic("yaml/unresolved-tag", sentence(error.message), span);
      break;
    default:
      break;
  }
  // yaml only points into a line's indentation when the indentation is the problem.
  if (!warning && inLeadingWhitespace(text, span.start)) return badIndentation(text, span.start);
  const code = warning ? "yaml/syntax-warning" : "yaml/syntax";
  return createDiagnostic(code, sentence(error.message), span, { data: { yamlCode: error.code } });
}

/**
 * Maps the `yaml` package's errors and warnings to diagnostics with precise spans: unterminated
 * strings at their opening quote, unclosed flow collections at their opening bracket, bad
 * indentation at the offending line, tabs at the tab characters; consequences of an unterminated
 * string are dropped, and repeated diagnostics are merged.
 *
 * @example
 * const diagnostics = mapYamlErrors(doc.errors, text, scanCst(cstDocument, 64));
 */
export function mapYamlErrors(errors: readonly YAMLError[], text: string, scan: CstScan): Diagnostic[] {
  const out: Diagnostic[] = [];
  const cut = scan.unterminatedQuotes[0] ?? Number.POSITIVE_INFINITY;
  for (const offset of scan.unterminatedQuotes) {
    if (offset > cut) break;
    const quote = text[offset] === "'" ? "single" : "double";
    out.push(
      createDiagnostic("yaml/unterminated-string", `This ${quote}-quoted string is never closed.`, { start: offset, end: offset + 1 }, {
        hints: [`Add the closing ${quote === "single" ? "'" : '"'} quote.`],
      }),
    );
  }
  // Only the first unclosed bracket (the ones after it are usually inside it or caused by it), and
  // none when a string is unterminated (the string has swallowed the closing bracket).
  const unclosed = scan.unterminatedQuotes.length > 0 ? [] : scan.unclosedFlows.slice(0, 1);
  for (const offset of unclosed) {
    const bracket = text[offset] === "{" ? "{" : "[";
    out.push(
      createDiagnostic("yaml/unclosed-bracket", `This '${bracket}' is never closed.`, { start: offset, end: offset + 1 }, {
        hints: [`Add the closing '${bracket === "{" ? "}" : "]"}'.`],
      }),
    );
  }
  // A compact value continued on a more-indented line (`a: b\n  c: d`) gives both of these at one offset.
  const blockAsKey = new Set<number>();
  for (const e of errors) if (e.code === "BLOCK_AS_IMPLICIT_KEY") blockAsKey.add(e.pos[0]);
  const multilineKeys = new Set<number>();
  for (const e of errors) {
    if (e.code === "MULTILINE_IMPLICIT_KEY" && blockAsKey.has(e.pos[0])) {
      if (containsLineBreak(text, clampSpan(e.pos, text.length))) multilineKeys.add(e.pos[0]);
    }
  }
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.pos[0] >= cut) continue;
    if (e.code === "MISSING_CHAR" && /closing .?quote/i.test(e.message)) continue;
    if (scan.unclosedFlows.length > 0 && FLOW_END_MESSAGE.test(e.message)) continue;
    const d = mapError(e, text, multilineKeys);
    if (d === null) continue;
    const id = `${d.code}:${d.span?.start}:${d.span?.end}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(d);
  }
  return out;
}
