import { describe, expect, it } from "vitest";
import { DEFAULT_PARSE_LIMITS } from "../../../src/index.js";
import { fastFrontEnd, readFastOrThrow as readFast } from "../../../src/front-ends/fast/fast-front-end.js";
import { corpusFiles, HAS_CORPUS } from "../../support/corpus.js";
import { compareWithGo } from "./support/compare-with-go.js";
import { askGo, GO_ORACLE } from "./support/go-oracle.js";

const files = corpusFiles();

describe.skipIf(!HAS_CORPUS || GO_ORACLE === undefined)("fast front end vs yaml.v3 on the corpus", () => {
  const answers = GO_ORACLE === undefined ? [] : askGo(files.map((f) => f.text));

  it("reads every corpus file itself (never hands one to the yaml front end)", () => {
    const fellBack = files.filter((f) => readFast(f.text, DEFAULT_PARSE_LIMITS) === null).map((f) => f.name);
    expect(fellBack).toEqual([]);
  });

  it("agrees with yaml.v3 on every corpus file: verdict, decoded value, every node's line and column", () => {
    const problems: string[] = [];
    files.forEach((f, i) => {
      const diff = compareWithGo(f.text, fastFrontEnd(f.text, DEFAULT_PARSE_LIMITS), answers[i]!);
      if (diff.length > 0) problems.push(`${f.name}: ${diff.join("; ")}`);
    });
    expect(problems).toEqual([]);
    expect(files.length).toBeGreaterThan(400);
  });

  it("reads awesome-akash/wordpress__deploy.yaml as yaml.v3 does (the yaml package refuses it)", () => {
    const file = files.find((f) => f.name.endsWith("wordpress__deploy.yaml"));
    expect(file).toBeDefined();
    const tree = fastFrontEnd(file!.text, DEFAULT_PARSE_LIMITS);
    expect(tree.diagnostics).toEqual([]);
    expect(compareWithGo(file!.text, tree, askGo([file!.text])[0]!)).toEqual([]);
  });
});
