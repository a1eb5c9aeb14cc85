import { describe, expect, it } from "vitest";
import {
  allReduceUs,
  ENGINE_PROFILES,
  inferenceThroughput,
  parallelLayout,
  type InferenceSetup,
  type WeightFormat,
} from "../src/index.js";
import { gpu, model, rel } from "./support/fixtures.js";

type Engine = keyof typeof ENGINE_PROFILES;

const speed = (
  id: string,
  engine: Engine,
  format: WeightFormat,
  g: ReturnType<typeof gpu>,
  n: number,
  shape: { prompt: number; output: number; batch: number },
) => {
  const { profile, parts } = model(id);
  const e = ENGINE_PROFILES[engine];
  const s: InferenceSetup = {
    model: profile,
    parts,
    engine: e,
    format,
    kvDtype: "auto",
    context: 8192,
    concurrency: shape.batch,
  };
  return inferenceThroughput(s, g, parallelLayout(profile, e, n, 8), {
    promptTokens: shape.prompt,
    outputTokens: shape.output,
    batch: shape.batch,
  });
};

const H100 = gpu("h100", 80, "sxm");
const A100_40 = gpu("a100", 40, "sxm");
const A100 = gpu("a100", 80, "sxm");
const RTX4090 = gpu("rtx4090", 24, "pcie");
const RTX3090 = gpu("rtx3090", 24, "pcie");
const P40 = gpu("p40", 24, "pcie");

// vLLM, measured (issue 11, item "calibrated decode"). Each row: model, GPU, count, request shape,
// measured aggregate decode tok/s, tolerance, source.
const VLLM_ROWS = [
  // 1 / TPOT p50 (6.48 ms, 6.59 ms at 4 streams), vLLM 0.21, fp16, "chatbot-short" (short prompts).
  [
    "Llama-3.1-8B, H100 SXM, 1 stream",
    "meta-llama/Llama-3.1-8B",
    H100,
    1,
    { prompt: 200, output: 128, batch: 1 },
    1000 / 6.48,
    0.1,
    "https://yobitelcomm.github.io/bench/recipes/concurrency-sweep/",
  ],
  [
    "Llama-3.1-8B, H100 SXM, 4 streams",
    "meta-llama/Llama-3.1-8B",
    H100,
    1,
    { prompt: 200, output: 128, batch: 4 },
    4000 / 6.59,
    0.1,
    "https://yobitelcomm.github.io/bench/recipes/concurrency-sweep/",
  ],
  // vLLM 0.23, 1024 in / 128 out, A100 40GB: ~75 tok/s at 1 request; 6.6× that at 8.
  [
    "Llama-3.1-8B, A100 40GB, 1 stream, 1024/128",
    "meta-llama/Llama-3.1-8B",
    A100_40,
    1,
    { prompt: 1024, output: 128, batch: 1 },
    75,
    0.1,
    "https://johnmusgrave.com/p/vllm-throughput-latency-sweep-on",
  ],
  [
    "Llama-3.1-8B, A100 40GB, 8 streams, 1024/128",
    "meta-llama/Llama-3.1-8B",
    A100_40,
    1,
    { prompt: 1024, output: 128, batch: 8 },
    6.6 * 75,
    0.2,
    "https://johnmusgrave.com/p/vllm-throughput-latency-sweep-on",
  ],
  // benchmark_latency, QwQ-32B (Qwen2.5-32B architecture), input 1, output 200, vLLM 0.7.2.
  [
    "QwQ-32B, 2 × A100 80GB, batch 1",
    "Qwen/Qwen2.5-32B",
    A100,
    2,
    { prompt: 1, output: 200, batch: 1 },
    36.2,
    0.15,
    "https://github.com/vllm-project/vllm/issues/16300",
  ],
  [
    "QwQ-32B, 2 × A100 80GB, batch 16",
    "Qwen/Qwen2.5-32B",
    A100,
    2,
    { prompt: 1, output: 200, batch: 16 },
    528,
    0.15,
    "https://github.com/vllm-project/vllm/issues/16300",
  ],
  [
    "QwQ-32B, 2 × A100 80GB, batch 128",
    "Qwen/Qwen2.5-32B",
    A100,
    2,
    { prompt: 1, output: 200, batch: 128 },
    2300,
    0.15,
    "https://github.com/vllm-project/vllm/issues/16300",
  ],
  [
    "QwQ-32B, 4 × A100 80GB, batch 1",
    "Qwen/Qwen2.5-32B",
    A100,
    4,
    { prompt: 1, output: 200, batch: 1 },
    50,
    0.25,
    "https://github.com/vllm-project/vllm/issues/16300",
  ],
  [
    "QwQ-32B, 8 × A100 80GB, batch 1",
    "Qwen/Qwen2.5-32B",
    A100,
    8,
    { prompt: 1, output: 200, batch: 1 },
    63,
    0.25,
    "https://github.com/vllm-project/vllm/issues/16300",
  ],
  // vLLM, Mistral-7B-Instruct-v0.3 bf16 on an RTX 4090, 256 in / 128 out, output tok/s.
  [
    "Mistral-7B, RTX 4090, 4 streams",
    "mistralai/Mistral-7B-Instruct-v0.3",
    RTX4090,
    1,
    { prompt: 256, output: 128, batch: 4 },
    210,
    0.2,
    "https://mushfiqrahman.dev/?p=1668",
  ],
  [
    "Mistral-7B, RTX 4090, 16 streams",
    "mistralai/Mistral-7B-Instruct-v0.3",
    RTX4090,
    1,
    { prompt: 256, output: 128, batch: 16 },
    644,
    0.2,
    "https://mushfiqrahman.dev/?p=1668",
  ],
  [
    "Mistral-7B, RTX 4090, 32 streams",
    "mistralai/Mistral-7B-Instruct-v0.3",
    RTX4090,
    1,
    { prompt: 256, output: 128, batch: 32 },
    975,
    0.2,
    "https://mushfiqrahman.dev/?p=1668",
  ],
] as const;

describe("vLLM decode against published measurements", () => {
  it.each(VLLM_ROWS)("%s: within tolerance of the measurement", (_label, id, g, n, shape, measured, tolerance) => {
    const t = speed(id, "vllm", "bf16", g, n, shape);
    expect(rel(t.decodeTokensPerSec ?? 0, measured)).toBeLessThan(tolerance);
  });

  it("batch-1 decode on an H100 reaches ~74 % of peak bandwidth for an 8B model, as measured", () => {
    const t = speed("meta-llama/Llama-3.1-8B", "vllm", "bf16", H100, 1, { prompt: 200, output: 128, batch: 1 });
    const share = ((t.perSequenceTokensPerSec ?? 0) * 8.03e9 * 2) / (3350 * 1e9);
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.82);
  });

  it("long prompts slow batched decode: other requests' prefills share the steps", () => {
    const short = speed("meta-llama/Llama-3.1-8B", "vllm", "bf16", H100, 1, { prompt: 128, output: 128, batch: 16 });
    const long = speed("meta-llama/Llama-3.1-8B", "vllm", "bf16", H100, 1, { prompt: 4096, output: 128, batch: 16 });
    expect(long.decodeTokensPerSec ?? 0).toBeLessThan(0.6 * (short.decodeTokensPerSec ?? 0));
    // Batch 1 has nobody else's prompt to wait for.
    const a = speed("meta-llama/Llama-3.1-8B", "vllm", "bf16", H100, 1, { prompt: 128, output: 128, batch: 1 });
    const b = speed("meta-llama/Llama-3.1-8B", "vllm", "bf16", H100, 1, { prompt: 4096, output: 128, batch: 1 });
    expect(rel(b.decodeTokensPerSec ?? 0, a.decodeTokensPerSec ?? 0)).toBeLessThan(0.15);
  });

  it("all-reduces cost 35 µs at TP 2 and 25 % more per doubling", () => {
    expect(allReduceUs(ENGINE_PROFILES.vllm, 1)).toBe(0);
    expect(allReduceUs(ENGINE_PROFILES.vllm, 2)).toBe(35);
    expect(allReduceUs(ENGINE_PROFILES.vllm, 8)).toBeCloseTo(52.5, 5);
  });
});

// llama.cpp PR #4766 (https://github.com/ggml-org/llama.cpp/pull/4766), llama-bench, llama 7B,
// "t/s master" column: tg128 (batch-1 decode) and pp512 (prompt processing).
const LLAMA_CPP_ROWS = [
  ["RTX 3090 Q2_K tg128", RTX3090, "q2_k", "decode", 92.69, 0.15],
  ["RTX 3090 Q3_K_S tg128", RTX3090, "q3_k_l", "decode", 87.26, 0.15],
  ["RTX 3090 Q4_0 tg128", RTX3090, "q4_0", "decode", 121.82, 0.15],
  ["RTX 3090 F16 tg128", RTX3090, "fp16", "decode", 48.52, 0.15],
  ["P40 Q2_K tg128", P40, "q2_k", "decode", 33.52, 0.15],
  ["P40 Q3_K_S tg128", P40, "q3_k_l", "decode", 30.93, 0.15],
  ["P40 Q4_0 tg128", P40, "q4_0", "decode", 56.79, 0.2],
  ["P40 Q4_K_S tg128", P40, "q4_k_s", "decode", 54.23, 0.2],
  ["RTX 3090 Q4_0 pp512", RTX3090, "q4_0", "prefill", 3408.18, 0.15],
  ["RTX 3090 Q2_K pp512", RTX3090, "q2_k", "prefill", 3340.73, 0.15],
  ["RTX 3090 F16 pp512", RTX3090, "fp16", "prefill", 4184.85, 0.15],
  ["P40 Q4_0 pp512", P40, "q4_0", "prefill", 912.41, 0.15],
  ["P40 Q4_K_S pp512", P40, "q4_k_s", "prefill", 850.65, 0.15],
] as const;

describe("llama.cpp quant types against llama-bench", () => {
  it.each(LLAMA_CPP_ROWS)("%s: within tolerance", (_label, g, format, what, measured, tolerance) => {
    const t = speed("meta-llama/Llama-2-7b-hf", "llama.cpp", format, g, 1, { prompt: 512, output: 128, batch: 1 });
    const got = what === "decode" ? t.decodeTokensPerSec : t.prefillTokensPerSec;
    expect(rel(got ?? 0, measured)).toBeLessThan(tolerance);
  });

  it("2-bit K-quants decode slower than Q4_0 on an RTX 3090 despite fewer bytes (unpacking on the CUDA cores)", () => {
    const q2 = speed("meta-llama/Llama-2-7b-hf", "llama.cpp", "q2_k", RTX3090, 1, {
      prompt: 512,
      output: 128,
      batch: 1,
    });
    const q4 = speed("meta-llama/Llama-2-7b-hf", "llama.cpp", "q4_0", RTX3090, 1, {
      prompt: 512,
      output: 128,
      batch: 1,
    });
    expect(q2.decodeTokensPerSec ?? 0).toBeLessThan(q4.decodeTokensPerSec ?? 0);
    expect(q2.basis).toContain("dequantisation");
  });
});
