import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compile, goSortJson, manifestToJson, manifestToSortedJson } from "../../src/index.js";
import type { GoJsonValue } from "../../src/index.js";
import { goFixtures, HAS_CORPUS } from "../support/corpus.js";

const BASE = `version: "2.1"
services:
  web:
    image: nginx:1.25
    expose:
      - port: 80
        to: [{global: true}]
profiles:
  compute:
    web:
      resources: {cpu: {units: 0.5}, memory: {size: 512Mi}, storage: {size: 1Gi}}
  placement:
    dc:
      pricing: {web: {denom: uakt, amount: 100}}
deployment:
  web: {dc: {profile: web, count: 1}}
`;

/** Random edits of a text: deletions, insertions of SDL-ish fragments, duplications. */
const edited = (text: string): fc.Arbitrary<string> =>
  fc
    .array(
      fc.tuple(
        fc.nat({ max: text.length }),
        fc.nat({ max: 40 }),
        fc.constantFrom(
          "",
          ":",
          "- ",
          "\n  ",
          "[]",
          "{}",
          "~",
          "0",
          "-1",
          "1e9",
          "<&>",
          "\u2028",
          "é",
          "*a",
          "&a ",
          "!!str ",
          "'",
          '"',
          "\t",
        ),
      ),
      { maxLength: 6 },
    )
    .map((edits) => {
      let t = text;
      for (const [at, len, insert] of edits)
        t = t.slice(0, Math.min(at, t.length)) + insert + t.slice(Math.min(at + len, t.length));
      return t;
    });

describe("compile() properties", () => {
  const texts = [BASE, ...(HAS_CORPUS ? goFixtures().map((f) => f.input) : [])];

  test("never throws on edited SDL, and a value always carries a 32-byte version", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts).chain(edited), (text) => {
        const { value, diagnostics } = compile(text);
        if (value !== undefined) {
          expect(value.version).toHaveLength(32);
          expect(diagnostics.some((d) => d.severity === "error")).toBe(false);
        } else {
          expect(diagnostics.some((d) => d.severity === "error")).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  test("the provider body and the hashed JSON agree: SortJSON(body) = sorted form", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(
        fc.record({
          image: fc.string({ maxLength: 12 }).map((s) => `img${s.replace(/[\s:#'"{}[\],&*!|>%@`\\]/g, "")}`),
          port: fc.integer({ min: 1, max: 65535 }),
          count: fc.integer({ min: 1, max: 9 }),
          env: fc.array(fc.constantFrom("A=<b>", "B=&c", "C=\u2028", "D=é"), { maxLength: 3 }),
        }),
        ({ image, port, count, env }) => {
          const text = BASE.replace("nginx:1.25", `${image}:1`)
            .replace("port: 80", `port: ${port}`)
            .replace("count: 1", `count: ${count}`)
            .replace("    expose:", `    env: ${JSON.stringify(env)}\n    expose:`);
          const { value } = compile(text);
          if (value === undefined) return;
          const body = manifestToJson(value.manifest);
          expect(goSortJson(JSON.parse(body) as GoJsonValue)).toBe(manifestToSortedJson(value.manifest));
          expect(value.manifest[0]!.services[0]!.count).toBe(count);
        },
      ),
      { numRuns: 60 },
    );
  });
});
