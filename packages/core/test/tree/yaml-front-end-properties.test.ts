import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { DEFAULT_PARSE_LIMITS, sourceOffsetOf, toPlainValue } from "../../src/index.js";
import { yamlFrontEnd } from "../../src/front-ends/yaml/index.js";
import { allNodes, crlfProblems, hasCollectionKey, spanProblems } from "./tree-invariants.js";
import type { YamlFrontEnd } from "../../src/index.js";
import { FRONT_ENDS } from "../support/front-ends.js";
import { compareWithGo } from "../front-ends/fast/support/compare-with-go.js";
import { askGo, GO_ORACLE } from "../front-ends/fast/support/go-oracle.js";

let frontEnd: YamlFrontEnd = yamlFrontEnd;

/** Pieces that exercise YAML's tricky corners: indentation, quotes, flow, anchors, tabs, CRLF, BOM, astral. */
const piece = fc.constantFrom(
  "a",
  "key",
  ":",
  ": ",
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "- ",
  "? ",
  "[",
  "]",
  "{",
  "}",
  ",",
  "'",
  '"',
  "\\",
  "#",
  "# c",
  "&x ",
  "*x",
  "!!str ",
  "!t ",
  "|",
  ">-",
  "---\n",
  "...\n",
  "%YAML 1.2\n",
  "\uFEFF",
  "😀",
  "1",
  "0x1F",
  "~",
  "null",
  "true",
  ".inf",
  "`",
  "@",
  "%",
  "\n  ",
  "\n    ",
  "a: ",
  "- a\n",
  "key: value\n",
  '"x"',
  "'y'",
  "|+\n",
  "<<: ",
  "\u00e9",
  '\\"',
  "\r",
);
const yamlish = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(""));

describe.each(FRONT_ENDS)("$name front end", (frontEndCase) => {
  beforeAll(() => {
    frontEnd = frontEndCase.frontEnd;
  });

  describe("yamlFrontEnd properties", () => {
    it("never throws, and keeps every span inside the text and inside its parent", { timeout: 60_000 }, () => {
      fc.assert(
        fc.property(yamlish, (text) => {
          const tree = frontEnd(text, DEFAULT_PARSE_LIMITS);
          expect(spanProblems(tree.root, text.length)).toEqual([]);
          expect(crlfProblems(tree.root, text)).toEqual([]);
          for (const node of allNodes(tree.root)) {
            if (node.kind !== "scalar") continue;
            let last = node.span.start;
            for (let i = 0; i <= node.text.length; i++) {
              const o = sourceOffsetOf(node, i);
              expect(o).toBeGreaterThanOrEqual(last);
              expect(o).toBeLessThanOrEqual(node.span.end);
              last = o;
            }
          }
          for (const d of tree.diagnostics) {
            expect(d.code).not.toBe("yaml/internal");
            if (d.span) {
              expect(d.span.start).toBeGreaterThanOrEqual(0);
              expect(d.span.end).toBeLessThanOrEqual(text.length);
              expect(d.span.start).toBeLessThanOrEqual(d.span.end);
              for (const o of [d.span.start, d.span.end]) {
                expect(
                  o > 0 && text.charCodeAt(o) === 10 && text.charCodeAt(o - 1) === 13,
                  `${d.code} cuts a CRLF at ${o}`,
                ).toBe(false);
              }
            }
          }
        }),
        { numRuns: 3000 },
      );
    });

    it("agrees with yaml.parse whenever yaml.parse accepts the text (else with yaml.v3 where Go is normative)", {
      timeout: 60_000,
    }, () => {
      const goDiffers: string[] = [];
      fc.assert(
        fc.property(yamlish, (text) => {
          let expected: unknown;
          try {
            expected = parse(text, { logLevel: "error" }); // same result, without printed warnings
          } catch {
            return;
          }
          const tree = frontEnd(text, DEFAULT_PARSE_LIMITS);
          // Documented difference: an alias inside its own anchor gives yaml a cyclic value, us null.
          if (tree.diagnostics.some((d) => d.code === "yaml/unknown-alias")) return;
          // Documented difference: a mapping or sequence key is named by its source slice (keyName).
          if (hasCollectionKey(tree.root)) return;
          const ours = toPlainValue(tree.root);
          // A Go-normative front end may read a text differently where yaml.v3 does (checked below).
          if (frontEndCase.goNormative && !isDeepStrictEqual(ours, expected)) {
            goDiffers.push(text);
            return;
          }
          expect(ours).toEqual(expected);
        }),
        { numRuns: 3000 },
      );
      if (goDiffers.length === 0) return;
      // Each such reading is yaml.v3's: same verdict (and, when accepted, same value and positions).
      if (GO_ORACLE === undefined) return;
      const answers = askGo(goDiffers);
      // Documented difference: merge keys (`<<`) are ordinary keys in the tree; yaml.v3 merges them
      // when decoding (and refuses a merge of a scalar then).
      const merges = (i: number) => {
        const error = answers[i]?.error;
        return error !== undefined && error.stage === "decode" && /merge/.test(error.message);
      };
      const problems = goDiffers.flatMap((text, i) =>
        merges(i)
          ? []
          : compareWithGo(text, frontEnd(text, DEFAULT_PARSE_LIMITS), answers[i]!).map(
              (p) => `${JSON.stringify(text)}: ${p}`,
            ),
      );
      expect(problems).toEqual([]);
    });

    it("round-trips values written by yaml.stringify, without diagnostics", { timeout: 60_000 }, () => {
      const value = fc.jsonValue({ maxDepth: 5 });
      fc.assert(
        fc.property(value, fc.boolean(), (v, crlf) => {
          let text = stringify(v);
          if (crlf) text = text.replace(/\n/g, "\r\n");
          const tree = frontEnd(text, DEFAULT_PARSE_LIMITS);
          expect(tree.diagnostics).toEqual([]);
          expect(toPlainValue(tree.root)).toEqual(parse(text));
          expect(spanProblems(tree.root, text.length)).toEqual([]);
        }),
        { numRuns: 1000 },
      );
    });
  });
});
