import { describe, expect, it } from "vitest";
import {
  ENGINE_PROFILES,
  effectiveTflops,
  estimate,
  inferenceThroughput,
  kernelsPerLayer,
  parallelLayout,
  type InferenceSetup,
  type WeightFormat,
} from "../src/index.js";
import { gpu, model, rel } from "./support/fixtures.js";

const run = (
  id: string,
  engine: keyof typeof ENGINE_PROFILES,
  format: WeightFormat,
  g: ReturnType<typeof gpu>,
  n: number,
  prompt: number,
  batch = 1,
) => {
  const { profile, parts } = model(id);
  const e = ENGINE_PROFILES[engine];
  const s: InferenceSetup = {
    model: profile,
    parts,
    engine: e,
    format,
    kvDtype: "auto",
    context: 4096,
    concurrency: batch,
  };
  return inferenceThroughput(s, g, parallelLayout(profile, e, n, 8), { promptTokens: prompt, batch });
};

// ESTIMATOR.md §5.2: llama.cpp batch-1 decode, 1024 generated tokens (XiongjieDai benchmarks).
const LLAMA_CPP_ROWS = [
  ["meta-llama/Meta-Llama-3-8B", "q4_k_m", "rtx4090", 24, "pcie", 127.74],
  ["meta-llama/Meta-Llama-3-8B", "fp16", "rtx4090", 24, "pcie", 54.34],
  ["meta-llama/Meta-Llama-3-8B", "q4_k_m", "rtx3090", 24, "pcie", 111.74],
  ["meta-llama/Meta-Llama-3-8B", "q4_k_m", "rtx3070", 8, "pcie", 70.94],
  ["meta-llama/Meta-Llama-3-8B", "fp16", "rtxa6000", 48, "pcie", 40.25],
  ["meta-llama/Meta-Llama-3-70B", "q4_k_m", "rtxa6000", 48, "pcie", 14.58],
  ["meta-llama/Meta-Llama-3-70B", "q4_k_m", "a40", 48, "pcie", 12.08],
  ["meta-llama/Meta-Llama-3-8B", "q4_k_m", "a100", 80, "sxm", 133.38],
  ["meta-llama/Meta-Llama-3-8B", "fp16", "a100", 80, "pcie", 54.56],
  ["meta-llama/Meta-Llama-3-8B", "q4_k_m", "h100", 80, "pcie", 144.49],
  ["meta-llama/Meta-Llama-3-8B", "fp16", "h100", 80, "pcie", 67.79],
  ["meta-llama/Meta-Llama-3-70B", "q4_k_m", "h100", 80, "pcie", 25.01],
] as const;

describe("throughput", () => {
  it.each(LLAMA_CPP_ROWS)(
    "llama.cpp %s %s on %s: measured %d t/s (within 20 %%)",
    (id, f, name, ram, iface, measured) => {
      const t = run(id, "llama.cpp", f, gpu(name, ram, iface), 1, 512);
      expect(rel(t.decodeTokensPerSec ?? 0, measured)).toBeLessThan(0.2);
    },
  );

  it("prefill of a 2048-token prompt is within 30 % of TRT-LLM's first-token latency (H100 FP8, A100 FP16)", () => {
    const h100 = run("meta-llama/Llama-2-7b-hf", "vllm", "fp8", gpu("h100", 80, "sxm"), 1, 2048);
    const a100 = run("meta-llama/Llama-2-7b-hf", "vllm", "fp16", gpu("a100", 80, "sxm"), 1, 2048);
    expect(rel(2048 / (h100.prefillTokensPerSec ?? 1), 0.036)).toBeLessThan(0.3);
    expect(rel(2048 / (a100.prefillTokensPerSec ?? 1), 0.133)).toBeLessThan(0.3);
  });

  it("FP8 doubles neither memory nor compute on GPUs without FP8 tensor cores", () => {
    expect(effectiveTflops(gpu("a100", 80, "sxm"), "fp8", false)).toBe(312);
    expect(effectiveTflops(gpu("h100", 80, "sxm"), "fp8", false)).toBeGreaterThan(1.7 * 989);
  });

  it("batched decode raises aggregate tokens/s and lowers per-sequence tokens/s", () => {
    const one = run("meta-llama/Llama-3.1-8B", "vllm", "bf16", gpu("h100", 80, "sxm"), 1, 512, 1);
    const many = run("meta-llama/Llama-3.1-8B", "vllm", "bf16", gpu("h100", 80, "sxm"), 1, 512, 32);
    expect(many.decodeTokensPerSec ?? 0).toBeGreaterThan(10 * (one.decodeTokensPerSec ?? 0));
    expect(many.perSequenceTokensPerSec ?? 0).toBeLessThan(one.perSequenceTokensPerSec ?? 0);
  });

  it("MoE decode reads the active experts at batch 1 (Mixtral faster than a dense model of its total size)", () => {
    const mix = run("mistralai/Mixtral-8x7B-v0.1", "vllm", "bf16", gpu("h200", 141, "sxm"), 1, 512);
    const dense70 = run("meta-llama/Llama-3.1-70B", "vllm", "bf16", gpu("h200", 141, "sxm"), 1, 512);
    expect(mix.decodeTokensPerSec ?? 0).toBeGreaterThan(2.5 * (dense70.decodeTokensPerSec ?? 0));
  });

  it("tensor parallelism speeds decode up; llama.cpp's layer split does not", () => {
    const tp1 = run("meta-llama/Llama-3.1-70B", "vllm", "fp8", gpu("h100", 80, "sxm"), 1, 512);
    const tp4 = run("meta-llama/Llama-3.1-70B", "vllm", "fp8", gpu("h100", 80, "sxm"), 4, 512);
    // The weight stream shrinks 4×; per-layer launches and 160 all-reduces per token do not.
    expect(tp4.decodeTokensPerSec ?? 0).toBeGreaterThan(1.6 * (tp1.decodeTokensPerSec ?? 0));
    const one = run("meta-llama/Meta-Llama-3-8B", "llama.cpp", "q4_k_m", gpu("rtx4090", 24, "pcie"), 1, 512);
    const two = run("meta-llama/Meta-Llama-3-8B", "llama.cpp", "q4_k_m", gpu("rtx4090", 24, "pcie"), 2, 512);
    expect(two.decodeTokensPerSec).toBe(one.decodeTokensPerSec);
  });

  it("reports no speed for GPUs without bandwidth or TFLOPS figures", () => {
    // The provider database's a100 64Gi SKU has no public data sheet and is left without figures.
    const t = run("meta-llama/Llama-3.2-1B", "vllm", "bf16", gpu("a100", 64, "sxm"), 1, 512);
    expect(t.decodeTokensPerSec).toBeNull();
    expect(t.prefillTokensPerSec).toBeNull();
  });

  it("counts kernels per layer from the structure: dense GQA 10, GQA + MoE 14, MLA + MoE 19", () => {
    expect(kernelsPerLayer(model("meta-llama/Llama-3.1-8B").profile)).toBe(10);
    expect(kernelsPerLayer(model("Qwen/Qwen3-235B-A22B").profile)).toBe(14);
    expect(kernelsPerLayer(model("deepseek-ai/DeepSeek-R1").profile)).toBe(19);
  });

  it("batch-1 MoE decode at high TP is latency-bound: TP4 → TP8 gains less than a dense 70B's TP1 → TP2", () => {
    const r1 = (n: number) =>
      run("deepseek-ai/DeepSeek-R1", "vllm", "fp8", gpu("h200", 141, "sxm"), n, 512).decodeTokensPerSec ?? 0;
    const l70 = (n: number) =>
      run("meta-llama/Llama-3.1-70B", "vllm", "bf16", gpu("h200", 141, "sxm"), n, 512).decodeTokensPerSec ?? 0;
    expect(r1(8) / r1(4)).toBeLessThan(1.3);
    expect(r1(8) / r1(4)).toBeLessThan(l70(2) / l70(1));
  });

  // ESTIMATOR.md §5.4: TRT-LLM "Total Output Throughput" at max load, ISL/OSL 1000/2000, FP8 weights
  // (FP8 KV cache assumed). The max-load batch is not published; ours is what the KV room holds.
  // vLLM is slower than TRT-LLM (its decode adds the batched GEMMs to the weight stream, fitted to
  // vLLM's own offline batches in decode-calibration.test.ts) and keeps less KV room, so a wide
  // band: 0.6–1.75×.
  const TRT_ROWS = [
    ["meta-llama/Llama-3.1-8B", "h100:80:sxm", 1, 13_899],
    ["meta-llama/Llama-3.1-8B", "h200", 1, 16_828],
    ["meta-llama/Llama-3.3-70B-Instruct", "h100:80:sxm", 2, 4_146],
    ["meta-llama/Llama-3.3-70B-Instruct", "h200", 1, 2_994],
    ["meta-llama/Llama-3.1-405B", "h100:80:sxm", 8, 2_895],
    ["meta-llama/Llama-3.1-405B", "h200", 8, 3_722],
    ["Qwen/Qwen3-235B-A22B", "h100:80:sxm", 8, 15_136],
    ["Qwen/Qwen3-235B-A22B", "h200", 8, 22_061],
    ["meta-llama/Llama-4-Maverick-17B-128E-Instruct", "h100:80:sxm", 8, 9_151],
    ["meta-llama/Llama-4-Maverick-17B-128E-Instruct", "h200", 8, 34_734],
    ["meta-llama/Llama-4-Scout-17B-16E-Instruct", "h100:80:sxm", 4, 9_838],
    ["meta-llama/Llama-4-Scout-17B-16E-Instruct", "h200", 4, 18_499],
  ] as const;
  it.each(TRT_ROWS)(
    "batched decode of %s on %s × %d is within 0.6–1.75× of TRT-LLM's %d tok/s",
    (id, g, n, measured) => {
      const r = estimate({
        model: id,
        dtype: "fp8",
        kvDtype: "fp8",
        context: 3000,
        promptTokens: 1000,
        outputTokens: 2000,
        concurrency: 4096,
        constraints: { gpuModels: [g], gpuCount: n },
      });
      const ratio = (r.plans[0]?.throughput.decodeTokensPerSec ?? 0) / measured;
      expect(ratio).toBeGreaterThan(0.6);
      expect(ratio).toBeLessThan(1.75);
    },
  );
});
