// Per-variant facts (issue 11): a later release of a catalogue architecture keeps its own maximum
// context, and no plan claims to fit with a per-GPU total above its usable memory.
import { MODELS, findModel } from "@akash-sdl/catalog";
import { describe, expect, it } from "vitest";
import { estimate, findModelVariant, MODEL_VARIANTS, resolveModelRef, type EstimateRequest } from "../src/index.js";

const catalog = { findModel, models: MODELS };

describe("model variants", () => {
  it("every variant names a catalogue base whose own maximum context differs", () => {
    for (const v of MODEL_VARIANTS) {
      const base = findModel(v.base) ?? MODELS.find((m) => m.id === v.base);
      expect(base, v.base).toBeDefined();
      expect(v.maxContext).not.toBe(base?.maxContext);
    }
  });

  // Qwen model cards of the 2507 releases: "Context Length: 262,144 natively"; the catalogue's
  // Qwen3-235B-A22B (April release) has max_position_embeddings 40,960.
  it.each([
    ["Qwen/Qwen3-235B-A22B-Instruct-2507", "Qwen/Qwen3-235B-A22B", 262_144, undefined],
    ["Qwen/Qwen3-235B-A22B-Thinking-2507-FP8", "Qwen/Qwen3-235B-A22B", 262_144, "fp8"],
    ["unsloth/Qwen3-235B-A22B-Instruct-2507-GGUF:Q4_K_M", "Qwen/Qwen3-235B-A22B", 262_144, "q4_k_m"],
    ["hf.co/unsloth/Qwen3-30B-A3B-Instruct-2507-GGUF:Q8_0", "Qwen/Qwen3-30B-A3B", 262_144, "q8_0"],
    ["Qwen3-30B-A3B-Instruct-2507-Q4_K_M.gguf", "Qwen/Qwen3-30B-A3B", 262_144, "q4_k_m"],
    ["qwen3:30b-a3b-instruct-2507-q4_K_M", "Qwen/Qwen3-30B-A3B", 262_144, "q4_k_m"],
    ["Qwen/Qwen3-4B-Instruct-2507", "Qwen/Qwen3-4B", 262_144, undefined],
    // Phi-3 128k config.json: max_position_embeddings 131072 (LongRoPE), same weights shape as 4k.
    ["microsoft/Phi-3-mini-128k-instruct", "microsoft/Phi-3-mini-4k-instruct", 131_072, undefined],
    ["Qwen/Qwen2.5-7B-Instruct-1M", "Qwen/Qwen2.5-7B", 1_010_000, undefined],
  ])("%s is %s with %i tokens of context", (ref, id, maxContext, format) => {
    const r = resolveModelRef(ref, catalog);
    expect(r?.spec.id).toBe(id);
    expect(r?.spec.maxContext).toBe(maxContext);
    expect(r?.format).toBe(format);
    expect(r?.knownVariant?.maxContext).toBe(maxContext);
  });

  it("leaves the base releases and unrelated names alone", () => {
    expect(findModelVariant("Qwen/Qwen3-235B-A22B")).toBeUndefined();
    expect(findModelVariant("Qwen/Qwen3-235B-A22B-FP8")).toBeUndefined();
    expect(findModelVariant("qwen3:30b-a3b")).toBeUndefined();
    expect(resolveModelRef("Qwen/Qwen3-235B-A22B-FP8", catalog)?.spec.maxContext).toBe(40_960);
  });

  it("gives no false 'context too long' for Qwen3-235B-A22B-Instruct-2507 at 262,144 tokens", () => {
    const r = estimate({
      model: "Qwen/Qwen3-235B-A22B-Instruct-2507",
      context: 262_144,
      constraints: { gpuCount: 8, gpuModels: ["h200"] },
    });
    expect(r.diagnostics.map((d) => d.code)).not.toContain("estimate/context-too-long");
    expect(r.model?.maxContext).toBe(262_144);
    expect(r.diagnostics.find((d) => d.code === "estimate/model-variant")?.message).toMatch(/262144 tokens/);
    const over = estimate({
      model: "Qwen/Qwen3-235B-A22B-Instruct-2507",
      context: 300_000,
      constraints: { gpuCount: 8, gpuModels: ["h200"] },
    });
    expect(over.diagnostics.map((d) => d.code)).toContain("estimate/context-too-long");
  });
});

describe("a fitting plan never exceeds its usable memory", () => {
  const requests: EstimateRequest[] = [
    // SGLang caps its pool: 262,144 tokens do not fit on 4 × H100, the pool is what it holds.
    {
      model: "Qwen/Qwen3-235B-A22B-Instruct-2507-FP8",
      engine: "sglang",
      context: 262_144,
      constraints: { gpuCount: 4, gpuModels: ["h100:80:sxm"] },
    },
    {
      model: "deepseek-ai/DeepSeek-R1-Distill-Qwen-7B",
      engine: "sglang",
      context: 131_072,
      constraints: { gpuModels: ["rtx4090"] },
    },
    { model: "deepseek-ai/DeepSeek-R1-Distill-Llama-70B", engine: "sglang", context: 131_072, concurrency: 4 },
    { model: "llama-3.1-8b", context: 131_072 },
    { model: "llama3.1:70b-instruct-q8_0" },
    { model: "openai/gpt-oss-120b" },
    { model: "Qwen/Qwen3-30B-A3B", engine: "llama.cpp", context: 40_960, concurrency: 8 },
    { model: "stabilityai/stable-diffusion-xl-base-1.0", batchSize: 4 },
    { model: "openai/whisper-large-v3" },
    { model: "llama-3.1-8b", task: "finetune", method: "full" },
  ];
  it.each(requests.map((r) => [typeof r.model === "string" ? `${r.model} ${r.engine ?? ""}` : "inline", r] as const))(
    "%s",
    (_n, req) => {
      const { plans } = estimate(req);
      expect(plans.length).toBeGreaterThan(0);
      for (const p of plans.filter((x) => x.fits)) {
        expect(p.perGpu.totalGiB, `${p.gpu.model} × ${p.gpuCount}`).toBeLessThanOrEqual(p.perGpu.usableGiB);
        expect(p.perGpu.headroomGiB).toBeGreaterThanOrEqual(0);
      }
    },
  );

  it("a capped SGLang pool reports the KV it holds, not the requested context's", () => {
    const p = estimate({
      model: "Qwen/Qwen3-235B-A22B-Instruct-2507-FP8",
      engine: "sglang",
      context: 262_144,
      constraints: { gpuCount: 4, gpuModels: ["h100:80:sxm"] },
    }).plans[0]!;
    expect(p.fits).toBe(true);
    expect(p.maxContext).toBeLessThan(262_144);
    expect(p.reason).toMatch(/capped pool/);
    expect(p.perGpu.totalGiB).toBeLessThanOrEqual(p.perGpu.usableGiB);
  });
});
