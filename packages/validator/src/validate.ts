import { NETWORKS } from "@akash-sdl/catalog";
import type { NetworkInfo } from "@akash-sdl/catalog";
import { createDiagnostic, DEFAULT_PARSE_LIMITS, sortDiagnostics } from "@akash-sdl/core";
import type { Diagnostic, ParseResult } from "@akash-sdl/core";
import { consoleSchemaFindings } from "./console-schema-findings.js";
import { refusalOf } from "./core-refusals.js";
import type { Finding } from "./finding.js";
import { gradeFinding } from "./grade-finding.js";
import { createRuleContext } from "./rule-context.js";
import { RULES } from "./rules/index.js";
import { priceHint } from "./rules/pricing.js";
import { nodeAtPath } from "./node-at-path.js";
import type { ValidateOptions } from "./validate-options.js";
import { resolveOptions } from "./validate-options.js";

/**
 * Codes that say something is absent or unused: after a YAML error the broken part may hold
 * what they miss, so they are held back until the YAML is fixed (the root cause comes first).
 */
const ABSENCE_CODES: ReadonlySet<string> = new Set([
  "ref/undefined-service",
  "ref/undefined-profile",
  "ref/undefined-placement",
  "ref/no-deployments",
  "ref/missing-pricing",
  "ref/undeployed-service",
  "unused/profile",
  "unused/placement",
  "endpoint/unused",
  "endpoint/undefined",
  "storage/undefined-volume",
  "storage/persistent-without-mount",
  "manifest/no-global-expose",
]);

/** Where each top-level key starts (the sections a YAML error can spoil). */
function topLevelStarts(parsed: ParseResult): number[] {
  const root = parsed.tree.root;
  if (root?.kind !== "map") return [];
  return root.pairs.map((p) => p.key.span.start).filter((start) => parsed.lineCounter.positionAt(start).column === 1);
}

function hasYamlError(parsed: ParseResult): boolean {
  return parsed.diagnostics.some((d) => d.severity === "error" && d.code.startsWith("yaml/"));
}

/**
 * Noise control after a YAML error (the root cause first and alone): drops core's "missing"
 * reports (the broken part may hold the key), every non-YAML finding from the first YAML error on
 * (it describes text the parser had to guess at), and the indentation errors a tab drags along
 * on the lines after it.
 */
function quieten(findings: readonly Finding[], parsed: ParseResult): Finding[] {
  const yamlErrors = parsed.diagnostics.filter((d) => d.severity === "error" && d.code.startsWith("yaml/"));
  if (yamlErrors.length === 0) return findings as Finding[];
  const first = Math.min(...yamlErrors.map((d) => d.span?.start ?? 0));
  // A tab breaks the indentation of its whole top-level section: the other YAML errors there follow from it.
  const sections = topLevelStarts(parsed);
  const sectionOf = (offset: number): number => sections.filter((s) => s <= offset).length;
  const tabbed = new Set(
    yamlErrors.filter((d) => d.code === "yaml/tab-indentation").map((d) => sectionOf(d.span?.start ?? 0)),
  );
  return findings.filter((f) => {
    const start = f.span?.start ?? 0;
    if (f.code.startsWith("yaml/"))
      return f.code === "yaml/tab-indentation" || f.severity !== "error" || !tabbed.has(sectionOf(start));
    if (f.code === "sdl/missing-key" || ABSENCE_CODES.has(f.code)) return false;
    return start < first;
  });
}

/** Price codes whose message deserves the per-hour and per-month conversion. */
const PRICE_CODES: ReadonlySet<string> = new Set([
  "scalar/too-many-decimals",
  "scalar/invalid-amount",
  "scalar/non-portable-amount",
]);

/** Adds the per-block → per-hour/month hint to core's diagnostics on a readable price amount. */
function priceHints(d: Diagnostic, parsed: ParseResult, network: NetworkInfo): readonly string[] | undefined {
  const path = d.path;
  if (!PRICE_CODES.has(d.code) || path === undefined || path[path.length - 1] !== "amount") return d.hints;
  const amount = nodeAtPath(parsed.tree.root, path);
  const denom = nodeAtPath(parsed.tree.root, [...path.slice(0, -1), "denom"]);
  const value = amount?.kind === "scalar" ? Number(amount.text) : Number.NaN;
  if (!Number.isFinite(value) || value <= 0 || denom?.kind !== "scalar") return d.hints;
  return [...(d.hints ?? []), priceHint(value, denom.text, network)];
}

/** Core's diagnostics as findings, with who refuses each. */
function coreFindings(parsed: ParseResult, network: NetworkInfo): Finding[] {
  const root = parsed.tree.root;
  return parsed.diagnostics.map((d) => {
    const refusal = refusalOf(d, root);
    return {
      code: d.code,
      message: d.message,
      span: d.span,
      path: d.path,
      hints: priceHints(d, parsed, network),
      // A new list when either has repairs (a diagnostic leaves an empty list out).
      fixes: d.fixes || refusal.fixes ? [...(d.fixes ?? []), ...(refusal.fixes ?? [])] : undefined,
      related: d.related,
      data: d.data,
      severity: d.severity,
      refusedBy: refusal.refusedBy,
      compat: refusal.compat,
    };
  });
}

const pathKey = (path: readonly (string | number)[] | undefined): string | undefined =>
  path === undefined ? undefined : JSON.stringify(path);

/** Keeps a schema finding only where no other Console refusal already covers the same node (same path or same start). */
function mergeSchemaFindings(findings: Finding[], schema: readonly Finding[]): void {
  if (schema.length === 0) return;
  const paths = new Set<string>();
  const starts = new Set<number>();
  const ranges: { start: number; end: number }[] = [];
  for (const f of findings) {
    if (f.refusedBy !== "console" && f.refusedBy !== "both" && f.refusedBy !== "chain") continue;
    const key = pathKey(f.path);
    if (key !== undefined) paths.add(key);
    if (f.span !== undefined) {
      starts.add(f.span.start);
      ranges.push(f.span);
    }
  }
  // Overlap checks only for a handful of refusals; beyond that, path and start are enough (linear time).
  const small = ranges.length <= 64;
  for (const s of schema) {
    const key = pathKey(s.path);
    if (key !== undefined && paths.has(key)) continue;
    const span = s.span;
    if (
      span !== undefined &&
      (starts.has(span.start) || (small && ranges.some((r) => r.start < span.end && span.start < r.end)))
    )
      continue;
    findings.push(s);
  }
}

/**
 * All diagnostics for the file: core's parse diagnostics re-graded for the deploy target, every
 * semantic rule's findings and Console's schema view, sorted by position. Never throws for user
 * input (a rule that fails reports `internal/exception` and the others still run).
 *
 * @example
 * const diagnostics = validate(parse(text), { target: "any", network: "mainnet" });
 * diagnostics.filter((d) => d.severity === "error").length; // 0 when some path deploys it
 */
export function validate(parsed: ParseResult, options?: ValidateOptions): Diagnostic[] {
  const { target, network, networkChosen } = resolveOptions(options);
  const findings = coreFindings(parsed, NETWORKS[network]);
  const doc = parsed.document;
  if (doc !== undefined) {
    const ruleFindings: Finding[] = [];
    const ctx = createRuleContext(parsed, doc, NETWORKS[network], ruleFindings, networkChosen);
    for (const rule of RULES) {
      try {
        rule.check(ctx);
      } catch (error) {
        const message = `The rule '${rule.name}' failed: ${error instanceof Error ? error.message : String(error)}.`;
        ruleFindings.push({ code: "internal/exception", message, span: { start: 0, end: 0 }, refusedBy: "none" });
      }
    }
    findings.push(...ruleFindings);
    if (!hasYamlError(parsed)) mergeSchemaFindings(findings, consoleSchemaFindings(parsed));
  }
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const f of quieten(findings, parsed)) {
    const d = gradeFinding(f, target);
    const key = `${d.code}\u0000${d.span?.start ?? -1}\u0000${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return capped(sortDiagnostics(out));
}

const RANK: Readonly<Record<Diagnostic["severity"], number>> = { info: 0, warning: 1, error: 2 };

/**
 * At most `DEFAULT_PARSE_LIMITS.maxDiagnostics` diagnostics (the first by position), then one
 * `parse/too-many-diagnostics` that counts the rest and keeps their `refusedBy` facts, so that
 * `deployVerdict` gives the same answer.
 */
function capped(sorted: Diagnostic[]): Diagnostic[] {
  const limit = DEFAULT_PARSE_LIMITS.maxDiagnostics;
  if (sorted.length <= limit) return sorted;
  const summaries = sorted.filter((d) => d.code === "parse/too-many-diagnostics");
  const listed = sorted.filter((d) => d.code !== "parse/too-many-diagnostics");
  if (listed.length <= limit) return sorted;
  const kept = listed.slice(0, limit);
  const rest = [...listed.slice(limit), ...summaries];
  const omittedByParse = summaries.reduce(
    (n, d) => n + (typeof d.data?.["omitted"] === "number" ? (d.data["omitted"] as number) : 0),
    0,
  );
  const who = new Set<string>();
  let severity: Diagnostic["severity"] = "info";
  for (const d of rest) {
    const r = d.data?.["refusedBy"];
    if (Array.isArray(r)) for (const x of r) who.add(String(x));
    else if (d.severity === "error") ["go", "console"].forEach((x) => who.add(x));
    if (RANK[d.severity] > RANK[severity]) severity = d.severity;
  }
  const omitted = rest.length - summaries.length + omittedByParse;
  const more = omitted === 1 ? "diagnostic is" : "diagnostics are";
  kept.push(
    createDiagnostic(
      "parse/too-many-diagnostics",
      `${omitted} more ${more} left out; only the first ${limit} are listed.`,
      rest[0]?.span,
      {
        severity,
        data: { limit, omitted, refusedBy: [...who] },
        hints: ["Fix the first problems, or validate a smaller file."],
      },
    ),
  );
  return kept;
}
