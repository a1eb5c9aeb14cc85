import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findModel } from "../src/find-model.js";
import { MODELS } from "../src/generated/models.js";

describe("findModel", () => {
  it("finds by exact id, case-insensitive id and alias", () => {
    expect(findModel("meta-llama/Llama-3.1-8B")?.params).toBe(8_030_261_248);
    expect(findModel("META-LLAMA/llama-3.1-8b")?.id).toBe("meta-llama/Llama-3.1-8B");
    expect(findModel("llama-3-8b")?.id).toBe("meta-llama/Meta-Llama-3-8B");
    expect(findModel("LLaMA-3-8B")?.id).toBe("meta-llama/Meta-Llama-3-8B");
    expect(findModel("  qwen3-235b-a22b \n")?.id).toBe("Qwen/Qwen3-235B-A22B");
  });

  it("resolves every id and alias of the catalogue to its own model", () => {
    for (const m of MODELS) {
      expect(findModel(m.id)).toBe(m);
      expect(findModel(m.id.toUpperCase())).toBe(m);
      for (const a of m.aliases) expect(findModel(a)).toBe(m);
    }
  });

  it("returns undefined for unknown or empty input and never throws", () => {
    expect(findModel("")).toBeUndefined();
    expect(findModel("   ")).toBeUndefined();
    expect(findModel("mistral-7b")).toBeUndefined();
    expect(findModel("meta-llama")).toBeUndefined();
    fc.assert(
      fc.property(fc.string(), (s) => {
        const m = findModel(s);
        return m === undefined || MODELS.includes(m);
      }),
    );
  });
});
