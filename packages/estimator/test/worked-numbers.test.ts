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

  // vLLM ≥ 0.7 (and V1) counts only the *increase* of non-torch memory against its budget; the CUDA
  // context sits in the 1 − util slack. PR #12126 logged 0.16 GiB at TP1 (PR #10511's 1.79 GiB had
  // briefly included the context), so the TP1 figure changed from 1.79 to 0.25 GiB; the step to TP2
  // (+1.79 GiB, PR #10511) is kept and reproduces PR #21429's 2.04 GiB at TP4.
  it("non-torch memory inside vLLM's budget: 0.25 GiB at TP1, +1.79 GiB at TP ≥ 2 over NVLink (2.04 GiB at TP4, PR #21429), ≈0.2 GiB over PCIe (PR #14447)", () => {
    const tp = (n: number, nvlink: boolean): number => runtimeOverheadBytes(ENGINE_PROFILES.vllm, n, nvlink) / GIB;
    expect(tp(2, true) - tp(1, true)).toBeCloseTo(3.58 - 1.79, 2);
    expect(tp(4, true)).toBeCloseTo(2.04, 2);
    expect(Math.abs(tp(4, false) - 0.2)).toBeLessThan(0.1);
  });

  // The activation peak is the larger of the forward pass and the sampler warm-up; V0 warmed the
  // sampler up for 256 sequences, which is why the same 1.26 GiB showed at TP1 and TP2.
  it("Llama-3-8B: activation peak 1.26 GiB at TP1 and at TP2 with 8192 tokens × 256 sequences (vllm PR #10511), within 5 %", () => {
    const s = setup("meta-llama/Meta-Llama-3-8B");
    const step = { tokens: 8192, sequences: 256 };
    expect(rel(inferenceActivationBytes(s.model, s.parts, s.engine, 1, step) / GIB, 1.26)).toBeLessThan(0.05);
    expect(rel(inferenceActivationBytes(s.model, s.parts, s.engine, 2, step) / GIB, 1.26)).toBeLessThan(0.05);
  });

  it("Qwen3-235B-A22B-FP8 at TP4: 55.13 GiB weights and a 5.62 GiB torch peak per GPU (vllm PR #21429), within 2 % and 5 %", () => {
    const s = setup("Qwen/Qwen3-235B-A22B", { format: "fp8" });
    const w = weightBytesPerGpu(weightBytes(s.parts, "fp8"), { tensor: 4, pipeline: 1 }) / GIB;
    expect(rel(w, 55.13)).toBeLessThan(0.02);
    const peak = inferenceActivationBytes(s.model, s.parts, s.engine, 4, { tokens: 8192, sequences: 1024 }) / GIB;
    expect(rel(peak, 5.62)).toBeLessThan(0.05);
  });

  // vllm #21348: "Available KV cache memory: 8.11 GiB" on 4×H100 (that run also loaded the LMCache
  // connector); PR #21429 logged the same model at util 0.5 on H200: 7.07 GiB. Tolerance ±0.6 GiB
  // (7.5 %) on the H100 figure, ±0.3 GiB on the H200 one.
  it("Qwen3-235B-A22B-FP8 on 4×H100 leaves ≈8.11 GiB per GPU for the KV cache (vllm #21348), 7.07 GiB at util 0.5 on H200 (PR #21429)", () => {
    const s = setup("Qwen/Qwen3-235B-A22B", { format: "fp8", context: 40_960 });
    const layout = parallelLayout(s.model, s.engine, 4, 8);
    const h100 = fitInference(s, gpu("h100", 80, "sxm"), layout);
    expect(Math.abs(h100.kvRoomBytes / GIB - 8.11)).toBeLessThan(0.6);
    const h200 = fitInference({ ...s, utilization: 0.5 }, gpu("h200", 141, "sxm"), layout);
    expect(Math.abs(h200.kvRoomBytes / GIB - 7.07)).toBeLessThan(0.3);
  });

  it("gpt-oss-120b on one H100: 65.97 GiB of padded MXFP4 weights and −2.14 GiB left for the KV cache (vllm #23278), so the default context does not fit", () => {
    const s = setup("openai/gpt-oss-120b", { format: "mxfp4", context: 131_072 });
    const f = fitInference(s, gpu("h100", 80, "sxm"), parallelLayout(s.model, s.engine, 1, 8));
    expect(rel(f.perGpu.weightsGiB, 65.97)).toBeLessThan(0.03);
    expect(Math.abs(f.kvRoomBytes / GIB - -2.14)).toBeLessThan(0.5);
    expect(f.fits).toBe(false);
    // #27508 raised util to 0.95 with 1024 sequences: 1.71 GiB left (still short of 131,072 tokens).
    const u95 = fitInference(
      { ...s, utilization: 0.95 },
      gpu("h100", 80, "sxm"),
      parallelLayout(s.model, s.engine, 1, 8),
    );
    expect(Math.abs(u95.kvRoomBytes / GIB - 1.71)).toBeLessThan(0.5);
    // Fewer warm-up sequences (--max-num-seqs 256) free ~5.4 GiB: then the full context fits at 0.95.
    expect(
      fitInference(
        { ...s, utilization: 0.95, maxNumSeqs: 256 },
        gpu("h100", 80, "sxm"),
        parallelLayout(s.model, s.engine, 1, 8),
      ).fits,
    ).toBe(true);
  });

  it("Llama-3-8B at TP2 keeps 7.48 GiB of weights per GPU", () => {
    const { parts } = model("meta-llama/Meta-Llama-3-8B");
    expect(weightBytesPerGpu(weightBytes(parts, "bf16"), { tensor: 2, pipeline: 1 }) / GIB).toBeCloseTo(7.48, 2);
  });

  // ESTIMATOR.md §0 sized the static part at 65.7 + 3.6 + 1.3 GiB (~30k tokens). Current vLLM warms
  // the sampler up for 1,024 sequences on an H100 (4.8 GiB with Llama's 128,256-token vocabulary)
  // and counts 2.04 GiB of non-torch memory at TP2, which leaves ~18k tokens; with 256 sequences
  // (A100 default, vLLM V0) the room is ~41k tokens.
  it("Llama-3.3-70B bf16 at 8k fits 2×80 GB at util 0.95 (15–20k tokens of KV room on H100, 35–45k with 256 sequences) and not 1×80 GB", () => {
    const s = setup("meta-llama/Llama-3.3-70B-Instruct", { utilization: 0.95 });
    const h100 = gpu("h100", 80, "sxm");
    const two = fitInference(s, h100, parallelLayout(s.model, s.engine, 2, 8));
    expect(two.fits).toBe(true);
    expect(two.perGpu.weightsGiB).toBeCloseTo(65.7, 1);
    expect(two.maxContext).toBeGreaterThan(15_000);
    expect(two.maxContext).toBeLessThan(20_000);
    const v0 = fitInference({ ...s, maxNumSeqs: 256 }, h100, parallelLayout(s.model, s.engine, 2, 8));
    expect(v0.maxContext).toBeGreaterThan(35_000);
    expect(v0.maxContext).toBeLessThan(45_000);
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
