import { describe, expect, it } from "vitest";
import { DEFAULT_PARSE_LIMITS, parse } from "../../../src/index.js";
import { yamlFrontEnd } from "../../../src/front-ends/yaml/index.js";

describe("the yaml front end behind the seam", () => {
  it("gives parse its tree unchanged when chosen as the front end", () => {
    const text = "a: [1, {b: 2}]\n";
    const viaParse = parse(text, { frontEnd: yamlFrontEnd }).tree;
    const direct = yamlFrontEnd(text, DEFAULT_PARSE_LIMITS);
    expect(viaParse.root).toEqual(direct.root);
    expect(viaParse.diagnostics).toEqual(direct.diagnostics);
  });

  it("carries its line counter on the tree, and parse hands it on", () => {
    const text = "a: 1\r\nb: 2\n";
    const tree = yamlFrontEnd(text, DEFAULT_PARSE_LIMITS);
    expect(tree.lineCounter?.lineStarts).toEqual([0, 6, 11]);
    expect(parse(text, { frontEnd: () => tree }).lineCounter).toBe(tree.lineCounter);
    expect(parse(text, { frontEnd: yamlFrontEnd }).lineCounter.positionAt(6)).toEqual({ line: 2, column: 1 });
  });

  it("sets keyName on non-scalar keys only", () => {
    const root = yamlFrontEnd("? [a, b]\n: 1\nc: 2\n? *x\n: 3\n", DEFAULT_PARSE_LIMITS).root;
    if (root?.kind !== "map") throw new Error("expected a map");
    expect(root.pairs.map((p) => p.keyName)).toEqual(["[a, b]", undefined, "*x"]);
  });

  it("gives aliases a JSON form that refers to the anchor instead of copying it", () => {
    const tree = yamlFrontEnd("a: &x [1, 2]\nb: *x\n", DEFAULT_PARSE_LIMITS);
    const json = JSON.parse(JSON.stringify(tree.root)) as { pairs: { value: { kind: string; target: unknown } }[] };
    expect(json.pairs[1]?.value).toMatchObject({ kind: "alias", name: "x", target: { $ref: { start: 6, end: 12 } } });
  });

  it("does not import the yaml package from parse.ts", async () => {
    const { readFile } = await import("node:fs/promises");
    const source = await readFile(new URL("../../../src/document/parse.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/from "yaml"/);
    expect(source).not.toMatch(/front-ends\/yaml/);
  });

  it("keeps tree/, text/ and document/ free of the yaml package, and tree/ free of front ends", async () => {
    const { readdir, readFile } = await import("node:fs/promises");
    for (const folder of ["tree", "text", "document"]) {
      const dir = new URL(`../../../src/${folder}/`, import.meta.url);
      for (const name of await readdir(dir)) {
        if (!name.endsWith(".ts")) continue;
        const source = await readFile(new URL(name, dir), "utf8");
        expect(source, `${folder}/${name}`).not.toMatch(/from "yaml"/);
        if (folder !== "document") expect(source, `${folder}/${name}`).not.toMatch(/front-ends\//);
      }
    }
  });
});
