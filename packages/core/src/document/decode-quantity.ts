import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { parseByteSize } from "../scalars/parse-byte-size.js";
import type { ScalarParseResult } from "../scalars/scalar-parse-result.js";
import { placeInScalar } from "../tree/place-in-scalar.js";
import type { YamlScalar } from "../tree/yaml-node.js";
import type { BuildContext } from "./build-context.js";
import { deref, describeNode, report } from "./build-context.js";
import type { Span } from "../text/span.js";
import type { YamlNode } from "../tree/yaml-node.js";
import { checkStringNode, leafOf } from "./decode-leaf.js";
import { goScalarTag, isGoNull } from "./go-resolve.js";
import type { SdlPath, SdlScalar } from "./sdl-node.js";

/**
 * A scalar grammar from `src/scalars`: `(text, offset)` → value + diagnostics, where `offset` is
 * the source offset of `text[0]`.
 *
 * @example
 * const g: ScalarGrammar<number> = parseCpuUnits;
 */
export type ScalarGrammar<T> = (text: string, offset?: number) => ScalarParseResult<T>;

/**
 * The source offset of a scalar's first text character: after the opening quote for quoted
 * scalars. (Escapes and block scalars are not mapped character by character.)
 *
 * @example
 * textOffset(node); // node.span.start + 1 for "100m"
 */
export function textOffset(node: YamlScalar): number {
  return node.style === "single-quoted" || node.style === "double-quoted" ? node.span.start + 1 : node.span.start;
}

/**
 * Adds a grammar's diagnostics, stamping the path on those that have none.
 *
 * @example
 * addGrammarDiagnostics(ctx, parseCpuUnits("1x", 40).diagnostics, ["profiles", "compute", "web"]);
 */
export function addGrammarDiagnostics(ctx: BuildContext, diagnostics: readonly Diagnostic[], path: SdlPath): void {
  for (const d of diagnostics) ctx.diagnostics.push(d.path ? d : { ...d, path });
}

/**
 * Decodes a field that Go reads with a custom unmarshaler over the raw scalar text (CPU units,
 * memory/storage sizes, GPU units and RAM): the text goes through the grammar whatever its
 * quoting or YAML type; a null is skipped by yaml.v3 and keeps the zero value; a mapping or a
 * sequence fails (Go parses its empty text). `schemaWantsString` adds a `type/coerced-to-string`
 * warning for an unquoted number (memory/storage sizes and GPU RAM are strings in the schema).
 *
 * @example
 * decodeQuantity(ctx, pair.value, pair.key.span, path, parseCpuUnits, 0).value; // 100 for `units: 100m`
 */
export function decodeQuantity<T>(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
  grammar: ScalarGrammar<T>,
  zero: T | undefined,
  schemaWantsString = false,
): SdlScalar<T> {
  const node = deref(valueNode);
  if (node === null || isGoNull(node)) return leafOf(node, keySpan, path, zero, true);
  if (node.kind !== "scalar") {
    report(ctx, "type/expected-scalar", `Expected a quantity, found ${describeNode(node)}.`, node.span, path, {
      data: { expected: "scalar", actual: node.kind },
    });
    return leafOf<T>(node, keySpan, path, undefined, false);
  }
  // The scalar's type matters only for the warning (grammars read the raw text).
  const tag = schemaWantsString ? goScalarTag(node) : "str";
  if (tag !== "str") {
    report(
      ctx,
      "type/coerced-to-string",
      `Go reads the text '${node.text}', but the schema requires a string.`,
      node.span,
      path,
      {
        hints: [`Quote it: "${node.text}".`],
        data: { actual: tag },
      },
    );
  }
  return parseWith(ctx, keySpan, path, node, node.text, grammar);
}

/**
 * Runs a grammar over a scalar's text and wraps the result (used after a string field decoded,
 * for price amounts, denoms, durations and images).
 *
 * @example
 * parseWith(ctx, pair.key.span, path, node, node.text, parseDenom);
 */
export function parseWith<T>(
  ctx: BuildContext,
  keySpan: Span,
  path: SdlPath,
  node: YamlScalar,
  text: string,
  grammar: ScalarGrammar<T>,
): SdlScalar<T> {
  let memo = REMEMBERED.get(grammar as ScalarGrammar<unknown>);
  if (memo !== undefined) {
    const known = memo.get(text);
    if (known !== undefined) return leafOf(node, keySpan, path, known as T, false);
  }
  let result: ScalarParseResult<T>;
  // The node's own text: spans count from 0 and go through the scalar's source map (escapes, folds, block indentation).
  const own = text === node.text;
  try {
    result = grammar(text, own ? 0 : textOffset(node));
  } catch (error) {
    report(ctx, "internal/exception", `A scalar grammar failed on '${text}': ${String(error)}.`, node.span, path);
    return leafOf<T>(node, keySpan, path, undefined, false);
  }
  const found = result.diagnostics;
  const value = result.value;
  if (found.length > 0) {
    addGrammarDiagnostics(ctx, own ? placeInScalar(node, found) : found, path);
  } else if (text.length <= MAX_REMEMBERED_TEXT && value !== undefined && typeof value !== "object") {
    if (memo === undefined) REMEMBERED.set(grammar as ScalarGrammar<unknown>, (memo = new Map()));
    else if (memo.size >= MAX_REMEMBERED) memo.clear();
    memo.set(text, value);
  }
  return leafOf(node, keySpan, path, value, false);
}

/**
 * Clean results of the grammars, by grammar and text: a grammar is a pure function of its text
 * (the offset only places diagnostics), and sizes, CPU units and denoms repeat across documents
 * (90–99 % of them in the corpus), so a value found once is not parsed again. Only values that
 * cannot be told apart from a fresh parse are kept: primitives (numbers, bigints, strings) of a
 * result without diagnostics; objects (amounts, images, durations) are always parsed afresh.
 */
const REMEMBERED = new Map<ScalarGrammar<unknown>, Map<string, unknown>>();
/** Entries per grammar before its table is emptied (a bound on memory, not a tuning knob). */
const MAX_REMEMBERED = 512;
/**
 * Texts up to this length only: V8 copies substrings this short, so a remembered text never keeps
 * a whole document's source alive (longer ones may be views into it).
 */
const MAX_REMEMBERED_TEXT = 12;

/**
 * Decodes a Go `string` field, then parses its text with a grammar (price amounts, denoms,
 * durations). Nulls and type errors skip the grammar (the value is then `undefined`).
 *
 * @example
 * decodeStringWith(ctx, pair.value, pair.key.span, path, parseDenom, false).value; // "uakt"
 */
export function decodeStringWith<T>(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
  grammar: ScalarGrammar<T>,
  numbersAllowed: boolean,
): SdlScalar<T> {
  const node = deref(valueNode);
  const kind = checkStringNode(ctx, node, path, numbersAllowed);
  if (kind !== "text") return leafOf<T>(node, keySpan, path, undefined, kind === "null");
  return parseWith(ctx, keySpan, path, node as YamlScalar, (node as YamlScalar).text, grammar);
}

/**
 * Decodes a memory or storage size (Go: a byte quantity read from the raw text; the schema wants a
 * string).
 *
 * @example
 * decodeByteSize(ctx, pair.value, pair.key.span, path)?.value; // 536870912n for `512Mi`
 */
export function decodeByteSize(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
): SdlScalar<bigint> {
  return decodeQuantity(ctx, valueNode, keySpan, path, parseByteSize, 0n, true);
}
