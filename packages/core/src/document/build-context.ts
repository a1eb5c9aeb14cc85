import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { createDiagnostic } from "../diagnostics/create-diagnostic.js";
import type { DiagnosticExtras } from "../diagnostics/create-diagnostic.js";
import type { DiagnosticCode } from "../diagnostics/diagnostic-registry.js";
import type { LineCounter } from "../text/line-counter.js";
import type { Span } from "../text/span.js";
import type { YamlMap, YamlNode } from "../tree/yaml-node.js";
import type { SdlPath } from "./sdl-node.js";

/**
 * State shared by the section builders of one {@link buildDocument} run: the diagnostics collected
 * so far and what the deployment section uses (missing keys are errors only where Go fails, and
 * Go ignores services and compute profiles that no deployment uses).
 *
 * @example
 * const ctx = createBuildContext(root);
 * report(ctx, "sdl/unknown-key", "Go ignores the key 'imgae'.", key.span, ["services", "web", "imgae"]);
 */
export interface BuildContext {
  /** Diagnostics collected so far. */
  readonly diagnostics: Diagnostic[];
  /** Service names that appear under `deployment`. */
  readonly deployedServices: ReadonlySet<string>;
  /** Compute profile names that some deployment entry uses. */
  readonly usedProfiles: ReadonlySet<string>;
  /** The text's line counter, when the front end gave one (for fixes that insert lines). */
  readonly lineCounter?: LineCounter;
}

/**
 * Follows aliases to the anchored node (`null` for an unresolved alias or an alias cycle).
 *
 * @example
 * deref(pair.value)?.kind; // "map" for `*base` pointing at a mapping
 */
export function deref(node: YamlNode | null): YamlNode | null {
  if (node === null || node.kind !== "alias") return node; // the usual case: no alias to follow
  let current: YamlNode | null = node;
  for (let hops = 0; current !== null && current.kind === "alias"; hops++) {
    if (hops > 64) return null;
    current = current.target ?? null;
  }
  return current;
}

/**
 * The text Go compares for a key: the scalar text, `""` for anything else.
 *
 * @example
 * keyText(pair.key); // "services"
 */
export function keyText(key: YamlNode): string {
  const k = deref(key);
  return k !== null && k.kind === "scalar" ? k.text : "";
}

function pairsOf(node: YamlNode | null): YamlMap["pairs"] {
  const n = deref(node);
  return n !== null && n.kind === "map" ? n.pairs : [];
}

/**
 * Creates the context for one document, pre-computing which services and compute profiles the
 * `deployment` section uses (read straight from the tree, before any typed building).
 *
 * @example
 * createBuildContext(tree.root).deployedServices.has("web");
 */
export function createBuildContext(root: YamlNode | null, lineCounter?: LineCounter): BuildContext {
  const deployedServices = new Set<string>();
  const usedProfiles = new Set<string>();
  for (const top of pairsOf(root)) {
    if (keyText(top.key) !== "deployment") continue;
    for (const svc of pairsOf(top.value)) {
      deployedServices.add(keyText(svc.key));
      for (const placement of pairsOf(svc.value)) {
        for (const field of pairsOf(placement.value)) {
          const v = deref(field.value);
          if (keyText(field.key) === "profile" && v !== null && v.kind === "scalar") usedProfiles.add(v.text);
        }
      }
    }
  }
  return lineCounter === undefined
    ? { diagnostics: [], deployedServices, usedProfiles }
    : { diagnostics: [], deployedServices, usedProfiles, lineCounter };
}

/**
 * Optional parts of a report: everything a diagnostic carries besides code, message, span and path.
 *
 * @example
 * const extras: ReportExtras = { severity: "warning", hints: ["Did you mean 'image'?"] };
 */
export type ReportExtras = Omit<DiagnosticExtras, "path">;

/**
 * Adds one diagnostic to the context.
 *
 * @example
 * report(ctx, "type/expected-mapping", "Expected a mapping here.", node.span, path);
 */
export function report(
  ctx: BuildContext,
  code: DiagnosticCode,
  message: string,
  span: Span,
  path: SdlPath,
  extras: ReportExtras = {},
): void {
  ctx.diagnostics.push(createDiagnostic(code, message, span, { ...extras, path }));
}

/**
 * Describes a node's kind for messages: "a mapping", "a sequence", "a scalar" or "nothing".
 *
 * @example
 * describeNode(node); // "a sequence"
 */
export function describeNode(node: YamlNode | null): string {
  const n = deref(node);
  if (n === null) return "nothing";
  return n.kind === "map" ? "a mapping" : n.kind === "seq" ? "a sequence" : "a scalar";
}

export { formatPath } from "../diagnostics/format-path.js";
