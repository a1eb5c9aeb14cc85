import type { CodeTable } from "./code-info.js";

/**
 * Renders the diagnostic code registry as the Markdown page `docs/diagnostics.md`: one section per
 * code family (`yaml/`, `type/`, ...), one table row per code, codes sorted.
 *
 * @example
 * renderCodeReference(DIAGNOSTIC_CODES).startsWith("# Diagnostic codes"); // true
 */
export function renderCodeReference(codes: CodeTable): string {
  const families = new Map<string, string[]>();
  for (const code of Object.keys(codes).sort()) {
    const family = code.includes("/") ? code.slice(0, code.indexOf("/")) : code;
    const list = families.get(family) ?? [];
    list.push(code);
    families.set(family, list);
  }
  const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
  const lines = [
    "# Diagnostic codes",
    "",
    "Generated from the registry in `packages/core/src/diagnostics/codes/` by `pnpm docs:codes`; do not edit by hand.",
    "Codes are stable: they are never renamed or reused.",
  ];
  for (const [family, list] of families) {
    lines.push("", `## \`${family}/\``, "", "| code | severity | title | description |", "|---|---|---|---|");
    for (const code of list) {
      const info = codes[code];
      if (info) lines.push(`| \`${code}\` | ${info.severity} | ${cell(info.title)} | ${cell(info.description)} |`);
    }
  }
  return `${lines.join("\n")}\n`;
}
