import { describe, expect, it } from "vitest";
import { ENGINE_PROFILES, fitInference, parallelLayout, validTensorDegree, visibleMemoryGiB, type InferenceSetup } from "../src/index.js";
import { gpu, model } from "./support/fixtures.js";

const setup = (id: string, over: Partial<InferenceSetup> = {}): InferenceSetup => {
  const { profile, parts } = model(id);
  return { model: profile, parts, engine: ENGINE_PROFILES.vllm, format: "bf16", kvDtype: "auto", context: 8192, concurrency: 1, ...over };
};
const fit = (s: InferenceSetup, g: ReturnType<typeof gpu>, n = 1) => fitInference(s, g, parallelLayout(s.model, s.engine, n, 8));

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
    expect([1, 2, 4, 8, 16].map((t) => ENGINE_PROFILES.sglang.memoryFraction(t))).toEqual([0.88, 0.87, 0.85, 0.81, 0.79]);
  });

  it("llama.cpp keeps the input embedding on the host and allocates the full context up front", () => {
    const s = setup("meta-llama/Meta-Llama-3-8B", { engine: ENGINE_PROFILES["llama.cpp"], format: "q4_k_m", context: 4096 });
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
