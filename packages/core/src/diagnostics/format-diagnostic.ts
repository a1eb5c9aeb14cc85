import { createLineCounter } from "../text/line-counter.js";
import type { LineCounter } from "../text/line-counter.js";
import type { Span } from "../text/span.js";
import { renderCodeFrame } from "./render-code-frame.js";
import type { CodeFrameOptions } from "./render-code-frame.js";
import type { Diagnostic, Severity } from "./diagnostic.js";

/**
 * Options of {@link formatDiagnostic}.
 *
 * @example
 * const options: FormatDiagnosticOptions = { fileName: "deploy.yaml", text, color: false };
 */
export interface FormatDiagnosticOptions {
  /** The name printed in locations (`deploy.yaml:3:7`). */
  readonly fileName: string;
  /** The source text the diagnostic's spans point into. */
  readonly text: string;
  /** A line counter for `text`; pass one when formatting many diagnostics of the same text. */
  readonly lineCounter?: LineCounter;
  /** Use ANSI colours. Default `false`. */
  readonly color?: boolean;
  /** Lines of context shown before and after the span. Default 1. */
  readonly contextLines?: number;
  /** Tab stops, in columns. Default 4. */
  readonly tabWidth?: number;
  /** Most source columns shown per frame line; longer lines are trimmed around the span. Default 100. */
  readonly maxWidth?: number;
}

type Style = "bold" | "dim" | "red" | "yellow" | "cyan" | "blue" | "green" | "magenta";

const ANSI: Readonly<Record<Style, readonly [number, number]>> = Object.freeze({
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  blue: [34, 39],
  green: [32, 39],
  magenta: [35, 39],
});

const SEVERITY_STYLE: Readonly<Record<Severity, Style>> = Object.freeze({ error: "red", warning: "yellow", info: "cyan" });

/** A numeric option as a whole number in `min..max`; a missing or NaN value gives `fallback` (issue 12 item 15). */
function wholeIn(value: number | undefined, fallback: number, min: number, max: number): number {
  if (typeof value !== "number" || Number.isNaN(value)) return fallback;
  return Math.max(min, Math.min(max, Math.floor(value)));
}

/** Renders a document path the way people read it: `services.web.expose[0].port`. */
function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === "" ? "(document root)" : out;
}

/**
 * Renders one diagnostic for people:
 * `file:line:col: severity: message [code]`, then a code frame of the span (line numbers, a `>`
 * beside the span's lines, `^` under the span, tabs expanded, long lines trimmed around the span),
 * then one `hint:` line per hint and each related location with its own small frame. A diagnostic
 * without a span is file-level: `file: severity: message [code]` and, when known, its path.
 * Lines and columns are 1-based; columns count UTF-16 code units, like offsets. The result has no
 * trailing newline.
 *
 * @example
 * const text = "version: '2.0'\nservices:\n  web:\n    image: nginx\n    image: nginx:1.25\n";
 * const d = createDiagnostic("yaml/duplicate-key", "The key 'image' appears twice in this mapping.", { start: 53, end: 58 });
 * formatDiagnostic(d, { fileName: "deploy.yaml", text });
 * // deploy.yaml:5:5: error: The key 'image' appears twice in this mapping. [yaml/duplicate-key]
 * //     4 |     image: nginx
 * //   > 5 |     image: nginx:1.25
 * //       |     ^^^^^
 */
export function formatDiagnostic(diagnostic: Diagnostic, options: FormatDiagnosticOptions): string {
  const { fileName, text } = options;
  const color = options.color === true;
  const paint = (style: Style, s: string): string =>
    color && s !== "" ? `\u001b[${ANSI[style][0]}m${s}\u001b[${ANSI[style][1]}m` : s;
  const severityStyle = SEVERITY_STYLE[diagnostic.severity] ?? "red";
  let lc: LineCounter | undefined = options.lineCounter;
  const counter = (): LineCounter => (lc ??= createLineCounter(text));

  const location = (span: Span | undefined): string => {
    if (!span) return fileName;
    const p = counter().positionAt(span.start);
    return `${fileName}:${p.line}:${p.column}`;
  };
  const frameOptions = (context: number, markerStyle: Style): CodeFrameOptions => ({
    contextLines: context,
    tabWidth: wholeIn(options.tabWidth, 4, 1, 16),
    maxWidth: wholeIn(options.maxWidth, 100, 20, 100_000),
    paint: (part, s) => (part === "gutter" ? paint("blue", s) : paint(markerStyle, paint("bold", s))),
  });

  const lines: string[] = [];
  const head = `${paint("bold", `${location(diagnostic.span)}:`)} ${paint(severityStyle, paint("bold", `${diagnostic.severity}:`))}`;
  lines.push(`${head} ${diagnostic.message} ${paint("dim", `[${diagnostic.code}]`)}`);
  if (diagnostic.span) {
    const frame = renderCodeFrame(text, counter(), diagnostic.span, frameOptions(wholeIn(options.contextLines, 1, 0, 1000), severityStyle));
    for (const line of frame) lines.push(`  ${line}`.trimEnd());
  } else if (diagnostic.path) {
    lines.push(`  ${paint("dim", "at:")} ${formatPath(diagnostic.path)}`);
  }
  for (const hint of diagnostic.hints ?? []) lines.push(`  ${paint("green", paint("bold", "hint:"))} ${hint}`);
  for (const related of diagnostic.related ?? []) {
    lines.push(`  ${paint("bold", `${location(related.span)}:`)} ${paint("magenta", paint("bold", "note:"))} ${related.message}`);
    const frame = renderCodeFrame(text, counter(), related.span, frameOptions(0, "magenta"));
    for (const line of frame) lines.push(`    ${line}`.trimEnd());
  }
  return lines.join("\n");
}
