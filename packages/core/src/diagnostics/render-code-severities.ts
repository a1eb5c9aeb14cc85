import type { CodeInfo } from "./code-info.js";

type RefusedBy = { readonly go: boolean; readonly console: boolean };

/** The runtime facts of one code, as the compact table writes them: `severity` or `severity go console`. */
const classOf = (info: CodeInfo): string => {
  const r: RefusedBy | undefined = info.refusedBy;
  return r === undefined ? info.severity : `${info.severity} ${r.go} ${r.console}`;
};

/**
 * Renders the generated module `code-severities.ts`: each code's severity and, where set, which
 * deploy path refuses it — the runtime facts of the registry without its prose, so that browser
 * bundles of `parse`/`validate` do not carry the documentation text. The facts are written
 * compactly (one string: codes grouped by family, each code followed by the index of its
 * severity/refusedBy class) and unfolded into `CODE_SEVERITIES` and `CODE_REFUSED_BY` when the
 * module loads.
 *
 * @example
 * renderCodeSeverities(DIAGNOSTIC_CODES).includes("duplicate-key"); // true
 */
export function renderCodeSeverities(codes: Readonly<Record<string, CodeInfo>>): string {
  const sorted = Object.keys(codes).sort();
  const classes: string[] = [];
  const families = new Map<string, Map<number, string[]>>();
  for (const code of sorted) {
    const info = codes[code] as CodeInfo;
    const slash = code.indexOf("/");
    if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(code)) {
      throw new Error(`a code is family/name in lowercase letters, digits and hyphens: ${code}`);
    }
    const cls = classOf(info);
    if (!classes.includes(cls)) classes.push(cls);
    const index = classes.indexOf(cls);
    if (index > 25) throw new Error("more than 26 severity/refusedBy classes: widen the table's class letter");
    const family = code.slice(0, slash);
    const byClass = families.get(family) ?? new Map<number, string[]>();
    byClass.set(index, [...(byClass.get(index) ?? []), code.slice(slash + 1)]);
    families.set(family, byClass);
  }
  const table = [...families]
    .map(
      ([family, byClass]) =>
        `${family}/${[...byClass]
          .sort((a, b) => a[0] - b[0])
          .map(([index, names]) => String.fromCharCode(65 + index) + names.join(","))
          .join("")}`,
    )
    .join(" ");
  return [
    "// Generated from the code tables in `codes/` by `node scripts/generate-code-reference.mjs`; do not edit.",
    'import type { Severity } from "./diagnostic.js";',
    "",
    "type RefusedBy = { readonly go: boolean; readonly console: boolean };",
    "",
    "// Each class: a severity, or a severity and whether Go and Console refuse (`refusedBy`).",
    `const CLASSES = ${JSON.stringify(classes)};`,
    "// Codes by family and class: `family/<class letter>name,name<class letter>name family/...` (A is CLASSES[0]).",
    `const TABLE = ${JSON.stringify(table)};`,
    "",
    "const severities: Record<string, Severity> = Object.create(null);",
    "const refusals: Record<string, RefusedBy> = Object.create(null);",
    'const classes = CLASSES.map((c) => c.split(" "));',
    "const refusedBy = classes.map(([, go, console]) =>",
    '  go === undefined ? undefined : Object.freeze({ go: go === "true", console: console === "true" }),',
    ");",
    'for (const family of TABLE.split(" ")) {',
    '  const slash = family.indexOf("/") + 1;',
    "  const prefix = family.slice(0, slash);",
    "  const runs = family.slice(slash).split(/([A-Z])/);",
    "  for (let i = 1; i < runs.length; i += 2) {",
    "    const index = (runs[i] as string).charCodeAt(0) - 65;",
    "    const severity = (classes[index] as string[])[0] as Severity;",
    "    const refused = refusedBy[index];",
    '    for (const name of (runs[i + 1] as string).split(",")) {',
    "      severities[prefix + name] = severity;",
    "      if (refused !== undefined) refusals[prefix + name] = refused;",
    "    }",
    "  }",
    "}",
    "",
    "/**",
    " * The default severity of every registered code (generated; the prose stays in `codes/`).",
    " *",
    " * @example",
    ' * CODE_SEVERITIES["yaml/syntax"]; // "error"',
    " */",
    "export const CODE_SEVERITIES: Readonly<Record<string, Severity>> = severities;",
    "",
    "/**",
    " * Which deploy path refuses a document with the problem, for the codes where it applies (generated).",
    " *",
    " * @example",
    ' * CODE_REFUSED_BY["sdl/unknown-key"]; // { go: false, console: true }',
    " */",
    "export const CODE_REFUSED_BY: Readonly<Record<string, RefusedBy>> = refusals;",
    "",
  ].join("\n");
}
