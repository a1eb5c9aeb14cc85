import { describe, expect, it } from "vitest";
import { parse as yamlParse } from "yaml";
import { DEFAULT_PARSE_LIMITS, DIAGNOSTIC_CODES, fastFrontEnd, parse, toPlainValue } from "../../src/index.js";
import { fastOrYamlFrontEnd, yamlFrontEnd } from "../../src/front-ends/yaml/index.js";
import type { Diagnostic, Severity } from "../../src/index.js";
import { HOSTILE_INPUTS, MIB } from "./hostile-inputs.mjs";

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const at = (text: string, d: Diagnostic | undefined) => (d?.span ? text.slice(d.span.start, d.span.end) : undefined);
const find = (ds: readonly Diagnostic[], code: string) => ds.find((d) => d.code === code);
const count = (ds: readonly Diagnostic[], code: string) => ds.filter((d) => d.code === code).length;

describe("ParseLimits defaults", () => {
  it("keeps the three original limits and adds maxTokens and maxDiagnostics", () => {
    expect(DEFAULT_PARSE_LIMITS).toEqual({
      maxInputLength: 1_048_576,
      maxDepth: 64,
      maxAliasExpansion: 100_000,
      maxTokens: 100_000,
      maxDiagnostics: 1000,
    });
    expect(Object.isFrozen(DEFAULT_PARSE_LIMITS)).toBe(true);
  });

  it("registers the limit codes", () => {
    for (const code of ["yaml/too-many-tokens", "yaml/too-many-errors", "parse/too-many-diagnostics"] as const) {
      expect(DIAGNOSTIC_CODES[code]?.description.length).toBeGreaterThan(20);
    }
  });
});

describe("limits.maxDiagnostics", () => {
  // One service: 60 unknown aliases in `command` (an error each, and a warning: Go drops the null
  // item), then 60 numbers in `args` (a warning each: Go reads them as strings). Read by the fast reader.
  const text = `services:\n  web:\n    command:\n${"      - *nope\n".repeat(60)}    args:\n${"      - 1\n".repeat(60)}`;
  const read = (maxDiagnostics: number) =>
    parse(text, { frontEnd: fastFrontEnd, limits: { maxDiagnostics } }).diagnostics;
  const full = read(Number.POSITIVE_INFINITY);

  it("keeps the first N by position and sums up the rest in one last diagnostic", () => {
    expect(full.length).toBeGreaterThan(100);
    expect(full.filter((d) => d.code.startsWith("yaml/")).map((d) => d.code)).toEqual(
      Array(60).fill("yaml/unknown-alias"),
    );
    const capped = read(10);
    expect(capped).toHaveLength(11);
    expect(capped.slice(0, 10)).toEqual(full.slice(0, 10));
    const summary = capped[10]!;
    expect(summary.code).toBe("parse/too-many-diagnostics");
    expect(summary.data).toEqual({ limit: 10, omitted: full.length - 10 });
    expect(summary.span).toEqual(full[10]!.span);
    expect(summary.message).toMatch(/^\d+ more diagnostics are left out; only the first 10 are listed\.$/);
  });

  it("gives the summary the highest severity among the diagnostics left out", () => {
    const warningsFrom = full.findIndex((d) => d.severity === "warning");
    expect(warningsFrom).toBeGreaterThan(0);
    const worstLeftOut = new Set<Severity>();
    for (const limit of [5, warningsFrom, full.length - 3]) {
      const capped = read(limit);
      const worst = full.slice(limit).reduce<Severity>((s, d) => (RANK[d.severity] > RANK[s] ? d.severity : s), "info");
      expect(capped.at(-1)?.severity).toBe(worst);
      worstLeftOut.add(worst);
    }
    // Both cases occur: an error among the left-out ones, and only warnings.
    expect([...worstLeftOut].sort()).toEqual(["error", "warning"]);
  });

  it("returns everything when the count is within the limit, and only the summary for a limit of 0", () => {
    expect(read(full.length)).toEqual(full);
    const none = read(0);
    expect(none.map((d) => d.code)).toEqual(["parse/too-many-diagnostics"]);
    expect(none[0]?.data).toEqual({ limit: 0, omitted: full.length });
  });

  it("never leaves out the diagnostic that says where the analysis stopped", () => {
    const big = HOSTILE_INPUTS["many keys"]!(200_000);
    const ds = parse(big, { frontEnd: fastFrontEnd, limits: { maxDiagnostics: 5, maxTokens: 20_000 } }).diagnostics;
    expect(ds.map((d) => d.code)).toEqual([
      ...Array(5).fill("sdl/unexpected-field"),
      "yaml/too-many-tokens",
      "parse/too-many-diagnostics",
    ]);
  });
});

describe("limits.maxTokens", () => {
  const text = Array.from({ length: 40 }, (_, i) => `k${i}: v${i}`).join("\n") + "\n";

  it("stops at the start of the line where the budget runs out; the tree holds the lines before", () => {
    const result = parse(text, { frontEnd: fastFrontEnd, limits: { maxTokens: 52 } });
    const stop = result.tree.stoppedAt!;
    expect(text[stop - 1]).toBe("\n");
    const d = find(result.diagnostics, "yaml/too-many-tokens")!;
    // Each line is five tokens (as for the `yaml` package): the 53rd is line 11's value.
    expect(stop).toBe(text.indexOf("k10:"));
    expect(d.span).toEqual({ start: text.indexOf("v10"), end: text.indexOf("v10") + 1 });
    expect(d.data).toEqual({ limit: 52, stoppedAt: stop });
    expect(d.message).toBe("The text holds more than 52 YAML tokens; it is not analysed from here on.");
    expect(toPlainValue(result.tree.root)).toEqual(yamlParse(text.slice(0, stop)));
    expect(Object.keys(toPlainValue(result.tree.root) as object)).toHaveLength(10);
    // Keys after the stop may exist: none is reported missing.
    expect(count(result.diagnostics, "sdl/missing-key")).toBe(0);
    expect(count(parse(text, { frontEnd: fastFrontEnd }).diagnostics, "sdl/missing-key")).toBeGreaterThan(0);
  });

  it("the yaml package stops at the end of the line where the budget runs out", () => {
    const result = parse(text, { frontEnd: yamlFrontEnd, limits: { maxTokens: 52 } });
    const stop = result.tree.stoppedAt!;
    expect(text[stop - 1]).toBe("\n");
    const d = find(result.diagnostics, "yaml/too-many-tokens")!;
    expect(d.span).toEqual({ start: stop, end: stop + 1 });
    expect(d.data).toEqual({ limit: 52, stoppedAt: stop });
    expect(toPlainValue(result.tree.root)).toEqual(yamlParse(text.slice(0, stop)));
    expect(Object.keys(toPlainValue(result.tree.root) as object)).toHaveLength(11);
    expect(count(result.diagnostics, "sdl/missing-key")).toBe(0);
  });

  it("the fast reader refuses a one-line flow collection over the budget whole, at its bracket", () => {
    const line = `a: [${"1, ".repeat(5000)}1]`;
    const tree = fastFrontEnd(line, { ...DEFAULT_PARSE_LIMITS, maxTokens: 100 });
    expect(tree.diagnostics.map((d) => d.code)).toEqual(["yaml/too-many-tokens"]);
    expect(tree.diagnostics[0]?.span).toEqual({ start: 3, end: 4 });
    expect(tree.root).toBeNull();
    expect(count(tree.diagnostics, "yaml/unclosed-bracket")).toBe(0);
  });

  it("stops inside a line when the line never ends", () => {
    const line = `a: [${"1, ".repeat(5000)}1]`;
    const tree = yamlFrontEnd(line, { ...DEFAULT_PARSE_LIMITS, maxTokens: 100 });
    expect(tree.stoppedAt).toBeGreaterThan(100);
    expect(tree.stoppedAt).toBeLessThan(line.length);
    expect(tree.diagnostics.map((d) => d.code)).toEqual(["yaml/too-many-tokens"]);
    // The open '[' may be closed later in the unread part: it is not reported.
    expect(count(tree.diagnostics, "yaml/unclosed-bracket")).toBe(0);
  });

  it("leaves texts within the budget alone", () => {
    for (const frontEnd of [fastFrontEnd, yamlFrontEnd]) {
      const tree = frontEnd(text, { ...DEFAULT_PARSE_LIMITS, maxTokens: 200 });
      expect(tree.stoppedAt).toBeUndefined();
      expect(tree.diagnostics).toEqual([]);
      expect(toPlainValue(tree.root)).toEqual(yamlParse(text));
    }
  });
});

describe("too many YAML errors", () => {
  const broken = (lines: number) => Array.from({ length: lines }, (_, i) => `k${i}: \`x\``).join("\n") + "\nlast: 1\n";

  // The stop diagnostic points at the line's start (the `yaml` package) or at its error (the fast reader).
  for (const [label, frontEnd, stopAt] of [
    ["fast reader", fastFrontEnd, "`x`"],
    ["yaml package", yamlFrontEnd, "k"],
  ] as const) {
    it(`${label}: reports errors on up to 100 lines`, () => {
      const text = broken(100);
      const tree = frontEnd(text, DEFAULT_PARSE_LIMITS);
      expect(tree.stoppedAt).toBeUndefined();
      expect(count(tree.diagnostics, "yaml/syntax")).toBe(100);
      expect(Object.keys(toPlainValue(tree.root) as object)).toContain("last");
    });

    it(`${label}: stops at the 101st line with an error: nothing after it is analysed`, () => {
      const text = broken(150);
      const tree = frontEnd(text, DEFAULT_PARSE_LIMITS);
      const line101 = text.indexOf("k100:");
      expect(tree.stoppedAt).toBe(line101);
      expect(count(tree.diagnostics, "yaml/syntax")).toBe(100);
      const d = find(tree.diagnostics, "yaml/too-many-errors")!;
      expect(at(text, d)).toBe(stopAt);
      expect(d.span?.start).toBe(text.indexOf(stopAt, line101));
      expect(d.data).toEqual({ limit: 100, stoppedAt: line101 });
      expect(tree.diagnostics.at(-1)).toBe(d);
      const value = toPlainValue(tree.root) as Record<string, unknown>;
      expect(Object.keys(value)).toHaveLength(100);
      expect(value["last"]).toBeUndefined();
    });
  }

  it("reports one error for a line with 50,000 of them", () => {
    const text = `a: ${'"x" '.repeat(50_000)}\n`;
    for (const frontEnd of [fastFrontEnd, yamlFrontEnd]) {
      const ds = parse(text, { frontEnd, limits: { maxTokens: Number.POSITIVE_INFINITY } }).diagnostics;
      expect(count(ds, "yaml/syntax")).toBe(1);
    }
  });
});

describe("nesting", () => {
  it("the fast reader stops at the line that nests deeper than maxDepth", () => {
    const limits = { ...DEFAULT_PARSE_LIMITS, maxDepth: 4 };
    // Deeper than 4 on the first line: nothing is read; the outermost bracket is named.
    const flow = fastFrontEnd(`a: ${"[".repeat(8)}${"]".repeat(8)}\nb: 1\n`, limits);
    expect(flow.diagnostics.map((d) => d.code)).toEqual(["yaml/too-deep"]);
    expect(flow.diagnostics[0]?.span).toEqual({ start: 3, end: 4 });
    expect(flow.diagnostics[0]?.data).toMatchObject({ limit: 4 });
    expect(flow.root).toBeNull();
    // In block nesting, the lines before the one too deep are kept.
    const block = "x: 1\nk:\n k:\n  k:\n   k:\n    k:\n     k: 1\n";
    const tree = fastFrontEnd(block, limits);
    expect(tree.diagnostics.map((d) => d.code)).toEqual(["yaml/too-deep"]);
    // The fifth mapping would start on line 6: the stop is that line; its key is cut from the tree.
    expect(tree.stoppedAt).toBe(block.indexOf("    k:"));
    expect(tree.diagnostics[0]?.span?.start).toBe(block.indexOf(":", block.indexOf("    k:")));
    expect(tree.diagnostics[0]?.data).toMatchObject({ limit: 4, stoppedAt: tree.stoppedAt });
    expect(toPlainValue(tree.root)).toEqual({ x: 1, k: { k: { k: { k: null } } } });
  });

  it("the yaml package stops reading past twice maxDepth; below that the rest of the text is still analysed", () => {
    const limits = { ...DEFAULT_PARSE_LIMITS, maxDepth: 4 };
    const shallow = `a: ${"[".repeat(8)}${"]".repeat(8)}\nb: 1\n`;
    const cut = yamlFrontEnd(shallow, limits);
    expect(cut.stoppedAt).toBeUndefined();
    expect(cut.diagnostics.map((d) => d.code)).toEqual(["yaml/too-deep"]);
    expect((toPlainValue(cut.root) as Record<string, unknown>)["b"]).toBe(1);

    const deep = `a: ${"[".repeat(40)}${"]".repeat(40)}\nb: 1\n`;
    const stopped = yamlFrontEnd(deep, limits);
    const d = stopped.diagnostics[0]!;
    expect(stopped.diagnostics.map((x) => x.code)).toEqual(["yaml/too-deep"]);
    expect(d.span).toEqual({ start: 3 + 3, end: 3 + 4 });
    expect(d.data).toMatchObject({ limit: 4, stoppedAt: stopped.stoppedAt });
    expect(d.related?.[0]?.span.start).toBe(stopped.stoppedAt);
    expect(stopped.stoppedAt).toBeLessThan(deep.indexOf("]"));
    expect((toPlainValue(stopped.root) as Record<string, unknown>)["b"]).toBeUndefined();
  });

  it("clamps maxDepth to 256 so that no engine runs out of stack", () => {
    const text = `a: ${"[".repeat(600)}${"]".repeat(600)}\n`;
    const tree = yamlFrontEnd(text, { ...DEFAULT_PARSE_LIMITS, maxDepth: 1_000_000 });
    expect(tree.diagnostics.map((d) => d.code)).toEqual(["yaml/too-deep"]);
    expect(tree.diagnostics[0]?.data).toMatchObject({ limit: 256 });
    let depth = 0;
    for (let v = toPlainValue(tree.root); v !== null && typeof v === "object"; depth++) {
      v = Array.isArray(v) ? v[0] : Object.values(v)[0];
    }
    expect(depth).toBe(256);
  });
  it("the fast reader clamps maxDepth to 256 too: 1 MiB of nesting is yaml/too-deep, never a stack overflow", () => {
    const limits = { ...DEFAULT_PARSE_LIMITS, maxDepth: 1_000_000, maxTokens: 1e9 };
    for (const text of ["[".repeat(MIB - 1), "{".repeat(MIB - 1), "- ".repeat(MIB / 2)]) {
      const tree = fastFrontEnd(text, limits);
      expect(tree.diagnostics.map((d) => d.code)).toEqual(["yaml/too-deep"]);
      expect(tree.diagnostics[0]?.data).toMatchObject({ limit: 256 });
      expect(parse(text, { limits }).diagnostics.map((d) => d.code)).not.toContain("yaml/internal");
    }
    // A block sequence is cut at the 257th level: 256 items of "- " are read.
    const tree = fastFrontEnd("- ".repeat(300), limits);
    expect(tree.diagnostics[0]?.span?.start).toBe(2 * 256);
  });
});

describe("what the reader never reads", () => {
  it("stops at the start of a second document, whatever follows", () => {
    const text = `a: 1\n---\n${"[".repeat(MIB - 20)}`;
    const tree = yamlFrontEnd(text, DEFAULT_PARSE_LIMITS);
    expect(tree.diagnostics.map((d) => d.code)).toEqual(["yaml/multiple-documents"]);
    expect(toPlainValue(tree.root)).toEqual({ a: 1 });
    expect(tree.stoppedAt).toBeUndefined();
    // The fast reader: the second document spends none of the first one's token budget (request
    // S6), so with the budget or without it the second document is named and the first read whole.
    for (const maxTokens of [Number.POSITIVE_INFINITY, DEFAULT_PARSE_LIMITS.maxTokens, 10]) {
      const fast = fastFrontEnd(text, { ...DEFAULT_PARSE_LIMITS, maxTokens });
      expect(fast.diagnostics.map((d) => d.code)).toEqual(["yaml/multiple-documents"]);
      expect(fast.diagnostics[0]?.span).toEqual({ start: text.indexOf("---"), end: text.indexOf("---") + 3 });
      expect(fast.stoppedAt).toBeUndefined();
      expect(toPlainValue(fast.root)).toEqual({ a: 1 });
    }
  });
});

describe("no internal failure without the token budget", () => {
  // Before: 1 MiB of quotes or of anchors gave ~500,000 yaml errors, and spreading their
  // diagnostics into `push(...)` overflowed the call stack (a `yaml/internal` diagnostic).
  for (const name of ["quotes", "anchors"]) {
    it(`${name} at 1 MiB`, { timeout: 60_000 }, () => {
      const text = HOSTILE_INPUTS[name]!(MIB);
      const limits = { maxTokens: Number.POSITIVE_INFINITY };
      const ds = parse(text, { frontEnd: yamlFrontEnd, limits }).diagnostics;
      expect(ds.map((d) => d.code)).not.toContain("yaml/internal");
      expect(count(ds, "yaml/syntax")).toBe(1);
      expect(ds.length).toBeLessThan(10);
      // The fast reader: Go reads both (`""`; null), so at most one yaml/ diagnostic (the second
      // document, or yaml/unsupported for a construct it does not read yet).
      for (const frontEnd of [fastFrontEnd, fastOrYamlFrontEnd]) {
        const fast = parse(text, { frontEnd, limits }).diagnostics;
        expect(fast.map((d) => d.code)).not.toContain("yaml/internal");
        expect(fast.filter((d) => d.code.startsWith("yaml/")).length).toBeLessThanOrEqual(1);
        expect(fast.length).toBeLessThan(10);
      }
    });
  }

  it("leaves Error.stackTraceLimit as it was", () => {
    const saved = Error.stackTraceLimit;
    try {
      Error.stackTraceLimit = 7;
      for (const frontEnd of [fastFrontEnd, fastOrYamlFrontEnd, yamlFrontEnd]) {
        parse("a: `x`\nb: &x &y 1\n", { frontEnd });
        expect(Error.stackTraceLimit).toBe(7);
      }
    } finally {
      Error.stackTraceLimit = saved;
    }
  });
});

describe("aliases", () => {
  it("100,001 aliases cross maxAliasExpansion once, at the last one", { timeout: 60_000 }, () => {
    const prefix = "a: &a x\nb: [";
    const text = `${prefix}${"*a, ".repeat(100_001)}*a]\n`;
    const tree = yamlFrontEnd(text, { ...DEFAULT_PARSE_LIMITS, maxTokens: 500_000 });
    const limits = tree.diagnostics.filter((d) => d.code === "yaml/alias-limit");
    expect(limits).toHaveLength(1);
    expect(limits[0]?.span?.start).toBe(prefix.length + 100_000 * "*a, ".length);
    expect(at(text, limits[0])).toBe("*a");
  });

  it("the fast reader: past maxAliasExpansion it names the collection and stops at its line", {
    timeout: 60_000,
  }, () => {
    const prefix = "a: &a x\nb: [";
    const limits = { ...DEFAULT_PARSE_LIMITS, maxTokens: 500_000 };
    const over = `${prefix}${"*a, ".repeat(100_001)}*a]\n`;
    const tree = fastFrontEnd(over, limits);
    expect(tree.diagnostics.map((d) => d.code)).toEqual(["yaml/alias-limit"]);
    expect(tree.diagnostics[0]?.span).toEqual({ start: prefix.length - 1, end: over.length - 1 });
    expect(tree.stoppedAt).toBe(over.indexOf("b:"));
    expect(tree.diagnostics[0]?.data).toMatchObject({ stoppedAt: tree.stoppedAt });
    expect(toPlainValue(tree.root)).toEqual({ a: "x" });
    // 100,000 aliases are within the limit.
    const within = `${prefix}${"*a, ".repeat(99_999)}*a]\n`;
    const read = fastFrontEnd(within, limits);
    expect(read.diagnostics).toEqual([]);
    expect((toPlainValue(read.root) as { b: unknown[] }).b).toHaveLength(100_000);
  });
});
