import type { Severity } from "./diagnostic.js";

/**
 * A text style of akash-sdl's terminal output.
 *
 * @example
 * const style: AnsiStyle = "bold";
 */
export type AnsiStyle = "bold" | "dim" | "red" | "yellow" | "green" | "cyan" | "blue" | "magenta";

/**
 * The one ANSI palette: each style's SGR on and off codes (off codes reset only that attribute,
 * so styles nest).
 *
 * @example
 * ANSI_PALETTE.red; // [31, 39]
 */
export const ANSI_PALETTE: Readonly<Record<AnsiStyle, readonly [number, number]>> = Object.freeze({
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
  blue: [34, 39],
  magenta: [35, 39],
});

/**
 * The style of each severity: errors red, warnings yellow, infos cyan.
 *
 * @example
 * SEVERITY_STYLES.warning; // "yellow"
 */
export const SEVERITY_STYLES: Readonly<Record<Severity, AnsiStyle>> = Object.freeze({
  error: "red",
  warning: "yellow",
  info: "cyan",
});

/**
 * Paints text in a style (or returns it unchanged).
 *
 * @example
 * const paint: AnsiPaint = createAnsiPaint(false);
 */
export type AnsiPaint = (style: AnsiStyle, text: string) => string;

/**
 * A paint function over {@link ANSI_PALETTE}: wraps non-empty text in the style's codes when
 * `enabled`, else returns it unchanged.
 *
 * @example
 * createAnsiPaint(true)("red", "error"); // "\u001b[31merror\u001b[39m"
 * createAnsiPaint(false)("red", "error"); // "error"
 */
export function createAnsiPaint(enabled: boolean): AnsiPaint {
  return (style, text) =>
    enabled && text !== "" ? `\u001b[${ANSI_PALETTE[style][0]}m${text}\u001b[${ANSI_PALETTE[style][1]}m` : text;
}
