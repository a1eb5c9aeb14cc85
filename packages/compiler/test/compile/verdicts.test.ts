import { describe, expect, test } from "vitest";
import { compile } from "../../src/index.js";
import { corpusFiles, HAS_CORPUS } from "../support/corpus.js";

const invalid = corpusFiles("chain-sdk-testdata/input/invalid");
const schemaOnly = corpusFiles("chain-sdk-testdata/input/schema-only-invalid");

describe.skipIf(!HAS_CORPUS)("Go fixture verdicts (SDL-SPEC §8.2, §8.3)", () => {
  test.each(invalid.map((f) => [f.name, f.text] as const))(
    "%s: both Go and the TS SDK reject it, so nothing is emitted",
    (_name, text) => {
      const { value, diagnostics } = compile(text);
      expect(value).toBeUndefined();
      expect(diagnostics.some((d) => d.severity === "error")).toBe(true);
    },
  );

  test.each(schemaOnly.map((f) => [f.name, f.text] as const))(
    "%s: Go accepts it, so target go compiles it",
    (_name, text) => {
      const { value, diagnostics } = compile(text, { target: "go" });
      expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(value?.version).toHaveLength(32);
    },
  );

  test("invalid-gpu-vendor: Go ignores the amd vendor and requests any nvidia model", () => {
    const file = schemaOnly.find((f) => f.name.endsWith("invalid-gpu-vendor.yaml"));
    expect(file).toBeDefined();
    const { value } = compile(file!.text, { target: "go" });
    expect(value!.groups[0]!.resources[0]!.resource.gpu?.attributes).toEqual([
      { key: "vendor/nvidia/model/*", value: "true" },
    ]);
  });
});
