import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEFAULT_PARSE_LIMITS, toPlainValue } from "../../src/index.js";
import { yamlFrontEnd } from "../../src/front-ends/yaml/index.js";
import { corpusFiles, HAS_CORPUS } from "../support/corpus.js";
import { spanProblems } from "./tree-invariants.js";
import type { YamlFrontEnd } from "../../src/index.js";
import { FRONT_ENDS } from "../support/front-ends.js";

let frontEnd: YamlFrontEnd = yamlFrontEnd;

/** `yaml.parse` with default options, or `undefined` when it rejects the text. */
function reference(text: string): { value: unknown } | undefined {
  try {
    return { value: parse(text, { logLevel: "error" }) }; // same result, without printed warnings
  } catch {
    return undefined;
  }
}

describe.each(FRONT_ENDS)("$name front end", (frontEndCase) => {
  beforeAll(() => {
    frontEnd = frontEndCase.frontEnd;
  });

  describe.skipIf(!HAS_CORPUS)("yamlFrontEnd over the corpus", () => {
    const files = corpusFiles();

    it("finds corpus files", () => {
      expect(files.length).toBeGreaterThan(0);
    });

    it("never throws, keeps spans nested, and matches yaml.parse on accepted files", { timeout: 60_000 }, () => {
      let compared = 0;
      for (const file of files) {
        const tree = frontEnd(file.text, DEFAULT_PARSE_LIMITS);
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
});
