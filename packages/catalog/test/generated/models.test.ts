import { describe, expect, it } from "vitest";
import { MODELS } from "../../src/generated/models.js";
import { HAS_DATA, sourceModels } from "../support/data.js";

describe("MODELS against models.json", () => {
  it.skipIf(!HAS_DATA)("has all 71 models in source order with the null fields dropped", () => {
    const source = sourceModels();
    expect(source).toHaveLength(71);
    expect(MODELS.map((m) => m.id)).toEqual(source.map((m) => m["id"]));
    for (const [i, m] of MODELS.entries()) {
      const expected = Object.fromEntries(Object.entries(source[i] ?? {}).filter(([, v]) => v !== null));
      const { aliases, ...rest } = m;
      expect(rest).toEqual(expected);
      expect(aliases.length).toBeGreaterThan(0);
    }
  });
});

describe("MODELS shape", () => {
  it("has no null or undefined values and only known tasks", () => {
    for (const m of MODELS) {
      for (const [k, v] of Object.entries(m)) expect(v, `${m.id}.${k}`).not.toBeNull();
      for (const v of Object.values(m)) expect(v).not.toBeUndefined();
      expect(["text-generation", "speech-to-text", "text-to-image", "embedding"]).toContain(m.task);
    }
    const flux = MODELS.find((m) => m.id === "black-forest-labs/FLUX.1-dev");
    expect(flux).toBeDefined();
    expect(flux).not.toHaveProperty("layers");
    expect(flux).not.toHaveProperty("vocab");
    expect(flux?.components?.["transformer"]).toBe(11_900_000_000);
  });

  it("gives every alias to exactly one model, lower-case, never another model's id", () => {
    const owners = new Map<string, string[]>();
    for (const m of MODELS) {
      expect(new Set(m.aliases).size).toBe(m.aliases.length);
      for (const a of m.aliases) {
        expect(a).toBe(a.toLowerCase());
        expect(a).toMatch(/^[a-z0-9][a-z0-9.\-_]*$/);
        owners.set(a, [...(owners.get(a) ?? []), m.id]);
      }
    }
    for (const [alias, ids] of owners) expect(ids, alias).toHaveLength(1);
    const lowerIds = new Set(MODELS.map((m) => m.id.toLowerCase()));
    for (const alias of owners.keys()) expect(lowerIds.has(alias)).toBe(false);
  });

  it("derives the expected aliases", () => {
    const aliasesOf = (id: string): readonly string[] | undefined => MODELS.find((m) => m.id === id)?.aliases;
    expect(aliasesOf("meta-llama/Meta-Llama-3-8B")).toEqual(["meta-llama-3-8b", "llama-3-8b"]);
    expect(aliasesOf("meta-llama/Llama-2-7b-hf")).toEqual(["llama-2-7b-hf", "llama-2-7b"]);
    expect(aliasesOf("meta-llama/Llama-3.3-70B-Instruct")).toEqual(["llama-3.3-70b-instruct", "llama-3.3-70b"]);
    expect(aliasesOf("google/gemma-3-27b-it")).toEqual(["gemma-3-27b-it", "gemma-3-27b"]);
    expect(aliasesOf("mistralai/Mixtral-8x7B-v0.1")).toEqual(["mixtral-8x7b-v0.1", "mixtral-8x7b"]);
    // `mistral-7b` would be shared by Mistral-7B-v0.1 and Mistral-7B-Instruct-v0.3: dropped for both.
    expect(aliasesOf("mistralai/Mistral-7B-v0.1")).toEqual(["mistral-7b-v0.1"]);
    expect(aliasesOf("mistralai/Mistral-7B-Instruct-v0.3")).toEqual(["mistral-7b-instruct-v0.3", "mistral-7b-instruct"]);
  });
});
