import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEFAULT_PARSE_LIMITS, toPlainValue, yamlFrontEnd } from "../../src/index.js";
import { corpusFiles, HAS_CORPUS } from "../support/corpus.js";
import { spanProblems } from "./tree-invariants.js";

/** `yaml.parse` with default options, or `undefined` when it rejects the text. */
function reference(text: string): { value: unknown } | undefined {
  try {
    return { value: parse(text, { logLevel: "error" }) }; // same result, without printed warnings
  } catch {
    return undefined;
  }
}

describe.skipIf(!HAS_CORPUS)("yamlFrontEnd over the corpus", () => {
  const files = corpusFiles();

  it("finds corpus files", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it("never throws, keeps spans nested, and matches yaml.parse on accepted files", () => {
    let compared = 0;
    for (const file of files) {
      const tree = yamlFrontEnd(file.text, DEFAULT_PARSE_LIMITS);
      expect(spanProblems(tree.root, file.text.length), file.name).toEqual([]);
      for (const d of tree.diagnostics) {
        if (d.span) expect(d.span.end, file.name).toBeLessThanOrEqual(file.text.length);
      }
      const ref = reference(file.text);
      if (ref === undefined) continue;
      compared++;
      expect(toPlainValue(tree.root), file.name).toEqual(ref.value);
    }
    expect(compared).toBeGreaterThan(0);
  });
});
