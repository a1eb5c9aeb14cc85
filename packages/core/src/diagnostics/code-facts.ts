import type { CodeInfo } from "./code-info.js";
import type { Severity } from "./diagnostic.js";
import { DIAGNOSTIC_CODES } from "./diagnostic-registry.js";

function severitiesOf(codes: Readonly<Record<string, CodeInfo>>): Readonly<Record<string, Severity>> {
  const out: Record<string, Severity> = Object.create(null);
  for (const [code, info] of Object.entries(codes)) out[code] = info.severity;
  return out;
}

function refusalsOf(
  codes: Readonly<Record<string, CodeInfo>>,
): Readonly<Record<string, NonNullable<CodeInfo["refusedBy"]>>> {
  const out: Record<string, NonNullable<CodeInfo["refusedBy"]>> = Object.create(null);
  for (const [code, info] of Object.entries(codes)) if (info.refusedBy !== undefined) out[code] = info.refusedBy;
  return out;
}

/**
 * The default severity of every registered code, by code (built from the registry, so importing it
 * loads the documentation too; runtime code uses `codeSeverity`, which does not).
 *
 * @example
 * CODE_SEVERITIES["yaml/syntax"]; // "error"
 */
export const CODE_SEVERITIES: Readonly<Record<string, Severity>> = /* @__PURE__ */ severitiesOf(DIAGNOSTIC_CODES);

/**
 * Which deploy path refuses a document with the problem, for the codes where the registry says
 * (built from the registry; runtime code uses `codeRefusedBy`).
 *
 * @example
 * CODE_REFUSED_BY["sdl/unknown-key"]; // { go: false, console: true }
 */
export const CODE_REFUSED_BY: Readonly<Record<string, NonNullable<CodeInfo["refusedBy"]>>> =
  /* @__PURE__ */ refusalsOf(DIAGNOSTIC_CODES);
