import type { SecretValue } from "./find-secrets.js";

/** Values shorter than this are hidden in messages only where they are quoted (`'ab'`). */
const SHORT_SECRET = 4;

/**
 * The text shown in place of a secret in messages: its length, never its characters.
 *
 * @example
 * secretPlaceholder(7); // "[hidden: 7 characters]"
 */
export function secretPlaceholder(length: number): string {
  return `[hidden: ${length} character${length === 1 ? "" : "s"}]`;
}

/**
 * Hides secrets in the source text shown by code frames: every character of each secret becomes
 * `*` (line breaks stay), so the length shows and every offset and span stays valid.
 *
 * @example
 * maskSourceText("K=abc", [{ start: 2, end: 5, value: "abc" }]); // "K=***"
 */
export function maskSourceText(text: string, secrets: readonly SecretValue[]): string {
  if (secrets.length === 0) return text;
  const ranges = [...secrets].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const { start, end } of ranges) {
    const from = Math.max(at, Math.max(0, start));
    const to = Math.min(text.length, end);
    if (to <= from) continue;
    out += text.slice(at, from) + text.slice(from, to).replace(/[^\r\n]/g, "*");
    at = to;
  }
  return out + text.slice(at);
}

/**
 * Hides secret values quoted in a message, hint or path element: each occurrence becomes
 * {@link secretPlaceholder} (short values only where they stand in quotes).
 *
 * @example
 * maskSecretsIn("The value 'hunter2' is odd.", [{ start: 0, end: 7, value: "hunter2" }]); // "The value '[hidden: 7 characters]' is odd."
 */
export function maskSecretsIn(text: string, secrets: readonly SecretValue[]): string {
  // Every replacement below spells the value, so a text that holds none of them stays as it is.
  if (!secrets.some(({ value }) => value !== "" && text.includes(value))) return text;
  let out = text;
  // Longest first, so a secret that contains another is hidden whole.
  for (const { value, name, isDocumentName } of [...secrets].sort((a, b) => b.value.length - a.value.length)) {
    if (value === "") continue;
    // The whole entry first (`DB_PASSWORD=ab` in a message), whatever the value's length.
    if (name !== undefined) out = out.split(`${name}=${value}`).join(`${name}=${secretPlaceholder(value.length)}`);
    // A value spelled like a key of the document (a service called 'minio') is quoted as that name.
    if (isDocumentName === true) continue;
    if (value.length >= SHORT_SECRET) out = out.split(value).join(secretPlaceholder(value.length));
    else
      for (const q of ["'", '"', "`"])
        out = out.split(`${q}${value}${q}`).join(`${q}${secretPlaceholder(value.length)}${q}`);
  }
  return out;
}
