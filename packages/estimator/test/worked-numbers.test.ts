// Every worked number of shared/docs/ESTIMATOR.md, reproduced from the formulas.
import { describe, expect, it } from "vitest";
import {
  ENGINE_PROFILES,
  fitInference,
  inferenceActivationBytes,
  kvBytesForSequence,
  kvBytesPerGpu,
  kvBytesPerToken,
  kvLayout,
  parallelLayout,
  runtimeOverheadBytes,
  visibleMemoryGiB,
  weightBytes,
  weightBytesPerGpu,
  type InferenceSetup,
} from "../src/index.js";
import { GIB, gpu, model, rel } from "./support/fixtures.js";

const setup = (id: string, over: Partial<InferenceSetup> = {}): InferenceSetup => {
  const { profile, parts } = model(id);
  return { model: profile, parts, engine: ENGINE_PROFILES.vllm, format: "bf16", kvDtype: "auto", context: 8192, concurrency: 1, ...over };
};

describe("weights (§0)", () => {
  it("Llama-3-8B in bf16 takes 14.96 GiB, as vLLM logs", () => {
    const { parts } = model("meta-llama/Meta-Llama-3-8B");
    expect((weightBytes(parts, "bf16").total / GIB).toFixed(2)).toBe("14.96");
  });

  it("Llama-3.1-8B GGUF sizes match llama.cpp's quantize README", () => {
    const { parts, profile } = model("meta-llama/Llama-3.1-8B");
    const size = (f: Parameters<typeof weightBytes>[1]): string => (weightBytes(parts, f).total / GIB).toFixed(2);
    expect(size("q8_0")).toBe("7.95");
    expect(size("q6_k")).toBe("6.14");
    expect(size("q5_k_m")).toBe("5.33");
    expect(size("q4_k_m")).toBe("4.58");
    const bpw = (f: Parameters<typeof weightBytes>[1]): number => (weightBytes(parts, f).total * 8) / profile.params;
    expect(bpw("q2_k")).toBeCloseTo(3.1593, 3);
    expect(bpw("q4_k_m")).toBeCloseTo(4.8944, 3);
  });

  it("Llama-3-8B Q4_0 is 4.34 GiB (4.5-bit blocks, Q6_K output tensor)", () => {
    const { parts } = model("meta-llama/Meta-Llama-3-8B");
    expect(weightBytes(parts, "q4_0").total / GIB).toBeCloseTo(4.34, 1);
  });

  it("gpt-oss MXFP4 checkpoints: 60.8 GiB (120b) and 12.8 GiB (20b)", () => {
    expect(rel(weightBytes(model("openai/gpt-oss-120b").parts, "mxfp4").total / GIB, 60.8)).toBeLessThan(0.01);
    expect(rel(weightBytes(model("openai/gpt-oss-20b").parts, "mxfp4").total / GIB, 12.8)).toBeLessThan(0.01);
  });

  it("Llama-3.1-405B FP8 is ≈378 GiB (±3 %) and ≈410 GB on disk (16-bit embeddings)", () => {
    const w = weightBytes(model("meta-llama/Llama-3.1-405B").parts, "fp8").total;
    expect(rel(w / GIB, 378)).toBeLessThan(0.03);
    expect(rel(w / 1e9, 410)).toBeLessThan(0.01);
  });
});

describe("KV cache (§0, §6)", () => {
  it("Llama-3-8B caches 131,072 B/token: 1 GiB per 8k-token sequence", () => {
    const { profile } = model("meta-llama/Meta-Llama-3-8B");
    expect(kvBytesPerToken(profile, "auto")).toBe(131_072);
    expect(kvBytesForSequence(profile, "auto", 8192)).toBe(GIB);
  });

  it("Llama-2-7B (no GQA) caches 512 KiB/token; Llama-3.1-405B 504 KiB/token → 31.5 GiB for 65,440 tokens", () => {
    expect(kvBytesPerToken(model("meta-llama/Llama-2-7b-hf").profile, "auto")).toBe(512 * 1024);
    const l405 = model("meta-llama/Llama-3.1-405B").profile;
    expect(kvBytesPerToken(l405, "auto")).toBe(504 * 1024);
    expect(kvBytesForSequence(l405, "auto", 65_440) / GIB).toBeCloseTo(31.5, 1);
  });

  it("MLA caches (512 + 64) × 2 B = 1,152 B per layer: 70,272 B/token for DeepSeek-V3, ~1/57 of 128-head MHA", () => {
    const { profile } = model("deepseek-ai/DeepSeek-V3");
    expect(kvLayout(profile).elementsPerLayer * 2).toBe(1152);
    expect(kvBytesPerToken(profile, "auto")).toBe(70_272);
    expect((2 * 128 * 128) / kvLayout(profile).elementsPerLayer).toBeCloseTo(56.9, 1);
  });

  it("Qwen3-235B-A22B on 4 GPUs: 192,512 B/token, 48,128 B/token/GPU; 8.11 GiB holds ≈180.9k tokens", () => {
    const { profile } = model("Qwen/Qwen3-235B-A22B");
    expect(kvBytesPerToken(profile, "auto")).toBe(192_512);
    expect(kvBytesPerGpu(profile, "auto", 1, 1, 4, 1)).toBe(48_128);
    const tokens = (8.11 * GIB) / kvBytesPerGpu(profile, "auto", 1, 1, 4, 1);
    expect(Math.round(tokens / 100) / 10).toBe(180.9); // vLLM reported 178,880 after block rounding
    // 4 KV heads: at TP8 they are replicated, the per-GPU KV does not shrink further.
    expect(kvBytesPerGpu(profile, "auto", 1, 1, 8, 1)).toBe(48_128);
  });

  it("an fp8 KV cache halves it", () => {
    const { profile } = model("meta-llama/Llama-3.1-8B");
    expect(kvBytesPerToken(profile, "fp8")).toBe(kvBytesPerToken(profile, "auto") / 2);
  });
});

describe("overheads and the vLLM fit (§0, §1.5)", () => {
  it("an 80 GB H100 shows 79.22 GiB; 0.9 of it is 71.29 GiB", () => {
    expect(visibleMemoryGiB(gpu("h100", 80, "sxm"))).toBeCloseTo(79.22, 2);
    expect(0.9 * visibleMemoryGiB(gpu("h100", 80, "sxm"))).toBeCloseTo(71.29, 1);
  });

  it("non-torch memory is 1.79 GiB at TP1 and 3.58 GiB per GPU at TP2 on H100", () => {
    expect(runtimeOverheadBytes(ENGINE_PROFILES.vllm, 1, true) / GIB).toBeCloseTo(1.79, 2);
    expect(runtimeOverheadBytes(ENGINE_PROFILES.vllm, 2, true) / GIB).toBeCloseTo(3.58, 2);
  });

  it("Llama-3-8B on one H100: activation peak ≈1.26 GiB and ≈53.29 GiB left for KV (vllm PR #10511)", () => {
    const s = setup("meta-llama/Meta-Llama-3-8B");
    expect(rel(inferenceActivationBytes(s.model, s.parts, s.engine, 1) / GIB, 1.26)).toBeLessThan(0.05);
    const fit = fitInference(s, gpu("h100", 80, "sxm"), parallelLayout(s.model, s.engine, 1, 8));
    expect(rel(fit.kvRoomBytes / GIB, 53.29)).toBeLessThan(0.01);
  });

  it("Llama-3-8B at TP2 keeps 7.48 GiB of weights per GPU", () => {
    const { parts } = model("meta-llama/Meta-Llama-3-8B");
    expect(weightBytesPerGpu(weightBytes(parts, "bf16"), { tensor: 2, pipeline: 1 }) / GIB).toBeCloseTo(7.48, 2);
  });

  it("Llama-3.3-70B bf16 at 8k fits 2×80 GB (util 0.95, ~30k tokens of KV room) and not 1×80 GB", () => {
    const s = setup("meta-llama/Llama-3.3-70B-Instruct", { utilization: 0.95 });
    const h100 = gpu("h100", 80, "sxm");
    const two = fitInference(s, h100, parallelLayout(s.model, s.engine, 2, 8));
    expect(two.fits).toBe(true);
    expect(two.perGpu.weightsGiB).toBeCloseTo(65.7, 1);
    expect(two.maxContext).toBeGreaterThan(25_000);
    expect(two.maxContext).toBeLessThan(32_000);
    expect(fitInference(s, h100, parallelLayout(s.model, s.engine, 1, 8)).fits).toBe(false);
  });

  it("Llama-3.1-405B FP8 on 8×80 GB holds the template's --max-model-len 65440", () => {
    const s = setup("meta-llama/Llama-3.1-405B", { format: "fp8", context: 65_440 });
    const fit = fitInference(s, gpu("h100", 80, "sxm"), parallelLayout(s.model, s.engine, 8, 8));
    expect(fit.fits).toBe(true);
    // ~200 GiB left across the 8 GPUs after the weights.
    expect(8 * (0.9 * 79.22) - fit.weightsTotalBytes / GIB).toBeGreaterThan(180);
  });
});
