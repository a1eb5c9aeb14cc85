import { MODELS } from "@akash-sdl/catalog";
import { describe, expect, it } from "vitest";
import { buildProfile, countParams, familyTraits, paramParts, sumParts } from "../src/index.js";
import { rel, spec } from "./support/fixtures.js";

// MoE families whose expert MLP size (and DeepSeek's MLA projections) the catalogue does not
// give: their totals are the vendors' figures, the estimator splits them (see param-parts.ts).
const NOT_COUNTABLE = new Set([
  "deepseek-ai/DeepSeek-V3",
  "deepseek-ai/DeepSeek-R1",
  "microsoft/Phi-3.5-MoE-instruct",
  "openai/gpt-oss-20b",
  "openai/gpt-oss-120b",
  "meta-llama/Llama-4-Scout-17B-16E-Instruct",
  "meta-llama/Llama-4-Maverick-17B-128E-Instruct",
]);

// openai/whisper README rounds tiny to "39M"; the architecture (and the HF checkpoint) has 37.8M.
const ROUNDED_IN_CATALOGUE = new Map([["openai/whisper-tiny", 0.04]]);

describe("parameter counts from the architecture", () => {
  const countable = MODELS.filter((m) => !NOT_COUNTABLE.has(m.id));

  it.each(countable.map((m) => [m.id, m] as const))("%s agrees with the catalogue within 2 %%", (_id, m) => {
    const traits = familyTraits(m.family, m.task);
    const counted =
      traits.kind === "diffusion"
        ? Object.values(m.components ?? {}).reduce((a, b) => a + b, 0)
        : countParams(m, traits);
    expect(counted).toBeDefined();
    expect(rel(counted ?? 0, m.params)).toBeLessThan(ROUNDED_IN_CATALOGUE.get(m.id) ?? 0.02);
  });

  it("only MoE models without an expert size (or with MLA) cannot be counted", () => {
    const uncountable = MODELS.filter((m) => {
      const t = familyTraits(m.family, m.task);
      return t.kind !== "diffusion" && countParams(m, t) === undefined;
    }).map((m) => m.id);
    expect(new Set(uncountable)).toEqual(NOT_COUNTABLE);
  });

  it("counts MoE models when the inline architecture gives the expert size", () => {
    const t = familyTraits("gpt-oss", "text-generation");
    const oss = { ...spec("openai/gpt-oss-120b"), params: undefined, intermediateSize: 2880 };
    expect(rel(countParams(oss, t) ?? 0, 116.83e9)).toBeLessThan(0.005);
    const phi = { ...spec("microsoft/Phi-3.5-MoE-instruct"), params: undefined, intermediateSize: 6400 };
    expect(rel(countParams(phi, familyTraits("phi3.5-moe", "text-generation")) ?? 0, 41.87e9)).toBeLessThan(0.005);
  });

  it("chooses the embedding tying that agrees with a stated total (Falcon-7B ties, Falcon-40B does not)", () => {
    const t = familyTraits("falcon", "text-generation");
    const f7 = spec("tiiuae/falcon-7b");
    expect(rel(countParams(f7, t) ?? 0, f7.params)).toBeLessThan(0.001);
    expect(rel(countParams({ ...f7, params: undefined }, t) ?? 0, f7.params)).toBeGreaterThan(0.03);
  });

  it.each(MODELS.map((m) => [m.id, m] as const))("%s: the storage classes sum to the stated total", (_id, m) => {
    const { profile } = buildProfile(m);
    expect(profile).toBeDefined();
    if (!profile) return;
    const parts = paramParts(profile);
    expect(rel(sumParts(parts), m.params)).toBeLessThan(1e-9);
    expect(Math.min(parts.embedding, parts.output, parts.linear, parts.experts, parts.other)).toBeGreaterThanOrEqual(0);
  });

  it("splits routed experts from the rest for MoE models the catalogue gives only totals for", () => {
    // DeepSeek-V3: 58 MoE layers × 256 experts × 3 × 7168 × 2048 ≈ 654B routed (MaxText config).
    const ds = paramParts(buildProfile(spec("deepseek-ai/DeepSeek-V3")).profile!);
    expect(rel(ds.experts, 58 * 256 * 3 * 7168 * 2048)).toBeLessThan(0.01);
    // Llama-4 Maverick: 24 MoE layers × 128 experts × 3 × 5120 × 8192 ≈ 386.5B routed.
    const mav = paramParts(buildProfile(spec("meta-llama/Llama-4-Maverick-17B-128E-Instruct")).profile!);
    expect(rel(mav.experts, 24 * 128 * 3 * 5120 * 8192)).toBeLessThan(0.01);
    // gpt-oss-20b: 24 layers × 32 experts × 3 × 2880² ≈ 19.1B routed.
    const oss = paramParts(buildProfile(spec("openai/gpt-oss-20b")).profile!);
    expect(rel(oss.experts, 24 * 32 * 3 * 2880 * 2880)).toBeLessThan(0.01);
  });
});
