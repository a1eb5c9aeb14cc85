import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { YamlFrontEnd, YamlScalar } from "../../src/index.js";
import { DEFAULT_PARSE_LIMITS, parse, sourceOffsetOf, sourceSpanOf } from "../../src/index.js";
import { yamlFrontEnd } from "../../src/front-ends/yaml/index.js";
import { FRONT_ENDS } from "../support/front-ends.js";
import { allNodes } from "./tree-invariants.js";

let frontEnd: YamlFrontEnd = yamlFrontEnd;

/** The scalar value of `key` in a root mapping. */
function scalarAt(text: string, key: string): YamlScalar {
  const root = frontEnd(text, DEFAULT_PARSE_LIMITS).root;
  if (root?.kind !== "map") throw new Error("expected a map");
  const value = root.pairs.find((p) => p.key.kind === "scalar" && p.key.text === key)?.value;
  if (value?.kind !== "scalar") throw new Error(`no scalar at ${key}`);
  return value;
}

/** The source characters under the decoded range `start..end`. */
function under(text: string, scalar: YamlScalar, start: number, end: number): string {
  const span = sourceSpanOf(scalar, start, end);
  return text.slice(span.start, span.end);
}

/** Decoded characters that must sit on the very same source character (not produced by decoding). */
function isVerbatim(c: string): boolean {
  return /[A-Za-z0-9$._-]/.test(c);
}

describe.each(FRONT_ENDS)("$name front end", (frontEndCase) => {
  beforeAll(() => {
    frontEnd = frontEndCase.frontEnd;
  });

  describe("scalar source maps", () => {
    it("maps plain and quoted scalars without escapes one to one", () => {
      const text = "a: hello\nb: \"x y\"\nc: 'q'\n";
      expect(under(text, scalarAt(text, "a"), 1, 4)).toBe("ell");
      expect(under(text, scalarAt(text, "b"), 0, 3)).toBe("x y");
      expect(sourceOffsetOf(scalarAt(text, "c"), 0)).toBe(text.indexOf("q"));
    });

    it("covers double-quoted escapes whole", () => {
      const text = 'a: "x\\ty\\u00e9z\\U0001F600!"\n';
      const s = scalarAt(text, "a");
      expect(s.text).toBe("x\tyéz😀!");
      expect(under(text, s, 1, 2)).toBe("\\t");
      expect(under(text, s, 2, 3)).toBe("y");
      expect(under(text, s, 3, 4)).toBe("\\u00e9");
      expect(under(text, s, 4, 5)).toBe("z");
      expect(under(text, s, 5, 7)).toBe("\\U0001F600");
      expect(under(text, s, 7, 8)).toBe("!");
      expect(sourceOffsetOf(s, s.text.length)).toBe(text.lastIndexOf('"'));
    });

    it("maps '' in single-quoted scalars and escaped line breaks in double-quoted ones", () => {
      const text = "a: 'it''s'\nb: \"one\\\n   two\"\n";
      const a = scalarAt(text, "a");
      expect(a.text).toBe("it's");
      expect(under(text, a, 2, 3)).toBe("''");
      expect(under(text, a, 3, 4)).toBe("s");
      const b = scalarAt(text, "b");
      expect(b.text).toBe("onetwo");
      expect(under(text, b, 3, 6)).toBe("two");
    });

    it("maps folded plain and quoted scalars across lines", () => {
      const text = "a: first\n  second\n\n  third\nb: 'x\n  y'\n";
      const a = scalarAt(text, "a");
      expect(a.text).toBe("first second\nthird");
      expect(under(text, a, 6, 12)).toBe("second");
      expect(under(text, a, 13, 18)).toBe("third");
      const b = scalarAt(text, "b");
      expect(b.text).toBe("x y");
      expect(under(text, b, 2, 3)).toBe("y");
    });

    it("points inside a | block scalar at the source, not at the indentation", () => {
      const text = "run: |\n  echo one\n    indented $X\n  last\n";
      const s = scalarAt(text, "run");
      expect(s.style).toBe("block-literal");
      const i = s.text.indexOf("$X");
      expect(sourceOffsetOf(s, i)).toBe(text.indexOf("$X"));
      expect(under(text, s, s.text.indexOf("last"), s.text.indexOf("last") + 4)).toBe("last");
      expect(under(text, s, s.text.indexOf("  indented"), s.text.indexOf("  indented") + 10)).toBe("  indented");
    });

    it("maps > folded block scalars and CRLF line breaks", () => {
      const text = "a: >-\r\n  one\r\n  two\r\n\r\n  three\r\nb: |\r\n  x\r\n  y\r\n";
      const a = scalarAt(text, "a");
      expect(a.text).toBe("one two\nthree");
      expect(under(text, a, 4, 7)).toBe("two");
      expect(under(text, a, 8, 13)).toBe("three");
      expect(under(text, a, 3, 4)).toBe("\r\n");
      const b = scalarAt(text, "b");
      expect(b.text).toBe("x\ny\n");
      expect(under(text, b, 1, 2)).toBe("\r\n");
      expect(under(text, b, 2, 3)).toBe("y");
    });

    it("maps block scalars with an explicit indentation indicator", () => {
      const text = "a: |2\n   lead\n  x\n";
      const s = scalarAt(text, "a");
      expect(s.text).toBe(" lead\nx\n");
      expect(under(text, s, 1, 5)).toBe("lead");
      expect(under(text, s, 6, 7)).toBe("x");
    });

    it("keeps a lone CR as text, and finds a block's indentation on a tab-led line", () => {
      const cr = "a: x\ry z\nb: 'p\rq\n  r'\n";
      if (frontEndCase.goNormative) {
        // For yaml.v3 a lone CR is a line break: `y z` is a key without ':' ("could not find expected ':'").
        const { diagnostics } = frontEnd(cr, DEFAULT_PARSE_LIMITS);
        expect(diagnostics.map((d) => `${d.code}@${d.span?.start}`)).toEqual(["yaml/syntax@5"]);
      } else {
        expect(under(cr, scalarAt(cr, "a"), 2, 3)).toBe("y");
        const b = scalarAt(cr, "b");
        expect(b.text).toBe("p\rq r");
        expect(under(cr, b, 4, 5)).toBe("r");
      }
      const tab = "a: |\n  \tx\n    y\n";
      if (frontEndCase.goNormative) {
        // yaml.v3 refuses the tab ("found a tab character where an indentation space is expected").
        const { diagnostics } = frontEnd(tab, DEFAULT_PARSE_LIMITS);
        expect(diagnostics.map((d) => `${d.code}@${d.span?.start}`)).toEqual(["yaml/tab-indentation@7"]);
        return;
      }
      const s = scalarAt(tab, "a");
      expect(s.text).toBe("\tx\n  y\n");
      expect(under(tab, s, 0, 2)).toBe("\tx");
      expect(under(tab, s, 3, 6)).toBe("  y");
    });

    it("clamps out-of-range and non-finite indexes into the scalar's span", () => {
      const text = 'a: "x\\ty"\n';
      const s = scalarAt(text, "a");
      for (const i of [-5, Number.NaN, 99, Number.POSITIVE_INFINITY]) {
        const o = sourceOffsetOf(s, i);
        expect(o).toBeGreaterThanOrEqual(s.span.start);
        expect(o).toBeLessThanOrEqual(s.span.end);
      }
      expect(sourceSpanOf(s, 2, 1)).toEqual({ start: sourceOffsetOf(s, 2), end: sourceOffsetOf(s, 2) });
    });

    it("keeps every verbatim character on its source character, for any scalar", { timeout: 60_000 }, () => {
      const word = fc.stringMatching(/^[a-z0-9$]{1,6}$/);
      const escape = fc.constantFrom("\\t", "\\n", "\\\\", '\\"', "\\x41", "\\u00e9", "\\U0001F600", "\\\n  ", "\\ ");
      const gap = fc.constantFrom(" ", "\n  ", "\n\n  ", "\r\n  ", "  \n   ", "\t");
      const plain = fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 6 }).map(
        (parts) =>
          parts
            .map(([w, g]) => w + g)
            .join("")
            .trimEnd() + "z",
      );
      const double = fc.array(fc.oneof(word, escape, gap), { maxLength: 8 }).map((parts) => `"${parts.join("")}"`);
      const single = fc
        .array(fc.oneof(word, fc.constant("''"), gap), { maxLength: 8 })
        .map((parts) => `'${parts.join("")}'`);
      const block = fc
        .tuple(
          fc.constantFrom("|", ">", "|-", ">+", "|2", ">-"),
          fc.array(fc.tuple(fc.constantFrom("", " ", "   "), word), { minLength: 1, maxLength: 5 }),
          fc.boolean(),
        )
        .map(([head, lines, crlf]) => {
          const body = lines.map(([extra, w]) => `    ${extra}${w}`).join("\n");
          const out = `${head}\n${body}\n`;
          return crlf ? out.replace(/\n/g, "\r\n") : out;
        });
      fc.assert(
        fc.property(fc.oneof(plain, double, single, block), (scalarText) => {
          const text = `k: ${scalarText}${scalarText.endsWith("\n") ? "" : "\n"}`;
          const tree = frontEnd(text, DEFAULT_PARSE_LIMITS);
          if (tree.diagnostics.some((d) => d.severity === "error")) return;
          for (const node of allNodes(tree.root)) {
            if (node.kind !== "scalar" || node.span.start < 3) continue;
            let last = -1;
            for (let i = 0; i <= node.text.length; i++) {
              const o = sourceOffsetOf(node, i);
              expect(o).toBeGreaterThanOrEqual(last);
              last = o;
              const c = node.text.charAt(i);
              // A letter or digit sits on itself, or on the `\` of the escape that produced it.
              if (i < node.text.length && isVerbatim(c))
                expect([c, "\\"], `${JSON.stringify(text)} @${i}`).toContain(text.charAt(o));
            }
          }
        }),
        { numRuns: 1500 },
      );
    });
  });
});

describe("scalar source maps in diagnostics", () => {
  const sdl = (units: string, size: string, image: string): string =>
    `version: "2.0"\nservices:\n  web:\n    image: ${image}\nprofiles:\n  compute:\n    web:\n      resources:\n        cpu:\n          units: ${units}\n        memory:\n          size: ${size}\n`;
  const at = (text: string, code: string): string => {
    const d = parse(text).diagnostics.find((x) => x.code === code);
    if (d?.span === undefined) throw new Error(`no ${code}`);
    return text.slice(d.span.start, d.span.end);
  };

  it("points a grammar diagnostic inside a double-quoted scalar with escapes at the source", () => {
    const text = sdl("1", '"1\\x30Qi"', "nginx:1.27");
    expect(at(text, "scalar/invalid-size-suffix")).toBe("Qi");
  });

  it("points a grammar diagnostic inside a | block scalar at the source, not the indentation", () => {
    const text = sdl("|\n            25 0m", "1Gi", "nginx:1.27");
    const d = parse(text).diagnostics.find((x) => x.code === "scalar/invalid-cpu");
    expect(d?.span).toBeDefined();
    const line = text.indexOf("25 0m");
    expect(d!.span!.start).toBeGreaterThanOrEqual(line);
    expect(d!.span!.end).toBeLessThanOrEqual(line + 5);
  });

  it("points image warnings inside an escaped image at the source", () => {
    const text = sdl("1", "1Gi", '"ngin\\x78:1.0@sha256:zz"');
    expect(at(text, "scalar/invalid-image-ref")).toMatch(/^z/);
  });
});
