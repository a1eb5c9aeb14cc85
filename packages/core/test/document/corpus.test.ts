import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { DIAGNOSTIC_CODES, parse } from "../../src/index.js";
import { corpusFiles, HAS_CORPUS } from "../support/corpus.js";
import { sdlWith } from "./helpers.js";

const FILES = corpusFiles();

describe.skipIf(!HAS_CORPUS)("the whole corpus", () => {
  test("has files", () => expect(FILES.length).toBeGreaterThan(100));

  test("every corpus file parses without a throw, with sorted, registered-code diagnostics", () => {
    for (const file of FILES) {
      const r = parse(file.text);
      expect(r.tree, file.name).toBeDefined();
      const starts = r.diagnostics.map((d) => d.span?.start ?? 0);
      expect(starts, file.name).toEqual([...starts].sort((a, b) => a - b));
      expect(
        r.diagnostics.filter((d) => d.code === "internal/exception"),
        file.name,
      ).toEqual([]);
      for (const d of r.diagnostics) expect(DIAGNOSTIC_CODES[d.code], `${file.name}: ${d.code}`).toBeDefined();
    }
  });

  // Go rejects these at decode time or because a required value is absent: the document layer sees it.
  const DECODE_LEVEL: Record<string, string> = {
    "unknown-field": "sdl/unexpected-field",
    "missing-version": "sdl/missing-key",
    "missing-deployment": "sdl/missing-key",
    "missing-image": "sdl/missing-key",
    "empty-image": "sdl/missing-key",
    "missing-memory-size": "sdl/missing-key",
    "credentials-missing-host": "sdl/missing-key",
    "negative-cpu": "scalar/",
    "v2.1-reclamation-bad-window": "scalar/",
  };
  test.each(Object.entries(DECODE_LEVEL))("invalid/%s has a %s error", (name, code) => {
    const file = FILES.find((f) => f.name === `chain-sdk-testdata/input/invalid/${name}.yaml`);
    if (file === undefined) throw new Error(`fixture ${name} missing`);
    const found = parse(file.text).diagnostics.filter((d) => d.severity === "error" && d.code.startsWith(code));
    expect(found.length).toBeGreaterThan(0);
  });

  test("schema-only-invalid fixtures (Go accepts them) have no error diagnostics", () => {
    const files = FILES.filter((f) => f.name.startsWith("chain-sdk-testdata/input/schema-only-invalid/"));
    expect(files.length).toBe(6);
    for (const file of files) {
      expect(
        parse(file.text).diagnostics.filter((d) => d.severity === "error"),
        file.name,
      ).toEqual([]);
    }
  });
});

describe("parse never throws", () => {
  test("for arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = parse(text);
        expect(Array.isArray(r.diagnostics)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test("for SDL text with random edits", () => {
    const base = sdlWith({});
    fc.assert(
      fc.property(
        fc.nat({ max: base.length }),
        fc.nat({ max: 20 }),
        fc.string({
          maxLength: 12,
          unit: fc.constantFrom("-", ":", " ", "\n", "[", "{", "~", "'", '"', "0", "a", "&x", "*x", "<<", "!!str "),
        }),
        (at, cut, insert) => {
          const text = base.slice(0, at) + insert + base.slice(at + cut);
          const r = parse(text);
          expect(r.diagnostics.filter((d) => d.code === "internal/exception")).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });
});
