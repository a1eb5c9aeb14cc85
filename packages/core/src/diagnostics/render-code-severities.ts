import type { CodeInfo } from "./code-info.js";
import { CODE_KEY_DIGITS, codeHash } from "./code-hash.js";

/** The runtime facts of one code, as the table groups them: `severity` or `severity go console`. */
const classOf = (info: CodeInfo): string => {
  const r = info.refusedBy;
  return r === undefined ? info.severity : `${info.severity} ${r.go} ${r.console}`;
};

/** The first seed under which every code has its own {@link codeHash} key. */
function distinctSeed(codes: readonly string[]): number {
  for (let seed = 0; ; seed++) {
    const keys = new Set(codes.map((code) => codeHash(code, seed)));
    if (keys.size === codes.length) return seed;
  }
}

/** A 24-bit key as 4 digits of {@link CODE_KEY_DIGITS}. */
const keyText = (key: number): string =>
  [18, 12, 6, 0].map((shift) => CODE_KEY_DIGITS[(key >> shift) & 63] as string).join("");

/**
 * Renders the generated module `code-severities.ts`: each code's severity and, where set, which
 * deploy path refuses it — the runtime facts of the registry without its prose or even the code
 * names, so that browser bundles of `parse`/`validate` stay small. Codes are grouped by class
 * (severity and refusedBy); each code is its 24-bit {@link codeHash} key (4 digits), distinct for
 * every registered code under the seed chosen here. `codeSeverity`/`codeRefusedBy` read it.
 *
 * @example
 * renderCodeSeverities(DIAGNOSTIC_CODES).includes("CODE_KEYS"); // true
 */
export function renderCodeSeverities(codes: Readonly<Record<string, CodeInfo>>): string {
  const sorted = Object.keys(codes).sort();
  const seed = distinctSeed(sorted);
  const classes: string[] = [];
  const keys: number[][] = [];
  for (const code of sorted) {
    const cls = classOf(codes[code] as CodeInfo);
    if (!classes.includes(cls)) {
      classes.push(cls);
      keys.push([]);
    }
    keys[classes.indexOf(cls)]?.push(codeHash(code, seed));
  }
  const lists = keys.map((list) =>
    JSON.stringify(
      list
        .sort((a, b) => a - b)
        .map(keyText)
        .join(""),
    ),
  );
  return [
    "// Generated from the code tables in `codes/` by `node scripts/generate-code-reference.mjs`; do not edit.",
    "",
    "/**",
    " * The seed of `codeHash` under which every registered code has its own key (generated).",
    " *",
    " * @example",
    ' * codeHash("yaml/syntax", CODE_HASH_SEED);',
    " */",
    `export const CODE_HASH_SEED = ${seed};`,
    "",
    "/**",
    " * The classes of codes: a severity, or a severity and whether Go and Console refuse (generated).",
    " *",
    " * @example",
    ' * CODE_CLASSES[0]; // e.g. "error"',
    " */",
    `export const CODE_CLASSES: readonly string[] = ${JSON.stringify(classes)};`,
    "",
    "/**",
    " * The keys of the codes of each class (same order as `CODE_CLASSES`), 4 digits of `CODE_KEY_DIGITS`",
    " * per code, sorted (generated).",
    " *",
    " * @example",
    " * CODE_KEYS.length === CODE_CLASSES.length; // true",
    " */",
    "export const CODE_KEYS: readonly string[] = [",
    ...lists.map((l) => `  ${l},`),
    "];",
    "",
  ].join("\n");
}
