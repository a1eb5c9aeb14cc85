import { beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic, ParseLimits, YamlMap } from "../../src/index.js";
import { DEFAULT_PARSE_LIMITS, DIAGNOSTIC_CODES, toPlainValue } from "../../src/index.js";
import { yamlFrontEnd } from "../../src/front-ends/yaml/index.js";
import type { YamlFrontEnd } from "../../src/index.js";
import { FRONT_ENDS } from "../support/front-ends.js";

let frontEnd: YamlFrontEnd = yamlFrontEnd;

const read = (text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS) => frontEnd(text, limits);
/** code, span and the source text under the span of every diagnostic. */
const brief = (text: string, diagnostics: readonly Diagnostic[]) =>
  diagnostics.map((d) => ({
    code: d.code,
    span: d.span,
    at: d.span ? text.slice(d.span.start, d.span.end) : undefined,
  }));
const check = (text: string, limits?: ParseLimits) => brief(text, read(text, limits).diagnostics);

describe.each(FRONT_ENDS)("$name front end", (frontEndCase) => {
  beforeAll(() => {
    frontEnd = frontEndCase.frontEnd;
  });

  describe("yaml diagnostics", () => {
    it("yaml/syntax: reports the yaml package's errors at their source", () => {
      expect(check("a: `x`\n")).toEqual([{ code: "yaml/syntax", span: { start: 3, end: 4 }, at: "`" }]);
      expect(check('a: "\\q"\n')).toEqual([{ code: "yaml/syntax", span: { start: 4, end: 5 }, at: "\\" }]);
      expect(check("- a\nb: c\n")).toEqual([{ code: "yaml/syntax", span: { start: 4, end: 5 }, at: "b" }]);
      expect(check("a: [1, 2]]\n")).toEqual([{ code: "yaml/syntax", span: { start: 9, end: 10 }, at: "]" }]);
      expect(read("a: [1, 2]]\n").diagnostics[0]?.message).toBe("Unexpected ']'.");
      expect(check('a: "x" y\n')).toEqual([{ code: "yaml/syntax", span: { start: 7, end: 8 }, at: "y" }]);
      expect(check("key value\nb: 1\n")).toEqual([
        { code: "yaml/syntax", span: { start: 0, end: 9 }, at: "key value" },
      ]);
      const [d] = read("a: `x`\n").diagnostics;
      expect(d?.severity).toBe("error");
      expect(d?.message).toMatch(/^[A-Z].*\.$/);
      expect(d?.message).not.toMatch(/line \d/);
    });

    it("yaml/unterminated-string: at the opening quote, without follow-up errors", () => {
      expect(check('a: "abc\nb: 2\nc: 3\n')).toEqual([
        { code: "yaml/unterminated-string", span: { start: 3, end: 4 }, at: '"' },
      ]);
      expect(check("x: 1\na: 'abc\nb: 2\n")).toEqual([
        { code: "yaml/unterminated-string", span: { start: 8, end: 9 }, at: "'" },
      ]);
      expect(check("a: 'it''s\n")).toEqual([{ code: "yaml/unterminated-string", span: { start: 3, end: 4 }, at: "'" }]);
      expect(check('a: "x\\"')).toEqual([{ code: "yaml/unterminated-string", span: { start: 3, end: 4 }, at: '"' }]);
      expect(check('a: ["x, y]\nb: 1\n')).toEqual([
        { code: "yaml/unterminated-string", span: { start: 4, end: 5 }, at: '"' },
      ]);
    });

    it("yaml/unclosed-bracket: at the opening bracket", () => {
      expect(check("a: [1, 2\nb: 3\n")).toEqual([
        { code: "yaml/unclosed-bracket", span: { start: 3, end: 4 }, at: "[" },
      ]);
      expect(check("{a: 1")).toEqual([{ code: "yaml/unclosed-bracket", span: { start: 0, end: 1 }, at: "{" }]);
    });

    it("yaml/bad-indentation: at the offending line, over- or under-indented", () => {
      expect(check("a:\n  b: 1\n   c: 2\nd: 3\n")).toEqual([
        { code: "yaml/bad-indentation", span: { start: 13, end: 17 }, at: "c: 2" },
      ]);
      expect(check("a:\n  b: 1\n c: 2\n")).toEqual([
        { code: "yaml/bad-indentation", span: { start: 11, end: 15 }, at: "c: 2" },
      ]);
      expect(check("a: 1\n b: 2\n")).toEqual([
        { code: "yaml/bad-indentation", span: { start: 6, end: 10 }, at: "b: 2" },
      ]);
      expect(check("a:\n  - 1\n - 2\n")).toEqual([
        { code: "yaml/bad-indentation", span: { start: 10, end: 13 }, at: "- 2" },
      ]);
      const sdl =
        "services:\n  web:\n    image: nginx\n    expose:\n    - port: 80\n      as: 80\n     to:\n        - global: true\n";
      expect(check(sdl)).toEqual([{ code: "yaml/bad-indentation", span: { start: 79, end: 82 }, at: "to:" }]);
      expect(check("services:\n  web:\n    image: nginx\n   expose:\n    - port: 80\n")).toEqual([
        { code: "yaml/bad-indentation", span: { start: 37, end: 44 }, at: "expose:" },
      ]);
      expect(check("a:\r\n  b: 1\r\n c: 2\r\n")).toEqual([
        { code: "yaml/bad-indentation", span: { start: 13, end: 17 }, at: "c: 2" },
      ]);
    });

    it("yaml/tab-indentation: at the tab characters", () => {
      expect(check("a:\n\tb: 1\n")).toEqual([{ code: "yaml/tab-indentation", span: { start: 3, end: 4 }, at: "\t" }]);
      expect(check("a:\n    b:\n    \t\tc: 1\n")).toEqual([
        { code: "yaml/tab-indentation", span: { start: 14, end: 16 }, at: "\t\t" },
      ]);
      expect(check("a:\n  b: 1\n \t c: 2\n")).toEqual([
        { code: "yaml/tab-indentation", span: { start: 11, end: 12 }, at: "\t" },
      ]);
      expect(check("a: |\n\tx\n")).toEqual([{ code: "yaml/tab-indentation", span: { start: 5, end: 6 }, at: "\t" }]);
      expect(check("a:\tb\n- \tc: 1\n".slice(0, 5))).toEqual([]); // a tab after the colon is only a separator
    });

    it("yaml/duplicate-key: at the second key, related to the first, both pairs kept", () => {
      const text = "a: 1\nb: 2\n'a': 3\n";
      const tree = read(text);
      expect(brief(text, tree.diagnostics)).toEqual([
        { code: "yaml/duplicate-key", span: { start: 10, end: 13 }, at: "'a'" },
      ]);
      expect(tree.diagnostics[0]?.related).toEqual([{ message: expect.any(String), span: { start: 0, end: 1 } }]);
      expect((tree.root as YamlMap).pairs).toHaveLength(3);
      expect(check('1: a\n"1": b\n')).toEqual([{ code: "yaml/duplicate-key", span: { start: 5, end: 8 }, at: '"1"' }]);
      expect(check("a:\n  c: 1\n  c: 2\n  c: 3\n")).toEqual([
        { code: "yaml/duplicate-key", span: { start: 12, end: 13 }, at: "c" },
        { code: "yaml/duplicate-key", span: { start: 19, end: 20 }, at: "c" },
      ]);
      expect(check("{a: 1, a: 2}")).toEqual([{ code: "yaml/duplicate-key", span: { start: 7, end: 8 }, at: "a" }]);
      expect(check("a: {x: 1}\nb: {x: 1}\n")).toEqual([]);
    });

    it("yaml/multiple-documents: at the second document's marker; the tree is the first document", () => {
      const text = "a: 1\n---\nb: 2\n";
      const tree = read(text);
      expect(brief(text, tree.diagnostics)).toEqual([
        { code: "yaml/multiple-documents", span: { start: 5, end: 8 }, at: "---" },
      ]);
      expect(tree.diagnostics[0]?.severity).toBe("warning");
      expect(toPlainValue(tree.root)).toEqual({ a: 1 });
      expect(check("a: 1\n...\nb: 2\n")).toEqual([
        { code: "yaml/multiple-documents", span: { start: 9, end: 10 }, at: "b" },
      ]);
      expect(check("---\na: 1\n...\n")).toEqual([]);
      // Errors inside the ignored second document are not reported.
      expect(check("a: 1\n---\nb: `\n")).toEqual([
        { code: "yaml/multiple-documents", span: { start: 5, end: 8 }, at: "---" },
      ]);
    });

    it("yaml/non-scalar-key: mappings and sequences used as keys", () => {
      expect(check("? [a]\n: 1\n{b: 1}: 2\n")).toEqual([
        { code: "yaml/non-scalar-key", span: { start: 2, end: 5 }, at: "[a]" },
        { code: "yaml/non-scalar-key", span: { start: 10, end: 16 }, at: "{b: 1}" },
      ]);
      expect(check("x: &m {k: v}\n*m : 1\n")).toEqual([
        { code: "yaml/non-scalar-key", span: { start: 13, end: 15 }, at: "*m" },
      ]);
    });

    it("yaml/unknown-alias: an alias without an earlier anchor, or inside its own anchor", () => {
      expect(check("a: *x\nb: &x 1\n")).toEqual([{ code: "yaml/unknown-alias", span: { start: 3, end: 5 }, at: "*x" }]);
      expect(check("a: &x [1, *x]\n")).toEqual([
        { code: "yaml/unknown-alias", span: { start: 10, end: 12 }, at: "*x" },
      ]);
    });

    it("yaml/alias-limit: a billion-laughs text is reported quickly, once, at the alias that crosses the limit", () => {
      const lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
      for (let i = 1; i < 30; i++)
        lines.push(
          `l${i}: &l${i} [${Array(10)
            .fill(`*l${i - 1}`)
            .join(", ")}]`,
        );
      const text = lines.join("\n");
      const started = performance.now();
      const tree = read(text);
      const value = toPlainValue(tree.root);
      expect(performance.now() - started).toBeLessThan(2000);
      const limits = tree.diagnostics.filter((d) => d.code === "yaml/alias-limit");
      expect(limits).toHaveLength(1);
      // l1..l3 expand 110 + 1,110 + 11,110 nodes; each *l3 in l4 adds 11,111: the 8th crosses 100,000.
      const at = text.slice(limits[0]!.span!.start, limits[0]!.span!.end);
      expect(at).toBe("*l3");
      const l4 = text.indexOf("l4:");
      expect(limits[0]!.span!.start).toBe(text.indexOf("*l3", l4) + 7 * "*l3, ".length);
      expect((value as Record<string, unknown>)["l29"]).toBeDefined();
      expect(check("a: &a [1, 2]\nb: *a\n", { ...DEFAULT_PARSE_LIMITS, maxAliasExpansion: 2 })).toEqual([
        { code: "yaml/alias-limit", span: { start: 16, end: 18 }, at: "*a" },
      ]);
      expect(check("a: &a [1]\nb: *a\n", { ...DEFAULT_PARSE_LIMITS, maxAliasExpansion: 2 })).toEqual([]);
    });

    it("yaml/input-too-large: reported once, without parsing", () => {
      const tree = read("a: [1, 2, 3]\n", { ...DEFAULT_PARSE_LIMITS, maxInputLength: 5 });
      expect(tree.root).toBeNull();
      expect(brief("a: [1, 2, 3]\n", tree.diagnostics)).toEqual([
        { code: "yaml/input-too-large", span: { start: 0, end: 1 }, at: "a" },
      ]);
      const big = `a: "${"x".repeat(DEFAULT_PARSE_LIMITS.maxInputLength)}"`;
      expect(read(big).diagnostics.map((d) => d.code)).toEqual(["yaml/input-too-large"]);
      expect(read("a: 1", { ...DEFAULT_PARSE_LIMITS, maxInputLength: 4 }).diagnostics).toEqual([]);
    });

    it("yaml/too-deep: at the first collection beyond the limit, without stack overflow", () => {
      const text = "[".repeat(100_000);
      const tree = read(text);
      expect(brief(text, tree.diagnostics)).toEqual([
        { code: "yaml/unclosed-bracket", span: { start: 0, end: 1 }, at: "[" },
        { code: "yaml/too-deep", span: { start: 64, end: 65 }, at: "[" },
      ]);
      const shallow = { ...DEFAULT_PARSE_LIMITS, maxDepth: 2 };
      const block = "a:\n  b:\n    c:\n      d: 1\ne: [[[x]]]\n";
      // The root map is level 1, {b: ...} level 2, {c: ...} level 3: cut (only the first cut is reported).
      expect(check(block, shallow)).toEqual([{ code: "yaml/too-deep", span: { start: 12, end: 13 }, at: "c" }]);
      expect(read(block, shallow).diagnostics[0]?.data).toMatchObject({ limit: 2, cut: 2 });
      expect(toPlainValue(read(block, shallow).root)).toEqual({ a: { b: null }, e: [null] });
      expect(check("a: {b: 1}\n", shallow)).toEqual([]);
    });

    it("yaml/unresolved-tag and yaml/syntax-warning are warnings", () => {
      const tree = read("a: !foo 1\n");
      expect(brief("a: !foo 1\n", tree.diagnostics)).toEqual([
        { code: "yaml/unresolved-tag", span: { start: 3, end: 7 }, at: "!foo" },
      ]);
      expect(tree.diagnostics[0]?.severity).toBe("warning");
      expect(toPlainValue(tree.root)).toEqual({ a: "1" });
      const text = "%FOO bar\n---\na: 1\n";
      // yaml.v3 refuses an unknown directive ("found unknown directive name"); the yaml package warns.
      expect(check(text).map((d) => `${d.code}@${d.span?.start}`)).toEqual([
        frontEndCase.goNormative ? "yaml/syntax@0" : "yaml/syntax-warning@0",
      ]);
    });

    it("reports every problem of a text, in source order", () => {
      const text = "a: 1\na: 2\nb: *nope\nc:\n\td: 1\n";
      expect(check(text).map((d) => d.code)).toEqual([
        "yaml/duplicate-key",
        "yaml/unknown-alias",
        "yaml/tab-indentation",
      ]);
    });

    it("registers every yaml/ code with a severity, a title and a description", () => {
      const codes = Object.keys(DIAGNOSTIC_CODES).filter((c) => c.startsWith("yaml/"));
      expect(codes).toEqual(
        expect.arrayContaining([
          "yaml/syntax",
          "yaml/unterminated-string",
          "yaml/bad-indentation",
          "yaml/tab-indentation",
          "yaml/duplicate-key",
          "yaml/multiple-documents",
          "yaml/non-scalar-key",
          "yaml/alias-limit",
          "yaml/unknown-alias",
          "yaml/input-too-large",
          "yaml/too-deep",
        ]),
      );
      for (const code of codes) {
        const info = (
          DIAGNOSTIC_CODES as Readonly<Record<string, (typeof DIAGNOSTIC_CODES)[keyof typeof DIAGNOSTIC_CODES]>>
        )[code]!;
        expect(["error", "warning", "info"]).toContain(info.severity);
        expect(info.title.length).toBeGreaterThan(0);
        expect(info.description.length).toBeGreaterThan(20);
      }
    });
  });
});
