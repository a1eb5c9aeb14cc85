const MAX_SHOWN = 40;

/**
 * Makes user text safe to embed in a one-line message or hint: control and invisible characters
 * are escaped (`\n`, `\u00a0`) and long texts are cut to 40 characters with an ellipsis.
 *
 * @example
 * displayText("1\nGi"); // "1\\nGi"
 */
export function displayText(text: string): string {
  const chars = [...text];
  const shown = chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN - 1).join("")}…` : text;
  return shown.replace(/[\u0000-\u001f\u007f-\u00a0\u00ad\u2028\u2029\u200b-\u200f\ufeff\ud800-\udfff]/g, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\t") return "\\t";
    if (c === "\r") return "\\r";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
