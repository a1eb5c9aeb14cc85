import { MODELS } from "@akash-sdl/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimate, type EstimateRequest } from "../src/index.js";

describe("estimate()", () => {
  it.each(MODELS.map((m) => [m.id] as const))("%s gets fitting inference and LoRA plans without a diagnostic", (id) => {
    for (const request of [{ model: id }, { model: id, task: "finetune", method: "lora" }] as const) {
      const r = estimate(request);
      expect(r.diagnostics).toEqual([]);
      expect(r.plans.length).toBeGreaterThan(0);
      expect(r.plans.every((p) => p.fits)).toBe(true);
      expect(r.model?.id).toBe(id);
    }
  });

  it("ranks the smallest sufficient GPU with 5 % to spare first when no prices are given, tight plans after", () => {
    const r = estimate({ model: "llama-3-8b", context: 8192 });
    const tight = (p: (typeof r.plans)[number]): boolean => p.perGpu.headroomGiB < 0.05 * p.perGpu.usableGiB;
    const first = r.plans[0]!;
    expect(first.gpuCount).toBe(1);
    expect(tight(first)).toBe(false);
    const comfortable = r.plans.filter((p) => p.fits && !tight(p));
    expect(
      comfortable.every(
        (p) => p.gpuCount * p.gpu.ramGiB >= first.gpuCount * first.gpu.ramGiB || p.gpuCount > first.gpuCount,
      ),
    ).toBe(true);
    const fitting = r.plans.filter((p) => p.fits);
    const firstTight = fitting.findIndex(tight);
    if (firstTight >= 0) expect(fitting.slice(firstTight).every(tight)).toBe(true);
  });

  it("answers an unknown model with suggestions, not an exception", () => {
    const r = estimate({ model: "lama-3.1-8b" });
    expect(r.plans).toEqual([]);
    expect(r.diagnostics[0]).toMatchObject({ code: "estimate/unknown-model", severity: "error" });
    expect(r.diagnostics[0]?.hints?.[0]).toMatch(/llama-3\.1-8b/);
  });

  it("reports invalid options with the accepted values", () => {
    const r = estimate({ model: "llama-3-8b", engine: "vlm", dtype: "q9_z", context: -1 });
    expect(r.diagnostics.map((d) => d.code)).toEqual([
      "estimate/invalid-option",
      "estimate/invalid-option",
      "estimate/invalid-option",
    ]);
    expect(r.diagnostics[0]?.hints?.[0]).toMatch(/vllm/);
  });

  it("accepts an inline architecture and names what an incomplete one lacks", () => {
    const ok = estimate({
      model: {
        id: "my-7b",
        layers: 32,
        hiddenSize: 4096,
        heads: 32,
        kvHeads: 8,
        vocab: 32000,
        intermediateSize: 14336,
        maxContext: 8192,
      },
    });
    expect(ok.model?.params).toBeCloseTo(7.24e9, -8);
    expect(ok.plans[0]?.fits).toBe(true);
    const bad = estimate({ model: { id: "half", hiddenSize: 4096 } });
    expect(bad.diagnostics[0]?.code).toBe("estimate/incomplete-architecture");
    expect(bad.diagnostics[0]?.message).toMatch(/layers/);
  });

  it("returns a pinned plan that does not fit, with the reason and what would make it fit", () => {
    const r = estimate({
      model: "llama-3.3-70b",
      context: 8192,
      gpuMemoryUtilization: 0.95,
      constraints: { gpuModels: ["h100:80:sxm"], gpuCount: 1 },
    });
    const p = r.plans[0]!;
    expect(p.fits).toBe(false);
    expect(p.reason).toMatch(/Weights alone/);
    const kinds = p.fixes.map((f) => f.kind);
    expect(kinds).toContain("gpus");
    expect(kinds).toContain("format");
    expect(p.fixes.find((f) => f.kind === "gpus")?.value).toBe(2);
    expect(r.diagnostics.map((d) => d.code)).toContain("estimate/nothing-fits");
  });

  it("proposes a shorter context and an fp8 KV cache first when only the KV cache is too big", () => {
    // 60k tokens: vLLM's V1 accounting leaves room for ~40k on a 24 GB card (it was 40k before the
    // CUDA context moved out of the budget; the test is about the order of the fixes).
    const r = estimate({
      model: "llama-3.1-8b",
      context: 60_000,
      constraints: { gpuModels: ["rtx4090"], gpuCount: 1 },
    });
    const p = r.plans[0]!;
    expect(p.fits).toBe(false);
    expect(p.fixes[0]?.kind).toBe("context");
    expect(p.fixes[0]?.description).toMatch(/--max-model-len/);
    expect(p.fixes.map((f) => f.kind)).toContain("kv-dtype");
    expect(p.fixes.map((f) => f.kind)).toContain("gpu");
  });

  it("returns the closest attempts when nothing fits anywhere", () => {
    const r = estimate({ model: "llama-3.1-405b", constraints: { maxGpus: 2 } });
    expect(r.plans.length).toBeGreaterThan(0);
    expect(r.plans.every((p) => !p.fits)).toBe(true);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["estimate/nothing-fits"]);
  });

  it("skips GPUs the engine cannot run on (vLLM needs compute capability 7.0)", () => {
    const r = estimate({ model: "qwen2.5-0.5b", context: 4096 });
    expect(r.plans.some((p) => /^(p40|p4|p100|gtx10)/.test(p.gpu.model))).toBe(false);
    const pinned = estimate({ model: "qwen2.5-0.5b", context: 4096, constraints: { gpuModels: ["p40"] } });
    expect(pinned.plans[0]?.reason).toMatch(/compute capability/);
    expect(
      estimate({ model: "qwen2.5-0.5b", engine: "llama.cpp", constraints: { gpuModels: ["p40"] } }).plans[0]?.fits,
    ).toBe(true);
  });

  it("says which catalogue model a variant id was estimated as, and warns about contexts past the maximum", () => {
    // The 2507 release has a 262,144-token native context (Qwen model card), the base 40,960.
    const r = estimate({
      model: "Qwen/Qwen3-235B-A22B-Instruct-2507-FP8",
      engine: "sglang",
      context: 262_144,
      constraints: { gpuCount: 4, gpuModels: ["h100:80:sxm"] },
    });
    expect(r.diagnostics.map((d) => d.code)).toEqual(["estimate/model-variant"]);
    expect(r.plans[0]?.weightFormat).toBe("fp8");
    const base = estimate({
      model: "Qwen/Qwen3-235B-A22B-FP8",
      engine: "sglang",
      context: 262_144,
      constraints: { gpuCount: 4, gpuModels: ["h100:80:sxm"] },
    });
    expect(base.diagnostics.map((d) => d.code)).toEqual(["estimate/model-variant", "estimate/context-too-long"]);
  });

  it("uses GGUF Q4_K_M and a 4096-token context for Ollama tags", () => {
    const p = estimate({ model: "llama3.1:8b" }).plans[0]!;
    expect([p.engine, p.weightFormat, p.context]).toEqual(["ollama", "q4_k_m", 4096]);
  });

  it("never throws, whatever the request", () => {
    const anyValue = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(undefined),
      fc.constant(null),
    );
    fc.assert(
      fc.property(
        fc.record({
          model: fc.oneof(
            fc.constantFrom("llama-3-8b", "gpt-oss-20b", "flux.1-dev", "whisper-tiny", "bge-m3", ""),
            fc.string(),
            fc.record({ layers: anyValue, hiddenSize: anyValue, heads: anyValue, params: anyValue }),
          ),
          task: fc.oneof(fc.constantFrom("inference", "finetune"), fc.string()),
          engine: anyValue,
          dtype: anyValue,
          kvDtype: anyValue,
          context: anyValue,
          concurrency: anyValue,
          method: anyValue,
          constraints: fc.record({
            gpuCount: anyValue,
            gpuModels: fc.array(fc.string(), { maxLength: 2 }),
            maxGpus: fc.integer({ min: -2, max: 16 }),
          }),
        }),
        (req) => {
          const r = estimate(req as unknown as EstimateRequest);
          expect(Array.isArray(r.plans)).toBe(true);
          expect(Array.isArray(r.diagnostics)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("estimate() warnings about the engine and the GPU count", () => {
  it("warns when the engine does not serve the model's task or load its weight format", () => {
    const task = estimate({ model: "openai/whisper-large-v3", engine: "vllm" });
    expect(task.diagnostics.map((d) => d.code)).toContain("estimate/engine-mismatch");
    const format = estimate({ model: "llama-3.1-8b", engine: "vllm", dtype: "q4_k_m" });
    const mismatch = format.diagnostics.find((d) => d.code === "estimate/engine-mismatch");
    expect(mismatch?.severity).toBe("warning");
    expect(mismatch?.message).toMatch(/q4_k_m/);
    expect(format.plans.length).toBeGreaterThan(0);
  });

  it("warns when a pinned GPU count does not divide the attention heads, and says the layout used", () => {
    const r = estimate({
      model: "llama-3.1-8b",
      engine: "vllm",
      context: 8192,
      constraints: { gpuModels: ["a100"], gpuCount: 3 },
    });
    const d = r.diagnostics.find((x) => x.code === "estimate/parallelism-indivisible");
    expect(d).toMatchObject({ severity: "warning", data: { gpuCount: 3 } });
    const plan = r.plans[0]!;
    expect(plan.gpuCount).toBe(3);
    expect(plan.parallel.tensor * plan.parallel.pipeline * plan.parallel.data).toBe(3);
    const even = estimate({
      model: "llama-3.1-8b",
      engine: "vllm",
      context: 8192,
      constraints: { gpuModels: ["a100"], gpuCount: 2 },
    });
    expect(even.diagnostics.map((x) => x.code)).not.toContain("estimate/parallelism-indivisible");
  });
});
