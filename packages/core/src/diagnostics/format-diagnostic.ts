import { createLineCounter } from "../text/line-counter.js";
import type { LineCounter } from "../text/line-counter.js";
import type { Span } from "../text/span.js";
import { renderCodeFrame } from "./render-code-frame.js";
import type { CodeFrameOptions } from "./render-code-frame.js";
import { SEVERITY_STYLES, createAnsiPaint } from "./ansi-palette.js";
import type { AnsiStyle } from "./ansi-palette.js";
import type { Diagnostic } from "./diagnostic.js";
import { formatPath } from "./format-path.js";

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

type Style = AnsiStyle;

const PAINT = /* @__PURE__ */ createAnsiPaint(true);
const NO_PAINT = /* @__PURE__ */ createAnsiPaint(false);

/** A numeric option as a whole number in `min..max`; a missing or NaN value gives `fallback` (issue 12 item 15). */
function wholeIn(value: number | undefined, fallback: number, min: number, max: number): number {
  if (typeof value !== "number" || Number.isNaN(value)) return fallback;
  return Math.max(min, Math.min(max, Math.floor(value)));
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
  const paint = color ? PAINT : NO_PAINT;
  const severityStyle = SEVERITY_STYLES[diagnostic.severity] ?? "red";
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
    const frame = renderCodeFrame(
      text,
      counter(),
      diagnostic.span,
      frameOptions(wholeIn(options.contextLines, 1, 0, 1000), severityStyle),
    );
    // Frame lines never end in whitespace: the source part is trimmed and the gutter and carets
    // end in `|`, `^` or a colour code.
    for (const line of frame) lines.push(`  ${line}`);
  } else if (diagnostic.path) {
    lines.push(`  ${paint("dim", "at:")} ${formatPath(diagnostic.path) || "(document root)"}`);
  }
  for (const hint of diagnostic.hints ?? []) lines.push(`  ${paint("green", paint("bold", "hint:"))} ${hint}`);
  for (const related of diagnostic.related ?? []) {
    lines.push(
      `  ${paint("bold", `${location(related.span)}:`)} ${paint("magenta", paint("bold", "note:"))} ${related.message}`,
    );
    const frame = renderCodeFrame(text, counter(), related.span, frameOptions(0, "magenta"));
    for (const line of frame) lines.push(`    ${line}`);
  }
  return lines.join("\n");
}
