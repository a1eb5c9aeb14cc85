import type { ParseResult, Span, YamlNode } from "@akash-sdl/core";
import type { Finding } from "./finding.js";
import { resolveAlias } from "./node-at-path.js";
import { consoleSchemaCheck } from "./schema/console-schema-check.js";
import type { SchemaError } from "./schema/schema-error.js";

type AjvError = SchemaError;

/** Keywords whose error only repeats the errors of their branches. */
const SUMMARY_KEYWORDS: ReadonlySet<string> = new Set(["oneOf", "anyOf", "if", "allOf"]);

function segments(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

interface Located {
  readonly node: YamlNode | undefined;
  readonly keySpan: Span | undefined;
  readonly path: (string | number)[];
}

/** Walks the tree along a JSON pointer; numeric steps index sequences. */
function locate(root: YamlNode | null, pointer: string): Located {
  let node: YamlNode | null | undefined = root;
  let keySpan: Span | undefined;
  const path: (string | number)[] = [];
  for (const step of segments(pointer)) {
    node = resolveAlias(node);
    if (node?.kind === "map") {
      let found: { key: YamlNode; value: YamlNode | null } | undefined;
      for (const pair of node.pairs) if (pair.key.kind === "scalar" && pair.key.text === step) found = pair;
      if (found === undefined) return { node: undefined, keySpan, path };
      keySpan = found.key.span;
      node = found.value;
      path.push(step);
    } else if (node?.kind === "seq") {
      const index = Number(step);
      node = node.items[index];
      path.push(index);
    } else {
      return { node: undefined, keySpan, path };
    }
  }
  return { node: resolveAlias(node) ?? undefined, keySpan, path };
}

function keySpanIn(node: YamlNode | undefined, name: string): Span | undefined {
  if (node?.kind !== "map") return undefined;
  return node.pairs.find((p) => p.key.kind === "scalar" && p.key.text === name)?.key.span;
}

function display(path: readonly (string | number)[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out === "" ? p : `.${p}`;
  return out === "" ? "the document" : `'${out}'`;
}

function shown(value: unknown): string {
  if (typeof value === "string") return `'${value}'`;
  if (value === null || value === undefined) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}

/** JSON Schema type names in words. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  object: "a mapping",
  array: "a list",
  string: "a string",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
  null: "nothing",
};

function list(values: unknown): string {
  return Array.isArray(values) ? values.map((v) => String(v)).join(", ") : String(values);
}

function messageFor(e: AjvError, where: string, value: unknown): string {
  const p = e.params;
  switch (e.keyword) {
    case "required":
      return `${where} has no '${String(p["missingProperty"])}', which Console's schema requires.`;
    case "additionalProperties":
      return `Console's schema does not allow the key '${String(p["additionalProperty"])}' in ${where}.`;
    case "type":
      return `Console's schema expects ${TYPE_WORDS[String(p["type"])] ?? String(p["type"])} at ${where}, not ${shown(value)}.`;
    case "enum":
      return `${shown(value)} at ${where} is not one of ${list(p["allowedValues"])} (Console's schema).`;
    case "pattern":
      return `${shown(value)} at ${where} does not match Console's pattern ${String(p["pattern"])}.`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `${shown(value)} at ${where} must be ${String(p["comparison"])} ${String(p["limit"])} for Console's schema.`;
    case "minLength":
      return `${where} must be at least ${String(p["limit"])} characters long for Console's schema.`;
    case "minProperties":
      return `${where} must have at least ${String(p["limit"])} entry for Console's schema.`;
    case "maxItems":
      return `${where} must have at most ${String(p["limit"])} items for Console's schema.`;
    case "const":
      return `${where} must be ${shown(p["allowedValue"])} for Console's schema.`;
    case "not":
      if (e.schemaPath.includes("/attributes/allOf/0/not"))
        return `A 'ram' volume at ${where} cannot be persistent (Console's schema).`;
      if (e.schemaPath.endsWith("/units/oneOf/0/not")) return `${where} must be more than zero for Console's schema.`;
      return `${where} has a value Console's schema forbids.`;
    case "dependencies":
      return `${where} sets '${String(p["property"])}' without '${String(p["missingProperty"])}' (Console's schema wants both).`;
    default:
      return `${where} ${e.message ?? "is refused"} (Console's schema).`;
  }
}

/** Drops ajv's repeated noise: summary keywords, and per node the type errors of other branches. */
function essential(errors: readonly AjvError[]): AjvError[] {
  const kept = errors.filter((e) => !SUMMARY_KEYWORDS.has(e.keyword));
  const shapeOnly = (e: AjvError): boolean => e.keyword === "type" || e.keyword === "const" || e.keyword === "maxItems";
  // Every proper ancestor path of an error, and every path with a non-shape error (linear-time look-ups).
  const ancestors = new Set<string>();
  const substantive = new Set<string>();
  for (const e of kept) {
    if (!shapeOnly(e)) substantive.add(e.instancePath);
    let path = e.instancePath;
    for (let cut = path.lastIndexOf("/"); cut > 0; cut = path.lastIndexOf("/")) {
      path = path.slice(0, cut);
      if (ancestors.has(path)) break;
      ancestors.add(path);
    }
    if (e.instancePath !== "") ancestors.add("");
  }
  const out: AjvError[] = [];
  const seen = new Set<string>();
  for (const e of kept) {
    // A branch that failed on its type or shape while another branch has a deeper (or same-node) error is noise.
    if (shapeOnly(e) && (ancestors.has(e.instancePath) || substantive.has(e.instancePath))) continue;
    const key = `${e.instancePath}\u0000${e.keyword}\u0000${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  // Several type errors left on one node (each oneOf branch wanted another type): one is enough.
  const typeSeen = new Set<string>();
  return out.filter((e) => {
    if (e.keyword !== "type") return true;
    if (typeSeen.has(e.instancePath)) return false;
    typeSeen.add(e.instancePath);
    return true;
  });
}

/**
 * Console's schema view of the file: the tree, read as its plain YAML 1.2 value, checked against
 * the console-flavour JSON Schema by {@link consoleSchemaCheck} (ajv's errors, without ajv and
 * without building the value), each essential error as one finding on the node it is about (a
 * missing key at its parent's key, an extra key at that key).
 *
 * @example
 * consoleSchemaFindings(parse("version: 2.0\n")).map((f) => f.code); // ["schema/console-refuses", …]
 */
export function consoleSchemaFindings(parsed: ParseResult): Finding[] {
  const root = parsed.tree.root;
  const errors = consoleSchemaCheck(root);
  if (errors.length === 0) return [];
  const out: Finding[] = [];
  for (const e of essential(errors)) {
    const at = locate(root, e.instancePath);
    let span: Span | undefined = at.keySpan ?? at.node?.span ?? { start: 0, end: 0 };
    let path = at.path;
    if (e.keyword === "additionalProperties") {
      const extra = String(e.params["additionalProperty"]);
      span = keySpanIn(at.node, extra) ?? span;
      path = [...path, extra];
    } else if (
      e.keyword !== "required" &&
      e.keyword !== "dependencies" &&
      e.keyword !== "minProperties" &&
      at.node !== undefined
    ) {
      span = at.node.kind === "scalar" ? at.node.span : (at.keySpan ?? at.node.span);
    }
    const plain =
      at.node?.kind === "scalar" ? at.node.value : at.node === undefined ? null : at.node.kind === "seq" ? [] : {};
    out.push({
      code: "schema/console-refuses",
      message: messageFor(e, display(at.path), plain),
      span,
      path,
      refusedBy: "console",
      data: { keyword: e.keyword, schemaPath: e.schemaPath, instancePath: e.instancePath },
    });
  }
  return out;
}
