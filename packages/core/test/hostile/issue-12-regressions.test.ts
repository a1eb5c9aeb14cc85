import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic, ParseOptions, YamlFrontEnd, YamlNode } from "../../src/index.js";
import { createLineCounter, DEFAULT_PARSE_LIMITS, formatDiagnostic, parse, toPlainValue } from "../../src/index.js";
import { FRONT_ENDS } from "../support/front-ends.js";
import { HOSTILE_INPUTS, MIB } from "./hostile-inputs.mjs";

/** Milliseconds `run` takes. */
function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** The alias bomb of issue 12 item 5: 9^7 leaves reached from one key of 449 characters or so. */
function aliasBombInKey(): string {
  const lines = ["a: &a [x, x, x, x, x, x, x, x, x]"];
  for (const [name, prev] of [
    ["b", "a"],
    ["c", "b"],
    ["d", "c"],
    ["e", "d"],
    ["f", "e"],
    ["g", "f"],
  ]) {
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`);
  }
  lines.push("? [*g, *g, *g, {k: *g}]", ": 1", "");
  return lines.join("\n");
}

describe.each(FRONT_ENDS)("issue 12 regressions, $name front end", ({ frontEnd }) => {
  const options: ParseOptions = { frontEnd };

  for (const name of ["nested flow keys", "nested explicit flow keys", "nested block keys"]) {
    it(`item 1: names ${name} in time linear in the text`, { timeout: 60_000 }, () => {
      const make = HOSTILE_INPUTS[name]!;
      // Before the fix: 64 KiB of `{{{…x}}}: 1` took 21 s. A loaded shared machine slows both runs
      // alike, so linearity is checked by their ratio: 16 times the text may take 64 times as long
      // (quadratic work would take 256 times), plus 2 s for a collection pause.
      const small = timed(() => parse(make(64 * 1024), options));
      const large = timed(() => parse(make(MIB), options));
      expect(small, `${name} at 64 KiB`).toBeLessThan(10_000);
      expect(large, `${name} at 1 MiB (64 KiB: ${small} ms)`).toBeLessThan(64 * small + 2000);
    });
  }

  it("item 1: a non-scalar key is named by its source slice, at every level", () => {
    const text = "{{{x: 1}: 2}: 3}: 4\n";
    const root = parse(text, options).tree.root;
    expect(root?.kind).toBe("map");
    const pair = root?.kind === "map" ? root.pairs[0] : undefined;
    expect(pair?.keyName).toBe("{{{x: 1}: 2}: 3}");
    const inner = pair?.key.kind === "map" ? pair.key.pairs[0] : undefined;
    expect(inner?.keyName).toBe("{{x: 1}: 2}");
    expect(toPlainValue(root ?? null)).toEqual({ "{{{x: 1}: 2}: 3}": 4 });
  });

  it("item 5: toPlainValue on an alias bomb inside a key is bounded and expands nothing", () => {
    const text = aliasBombInKey();
    const result = parse(text, options);
    let value: unknown;
    const ms = timed(() => (value = toPlainValue(result.tree.root)));
    expect(ms).toBeLessThan(1000);
    const record = value as Record<string, unknown>;
    expect(record["? [*g, *g, *g, {k: *g}]"]).toBeUndefined();
    expect(record["[*g, *g, *g, {k: *g}]"]).toBe(1);
    // Values keep sharing: every alias of one anchor is the very same array.
    const g = record["g"] as unknown[];
    expect(g[0]).toBe(g[1]);
  });

  it("item 14: on CRLF text no span starts or ends inside a line break, and no end column passes its line", () => {
    const texts = [
      "version: '2.0'\r\nservices:\r\n  web:\r\n    image: nginx\r\n    expose:\r\n      - port: x\r\n",
      "a: b\r\n  c: d\r\n",
      "a: 'x\r\n\r\n  y'\r\nb: [1,\r\n 2\r\n",
      "a:\r\n\t- b\r\n",
      "profiles:\r\n  compute:\r\n    w:\r\n      resources:\r\n        cpu:\r\n          units: 'one\r\n           two'\r\n",
      'a: `\r\nb: "\\q\r\n',
    ];
    for (const text of texts) {
      const { diagnostics, lineCounter } = parse(text, options);
      const lines = text.split(/\r\n|\r|\n/);
      const spans = diagnostics.flatMap((d: Diagnostic) => [d.span, ...(d.related ?? []).map((r) => r.span)]);
      for (const span of spans) {
        if (span === undefined) continue;
        for (const o of [span.start, span.end]) {
          expect(text.charCodeAt(o) === 10 && text.charCodeAt(o - 1) === 13, `${JSON.stringify(text)} at ${o}`).toBe(
            false,
          );
        }
        const end = lineCounter.positionAt(span.end);
        expect(end.column).toBeLessThanOrEqual((lines[end.line - 1] ?? "").length + 1);
      }
    }
  });

  it("item 16: JSON.stringify writes the tree and the typed document, aliases as references, bigints as strings", () => {
    const text = [
      'version: "2.0"',
      "services:",
      "  web:",
      "    image: nginx:1.27",
      "    expose:",
      "      - port: 80",
      "        to: &to [{global: true}]",
      "profiles:",
      "  compute:",
      "    web:",
      "      resources:",
      "        cpu: {units: 1}",
      "        memory: {size: 512Mi}",
      "        storage: {size: 1Gi}",
      "x-bomb: &b [*to, *to, *to, *to]",
      "x-bomb2: [*b, *b, *b, *b, *b, *b, *b, *b]",
      "",
    ].join("\n");
    const result = parse(text, options);
    const treeJson = JSON.stringify(result.tree);
    expect(treeJson.length).toBeLessThan(20 * text.length);
    expect(treeJson).toContain('"$ref"');
    const documentJson = JSON.stringify(result.document);
    expect(documentJson).toContain('"536870912"');
    // Tree nodes inside the document are references, so the document's JSON stays small too.
    expect(documentJson.length).toBeLessThan(40 * text.length);
    const doc = JSON.parse(documentJson) as { services?: { node?: unknown } };
    expect(doc.services?.node).toMatchObject({
      kind: "map",
      $ref: { start: expect.any(Number), end: expect.any(Number) },
    });
    expect(JSON.parse(JSON.stringify(result)).diagnostics).toEqual(JSON.parse(JSON.stringify(result.diagnostics)));
  });
});

describe("item 15: parse never throws on what it is given", () => {
  const ugly: readonly unknown[] = [
    Object.create(null),
    null,
    undefined,
    42,
    { toString: () => "a: 1" },
    Symbol("s"),
    10n,
  ];
  for (const input of ugly) {
    it(`text ${typeof input}`, () => {
      const result = parse(input as string);
      expect(result.diagnostics.every((d) => d.code !== "internal/exception")).toBe(true);
    });
  }

  it("reads a non-string with a toString as its string form", () => {
    expect(toPlainValue(parse({ toString: () => "a: 1" } as unknown as string).tree.root)).toEqual({ a: 1 });
  });

  it("accepts null, non-object and hostile options", () => {
    const hostile = Object.defineProperty({}, "limits", {
      get: () => {
        throw new Error("boom");
      },
    });
    for (const options of [null, 5, "x", hostile, { limits: null }, { limits: { maxDepth: "3" } }]) {
      expect(() => parse("a: 1\n", options as ParseOptions)).not.toThrow();
      expect(toPlainValue(parse("a: 1\n", options as ParseOptions).tree.root)).toEqual({ a: 1 });
    }
  });

  it("coerces out-of-range limits into whole numbers from 0 up", () => {
    const seen: number[] = [];
    const spy: YamlFrontEnd = (text, limits) => {
      seen.push(limits.maxDepth, limits.maxTokens, limits.maxInputLength, limits.maxDiagnostics);
      return FRONT_ENDS[0]!.frontEnd(text, limits);
    };
    parse("a: 1\n", {
      frontEnd: spy,
      limits: { maxDepth: -4, maxTokens: 2.7, maxInputLength: Number.NaN, maxDiagnostics: Number.POSITIVE_INFINITY },
    });
    expect(seen).toEqual([0, 2, DEFAULT_PARSE_LIMITS.maxInputLength, Number.POSITIVE_INFINITY]);
  });

  const garbage: readonly [string, unknown][] = [
    ["undefined", undefined],
    ["a number", 7],
    ["no diagnostics", { root: null }],
    ["a bad diagnostic", { root: null, diagnostics: [{ code: 1 }] }],
    ["a root without span", { root: { kind: "map", pairs: [] }, diagnostics: [] }],
    [
      "a span past the text",
      { root: { kind: "scalar", span: { start: 0, end: 99 }, text: "", value: null, style: "plain" }, diagnostics: [] },
    ],
    ["a map without pairs", { root: { kind: "map", span: { start: 0, end: 1 } }, diagnostics: [] }],
    [
      "a pair without key",
      {
        root: { kind: "map", span: { start: 0, end: 1 }, pairs: [{ span: { start: 0, end: 1 }, value: null }] },
        diagnostics: [],
      },
    ],
    ["an unknown kind", { root: { kind: "weird", span: { start: 0, end: 1 } }, diagnostics: [] }],
  ];
  for (const [name, tree] of garbage) {
    it(`a front end returning ${name} gives internal/exception`, () => {
      const result = parse("a: 1\n", { frontEnd: (() => tree) as unknown as YamlFrontEnd });
      expect(result.diagnostics.map((d) => d.code)).toEqual(["internal/exception"]);
      expect(result.tree.root).toBeNull();
      expect(result.document).toBeUndefined();
    });
  }

  it("a cyclic tree gives internal/exception, not a hang", () => {
    const map: { kind: "map"; span: { start: number; end: number }; flow: boolean; pairs: unknown[] } = {
      kind: "map",
      span: { start: 0, end: 4 },
      flow: false,
      pairs: [],
    };
    map.pairs.push({
      key: { kind: "scalar", span: { start: 0, end: 1 }, text: "a", value: "a", style: "plain" },
      value: map,
      span: { start: 0, end: 4 },
    });
    const result = parse("a: 1", {
      frontEnd: (() => ({ root: map as unknown as YamlNode, diagnostics: [] })) as YamlFrontEnd,
    });
    expect(result.diagnostics.map((d) => d.code)).toEqual(["internal/exception"]);
    expect(result.diagnostics[0]?.message).toContain("the root.pairs[0].value is reached twice");
  });

  it("never throws for any value as text or options", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withTypedArray: true }),
        fc.anything({ withNullPrototype: true }),
        (text, options) => {
          const result = parse(text as string, options as ParseOptions);
          expect(Array.isArray(result.diagnostics)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("never throws whatever a front end returns (random trees and values)", { timeout: 60_000 }, () => {
    const span = fc.record({ start: fc.oneof(fc.nat(12), fc.double()), end: fc.oneof(fc.nat(12), fc.double()) });
    const { node } = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.record(
          {
            kind: fc.constant("scalar"),
            span,
            text: fc.string(),
            value: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.anything()),
            style: fc.constantFrom("plain", "double-quoted", "block-literal", "odd"),
          },
          { requiredKeys: [] },
        ),
        fc.record(
          {
            kind: fc.constant("map"),
            span,
            flow: fc.boolean(),
            pairs: fc.array(
              fc.record(
                {
                  key: tie("node"),
                  value: fc.oneof(tie("node"), fc.constant(null)),
                  span,
                  keyName: fc.oneof(fc.string(), fc.integer()),
                },
                { requiredKeys: ["key", "value", "span"] },
              ),
              { maxLength: 3 },
            ),
          },
          { requiredKeys: [] },
        ),
        fc.record(
          { kind: fc.constant("seq"), span, flow: fc.boolean(), items: fc.array(tie("node"), { maxLength: 3 }) },
          { requiredKeys: [] },
        ),
        fc.record(
          {
            kind: fc.constant("alias"),
            span,
            name: fc.string(),
            target: fc.oneof(tie("node"), fc.constant(undefined)),
          },
          { requiredKeys: [] },
        ),
        fc.anything(),
      ),
    }));
    const tree = fc.oneof(
      fc.record(
        {
          root: fc.oneof(node, fc.constant(null)),
          diagnostics: fc.oneof(fc.constant([]), fc.array(fc.anything(), { maxLength: 2 })),
          stoppedAt: fc.anything(),
        },
        { requiredKeys: ["root", "diagnostics"] },
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(tree, (garbage) => {
        const result = parse("a: [1, {b: 2}]\n", { frontEnd: (() => garbage) as unknown as YamlFrontEnd });
        for (const d of result.diagnostics) expect(typeof d.code).toBe("string");
        expect(() => JSON.stringify(result)).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });

  it("a front end that throws a non-error gives internal/exception", () => {
    const result = parse("a: 1", {
      frontEnd: () => {
        throw Object.create(null);
      },
    });
    expect(result.diagnostics.map((d) => d.code)).toEqual(["internal/exception"]);
  });

  it("formatDiagnostic takes any numeric option without a throw", () => {
    const text = "a:\tb: c\n";
    const d = parse(text).diagnostics[0] ?? {
      code: "yaml/syntax",
      severity: "error" as const,
      message: "x.",
      span: { start: 2, end: 3 },
    };
    for (const n of [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, -1, 0, 1e9, 2.5]) {
      const out = formatDiagnostic(d, { fileName: "x.yaml", text, tabWidth: n, maxWidth: n, contextLines: n });
      expect(out).toContain(d.code);
      expect(out.length).toBeLessThan(10_000);
    }
  });

  it("positionAt and offsetAt give sane positions for NaN", () => {
    const lc = createLineCounter("a\r\nb");
    expect(lc.positionAt(Number.NaN)).toEqual({ line: 1, column: 1 });
    expect(lc.positionAt(2)).toEqual({ line: 1, column: 2 });
  });
});
