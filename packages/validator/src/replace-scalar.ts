import type { SdlNodeBase, TextEdit } from "@akash-sdl/core";

/**
 * A fix that replaces a plain (unquoted) scalar's text, or none for a quoted or missing one
 * (quotes and escapes would make the offsets ambiguous).
 *
 * @example
 * replaceScalar(iface, "pcie"); // [{ range: { start: 120, end: 124 }, newText: "pcie" }]
 */
export function replaceScalar(node: SdlNodeBase | undefined, newText: string): TextEdit[] {
  const tree = node?.node;
  if (tree?.kind !== "scalar" || tree.style !== "plain") return [];
  return [{ range: { start: tree.span.start, end: tree.span.end }, newText }];
}
