import type { CodeInfo } from "./code-info.js";

/**
 * The HTML anchor of a code in `docs/diagnostics.md` (`yaml/duplicate-key` → `yaml-duplicate-key`),
 * for links from editors and terminal output.
 *
 * @example
 * codeAnchor("ref/undefined-profile"); // "ref-undefined-profile"
 */
export function codeAnchor(code: string): string {
  return code.replace(/[^a-z0-9-]/g, "-");
}

function refusedText(info: CodeInfo): string {
  const r = info.refusedBy;
  if (r === undefined) return "";
  if (r.go && r.console) return "Go, Console";
  if (r.go) return "Go";
  if (r.console) return "Console";
  return "neither";
}

/**
 * Renders the diagnostic code registry as the Markdown page `docs/diagnostics.md`: one section per
 * code family (`yaml/`, `type/`, ...), one table row per code with an anchor (see
 * {@link codeAnchor}), codes sorted.
 *
 * @example
 * renderCodeReference(DIAGNOSTIC_CODES).startsWith("# Diagnostic codes"); // true
 */
export function renderCodeReference(codes: Readonly<Record<string, CodeInfo>>): string {
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
    "Codes are stable: they are never renamed or reused. Each code has an anchor: `diagnostics.md#yaml-duplicate-key`.",
    "*Refused by* names the deploy path that refuses a document with the problem: Go (`provider-services`) and",
    "Console (the official TS SDK, 1.0.0-alpha.45); the validator grades the diagnostic per deploy target from it.",
  ];
  for (const [family, list] of families) {
    lines.push(
      "",
      `## \`${family}/\``,
      "",
      "| code | severity | refused by | title | description |",
      "|---|---|---|---|---|",
    );
    for (const code of list) {
      const info = codes[code];
      if (info) {
        lines.push(
          `| <a id="${codeAnchor(code)}"></a>\`${code}\` | ${info.severity} | ${refusedText(info)} | ${cell(info.title)} | ${cell(info.description)} |`,
        );
      }
    }
  }
  return `${lines.join("\n")}\n`;
}
