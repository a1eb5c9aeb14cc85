import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../text/span.js";
import { sourceSpanOf } from "./scalar-source-map.js";
import type { YamlScalar } from "./yaml-node.js";

/**
 * Moves diagnostics whose spans count from the start of a scalar's decoded text (a scalar
 * grammar run with offset 0) onto the source: spans, related spans and fix ranges go through
 * {@link sourceSpanOf}, so a problem inside an escaped, folded or block scalar points at what the
 * user wrote rather than at the indentation. Diagnostics without spans are kept as they are.
 *
 * @example
 * const { diagnostics } = parseCpuUnits(node.text, 0);
 * placeInScalar(node, diagnostics); // spans now in the source text
 */
export function placeInScalar(scalar: YamlScalar, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const place = (span: Span): Span => sourceSpanOf(scalar, span.start, span.end);
  return diagnostics.map((d) => {
    const out: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = { ...d };
    if (d.span !== undefined) out.span = place(d.span);
    if (d.related !== undefined) out.related = d.related.map((r) => ({ ...r, span: place(r.span) }));
    if (d.fixes !== undefined) out.fixes = d.fixes.map((f) => ({ ...f, range: place(f.range) }));
    return out;
  });
}
