import { parse } from "@akash-sdl/core";
import { describe, expect, it } from "vitest";
import { deployVerdict, validate } from "../src/index.js";
import expectations from "./fixtures/go-expectations.json" with { type: "json" };
import { corpusFiles, HAS_CORPUS } from "./support/corpus.js";

const FILES: Readonly<Record<string, { readonly go: boolean; readonly reason?: string }>> = expectations.files;

describe.skipIf(!HAS_CORPUS)("go parity: awesome-akash against the checked-in Go verdicts", () => {
  const files = corpusFiles("awesome-akash");
  it("has an expectation for every file and a reason for every rejection", () => {
    expect(Object.keys(FILES).sort()).toEqual(files.map((f) => f.name.replace(/^awesome-akash\//, "")).sort());
    for (const [name, e] of Object.entries(FILES))
      if (!e.go) expect(e.reason, name).toMatch(/^[a-z]+\/[a-z0-9-]+ — (SDL-SPEC|yaml\.v3)/);
  });
  it.each(files.map((f) => [f.name.replace(/^awesome-akash\//, ""), f.text] as const))("%s", (name, text) => {
    const expected = FILES[name];
    const parsed = parse(text);
    const goErrors = validate(parsed, { target: "go" }).filter((d) => d.severity === "error");
    expect(goErrors.length === 0).toBe(expected?.go);
    expect(deployVerdict(parsed).go).toBe(expected?.go);
    if (expected?.go === false) expect(goErrors.map((d) => d.code)).toContain(expected.reason?.split(" ")[0]);
  });
});

describe.skipIf(!HAS_CORPUS)("awesome-akash templates with GB/gi sizes", () => {
  // The files Go rejects only for their size suffixes (GB, Gb, gi, …) per the expectations file.
  const suffixOnly = new Set(
    Object.entries(FILES)
      .filter(([, e]) => e.reason?.startsWith("scalar/invalid-size-suffix"))
      .map(([n]) => n),
  );
  const sized = corpusFiles("awesome-akash").filter((f) => suffixOnly.has(f.name.replace(/^awesome-akash\//, "")));
  it("are the 22 known ones", () => {
    expect(sized.length).toBe(22);
  });
  it.each(sized.map((f) => [f.name, f.text] as const))(
    "%s: no error under any, a compat warning instead",
    (_name, text) => {
      const ds = validate(parse(text), { target: "any" });
      expect(ds.filter((d) => d.severity === "error")).toEqual([]);
      expect(ds.some((d) => d.code === "compat/size-suffix" && d.severity === "warning")).toBe(true);
    },
  );
});
