import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { YamlNode } from "./yaml-node.js";

/**
 * Limits that keep hostile input from exhausting memory or time.
 *
 * @example
 * const limits: ParseLimits = { ...DEFAULT_PARSE_LIMITS, maxDepth: 32 };
 */
export interface ParseLimits {
  /** Largest accepted input, in UTF-16 code units. Default 1 MiB (1,048,576). */
  readonly maxInputLength: number;
  /** Deepest accepted nesting of collections. Default 64. */
  readonly maxDepth: number;
  /** Most nodes that alias expansion may produce in total. Default 100,000. */
  readonly maxAliasExpansion: number;
  /**
   * Most YAML tokens read (scalars, indicators, comments, line breaks, runs of spaces); the text
   * after the line where the budget runs out is not analysed. Default 100,000: about 270 KB of
   * ordinary SDL, 37 times the largest SDL of the awesome-akash corpus (2,676 tokens). It bounds
   * the time spent on a text, whatever the text holds.
   */
  readonly maxTokens: number;
  /** Most diagnostics `parse` returns (the first ones by position, plus one summary). Default 1,000. */
  readonly maxDiagnostics: number;
}

/**
 * The positioned YAML tree of one text: its root (`null` for an empty document) and every
 * YAML-level diagnostic.
 *
 * @example
 * const { root, diagnostics } = yamlFrontEnd("a: 1", DEFAULT_PARSE_LIMITS);
 */
export interface YamlTree {
  /** The root node of the first document, or `null` when it is empty. */
  readonly root: YamlNode | null;
  /** YAML-level diagnostics: syntax, tabs, duplicate keys, limits, ... */
  readonly diagnostics: readonly Diagnostic[];
  /** Comment lines at the top of the document, separated from the root by a blank line. */
  readonly commentBefore?: string;
  /** Comment lines after the document's content. */
  readonly comment?: string;
  /**
   * Set when a limit stopped the analysis early: the offset from which the text was not analysed
   * (a diagnostic says why). The tree and the diagnostics cover the text before it.
   */
  readonly stoppedAt?: number;
}

/**
 * A YAML front end turns text into a {@link YamlTree}. Front ends are swappable: nothing after the
 * tree depends on which one produced it.
 *
 * @example
 * const frontEnd: YamlFrontEnd = (text, limits) => ({ root: null, diagnostics: [] });
 */
export type YamlFrontEnd = (text: string, limits: ParseLimits) => YamlTree;
