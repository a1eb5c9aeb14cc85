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

/** One step of the walk: the node, how it was reached (for messages) and whether it is being left. */
interface Visit {
  readonly node: unknown;
  readonly parent: Visit | undefined;
  /** How the node was reached from its parent: an item, a pair's value or key, or the root (""). */
  readonly part: "" | "item" | "value" | "key";
  /** The item or pair index under the parent (the step's text is built only for a message). */
  readonly index: number;
  readonly exit: boolean;
}

/** The text of one step, e.g. `.pairs[0].value`. */
function stepText(v: Visit): string {
  if (v.part === "item") return `[${v.index}]`;
  if (v.part === "value") return `.pairs[${v.index}].value`;
  if (v.part === "key") return `.pairs[${v.index}].key`;
  return "";
}

/** `the root.pairs[0].value[2]`: where a visited node sits, built only for a message. */
function where(visit: Visit): string {
  const steps: string[] = [];
  for (let v: Visit | undefined = visit; v !== undefined; v = v.parent) steps.push(stepText(v));
  return `the root${steps.reverse().join("")}`;
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
    if (d["span"] !== undefined && spanProblem(d["span"], length) !== undefined)
      return `the diagnostic '${d["code"]}' ${spanProblem(d["span"], length)}`;
  }
  const root = tree["root"];
  if (root === null) return undefined;
  const seen = new Set<unknown>();
  const finished = new Set<unknown>();
  const stack: Visit[] = [{ node: root, parent: undefined, part: "", index: 0, exit: false }];
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    const node = visit.node;
    if (visit.exit) {
      finished.add(node);
      continue;
    }
    if (!isRecord(node)) return `${where(visit)} is not a node`;
    if (seen.has(node)) return `${where(visit)} is reached twice`;
    seen.add(node);
    const problem = nodeProblem(node, length);
    if (problem !== undefined) return `${where(visit)} ${problem}`;
    stack.push({ node, parent: visit.parent, part: visit.part, index: visit.index, exit: true });
    if (node["kind"] === "alias") {
      const target = node["target"];
      if (target !== undefined && !finished.has(target))
        return `${where(visit)} targets a node that is not finished before it`;
      defineAliasJson(node as unknown as YamlAlias);
    } else if (node["kind"] === "seq") {
      const items = node["items"] as unknown[];
      for (let i = items.length - 1; i >= 0; i--)
        stack.push({ node: items[i], parent: visit, part: "item", index: i, exit: false });
    } else if (node["kind"] === "map") {
      const pairs = node["pairs"] as unknown[];
      for (let i = pairs.length - 1; i >= 0; i--) {
        const pair = pairs[i];
        if (!isRecord(pair)) return `${where(visit)}.pairs[${i}] is not a pair`;
        const pairSpan = spanProblem(pair["span"], length);
        if (pairSpan !== undefined) return `${where(visit)}.pairs[${i}] ${pairSpan}`;
        if (pair["keyName"] !== undefined && typeof pair["keyName"] !== "string")
          return `${where(visit)}.pairs[${i}] has a bad keyName`;
        if (pair["value"] !== null)
          stack.push({ node: pair["value"], parent: visit, part: "value", index: i, exit: false });
        stack.push({ node: pair["key"], parent: visit, part: "key", index: i, exit: false });
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
