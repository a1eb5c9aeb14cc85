/** Control (`Cc`) and format (`Cf`: bidi overrides, zero-width characters) code points. */
const CONTROLS = /[\p{Cc}\p{Cf}]/gu;

/**
 * Makes a name, value or message safe to print on a terminal or into a CI log: every control
 * character (C0 and C1, including line breaks, `ESC` and tabs) and every format character (bidi
 * overrides such as U+202E, zero-width joiners, the byte-order mark) becomes a visible
 * `\uXXXX` escape, so a crafted SDL cannot move the cursor, hide text, set the terminal title or
 * forge a `file:1:1: error` line (issue 12, item 8).
 *
 * @example
 * escapeControls("web\u001b[2J"); // "web\\u001b[2J"
 * escapeControls("a\u202eb");     // "a\\u202eb"
 */
export function escapeControls(text: string): string {
  CONTROLS.lastIndex = 0;
  if (!CONTROLS.test(text)) return text;
  CONTROLS.lastIndex = 0;
  return text.replace(CONTROLS, (c) => {
    const cp = c.codePointAt(0) ?? 0;
    return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, "0")}`;
  });
}

/**
 * `true` when `text` holds a raw control or format character (what {@link escapeControls} removes).
 *
 * @example
 * hasRawControls("ok"); // false
 */
export function hasRawControls(text: string): boolean {
  CONTROLS.lastIndex = 0;
  return CONTROLS.test(text);
}
