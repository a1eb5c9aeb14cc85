import type { YamlTree } from "./yaml-front-end.js";
import { defineAliasJson } from "./alias-json.js";
import type { YamlAlias, YamlNode } from "./yaml-node.js";

const KINDS: ReadonlySet<unknown> = new Set(["scalar", "map", "seq", "alias"]);
const STYLES: ReadonlySet<unknown> = new Set([
  "plain",
  "single-quoted",
  "double-quoted",
  "block-literal",
  "block-folded",
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function spanProblem(span: unknown, length: number): string | undefined {
  if (!isRecord(span)) return "has no span";
  const { start, end } = span;
  if (typeof start !== "number" || typeof end !== "number" || !Number.isInteger(start) || !Number.isInteger(end)) {
    return "has a span without whole-number offsets";
  }
  if (start < 0 || end < start || end > length) return `has the span ${start}-${end} outside the text (0-${length})`;
  return undefined;
}

/** One node's own fields (not its children). */
function nodeProblem(node: Record<string, unknown>, length: number): string | undefined {
  if (!KINDS.has(node["kind"])) return "is not a YAML node";
  const span = spanProblem(node["span"], length);
  if (span !== undefined) return span;
  switch (node["kind"]) {
    case "scalar": {
      const v = node["value"];
      if (typeof node["text"] !== "string" || !STYLES.has(node["style"])) return "is a scalar without text or style";
      if (!(v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean"))
        return "is a scalar with a bad value";
      return undefined;
    }
    case "map":
      return Array.isArray(node["pairs"]) ? undefined : "is a mapping without pairs";
    case "seq":
      return Array.isArray(node["items"]) ? undefined : "is a sequence without items";
    default:
      return typeof node["name"] === "string" ? undefined : "is an alias without a name";
  }
}

/**
 * Checks that a front end's result keeps the shape of a {@link YamlTree} for a text of
 * `length` characters, so that nothing after the seam can throw on it: every node has a known
 * kind and a whole-number span inside the text, collections have their arrays, no node is
 * reached twice (no cycles, no sharing), and every alias targets a node finished earlier in the
 * tree. Iterative and linear in the tree; gives every alias its JSON form on the way
 * ({@link defineAliasJson}). Returns what is wrong, or `undefined` when the tree is sound.
 *
 * @example
 * checkTree({ root: null, diagnostics: [] }, 0); // undefined
 * checkTree({ root: { kind: "map" }, diagnostics: [] }, 0); // "the root has no span"
 */
export function checkTree(tree: unknown, length: number): string | undefined {
  if (!isRecord(tree)) return "the front end returned no tree";
  if (!Array.isArray(tree["diagnostics"])) return "the tree has no diagnostics list";
  for (const d of tree["diagnostics"] as unknown[]) {
    if (!isRecord(d) || typeof d["code"] !== "string" || typeof d["message"] !== "string")
      return "the tree holds a malformed diagnostic";
    const problem = d["span"] === undefined ? undefined : spanProblem(d["span"], length);
    if (problem !== undefined) return `the diagnostic '${d["code"]}' ${problem}`;
  }
  const root = tree["root"];
  if (root === null) return undefined;
  const seen = new Set<unknown>();
  const finished = new Set<unknown>();
  // Pairs of (node, where it sits), e.g. `the root.pairs[0].value[2]`; a node whose place is
  // `undefined` is being left (its children are done). Places are built as the walk goes down.
  const stack: unknown[] = [root, "the root"];
  while (stack.length > 0) {
    const at = stack.pop() as string | undefined;
    const node = stack.pop();
    if (at === undefined) {
      finished.add(node);
      continue;
    }
    if (!isRecord(node)) return `${at} is not a node`;
    if (seen.has(node)) return `${at} is reached twice`;
    seen.add(node);
    const problem = nodeProblem(node, length);
    if (problem !== undefined) return `${at} ${problem}`;
    stack.push(node, undefined);
    if (node["kind"] === "alias") {
      const target = node["target"];
      if (target !== undefined && !finished.has(target)) return `${at} targets a node that is not finished before it`;
      defineAliasJson(node as unknown as YamlAlias);
    } else if (node["kind"] === "seq") {
      const items = node["items"] as unknown[];
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i], `${at}[${i}]`);
    } else if (node["kind"] === "map") {
      const pairs = node["pairs"] as unknown[];
      for (let i = pairs.length - 1; i >= 0; i--) {
        const pair = pairs[i];
        const place = `${at}.pairs[${i}]`;
        if (!isRecord(pair)) return `${place} is not a pair`;
        const pairSpan = spanProblem(pair["span"], length);
        if (pairSpan !== undefined) return `${place} ${pairSpan}`;
        if (pair["keyName"] !== undefined && typeof pair["keyName"] !== "string") return `${place} has a bad keyName`;
        if (pair["value"] !== null) stack.push(pair["value"], `${place}.value`);
        stack.push(pair["key"], `${place}.key`);
      }
    }
  }
  return undefined;
}

/**
 * `true` when `value` is a node of a tree that {@link checkTree} accepted (used to keep tree
 * nodes by reference when writing a document as JSON).
 *
 * @example
 * isYamlNodeLike({ kind: "scalar", span: { start: 0, end: 1 } }); // true
 */
export function isYamlNodeLike(value: unknown): value is YamlNode {
  return (
    isRecord(value) &&
    KINDS.has(value["kind"]) &&
    isRecord(value["span"]) &&
    typeof value["kind"] === "string" &&
    !("path" in value)
  );
}
