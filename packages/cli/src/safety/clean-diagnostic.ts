import type { Diagnostic } from "@akash-sdl/core";
import { escapeControls } from "./escape-controls.js";
import type { SecretValue } from "./find-secrets.js";
import { maskSecretsIn } from "./mask-secrets.js";

/**
 * `true` when `fix` leaves every string of the list as it is (plain loops: this runs for every
 * diagnostic printed, mostly in code the engine has not optimised).
 */
function keeps(list: readonly (string | number)[] | undefined, fix: (s: string) => string): boolean {
  if (list === undefined) return true;
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    if (typeof s === "string" && fix(s) !== s) return false;
  }
  return true;
}

/** `true` when `fix` leaves the message of every related note as it is. */
function keepsRelated(related: Diagnostic["related"], fix: (s: string) => string): boolean {
  if (related === undefined) return true;
  for (let i = 0; i < related.length; i++) {
    const message = related[i]?.message;
    if (message !== undefined && fix(message) !== message) return false;
  }
  return true;
}

/**
 * Applies `fix` to every human-readable string of a diagnostic (message, hints, related notes, path
 * names); the diagnostic itself when `fix` changes none of them (the common case: no copy).
 */
function mapStrings(d: Diagnostic, fix: (s: string) => string): Diagnostic {
  if (fix(d.message) === d.message && keeps(d.hints, fix) && keeps(d.path, fix) && keepsRelated(d.related, fix))
    return d;
  const out: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = { ...d, message: fix(d.message) };
  if (d.hints) out.hints = d.hints.map(fix);
  if (d.related) out.related = d.related.map((r) => ({ ...r, message: fix(r.message) }));
  if (d.path) out.path = d.path.map((p) => (typeof p === "string" ? fix(p) : p));
  return out;
}

/**
 * Hides the file's secrets in a diagnostic's message, hints, notes and path (every output
 * format; issue 12, item 10). Returns the diagnostic itself when there are no secrets.
 *
 * @example
 * maskDiagnostic(d, findSecrets(text, tree.root)).message;
 */
export function maskDiagnostic(d: Diagnostic, secrets: readonly SecretValue[]): Diagnostic {
  return secrets.length === 0 ? d : mapStrings(d, (s) => maskSecretsIn(s, secrets));
}

/**
 * Escapes control and format characters in a diagnostic's message, hints, notes and path, for
 * text, GitHub and SARIF output (issue 12, item 8).
 *
 * @example
 * escapeDiagnostic(d).message;
 */
export function escapeDiagnostic(d: Diagnostic): Diagnostic {
  return mapStrings(d, escapeControls);
}
