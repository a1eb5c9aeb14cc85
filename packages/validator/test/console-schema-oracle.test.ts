// The hand-written console-schema check against real ajv, the oracle it replaces at run time:
// - core's `sdlJsonSchema({ flavour: "console" })` compiled by ajv 8 (`allErrors: true`): the very same
//   error list (order, paths, params, messages) on every corpus file, on YAML edge cases and on
//   fast-check mutations of corpus documents;
// - alpha.45's own schema file (`@akashnetwork/chain-sdk/dist/sdl-schema.yaml`) compiled by ajv: the same
//   verdict on all of them.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { buildSdlJsonSchema, parse, sdlJsonSchema, toPlainValue } from "@akash-sdl/core";
import { Ajv } from "ajv";
import type { ValidateFunction } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileSchemaCheck } from "../src/schema/compile-schema-check.js";
import { consoleSchemaCheck } from "../src/schema/console-schema-check.js";
import { CONSOLE_QUICK_CHECKS, consoleVerdict } from "../src/schema/console-verdict.js";
import { corpusFiles, HAS_CORPUS } from "./support/corpus.js";
import { BASE } from "./support/sdl.js";

const require = createRequire(import.meta.url);

function ajvFor(schema: unknown): ValidateFunction {
  return new Ajv({ allErrors: true, strict: false }).compile(schema as object);
}

/** ajv on core's console schema: the errors the ahead-of-time module used to give. */
const ours = ajvFor(sdlJsonSchema({ flavour: "console" }));

/** alpha.45's schema as published in its package (draft-07 with `definitions`/`$ref`). */
const alpha45 = ((): ValidateFunction => {
  const entry = require.resolve("@akashnetwork/chain-sdk");
  let dir = dirname(entry);
  while (!dir.endsWith("chain-sdk")) dir = dirname(dir);
  const text = readFileSync(join(dir, "dist/sdl-schema.yaml"), "utf8");
  const parsed = parse(text);
  return ajvFor(toPlainValue(parsed.tree.root));
})();

function ajvErrors(validate: ValidateFunction, value: unknown): unknown[] {
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/** Checks one YAML text: exact errors against ajv on core's schema, verdict against alpha.45's. */
function agree(text: string, label: string): void {
  const root = parse(text).tree.root;
  const value = toPlainValue(root);
  const found = consoleSchemaCheck(root);
  expect(found, label).toEqual(ajvErrors(ours, value));
  expect(found.length === 0, `${label}: alpha.45's verdict`).toBe(alpha45(value));
  if (consoleVerdict(root)) expect(found, `${label}: the quick verdict passed it`).toEqual([]);
}

/** YAML that JSON cannot write: aliases, repeated keys, key order, odd keys and scalars. */
const EDGE_CASES: Readonly<Record<string, string>> = {
  base: BASE,
  "empty document": "",
  "a scalar document": "hello\n",
  "a list document": "- a\n- b\n",
  "aliases reuse a service": BASE.replace("services:\n  web:\n", "services:\n  web: &svc\n").replace(
    "profiles:",
    "  api: *svc\n  bad: *svc\nprofiles:",
  ),
  // One failing placement and one failing compute profile, each reached at several paths: the verdict of a value
  // is remembered per pass, the errors are written at every path.
  "aliases reuse a failing placement and a failing compute profile": BASE.replace(
    "    web:\n      resources:\n",
    "    web: &cp\n      extra: 1\n      resources:\n",
  )
    .replace(
      "    dc:\n      pricing:\n",
      "    dc: &pl\n      attributes: [x]\n      signedBy: {anyOf: [1]}\n      pricing:\n",
    )
    .replace("deployment:", "    dc2: *pl\n    dc3: {a: *pl, pricing: {web: *pl}}\ndeployment:")
    .replace("  placement:", "    api: *cp\n    db: {resources: *cp}\n  placement:"),
  "an alias to a wrong scalar": BASE.replace("image: nginx:1.27", "image: &i 5").replace("count: 1", "count: *i"),
  "repeated keys: the last value wins, the first position stays": BASE.replace(
    "    image: nginx:1.27\n",
    "    image: 7\n    extra: 1\n    image: nginx:1.27\n    extra: 2\n",
  ),
  "repeated service with a bad first value": BASE.replace("services:\n", "services:\n  web: 5\n"),
  "number keys come first, ascending": BASE.replace(
    "services:\n",
    "services:\n  10: {image: 3}\n  zz: {}\n  2: {image: []}\n  0: {}\n",
  ),
  "keys that are numbers, booleans and null": BASE.replace(
    "services:\n",
    "services:\n  1.0: {}\n  true: {}\n  ~: {}\n  0x1F: {}\n",
  ),
  "non-scalar keys": BASE.replace("services:\n", "services:\n  [a, b]: {}\n  {c: d}: {}\n  ? - x\n  : {}\n"),
  "a merge key is a key like any other": BASE.replace("    image: nginx:1.27\n", "    <<: {a: 1}\n    image: x\n"),
  "__proto__ and constructor keys": BASE.replace(
    "services:\n",
    "services:\n  __proto__: {image: 1}\n  constructor: {}\n  toString: {image: x}\n",
  ),
  "tags and special floats": BASE.replace("count: 1", "count: .nan").replace("port: 80", "port: !!str 80"),
  "infinity counts and ports": BASE.replace("count: 1", "count: .inf").replace("port: 80", "port: -.inf"),
  "surrogate pairs count once in minLength": BASE.replace(
    "    image: nginx:1.27\n",
    '    image: nginx:1.27\n    credentials: {host: h, username: u, password: "\\U0001F600\\U0001F600\\U0001F600x", email: "\\U0001F600@a.b"}\n',
  ),
  "next_cases: off alone, off with others, empty, unknown": BASE.replace(
    "      - port: 80\n",
    '      - port: 80\n        http_options: {next_cases: [off]}\n      - port: 81\n        http_options: {next_cases: [off, error]}\n      - port: 82\n        http_options: {next_cases: []}\n      - port: 83\n        http_options: {next_cases: ["500", 418, off, off]}\n',
  ),
  "an empty next_cases before any other": BASE.replace(
    "      - port: 80\n",
    '      - port: 80\n        http_options: {next_cases: []}\n      - port: 81\n        http_options: {next_cases: ["500"]}\n      - port: 82\n        http_options: {next_cases: []}\n',
  ),
  // The only error is the empty list's, and only because of `contains` history: [off] leaves `true` behind
  // (so the first branch fails on minItems alone) and the `not contains` branch fails too. A verdict-only
  // first pass used to say "valid" here (its "not sure" inside `not` became a pass).
  "an empty next_cases after [off] is refused by both branches": BASE.replace(
    "      - port: 80\n",
    "      - port: 80\n        http_options: {next_cases: [off]}\n      - port: 81\n        http_options: {next_cases: []}\n",
  ),
  "storage as a list and as a map with ram classes": BASE.replace(
    "          size: 1Gi\n",
    '          - size: 1Gi\n          - name: d\n            size: 2Gi\n            attributes: {class: ram, persistent: "true"}\n          - name: e\n            size: 1\n            attributes: {class: beta2, persistent: false}\n',
  ).replace("        storage:\n", "        storage:\n"),
  "gpu units and attributes": BASE.replace(
    "        storage:\n",
    '        gpu:\n          units: "0.0"\n          attributes: {vendor: {}, interconnect: []}\n        storage:\n',
  ),
  "gpu units without attributes": BASE.replace("        storage:\n", "        gpu: {units: 2}\n        storage:\n"),
  "proxy dependencies and ip endpoints": BASE.replace(
    "          - global: true\n",
    '          - ip: myip\n          - ip: ""\n            global: true\n        http_options: {proxy: {buffers_size: 1}}\nendpoints:\n  myip: {kind: ip}\n  Bad: {kind: ip}\n  ok_1: {kind: x, extra: 1}\n',
  ),
  "cpu units as strings": BASE.replace("units: 0.5", 'units: "0.0m"'),
  prices: BASE.replace("amount: 1000", 'amount: "1.5e3"').replace("denom: uact", "denom: ibc/27"),
  reclamation: `${BASE}reclamation:\n  min_window: 0s\n`,
};

describe("console schema check = ajv (exact errors) = alpha.45's schema (verdict)", () => {
  it.each(Object.entries(EDGE_CASES))("%s", (label, text) => {
    agree(text, label);
  });

  it.skipIf(!HAS_CORPUS)(
    "every corpus file",
    () => {
      const files = corpusFiles();
      expect(files.length).toBeGreaterThan(400);
      let refused = 0;
      for (const file of files) {
        agree(file.text, file.name);
        const root = parse(file.text).tree.root;
        const passes = consoleSchemaCheck(root).length === 0;
        if (!passes) refused++;
        // Every corpus file Console accepts takes the quick path (no full check).
        expect(consoleVerdict(root), file.name).toBe(passes);
      }
      expect(refused).toBeGreaterThan(0);
    },
    60_000,
  );
});

/** Values a mutation may put anywhere: wrong types, numbers as strings, enum look-alikes, nulls. */
const VALUES = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -1,
    1,
    1.5,
    65536,
    4294967296,
    "",
    "0",
    "1",
    "0.5",
    "-1",
    "2.0",
    "2.1",
    "x",
    "/data",
    "ram",
    "beta2",
    "true",
    "off",
    "error",
    "TCP",
    "udp",
    "uakt",
    "uact",
    "ip",
    "1Gi",
    "10s",
    "cpu-gpu",
    "amd64",
    "pcie",
    [],
    {},
    ["x"],
    [1],
    ["off"],
    { a: 1 },
    { global: true },
    { size: "1Gi" },
  ),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -3, max: 70000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -10, max: 10 }),
);

/** Key names a mutation may add: SDL keys in the wrong place, odd names, number-like names. */
const KEYS = fc.oneof(
  fc.constantFrom(
    "image",
    "expose",
    "port",
    "as",
    "proto",
    "to",
    "global",
    "ip",
    "count",
    "profile",
    "units",
    "size",
    "attributes",
    "class",
    "persistent",
    "denom",
    "amount",
    "kind",
    "min_window",
    "gpu",
    "vendor",
    "nvidia",
    "host",
    "username",
    "password",
    "http_options",
    "next_cases",
    "proxy",
    "buffers_number",
    "buffers_size",
    "0",
    "10",
    "__proto__",
    "constructor",
    "a/b~c",
  ),
  fc.string({ maxLength: 5 }),
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path in a JSON value (the root included), depth first. */
function paths(value: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === "object")
    for (const k of Object.keys(value)) paths(value[k] as Json, [...at, k], out);
  return out;
}

function setOwn(target: Record<string, Json> | Json[], key: string | number, value: Json): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

interface Mutation {
  readonly pick: number;
  readonly op: "replace" | "delete" | "add" | "retype" | "wrap";
  readonly value: unknown;
  readonly key: string;
}

function mutate(root: Json, m: Mutation): Json {
  const all = paths(root);
  const path = all[m.pick % all.length] as (string | number)[];
  let parent: Json = null;
  let node: Json = root;
  for (const step of path) {
    parent = node;
    node = (node as Record<string, Json>)[step as string] as Json;
  }
  const last = path[path.length - 1];
  const replace = (value: Json): Json => {
    if (last === undefined) return value;
    setOwn(parent as Record<string, Json>, last, value);
    return root;
  };
  switch (m.op) {
    case "replace":
      return replace(structuredClone(m.value) as Json);
    case "delete":
      if (last === undefined || parent === null || typeof parent !== "object") return root;
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete (parent as Record<string, Json>)[last as string];
      return root;
    case "add":
      if (node !== null && typeof node === "object" && !Array.isArray(node))
        setOwn(node, m.key, structuredClone(m.value) as Json);
      else if (Array.isArray(node)) node.push(structuredClone(m.value) as Json);
      return root;
    case "retype":
      // Numbers as strings and back, booleans as strings, strings upper-cased (enum look-alikes).
      if (typeof node === "number") return replace(String(node));
      if (typeof node === "boolean") return replace(String(node));
      if (typeof node === "string")
        return replace(node !== "" && Number.isFinite(Number(node)) ? Number(node) : node.toUpperCase());
      return replace(null);
    case "wrap":
      return replace([node]);
  }
}

describe.skipIf(!HAS_CORPUS)("console schema check = ajv on mutated corpus documents (fast-check)", () => {
  const bases = HAS_CORPUS
    ? corpusFiles()
        .map((f) => toPlainValue(parse(f.text).tree.root) as Json)
        .filter((v) => v !== null && typeof v === "object" && !Array.isArray(v))
    : [];
  const mutation = fc.record({
    pick: fc.nat(),
    op: fc.constantFrom("replace", "delete", "add", "retype", "wrap"),
    value: VALUES,
    key: KEYS,
  }) as fc.Arbitrary<Mutation>;

  it("gives ajv's exact errors and alpha.45's verdict on 4000 mutated documents", () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, mutations) => {
        let doc = structuredClone(bases[which % bases.length]) as Json;
        for (const m of mutations) doc = mutate(doc, m);
        const text = JSON.stringify(doc, null, 1);
        const root = parse(text).tree.root;
        const value = toPlainValue(root);
        const found = consoleSchemaCheck(root);
        expect(found).toEqual(ajvErrors(ours, value));
        expect(found.length === 0).toBe(alpha45(value));
        if (consoleVerdict(root)) expect(found).toEqual([]);
        if (found.length > 0) refused++;
      }),
      { numRuns: 4000 },
    );
    // The mutations do reach the schema: most documents end up refused, not all.
    expect(refused).toBeGreaterThan(1000);
  }, 120_000);
});

describe("compileSchemaCheck", () => {
  it("refuses, at compile time, a keyword it does not evaluate", () => {
    expect(() => compileSchemaCheck({ type: "object", propertyNames: { pattern: "^a" } })).toThrow(/propertyNames/);
    expect(() => compileSchemaCheck({ anyOf: [{ type: "string" }] })).toThrow(/anyOf/);
  });

  it("gives ajv's errors for a schema of its own", () => {
    const schema = {
      type: "object",
      required: ["a"],
      properties: { a: { type: "integer", minimum: 2 }, b: { enum: ["x"] } },
      additionalProperties: false,
    };
    const check = compileSchemaCheck(schema);
    const validate = ajvFor(schema);
    for (const text of ["a: 1\nb: y\nc: 1\n", "b: x\n", "a: 2\n", "- 1\n", "a: 2.5\n"]) {
      const root = parse(text).tree.root;
      expect(check(root), text).toEqual(ajvErrors(validate, toPlainValue(root)));
    }
  });

  it("asks every Console quick check where a document fails beside it, and gives ajv's errors", () => {
    const calls = new Map<string, number>();
    const counted = Object.fromEntries(
      Object.entries(CONSOLE_QUICK_CHECKS).map(([sp, quick]) => [
        sp,
        (value: Parameters<typeof quick>[0]) => {
          calls.set(sp, (calls.get(sp) ?? 0) + 1);
          return quick(value);
        },
      ]),
    );
    const schema = buildSdlJsonSchema("console");
    const check = compileSchemaCheck(schema, counted);
    const text = BASE.replace('version: "2.0"', 'version: "9"').replace(
      "    image: nginx:1.27\n",
      "    image: nginx:1.27\n    foo: 1\n",
    );
    const root = parse(text).tree.root;
    expect(check(root)).toEqual(ajvErrors(ours, toPlainValue(root)));
    expect([...calls.keys()].sort()).toEqual(Object.keys(CONSOLE_QUICK_CHECKS).sort());
  });
});
