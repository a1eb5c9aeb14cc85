import { describe, expect, it } from "vitest";
import {
  ENGINE_PROFILES,
  fitInference,
  inferenceActivationBytes,
  parallelLayout,
  schedulerLimits,
  validTensorDegree,
  visibleMemoryGiB,
  type InferenceSetup,
} from "../src/index.js";
import { gpu, model } from "./support/fixtures.js";

const setup = (id: string, over: Partial<InferenceSetup> = {}): InferenceSetup => {
  const { profile, parts } = model(id);
  return {
    model: profile,
    parts,
    engine: ENGINE_PROFILES.vllm,
    format: "bf16",
    kvDtype: "auto",
    context: 8192,
    concurrency: 1,
    ...over,
  };
};
const fit = (s: InferenceSetup, g: ReturnType<typeof gpu>, n = 1) =>
  fitInference(s, g, parallelLayout(s.model, s.engine, n, 8));

describe("inference fit", () => {
  it("vLLM refuses a context whose KV cache does not fit and reports the largest that does", () => {
    const s = setup("meta-llama/Llama-3.1-8B", { context: 131_072 });
    const f = fit(s, gpu("rtx4090", 24, "pcie"));
    expect(f.fits).toBe(false);
    expect(f.reason).toMatch(/KV cache for 131,072 tokens/);
    expect(f.maxContext).toBeGreaterThan(20_000);
    expect(fit({ ...s, context: f.maxContext }, gpu("rtx4090", 24, "pcie")).fits).toBe(true);
    expect(fit({ ...s, context: f.maxContext + 1 }, gpu("rtx4090", 24, "pcie")).fits).toBe(false);
  });

  it("an fp8 KV cache roughly doubles the largest context", () => {
    const s = setup("meta-llama/Llama-3.1-8B", { context: 131_072 });
    const bf16 = fit(s, gpu("rtx4090", 24, "pcie")).maxContext;
    const fp8 = fit({ ...s, kvDtype: "fp8" }, gpu("rtx4090", 24, "pcie")).maxContext;
    expect(fp8 / bf16).toBeCloseTo(2, 1);
  });

  it("the per-GPU parts add up and the headroom is usable − total", () => {
    const f = fit(setup("Qwen/Qwen2.5-14B"), gpu("a100", 80, "sxm"));
    const p = f.perGpu;
    expect(p.totalGiB).toBeCloseTo(p.weightsGiB + p.kvCacheGiB + p.activationsGiB + p.overheadGiB, 1);
    expect(p.headroomGiB).toBeCloseTo(p.usableGiB - p.totalGiB, 1);
    expect(p.usableGiB).toBeCloseTo(0.9 * visibleMemoryGiB(gpu("a100", 80, "sxm")), 1);
  });

  it("SGLang budgets weights + KV inside mem_fraction_static (0.88 at TP1) and caps requests at its pool", () => {
    const s = setup("deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", { engine: ENGINE_PROFILES.sglang, context: 131_072 });
    const f = fit(s, gpu("rtx4090", 24, "pcie"));
    expect(f.fraction).toBe(0.88);
    expect(f.fits).toBe(true);
    expect(f.reason).toMatch(/capped pool/);
    expect(f.maxContext).toBeLessThan(131_072);
    expect(fit({ ...s, engine: ENGINE_PROFILES.vllm }, gpu("rtx4090", 24, "pcie")).fits).toBe(false);
  });

  it("SGLang's default fraction falls with tensor parallelism (server_args.py)", () => {
    expect([1, 2, 4, 8, 16].map((t) => ENGINE_PROFILES.sglang.memoryFraction(t))).toEqual([
      0.88, 0.87, 0.85, 0.81, 0.79,
    ]);
  });

  it("llama.cpp keeps the input embedding on the host and allocates the full context up front", () => {
    const s = setup("meta-llama/Meta-Llama-3-8B", {
      engine: ENGINE_PROFILES["llama.cpp"],
      format: "q4_k_m",
      context: 4096,
    });
    const f = fit(s, gpu("rtx3070", 8, "pcie"));
    expect(f.perGpu.weightsGiB).toBeLessThan(f.weightsTotalBytes / 2 ** 30);
    expect(f.perGpu.kvCacheGiB).toBeCloseTo(0.5, 2);
    expect(f.fits).toBe(true);
  });

  it("more GPUs split the weights; the runtime overhead grows with tensor parallelism", () => {
    const s = setup("meta-llama/Llama-3.1-70B");
    const two = fit(s, gpu("h100", 80, "sxm"), 2);
    const four = fit(s, gpu("h100", 80, "sxm"), 4);
    expect(four.perGpu.weightsGiB).toBeCloseTo(two.perGpu.weightsGiB / 2, 1);
    expect(fit(s, gpu("h100", 80, "sxm"), 1).perGpu.overheadGiB).toBeLessThan(two.perGpu.overheadGiB);
    expect(fit(s, gpu("h100", 80, "pcie"), 2).perGpu.overheadGiB).toBeLessThan(two.perGpu.overheadGiB);
  });

  it("tensor parallelism must divide the attention heads; the rest becomes pipeline stages", () => {
    const falcon = model("tiiuae/falcon-7b").profile; // 71 heads
    expect(validTensorDegree(falcon, 2)).toBe(false);
    const l = parallelLayout(falcon, ENGINE_PROFILES.vllm, 4, 8);
    expect([l.tensor, l.pipeline, l.divisible]).toEqual([1, 4, false]);
    const qwen = model("Qwen/Qwen2.5-7B").profile; // 28 heads, 4 KV heads
    expect(validTensorDegree(qwen, 4)).toBe(true);
    expect(validTensorDegree(qwen, 8)).toBe(false);
    const multi = parallelLayout(model("meta-llama/Llama-3.1-405B").profile, ENGINE_PROFILES.vllm, 24, 8);
    expect([multi.tensor, multi.pipeline, multi.nodes]).toEqual([8, 3, 3]);
  });
});

describe("engine scheduler limits and the activation peak", () => {
  it("vLLM's defaults follow the GPU: 8192 tokens × 1024 sequences on ≥ 70 GiB non-A100 GPUs, 2048 × 256 elsewhere; flags win", () => {
    const v = ENGINE_PROFILES.vllm;
    expect(schedulerLimits(v, gpu("h100", 80, "sxm"))).toEqual({ batchedTokens: 8192, maxSeqs: 1024 });
    expect(schedulerLimits(v, gpu("h200", 141, "sxm"))).toEqual({ batchedTokens: 8192, maxSeqs: 1024 });
    expect(schedulerLimits(v, gpu("a100", 80, "sxm"))).toEqual({ batchedTokens: 2048, maxSeqs: 256 });
    expect(schedulerLimits(v, gpu("rtx4090", 24, "pcie"))).toEqual({ batchedTokens: 2048, maxSeqs: 256 });
    expect(schedulerLimits(v, gpu("h100", 80, "sxm"), { maxNumSeqs: 64 })).toEqual({
      batchedTokens: 8192,
      maxSeqs: 64,
    });
    // max_num_seqs never exceeds max_num_batched_tokens.
    expect(schedulerLimits(v, gpu("h100", 80, "sxm"), { maxBatchedTokens: 512 })).toEqual({
      batchedTokens: 512,
      maxSeqs: 512,
    });
  });

  it("the sampler warm-up grows with sequences × vocabulary and is the same at every TP degree; the forward pass shrinks with TP", () => {
    const s = setup("meta-llama/Llama-3.1-8B");
    const act = (tp: number, step: { tokens: number; sequences: number }) =>
      inferenceActivationBytes(s.model, s.parts, s.engine, tp, step);
    expect(act(1, { tokens: 8192, sequences: 1024 })).toBeCloseTo(act(8, { tokens: 8192, sequences: 1024 }), 0);
    expect(act(1, { tokens: 8192, sequences: 1024 }) / act(1, { tokens: 8192, sequences: 256 })).toBeGreaterThan(3.5);
    // 32k tokens without chunked prefill: the forward pass dominates and splits over TP ranks.
    expect(act(2, { tokens: 32_768, sequences: 256 })).toBeLessThan(act(1, { tokens: 32_768, sequences: 256 }));
  });

  it("vLLM pads MXFP4 experts for its Marlin kernel; the checkpoint size (weightsTotal) does not change, SGLang does not pad", () => {
    const s = setup("openai/gpt-oss-20b", { format: "mxfp4", context: 8192 });
    const v = fit(s, gpu("h100", 80, "sxm"));
    const g = fit({ ...s, engine: ENGINE_PROFILES.sglang }, gpu("h100", 80, "sxm"));
    expect(v.perGpu.weightsGiB / g.perGpu.weightsGiB).toBeGreaterThan(1.05);
    expect(v.weightsTotalBytes).toBe(g.weightsTotalBytes);
    expect(fit({ ...s, format: "bf16" }, gpu("h100", 80, "sxm")).perGpu.weightsGiB).toBeCloseTo(
      fit({ ...s, format: "bf16", engine: ENGINE_PROFILES.sglang }, gpu("h100", 80, "sxm")).perGpu.weightsGiB,
      2,
    );
  });
});
