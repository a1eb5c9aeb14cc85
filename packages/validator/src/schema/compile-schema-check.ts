import type { YamlMap, YamlNode, YamlSeq } from "@akash-sdl/core";
import type { ObjectEntries } from "./object-entries.js";
import { objectEntries } from "./object-entries.js";
import type { SchemaError } from "./schema-error.js";

/** A node as a JSON value: never an alias (`null` is YAML's null, or an alias that does not resolve). */
type Data = YamlNode | null;

/** One evaluation: the errors so far (`null` when only the verdict is wanted) and the path to the current value. */
interface Run {
  readonly errors: Pending[] | null;
  readonly path: (string | number)[];
  /** The same run without errors (for `not`, `if`, and verdicts asked before the errors). */
  readonly quiet: Run;
  /** One token per pass over the document (what one ajv `validate` call is). */
  readonly pass: Pass;
}

/** One pass over the document: whether it may skip subtrees a quick check passes, and whether a `contains` read its memory. */
interface Pass {
  readonly skip: boolean;
  read: boolean;
}

/** Quick verdict-only checks by schema path: `true` only for a value the schema accepts and that holds no empty list a `contains` would read. */
export type QuickChecks = Readonly<Record<string, (value: YamlNode | null) => boolean>>;

/** The quick checks of the schema being compiled (set by {@link compileSchemaCheck} while it compiles). */
let quickChecks: QuickChecks | undefined;

/** An error before its instance path is written out (most errors of failed `oneOf` branches are dropped again). */
interface Pending {
  readonly path: readonly (string | number)[];
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly message: string;
}

type Check = (node: YamlNode | null, run: Run) => boolean;
type Step = (data: Data, run: Run) => boolean;
type SeqStep = (data: YamlSeq, run: Run) => boolean;
type MapStep = (data: YamlMap, entries: ObjectEntries, run: Run) => boolean;
type Schema = Readonly<Record<string, unknown>>;

const ALWAYS: Check = () => true;

/** ajv's keyword groups (number, string, array, object), in its order. */
const NUMBER_KEYWORDS = ["maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum"];
const STRING_KEYWORDS = ["maxLength", "minLength", "pattern"];
const ARRAY_KEYWORDS = ["maxItems", "minItems", "items", "contains"];
const OBJECT_KEYWORDS = [
  "maxProperties",
  "minProperties",
  "required",
  "additionalProperties",
  "dependencies",
  "properties",
  "patternProperties",
];
/** Keywords that change no verdict. */
const ANNOTATIONS = ["$schema", "$comment", "title", "description", "default", "examples"];
/** Keywords of scalar values and their type. */
const LEAF_RULES = ["type", "const", "enum", ...NUMBER_KEYWORDS, ...STRING_KEYWORDS];
/** The other keywords this checker evaluates. */
const OTHER_RULES = ["not", "oneOf", "allOf", "if", "then", "else", ...ARRAY_KEYWORDS, ...OBJECT_KEYWORDS];

/** Keywords ajv 8 (draft-07) knows: a schema with none of them is always valid. */
const RULE_KEYWORDS: ReadonlySet<string> = new Set([
  ...LEAF_RULES,
  ...OTHER_RULES,
  ..."$ref nullable anyOf multipleOf format additionalItems uniqueItems propertyNames".split(" "),
]);

/** Keywords this checker evaluates, plus annotations that change nothing. */
const SUPPORTED: ReadonlySet<string> = new Set([...ANNOTATIONS, ...LEAF_RULES, ...OTHER_RULES]);

function alwaysValid(schema: unknown): boolean {
  if (schema === true) return true;
  if (typeof schema !== "object" || schema === null) return false;
  for (const key in schema) if (RULE_KEYWORDS.has(key)) return false;
  return true;
}

function resolve(node: YamlNode | null): Data {
  return node !== null && node.kind === "alias" ? (node.target ?? null) : node;
}

/** Not equal to any JSON primitive: the value of a mapping or a sequence. */
const COLLECTION = Symbol("collection");

function primitive(data: Data): string | number | boolean | null | typeof COLLECTION {
  if (data === null) return null;
  return data.kind === "scalar" ? data.value : COLLECTION;
}

function hasType(data: Data, type: string): boolean {
  switch (type) {
    case "null":
      return data === null || (data.kind === "scalar" && data.value === null);
    case "object":
      return data !== null && data.kind === "map";
    case "array":
      return data !== null && data.kind === "seq";
    case "integer": {
      if (data === null || data.kind !== "scalar" || typeof data.value !== "number") return false;
      const x = data.value;
      return !(x % 1) && !Number.isNaN(x);
    }
    default:
      return data !== null && data.kind === "scalar" && typeof data.value === type;
  }
}

function escapePointer(step: string): string {
  return step.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** ajv's `escapeFragment`: a schema property name inside `schemaPath`. */
function fragment(step: string): string {
  return encodeURIComponent(escapePointer(step));
}

function report(run: Run, schemaPath: string, keyword: string, params: Record<string, unknown>, message: string): void {
  (run.errors as Pending[]).push({ path: run.path.slice(), schemaPath, keyword, params, message });
}

function written(e: Pending): SchemaError {
  let instancePath = "";
  for (const step of e.path) {
    if (typeof step === "number") instancePath += `/${step}`;
    else instancePath += step.includes("~") || step.includes("/") ? `/${escapePointer(step)}` : `/${step}`;
  }
  return { instancePath, schemaPath: e.schemaPath, keyword: e.keyword, params: e.params, message: e.message };
}

/** ajv's `ucs2length`: the length in code points. */
function codePoints(text: string): number {
  const len = text.length;
  let length = 0;
  let pos = 0;
  while (pos < len) {
    length++;
    const value = text.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < len && (text.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
}

function unsupported(what: string, sp: string): never {
  throw new Error(`compileSchemaCheck: ${what} at ${sp} is not supported`);
}

function numberOf(schema: Schema, key: string, sp: string): number {
  const v = schema[key];
  if (typeof v !== "number") unsupported(`a non-numeric '${key}'`, sp);
  return v;
}

function subschema(schema: unknown, sp: string): Check {
  return alwaysValid(schema) ? ALWAYS : compileNode(schema, sp);
}

/** `const`, `enum`, `not`, `oneOf`, `allOf`, `if`: ajv's untyped group, in its order. */
function untypedSteps(s: Schema, sp: string): Step[] {
  const steps: Step[] = [];
  if (s["const"] !== undefined) {
    const c = s["const"];
    if (typeof c === "object" && c !== null) unsupported("an object 'const'", sp);
    steps.push((d, run) => {
      if (primitive(d) === c) return true;
      if (run.errors !== null) report(run, `${sp}/const`, "const", { allowedValue: c }, "must be equal to constant");
      return false;
    });
  }
  if (s["enum"] !== undefined) {
    const values = s["enum"];
    if (!Array.isArray(values) || values.some((v) => typeof v === "object" && v !== null))
      unsupported("an 'enum' of collections", sp);
    steps.push((d, run) => {
      const v = primitive(d);
      for (const allowed of values) if (v === allowed) return true;
      if (run.errors !== null)
        report(run, `${sp}/enum`, "enum", { allowedValues: values }, "must be equal to one of the allowed values");
      return false;
    });
  }
  if (s["not"] !== undefined) {
    const inner = subschema(s["not"], `${sp}/not`);
    steps.push((d, run) => {
      if (!inner(d, run.quiet)) return true;
      if (run.errors !== null) report(run, `${sp}/not`, "not", {}, "must NOT be valid");
      return false;
    });
  }
  if (s["oneOf"] !== undefined) {
    const list = s["oneOf"];
    if (!Array.isArray(list)) unsupported("a 'oneOf' that is not a list", sp);
    const branches = list.map((b, i) => subschema(b, `${sp}/oneOf/${i}`));
    steps.push((d, run) => {
      const errors = run.errors;
      const before = errors === null ? 0 : errors.length;
      let valid = false;
      let passing: unknown = null;
      for (let i = 0; i < branches.length; i++) {
        const ok = (branches[i] as Check)(d, run);
        if (i > 0 && ok && valid) {
          valid = false;
          passing = [passing, i];
        } else if (ok) {
          valid = true;
          passing = i;
        }
      }
      if (valid) {
        if (errors !== null) errors.length = before;
        return true;
      }
      if (errors !== null)
        report(run, `${sp}/oneOf`, "oneOf", { passingSchemas: passing }, "must match exactly one schema in oneOf");
      return false;
    });
  }
  if (s["allOf"] !== undefined) {
    const list = s["allOf"];
    if (!Array.isArray(list)) unsupported("an 'allOf' that is not a list", sp);
    const branches = list.map((b, i) => subschema(b, `${sp}/allOf/${i}`)).filter((c) => c !== ALWAYS);
    steps.push((d, run) => {
      let valid = true;
      for (const branch of branches) {
        if (branch(d, run)) continue;
        if (run.errors === null) return false;
        valid = false;
      }
      return valid;
    });
  }
  if (s["if"] !== undefined) {
    const cond = subschema(s["if"], `${sp}/if`);
    const then = s["then"] === undefined || alwaysValid(s["then"]) ? undefined : compileNode(s["then"], `${sp}/then`);
    const otherwise =
      s["else"] === undefined || alwaysValid(s["else"]) ? undefined : compileNode(s["else"], `${sp}/else`);
    if (then !== undefined || otherwise !== undefined) {
      steps.push((d, run) => {
        const holds = cond(d, run.quiet);
        const clause = holds ? then : otherwise;
        if (clause === undefined || clause(d, run)) return true;
        if (run.errors !== null) {
          const failing = holds ? "then" : "else";
          report(run, `${sp}/if`, "if", { failingKeyword: failing }, `must match "${failing}" schema`);
        }
        return false;
      });
    }
  }
  return steps;
}

const LIMITS = {
  maximum: { ok: "<=", fails: (x: number, l: number) => x > l },
  minimum: { ok: ">=", fails: (x: number, l: number) => x < l },
  exclusiveMaximum: { ok: "<", fails: (x: number, l: number) => x >= l },
  exclusiveMinimum: { ok: ">", fails: (x: number, l: number) => x <= l },
} as const;

function numberSteps(s: Schema, sp: string): Step[] {
  const steps: Step[] = [];
  for (const keyword of ["maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum"] as const) {
    if (s[keyword] === undefined) continue;
    const limit = numberOf(s, keyword, sp);
    const { ok, fails } = LIMITS[keyword];
    steps.push((d, run) => {
      const x = (d as { value: number }).value;
      if (!fails(x, limit) && !Number.isNaN(x)) return true;
      if (run.errors !== null)
        report(run, `${sp}/${keyword}`, keyword, { comparison: ok, limit }, `must be ${ok} ${limit}`);
      return false;
    });
  }
  return steps;
}

/** `max…`/`min…` keywords of one kind (`maxLength`, `minItems` …): a count against a limit, the maximum first. */
function countSteps<T>(
  s: Schema,
  sp: string,
  kind: string,
  noun: string,
  count: (d: T) => number,
): ((d: T, run: Run) => boolean)[] {
  const steps: ((d: T, run: Run) => boolean)[] = [];
  for (const max of [true, false]) {
    const keyword = `${max ? "max" : "min"}${kind}`;
    if (s[keyword] === undefined) continue;
    const limit = numberOf(s, keyword, sp);
    steps.push((d, run) => {
      const n = count(d);
      if (max ? n <= limit : n >= limit) return true;
      if (run.errors !== null)
        report(
          run,
          `${sp}/${keyword}`,
          keyword,
          { limit },
          `must NOT have ${max ? "more" : "fewer"} than ${limit} ${noun}`,
        );
      return false;
    });
  }
  return steps;
}

function stringSteps(s: Schema, sp: string): Step[] {
  const steps: Step[] = countSteps(s, sp, "Length", "characters", (d: Data) =>
    codePoints((d as { value: string }).value),
  );
  if (s["pattern"] !== undefined) {
    const pattern = String(s["pattern"]);
    const re = new RegExp(pattern, "u");
    steps.push((d, run) => {
      if (re.test((d as { value: string }).value)) return true;
      if (run.errors !== null) report(run, `${sp}/pattern`, "pattern", { pattern }, `must match pattern "${pattern}"`);
      return false;
    });
  }
  return steps;
}

function arraySteps(s: Schema, sp: string): SeqStep[] {
  if (s["additionalItems"] !== undefined) unsupported("'additionalItems'", sp);
  const steps: SeqStep[] = countSteps(s, sp, "Items", "items", (d: YamlSeq) => d.items.length);
  if (s["items"] !== undefined && !alwaysValid(s["items"])) {
    if (Array.isArray(s["items"])) unsupported("a list of 'items'", sp);
    const item = compileNode(s["items"], `${sp}/items`);
    steps.push((d, run) => {
      let valid = true;
      const items = d.items;
      for (let i = 0; i < items.length; i++) {
        run.path.push(i);
        const ok = item(items[i] as YamlNode, run);
        run.path.pop();
        if (ok) continue;
        if (run.errors === null) return false;
        valid = false;
      }
      return valid;
    });
  }
  if (s["contains"] !== undefined) {
    const always = alwaysValid(s["contains"]);
    const item = subschema(s["contains"], `${sp}/contains`);
    // ajv's generated code keeps this keyword's verdict in a function-scoped `var` that only its item loop
    // assigns: on an empty list it still holds the verdict of this keyword's last run in the same `validate`
    // call (the last item's, or `true` after a match), and `undefined` (a failure) before any run.
    let lastPass: Pass | undefined;
    let lastValid = false;
    steps.push((d, run) => {
      const errors = run.errors;
      const before = errors === null ? 0 : errors.length;
      let valid: boolean;
      if (always) valid = d.items.length >= 1;
      else if (d.items.length === 0) {
        valid = lastPass === run.pass && lastValid;
        run.pass.read = true;
      } else {
        valid = false;
        for (let i = 0; i < d.items.length; i++) {
          run.path.push(i);
          const ok = item(d.items[i] as YamlNode, run);
          run.path.pop();
          valid = ok;
          if (ok) break;
        }
        lastPass = run.pass;
        lastValid = valid;
      }
      if (valid) {
        if (errors !== null) errors.length = before;
        return true;
      }
      if (errors !== null)
        report(run, `${sp}/contains`, "contains", { minContains: 1 }, "must contain at least 1 valid item(s)");
      return false;
    });
  }
  return steps;
}

function indexOfName(entries: ObjectEntries, name: string): number {
  const names = entries.names;
  for (let i = 0; i < names.length; i++) if (names[i] === name) return i;
  return -1;
}

/** The object group: ajv's steps, in its order. */
function objectSteps(s: Schema, sp: string): MapStep[] {
  const steps: MapStep[] = [];
  if (s["propertyNames"] !== undefined) unsupported("'propertyNames'", sp);
  for (const step of countSteps(s, sp, "Properties", "properties", (e: ObjectEntries) => e.names.length))
    steps.push((_, e, run) => step(e, run));
  if (s["required"] !== undefined) {
    const required = s["required"];
    if (!Array.isArray(required)) unsupported("a 'required' that is not a list", sp);
    steps.push((_, e, run) => {
      let valid = true;
      for (const name of required as string[]) {
        if (indexOfName(e, name) >= 0) continue;
        if (run.errors === null) return false;
        valid = false;
        report(run, `${sp}/required`, "required", { missingProperty: name }, `must have required property '${name}'`);
      }
      return valid;
    });
  }
  const properties = (s["properties"] ?? {}) as Readonly<Record<string, unknown>>;
  const patterns = (s["patternProperties"] ?? {}) as Readonly<Record<string, unknown>>;
  const regexps = Object.keys(patterns).map((p) => new RegExp(p, "u"));
  const extra = s["additionalProperties"];
  const extraCheck =
    extra === undefined || extra === false || alwaysValid(extra)
      ? undefined
      : compileNode(extra, `${sp}/additionalProperties`);
  if (extra !== undefined && !alwaysValid(extra)) {
    const known = new Set(Object.keys(properties));
    const check = extraCheck;
    steps.push((_, e, run) => {
      let valid = true;
      for (let i = 0; i < e.names.length; i++) {
        const name = e.names[i] as string;
        if (known.has(name) || (regexps.length > 0 && regexps.some((re) => re.test(name)))) continue;
        if (check === undefined) {
          if (run.errors === null) return false;
          valid = false;
          report(
            run,
            `${sp}/additionalProperties`,
            "additionalProperties",
            { additionalProperty: name },
            "must NOT have additional properties",
          );
          continue;
        }
        run.path.push(name);
        const ok = check(e.values[i] as YamlNode | null, run);
        run.path.pop();
        if (ok) continue;
        if (run.errors === null) return false;
        valid = false;
      }
      return valid;
    });
  }
  if (s["dependencies"] !== undefined) {
    const deps = Object.entries(s["dependencies"] as Record<string, unknown>);
    for (const [, list] of deps) if (!Array.isArray(list)) unsupported("a schema dependency", sp);
    steps.push((_, e, run) => {
      let valid = true;
      for (const [property, list] of deps as [string, string[]][]) {
        if (indexOfName(e, property) < 0) continue;
        for (const missing of list) {
          if (indexOfName(e, missing) >= 0) continue;
          if (run.errors === null) return false;
          valid = false;
          const word = list.length === 1 ? "property" : "properties";
          report(
            run,
            `${sp}/dependencies`,
            "dependencies",
            { property, missingProperty: missing, depsCount: list.length, deps: list.join(", ") },
            `must have ${word} ${list.join(", ")} when property ${property} is present`,
          );
        }
      }
      return valid;
    });
  }
  const props = Object.keys(properties)
    .filter((name) => !alwaysValid(properties[name]))
    .map((name) => [name, compileNode(properties[name], `${sp}/properties/${fragment(name)}`)] as const);
  if (props.length > 0) {
    steps.push((_, e, run) => {
      let valid = true;
      for (const [name, check] of props) {
        const at = indexOfName(e, name);
        if (at < 0) continue;
        run.path.push(name);
        const ok = check(e.values[at] as YamlNode | null, run);
        run.path.pop();
        if (ok) continue;
        if (run.errors === null) return false;
        valid = false;
      }
      return valid;
    });
  }
  const patternChecks = Object.keys(patterns)
    .map((p, i) => [regexps[i] as RegExp, p] as const)
    .filter(([, p]) => !alwaysValid(patterns[p]))
    .map(([re, p]) => [re, compileNode(patterns[p], `${sp}/patternProperties/${fragment(p)}`)] as const);
  if (patternChecks.length > 0) {
    steps.push((_, e, run) => {
      let valid = true;
      for (const [re, check] of patternChecks) {
        for (let i = 0; i < e.names.length; i++) {
          const name = e.names[i] as string;
          if (!re.test(name)) continue;
          run.path.push(name);
          const ok = check(e.values[i] as YamlNode | null, run);
          run.path.pop();
          if (ok) continue;
          if (run.errors === null) return false;
          valid = false;
        }
      }
      return valid;
    });
  }
  return steps;
}

function runAll<T>(steps: readonly ((d: T, run: Run) => boolean)[], d: T, run: Run): boolean {
  let valid = true;
  for (const step of steps) {
    if (step(d, run)) continue;
    if (run.errors === null) return false;
    valid = false;
  }
  return valid;
}

/** Compiles one schema object into a check that follows ajv's keyword order and error rules. */
function compileNode(schema: unknown, sp: string): Check {
  if (alwaysValid(schema)) return ALWAYS;
  const full = compileFull(schema, sp);
  // Without `contains` below it (the only keyword with a memory), a check has no side effect but its errors, and a
  // valid value leaves none.
  const pure = !JSON.stringify(schema).includes('"contains"');
  const quick = quickChecks?.[sp];
  // A value the quick check passes has no error; without `contains` below, skipping it changes nothing else.
  if (quick === undefined) return full;
  if (!pure) return (node, run) => (run.pass.skip && quick(resolve(node))) || full(node, run);
  // A verdict asked again (a failing `oneOf`, `not` or `if` above asks quietly, then with errors) is worked out
  // again: remembering verdicts per check and value (a map per check and pass) cost more than the checks, even on
  // a document failing everywhere (measured 2026-12-07: the corpus's failing files 15.8 → 10.3 µs each).
  return (node, run) => quick(resolve(node)) || full(node, run);
}

/** One keyword group of {@link compileFull}: the data kind it applies to and its steps. */
interface KindGroup {
  readonly type: string;
  readonly matches: (d: Data) => boolean;
  readonly steps: readonly Step[];
}

const isNumberScalar = (d: Data): boolean => d !== null && d.kind === "scalar" && typeof d.value === "number";
const isStringScalar = (d: Data): boolean => d !== null && d.kind === "scalar" && typeof d.value === "string";
const isSeq = (d: Data): boolean => d !== null && d.kind === "seq";

function compileFull(schema: unknown, sp: string): Check {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) unsupported("a schema of this kind", sp);
  const s = schema as Schema;
  for (const key in s) if (!SUPPORTED.has(key)) unsupported(`the keyword '${key}'`, sp);
  const typeValue = s["type"];
  if (typeValue !== undefined && typeof typeValue !== "string") unsupported("a list of types", sp);
  const type = typeValue as string | undefined;
  const untyped = untypedSteps(s, sp);
  const numeric = numberSteps(s, sp);
  const text = stringSteps(s, sp);
  const list = arraySteps(s, sp);
  const object = objectSteps(s, sp);
  // ajv checks the type up front unless the type's own keyword group will (then the type error comes in that group's place).
  const upFront = type !== undefined && !groupedByAjv(s, type);
  const typeError = (run: Run): void =>
    report(run, `${sp}/type`, "type", { type: type as string }, `must be ${type as string}`);
  // The number, string and array keyword groups, in ajv's order: each runs on data of its kind; on other data
  // it reports the type error when the schema's type is that kind and was not checked up front.
  const kindGroups: KindGroup[] = [];
  if (usesGroup(s, NUMBER_KEYWORDS)) kindGroups.push({ type: "number", matches: isNumberScalar, steps: numeric });
  if (usesGroup(s, STRING_KEYWORDS)) kindGroups.push({ type: "string", matches: isStringScalar, steps: text });
  if (usesGroup(s, ARRAY_KEYWORDS))
    kindGroups.push({ type: "array", matches: isSeq, steps: list as unknown as Step[] });
  const usesObject = usesGroup(s, OBJECT_KEYWORDS);
  const check: Check = (node, run) => {
    const d = resolve(node);
    let valid = true;
    if (upFront && !hasType(d, type as string)) {
      if (run.errors === null) return false;
      valid = false;
      typeError(run);
    }
    if (untyped.length > 0 && !runAll(untyped, d, run)) {
      if (run.errors === null) return false;
      valid = false;
    }
    for (const g of kindGroups) {
      const matched = g.matches(d);
      if (matched ? runAll(g.steps, d, run) : upFront || type !== g.type) continue;
      if (run.errors === null) return false;
      valid = false;
      if (!matched) typeError(run);
    }
    if (usesObject) {
      if (d !== null && d.kind === "map") {
        const entries = objectEntries(d);
        for (const step of object) {
          if (step(d, entries, run)) continue;
          if (run.errors === null) return false;
          valid = false;
        }
      } else if (!upFront && type === "object") {
        if (run.errors === null) return false;
        valid = false;
        typeError(run);
      }
    }
    return valid;
  };
  return check;
}

/** ajv's `shouldUseGroup`: the schema holds one of the group's keywords (present, even when it needs no code). */
function usesGroup(s: Schema, keywords: readonly string[]): boolean {
  return keywords.some((k) => s[k] !== undefined);
}

/** Whether ajv leaves the type check to the type's keyword group (`schemaHasRulesForType`). */
function groupedByAjv(s: Schema, type: string): boolean {
  if (type === "number") return usesGroup(s, NUMBER_KEYWORDS);
  if (type === "string") return usesGroup(s, STRING_KEYWORDS);
  if (type === "array") return usesGroup(s, ARRAY_KEYWORDS);
  if (type === "object") return usesGroup(s, OBJECT_KEYWORDS);
  return false;
}

/**
 * Compiles a draft-07 JSON Schema (the keywords core's `sdlJsonSchema` uses; any other keyword
 * throws here, at compile time) into a check of a positioned YAML tree, read as the plain value
 * `toPlainValue` would give, without building that value. The errors equal ajv 8's with
 * `allErrors: true` — same list, order, instance and schema paths, params and messages (the
 * console-schema oracle test compares them with real ajv) — and closures stand in for ajv's
 * generated code, so nothing is `eval`ed. It walks the whole document (every `contains` sees the
 * history ajv's does); a quick verdict for documents that pass is the caller's (see
 * `consoleVerdict`). `quick` checks (by schema path) let the walk skip subtrees that pass; when a
 * `contains` then reads its memory of an earlier list, the document is walked again without skips.
 *
 * @example
 * const check = compileSchemaCheck({ type: "object", required: ["version"] });
 * check(parse("services: {}\n").tree.root); // [{ keyword: "required", params: { missingProperty: "version" }, … }]
 */
export function compileSchemaCheck(schema: unknown, quick?: QuickChecks): (root: YamlNode | null) => SchemaError[] {
  quickChecks = quick;
  const check = compileNode(schema, "#");
  quickChecks = undefined;
  const walk = (root: YamlNode | null, skip: boolean): { errors: Pending[]; pass: Pass } => {
    const path: (string | number)[] = [];
    const pass: Pass = { skip, read: false };
    const errors: Pending[] = [];
    const quiet: { errors: null; path: (string | number)[]; pass: Pass; quiet?: Run } = { errors: null, path, pass };
    quiet.quiet = quiet as Run;
    check(root, { errors, path, quiet: quiet as Run, pass });
    return { errors, pass };
  };
  return (root) => {
    let run = walk(root, quick !== undefined);
    // A skipped subtree may have changed what a `contains` memory read saw: then the pass without skips decides.
    if (run.pass.skip && run.pass.read) run = walk(root, false);
    return run.errors.map(written);
  };
}
