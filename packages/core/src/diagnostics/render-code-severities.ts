import type { CodeInfo } from "./code-info.js";

/**
 * Renders the generated module `code-severities.ts`: each code's severity and, where set, which
 * deploy path refuses it — the runtime facts of the registry without its prose, so that browser
 * bundles of `parse`/`validate` do not carry the documentation text.
 *
 * @example
 * renderCodeSeverities(DIAGNOSTIC_CODES).includes('"yaml/syntax": "error"'); // true
 */
export function renderCodeSeverities(codes: Readonly<Record<string, CodeInfo>>): string {
  const sorted = Object.keys(codes).sort();
  const severities = sorted.map((code) => `  ${JSON.stringify(code)}: ${JSON.stringify(codes[code]?.severity)},`);
  const refused = sorted.flatMap((code) => {
    const r = codes[code]?.refusedBy;
    return r === undefined ? [] : [`  ${JSON.stringify(code)}: { go: ${r.go}, console: ${r.console} },`];
  });
  return [
    "// Generated from the code tables in `codes/` by `node scripts/generate-code-reference.mjs`; do not edit.",
    'import type { Severity } from "./diagnostic.js";',
    "",
    "/**",
    " * The default severity of every registered code (generated; the prose stays in `codes/`).",
    " *",
    " * @example",
    ' * CODE_SEVERITIES["yaml/syntax"]; // "error"',
    " */",
    "export const CODE_SEVERITIES: Readonly<Record<string, Severity>> = {",
    ...severities,
    "};",
    "",
    "/**",
    " * Which deploy path refuses a document with the problem, for the codes where it applies (generated).",
    " *",
    " * @example",
    ' * CODE_REFUSED_BY["sdl/unknown-key"]; // { go: false, console: true }',
    " */",
    "export const CODE_REFUSED_BY: Readonly<Record<string, { readonly go: boolean; readonly console: boolean }>> = {",
    ...refused,
    "};",
    "",
  ].join("\n");
}
