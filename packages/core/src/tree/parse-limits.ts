import type { ParseLimits } from "./yaml-front-end.js";

/**
 * The default {@link ParseLimits}: 1 MiB of text (1,048,576 UTF-16 code units), 64 levels of
 * collection nesting and 100,000 nodes of alias expansion.
 *
 * @example
 * yamlFrontEnd(text, { ...DEFAULT_PARSE_LIMITS, maxDepth: 16 });
 */
export const DEFAULT_PARSE_LIMITS: ParseLimits = Object.freeze({
  maxInputLength: 1_048_576,
  maxDepth: 64,
  maxAliasExpansion: 100_000,
});
