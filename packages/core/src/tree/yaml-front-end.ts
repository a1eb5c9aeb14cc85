import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { LineCounter } from "../text/line-counter.js";
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
   * Most YAML tokens read; the text after the line where the budget runs out is not analysed.
   * A token is, whatever the front end: a scalar (plain, quoted or block), an indicator (`:`,
   * `-`, `?`, `,`, `[`, `]`, `{`, `}`, `|`/`>` headers), an anchor, alias or tag, a comment, a
   * line break, a run of spaces or tabs, or a document marker (`---`, `...`) or directive.
   * Default 100,000: about 270 KB of ordinary SDL, 37 times the largest SDL of the awesome-akash
   * corpus (2,676 tokens). It bounds the time spent on a text, whatever the text holds.
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
  /**
   * Offsets → lines and columns for the text the tree was read from. Front ends set it (they
   * need the lines anyway); `parse` makes one when a front end leaves it out.
   */
  readonly lineCounter?: LineCounter;
}

/**
 * A YAML front end turns text into a {@link YamlTree}. Front ends are swappable: nothing after the
 * tree depends on which one produced it. The contract every front end keeps:
 *
 * - every node, key and pair has a span inside the text (UTF-16 offsets, end exclusive), a
 *   child's span inside its parent's, and no span starts or ends between the `\r` and `\n` of a
 *   line break;
 * - scalars carry the decoded text Go's yaml.v3 sees, the YAML 1.2 core-schema value and, when
 *   decoding moved characters, a {@link ScalarSourceMap};
 * - non-scalar keys carry their {@link YamlPair.keyName} (their source slice);
 * - aliases point at their anchored node (`target`), never at a copy;
 * - work is bounded by the {@link ParseLimits} (past a limit the tree stops at `stoppedAt`, and a
 *   diagnostic says why), and it never throws for any string.
 *
 * @example
 * const frontEnd: YamlFrontEnd = (text, limits) => ({ root: null, diagnostics: [] });
 */
export type YamlFrontEnd = (text: string, limits: ParseLimits) => YamlTree;
