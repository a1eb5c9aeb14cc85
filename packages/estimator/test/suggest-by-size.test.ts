// Suggestions for an unknown id come from the model family and size (issue 11).
import { MODELS } from "@akash-sdl/catalog";
import { describe, expect, it } from "vitest";
import { estimate, suggestByFamilyAndSize } from "../src/index.js";

describe("suggestions by family and size", () => {
  it.each([
    ["Qwen/Qwen2.5-9B-Instruct", ["Qwen/Qwen2.5-7B", "Qwen/Qwen2.5-14B"]],
    ["llama3.1:13b", ["meta-llama/Llama-3.1-8B", "meta-llama/Llama-3.1-70B"]],
    ["gemma-2-12b", ["google/gemma-2-9b", "google/gemma-2-27b"]],
  ])("%s → %j", (ref, ids) => {
    expect(suggestByFamilyAndSize(ref, MODELS, 2)).toEqual(ids);
  });

  it("no size or no family: no suggestion from this rule", () => {
    expect(suggestByFamilyAndSize("Qwen/QwQ-preview", MODELS)).toEqual([]);
    expect(suggestByFamilyAndSize("acme/unknownfamily-7b", MODELS)).toEqual([]);
  });

  it("the unknown-model diagnostic leads with the same family's nearest sizes", () => {
    const d = estimate({ model: "Qwen/Qwen2.5-9B-Instruct" }).diagnostics[0]!;
    expect(d.code).toBe("estimate/unknown-model");
    expect(d.hints?.[0]).toMatch(/Qwen\/Qwen2\.5-7B/);
  });
});
