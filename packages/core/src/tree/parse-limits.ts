import type { ParseLimits } from "./yaml-front-end.js";

/**
 * The default {@link ParseLimits}: 1 MiB of text (1,048,576 UTF-16 code units), 64 levels of
 * collection nesting, 100,000 nodes of alias expansion, 100,000 YAML tokens and 1,000 diagnostics.
 *
 * @example
 * yamlFrontEnd(text, { ...DEFAULT_PARSE_LIMITS, maxDepth: 16 });
 */
export const DEFAULT_PARSE_LIMITS: ParseLimits = Object.freeze({
  maxInputLength: 1_048_576,
  maxDepth: 64,
  maxAliasExpansion: 100_000,
  maxTokens: 100_000,
  maxDiagnostics: 1000,
});
