import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { createDiagnostic } from "../diagnostics/create-diagnostic.js";
import { clampSpanToBreaks } from "../text/clamp-span.js";
import { createLineCounter } from "../text/line-counter.js";
import type { LineCounter } from "../text/line-counter.js";
import type { Span } from "../text/span.js";
import { leadingTabsFrom } from "./line-facts.js";
import type { LineFacts } from "./line-facts.js";

/** Codes for problems of the text's shape; one line rarely holds two independent ones. */
const SHAPE_CODES: ReadonlySet<string> = new Set(["yaml/syntax", "yaml/bad-indentation", "yaml/tab-indentation"]);

function tabDiagnostic(span: Span): Diagnostic {
  return createDiagnostic("yaml/tab-indentation", "Tabs are used for indentation; YAML allows only spaces.", span, {
    hints: ["Replace the tabs with spaces."],
  });
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Trims trailing blanks off a span, or widens an empty span to the character under it. */
function widen(d: Diagnostic, text: string): Diagnostic {
  const s = d.span;
  if (!s) return d;
  if (s.end > s.start) {
    if (d.code === "yaml/tab-indentation") return d;
    let end = s.end;
    while (end > s.start + 1 && isBlank(text.charCodeAt(end - 1))) end--;
    return end === s.end ? d : { ...d, span: { start: s.start, end } };
  }
  if (s.start >= text.length) return d;
  const c = text.charCodeAt(s.start);
  if (c === 10 || c === 13) return d;
  const end = s.start + (c >= 0xd800 && c <= 0xdbff && s.start + 1 < text.length ? 2 : 1);
  return { ...d, span: { start: s.start, end } };
}

/** The diagnostic with its spans moved off the middle of `\r\n` breaks (the same object when none is). */
function wholeBreaks(d: Diagnostic, text: string): Diagnostic {
  const span = d.span === undefined ? undefined : clampSpanToBreaks(d.span, text);
  let related = d.related;
  if (related !== undefined && related.some((r) => clampSpanToBreaks(r.span, text) !== r.span)) {
    related = related.map((r) => ({ ...r, span: clampSpanToBreaks(r.span, text) }));
  }
  if (span === d.span && related === d.related) return d;
  return { ...d, ...(span === undefined ? {} : { span }), ...(related === undefined ? {} : { related }) };
}

/**
 * Makes the diagnostics of one text readable: a shape error on a line indented with tabs becomes
 * `yaml/tab-indentation` at those tabs; one line keeps only its first shape error (the others are
 * consequences); a `yaml/non-scalar-key` on a line with a shape error is dropped (the parser
 * misread the line); spans lose trailing blanks and empty ones are widened to one character; no
 * span (or related span) starts or ends between the `\r` and `\n` of a line break; the result is
 * sorted by offset. Pass the text's {@link LineFacts} when you have them (their line counter is
 * then reused); each line's indentation is scanned at most once.
 *
 * @example
 * const readable = tidyDiagnostics(diagnostics, text);
 */
export function tidyDiagnostics(diagnostics: readonly Diagnostic[], text: string, facts?: LineFacts): Diagnostic[] {
  if (diagnostics.length === 0) return [];
  let lines: LineCounter | undefined = facts?.lines;
  const counted = (): LineCounter => (lines ??= createLineCounter(text));
  const lineOf = (offset: number): number => counted().positionAt(offset).line - 1;
  const tabsOf = new Map<number, Span | undefined>();
  const leadingTabs = (line: number): Span | undefined => {
    if (tabsOf.has(line)) return tabsOf.get(line);
    const span = leadingTabsFrom(text, counted().lineStarts[line] ?? text.length);
    tabsOf.set(line, span);
    return span;
  };
  const shaped = new Map<number, Diagnostic>();
  const others: Diagnostic[] = [];
  const ordered = diagnostics.map((d) => widen(d, text));
  ordered.sort((a, b) => (a.span?.start ?? -1) - (b.span?.start ?? -1));
  for (const d of ordered) {
    if (!d.span || !SHAPE_CODES.has(d.code)) {
      others.push(d);
      continue;
    }
    const line = lineOf(d.span.start);
    const tabs = d.code === "yaml/tab-indentation" ? d.span : leadingTabs(line);
    const candidate = tabs ? (d.code === "yaml/tab-indentation" ? d : tabDiagnostic(tabs)) : d;
    const existing = shaped.get(line);
    // Indentation explains a line better than a generic syntax error found on it.
    if (existing === undefined || (existing.code === "yaml/syntax" && candidate.code !== "yaml/syntax")) {
      shaped.set(line, candidate);
    }
  }
  const out: Diagnostic[] = [...shaped.values()];
  for (const d of others) {
    if (d.code === "yaml/non-scalar-key" && d.span && shaped.has(lineOf(d.span.start))) continue;
    out.push(d);
  }
  const whole = out.map((d) => wholeBreaks(d, text));
  whole.sort((a, b) => (a.span?.start ?? -1) - (b.span?.start ?? -1));
  return whole;
}
