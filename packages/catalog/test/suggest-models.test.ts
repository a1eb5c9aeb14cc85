import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MODELS } from "../src/generated/models.js";
import { suggestModels } from "../src/suggest-models.js";

const names = new Set(MODELS.flatMap((m) => [m.id, ...m.aliases]));

describe("suggestModels", () => {
  it("puts the closest alias first for typos", () => {
    expect(suggestModels("lama-3.1-8b")[0]).toBe("llama-3.1-8b");
    expect(suggestModels("llama3-8b")[0]).toBe("llama-3-8b");
    expect(suggestModels("qwen-2.5-7b")[0]).toBe("qwen2.5-7b");
    expect(suggestModels("deepseek r1")[0]).toBe("deepseek-r1");
    expect(suggestModels("Gemma-3-27B")[0]).toBe("gemma-3-27b");
  });

  it("suggests names that extend the query at a separator", () => {
    expect(suggestModels("mistral-7b", 2)).toEqual(["mistral-7b-v0.1", "mistral-7b-instruct"]);
    expect(suggestModels("llama-3.1-8b-instruct")[0]).toBe("llama-3.1-8b");
    expect(suggestModels("gpt-oss")).toEqual(["gpt-oss-20b", "gpt-oss-120b"]);
  });

  it("returns at most `limit` names, one per model, all from the catalogue", () => {
    const result = suggestModels("llama", 3);
    expect(result).toHaveLength(3);
    const ids = result.map((n) => MODELS.find((m) => m.id === n || m.aliases.includes(n))?.id);
    expect(new Set(ids).size).toBe(3);
    expect(suggestModels("llama", 0)).toEqual([]);
    expect(suggestModels("llama").length).toBeLessThanOrEqual(5);
  });

  it("suggests nothing for far-off or empty queries", () => {
    expect(suggestModels("x")).toEqual([]);
    expect(suggestModels("")).toEqual([]);
    expect(suggestModels("completely-unrelated-thing")).toEqual([]);
  });

  it("never throws and only returns catalogue names", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: -2, max: 20 }), (q, limit) => {
        const out = suggestModels(q, limit);
        return out.length <= Math.max(0, limit) && out.every((n) => names.has(n));
      }),
    );
  });
});
