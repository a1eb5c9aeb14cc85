import { goFloatPrefixLength } from "./go-float.js";
import { scanTokens } from "./scan-tokens.js";
import type { ScannedToken, TokenRule } from "./scan-tokens.js";

/**
 * Token kinds of a quantity such as `1.5Gi`, `500m` or `2 GiB`.
 *
 * @example
 * const k: QuantityTokenKind = "unit";
 */
export type QuantityTokenKind = "number" | "unit" | "space" | "other";

const RULES: readonly TokenRule<QuantityTokenKind>[] = [
  { kind: "number", pattern: goFloatPrefixLength },
  { kind: "unit", pattern: /[A-Za-z]+/y },
  { kind: "space", pattern: /\s+/y },
];

/**
 * Splits a quantity into Go-float numbers, letter runs (units), white space and other characters.
 * The grammars compute values exactly as Go does and use these tokens only to explain errors
 * (where the unit starts, where a space is).
 *
 * @example
 * scanQuantity("1.5 GiB").map((t) => t.kind); // ["number", "space", "unit"]
 */
export function scanQuantity(text: string): ScannedToken<QuantityTokenKind>[] {
  return scanTokens(text, RULES, "other");
}
