import type { GpuSpec } from "@akash-sdl/catalog";
import type { InferenceSetup } from "./fit-plan.js";
import { FORMAT_BITS } from "./formats.js";
import { computeCapability, denseTflops, hasFp8, isHbm } from "./gpu-traits.js";
import { kvBytesForSequence, kvShards } from "./kv-cache-bytes.js";
import type { ModelProfile } from "./model-profile.js";
import type { ParallelLayout } from "./parallel-layout.js";
import type { Throughput } from "./plan.js";
import { weightBytes } from "./weights-bytes.js";

/**
 * Multi-GPU scaling: gpu_poor models tensor-parallel decode as `time × 1.25 / numGPU`
 * (RahulSChand/gpu_poor `App.js`), i.e. 80 % efficiency from 2 GPUs on.
 */
const TP_EFFICIENCY = 0.8;

/**
 * Time of one small-message all-reduce at tensor-parallel degree `tp`, in µs: the engine's
 * two-GPU figure, +25 % per doubling beyond (more ring/tree hops). 0 at TP 1.
 *
 * @example
 * allReduceUs(ENGINE_PROFILES.vllm, 8); // 75
 */
export function allReduceUs(engine: Pick<InferenceSetup["engine"], "allReduceLatencyUs">, tp: number): number {
  if (tp <= 1) return 0;
  return engine.allReduceLatencyUs * (1 + 0.25 * (Math.log2(tp) - 1));
}

/** Kernels in a dense GQA decoder layer (norms, QKV, RoPE, attention, output, gate-up, activation, down, residuals). */
const DENSE_LAYER_KERNELS = 10;

/**
 * Kernels one decode step launches per layer, from the layer's structure: GQA attention 6 (norm,
 * QKV GEMM, RoPE, attention, output GEMM, residual), MLA 11 (adds the q/kv down- and
 * up-projections, their norms and the two absorbed batched GEMMs), dense MLP 4 (norm, gate-up,
 * activation, down), routed MoE 8 (norm, router GEMM, top-k, token sort, two grouped GEMMs,
 * activation, weighted combine). The fixed per-layer time scales with it: a DeepSeek-V3 layer
 * costs 1.9× a Llama layer before any communication.
 *
 * @example
 * kernelsPerLayer(llama3_8b); // 10
 */
export function kernelsPerLayer(m: Pick<ModelProfile, "experts" | "traits">): number {
  const attention = m.traits.attention === "mla" ? 11 : 6;
  const mlp = m.experts > 0 ? 8 : 4;
  return attention + mlp;
}

/**
 * Workload shape for the speed figures.
 *
 * @example
 * const shape: SpeedShape = { promptTokens: 1024, batch: 8 };
 */
export interface SpeedShape {
  /** Prompt tokens per request (prefill). */
  readonly promptTokens: number;
  /** Tokens generated per request; decode reads the KV of `prompt + output / 2` tokens (default 256). */
  readonly outputTokens?: number;
  /** Sequences decoded together. */
  readonly batch: number;
}

/**
 * bitsandbytes NF4 dequantises on the fly: inference runs ~3× slower than the 16-bit model
 * (gpu_poor's disclaimer: nf4 ×3, int8 ×4.5; ESTIMATOR.md §6 pitfall 7). `int8` here means W8A8 /
 * weight-only int8 kernels in serving engines, which are not slowed down.
 */
const bnbSlowdown = (format: InferenceSetup["format"]): number => (format === "nf4" ? 3 : 1);

/**
 * FP8 GEMM speed-up over BF16 actually reached: 1402.6 vs 794.5 achievable TFLOPS on H100 SXM
 * (stas00/ml-engineering "Maximum Achievable Matmul FLOPS") = 1.77×, not the datasheet's 2×.
 */
const FP8_SPEEDUP = 1402.6 / 794.5;

/**
 * Usable dense TFLOPS of a GPU for a format: FP8 weights on FP8-capable cards run FP8 GEMMs
 * 1.77× faster than BF16 (measured achievable matmul rates on H100).
 *
 * @example
 * effectiveTflops(h100, "fp8", false); // ≈ 1746
 */
export function effectiveTflops(
  gpu: GpuSpec,
  format: InferenceSetup["format"],
  fp16Accumulate: boolean,
): number | undefined {
  const t = denseTflops(gpu, fp16Accumulate);
  if (t === undefined) return undefined;
  return FORMAT_BITS[format].fp8Compute && hasFp8(gpu) ? FP8_SPEEDUP * t : t;
}

/**
 * TFLOPS the engine's kernels reach on a GPU. vLLM/SGLang/TGI use tensor FP16/BF16
 * ({@link effectiveTflops}); llama.cpp and Ollama fall back to the CUDA cores where FP16 is slow or
 * missing (Pascal GP10x 1/64 rate, Maxwell none): FP32 for 16/32-bit weights, and `__dp4a` int8
 * dot products (4 per FP32 lane, NVIDIA Pascal tuning guide; Tesla P40 data sheet: 47 INT8 TOPS vs
 * 11.76 FP32 TFLOPS) in its quantised MMQ kernels on compute capability ≥ 6.1. The faster of the
 * two applies.
 *
 * @example
 * engineTflops(p40, "q4_k_m", ENGINE_PROFILES["llama.cpp"]); // 47.04 (4 × 11.76)
 */
export function engineTflops(
  gpu: GpuSpec,
  format: InferenceSetup["format"],
  engine: InferenceSetup["engine"],
): number | undefined {
  const tensor = effectiveTflops(gpu, format, engine.fp16Accumulate);
  if (engine.formats !== "gguf" || !gpu.fp32Tflops) return tensor;
  const dp4a = FORMAT_BITS[format].gguf && (computeCapability(gpu) ?? 0) >= 6.1 ? 4 : 1;
  return Math.max(tensor ?? 0, dp4a * gpu.fp32Tflops);
}

/** Share of the prefill MFU llama.cpp's dp4a MMQ kernels reach (P40, see `prefillRate`). */
const DP4A_PREFILL = 0.58;

/**
 * Prefill rate of one prompt in tokens/s: `n / ((2·P_active·n + 2·L·n²·d_attn) / (MFU·FLOPS·TP))`,
 * scaled for quantised GGUF weights and bitsandbytes NF4.
 */
function prefillRate(
  s: InferenceSetup,
  gpu: GpuSpec,
  tflops: number,
  mfu: number,
  tp: number,
  scale: number,
  n: number,
): number {
  const m = s.model;
  const dAttn = m.heads * (m.traits.attention === "mla" ? 192 : m.headDim);
  const flops = 2 * m.activeParams * n + 2 * m.layers * n * n * dAttn;
  // On the dp4a path (Pascal and older: no tensor cores) llama.cpp's MMQ reaches 26 % of the int8 peak: P40
  // llama 7B Q4_0 pp512 912 t/s = 12.3 of 47 TOPS (llama.cpp PR #4766) → 0.58 of the prefill MFU.
  const dp4a = s.engine.formats === "gguf" && (computeCapability(gpu) ?? 7) < 7;
  const quantised = FORMAT_BITS[s.format].gguf ? (dp4a ? DP4A_PREFILL : s.engine.quantisedPrefill) : 1;
  return ((n / (flops / (mfu * tflops * 1e12 * tp * scale))) * quantised) / bnbSlowdown(s.format);
}

/**
 * Decode and prefill speed of an LLM plan (ESTIMATOR.md §5.1):
 * - decode step `t = W_read/TP / (η_bw·BW) + B·KV_seq/shards / (η_bw·BW) + L·τ + B·τ_seq + B·FLOPs_token / (TP·MFU·FLOPS)`
 *   — the weights are streamed once per step (GGUF K-quants: or unpacked at their ALU cost, if
 *   slower), each sequence adds its KV reads, its share of the batched GEMMs and attention FLOPs and
 *   a fixed per-sequence time τ_seq; L·τ is the per-layer launch/synchronisation time (plus two
 *   all-reduces per layer at TP ≥ 2). llama.cpp overlaps compute with the reads (`max`).
 *   In continuous batching the other `B − 1` sequences' prompts are prefilled between decode
 *   steps: each step also carries `(B − 1)/output × (t_prefill(prompt) − t_step)` when the prefill
 *   takes longer than a plain step;
 *   aggregate `B / t`; MoE weight reads grow with the batch as experts touched
 *   `E·(1 − (1 − k/E)^B)`; layer-split engines gain no speed from more GPUs;
 * - prefill `t = (2·P_active·n + 2·L·n²·d_attn) / (MFU·FLOPS·TP)`.
 * η_bw and MFU per engine and memory type come from `engine-profiles.ts`.
 *
 * @example
 * inferenceThroughput(setup, h100, layout, { promptTokens: 1024, batch: 1 }).decodeTokensPerSec;
 */
export function inferenceThroughput(
  s: InferenceSetup,
  gpu: GpuSpec,
  layout: ParallelLayout,
  shape: SpeedShape,
): Throughput {
  const m = s.model;
  const hbm = isHbm(gpu);
  const eta = hbm ? s.engine.decodeEfficiency.hbm : s.engine.decodeEfficiency.gddr;
  const mfu = hbm ? s.engine.prefillMfu.hbm : s.engine.prefillMfu.gddr;
  const decodeMfu = s.engine.decodeMfu;
  const tflops = engineTflops(gpu, s.format, s.engine);
  const bw = gpu.bandwidthGBs ? gpu.bandwidthGBs * 1e9 : undefined;
  const B = Math.max(1, Math.floor(shape.batch));
  const tp = s.engine.tensorParallel ? layout.tensor : 1;
  const scale = tp > 1 ? TP_EFFICIENCY : 1;
  const output = Math.max(1, shape.outputTokens ?? 256);
  const promptTokens = Math.max(1, shape.promptTokens);
  const bits = FORMAT_BITS[s.format];
  const dequant = bits.decodeOps > 0 && s.engine.formats === "gguf" && gpu.fp32Tflops ? gpu.fp32Tflops : undefined;
  const basis =
    `η_bw ${eta} of ${gpu.bandwidthGBs ?? "?"} GB/s (${hbm ? "HBM" : "GDDR"}, ${s.engine.name}), ${m.layers} layers × ${kernelsPerLayer(m)} kernels` +
    (s.engine.sequenceLatencyUs > 0 ? `, ${s.engine.sequenceLatencyUs} µs per sequence` : "") +
    (dequant ? `, ${bits.decodeOps} ops/weight dequantisation at ${dequant} FP32 TFLOPS` : "") +
    `, prefill MFU ${mfu} / decode MFU ${decodeMfu} of ${tflops ? Math.round(tflops) : "?"} TFLOPS` +
    (B > 1 ? `, prompts of ${promptTokens} tokens prefilled between steps every ${output} tokens` : "") +
    (tp > 1
      ? `, ${2 * m.layers} all-reduces per token of ${Math.round(allReduceUs(s.engine, tp))} µs, prefill ×${TP_EFFICIENCY} multi-GPU scaling (gpu_poor)`
      : "") +
    (s.format === "nf4" ? ", bitsandbytes NF4 ÷3 (gpu_poor)" : "");

  const prefill = tflops ? prefillRate(s, gpu, tflops, mfu, tp, scale, promptTokens) : null;
  let decode: number | null = null;
  let perSeq: number | null = null;
  if (bw) {
    const w = weightBytes(s.parts, s.format);
    const touched = m.experts > 0 ? 1 - (1 - m.expertsPerToken / m.experts) ** B : 1;
    const head = w.output > 0 ? w.output : w.embedding;
    const weightRead = (w.dense + head + w.experts * touched) / tp;
    const headParams = s.parts.output > 0 ? s.parts.output : s.parts.embedding;
    const weightCount = (s.parts.linear + s.parts.other + headParams + s.parts.experts * touched) / tp;
    const readTime = weightRead / (eta * bw);
    const weightTime = dequant ? Math.max(readTime, (weightCount * bits.decodeOps) / (dequant * 1e12)) : readTime;
    const seqLen = Math.min(s.context, promptTokens + output / 2);
    const kvRead = (B * kvBytesForSequence(m, s.kvDtype, seqLen)) / (s.engine.tensorParallel ? kvShards(m, tp) : 1);
    const perLayer =
      s.engine.layerLatencyUs * (kernelsPerLayer(m) / DENSE_LAYER_KERNELS) + 2 * allReduceUs(s.engine, tp);
    const latency = (m.layers * perLayer + B * s.engine.sequenceLatencyUs) / 1e6;
    const memTime = weightTime + kvRead / (eta * bw) + latency;
    const dAttn = m.heads * (m.traits.attention === "mla" ? 192 : m.headDim);
    const flopsPerToken = 2 * m.activeParams + 4 * m.layers * seqLen * dAttn;
    const computeTime = tflops ? (B * flopsPerToken) / (tp * decodeMfu * tflops * 1e12) : 0;
    const core = s.engine.decodeCompute === "sum" ? memTime + computeTime : Math.max(memTime, computeTime);
    // The all-reduces are timed explicitly: no further multi-GPU factor on decode.
    const stepTime = core * bnbSlowdown(s.format);
    // Continuous batching: every step, (B − 1)/output of the other sequences start over with a
    // prompt; a prefill longer than a decode step stretches the step it shares.
    const prefillTime = prefill ? promptTokens / prefill : 0;
    const interference = B > 1 ? ((B - 1) / output) * Math.max(0, prefillTime - stepTime) : 0;
    const step = stepTime + interference;
    decode = B / step;
    perSeq = 1 / step;
  }
  return {
    decodeTokensPerSec: decode,
    perSequenceTokensPerSec: perSeq,
    prefillTokensPerSec: prefill,
    trainTokensPerSec: null,
    imagesPerSec: null,
    batch: B,
    basis,
  };
}

/**
 * Training speed: `tokens/s = MFU · FLOPS · N / (c · P_active)` with `c = 6` for full
 * fine-tuning (forward 2PD + backward 4PD, EleutherAI Transformer Math 101), `4` for LoRA
 * (no weight gradients for the frozen base), `+2` when activations are recomputed. MFU 0.4
 * (PaLM reports 46 % for large-scale training); QLoRA's dequantisation costs a further 40 %.
 *
 * @example
 * trainingThroughput(8.03e9, h100, 1, "lora", true, "bf16");
 */
export function trainingThroughput(
  activeParams: number,
  gpu: GpuSpec,
  gpus: number,
  method: "full" | "lora" | "qlora",
  checkpointing: boolean,
  format: InferenceSetup["format"],
): Throughput {
  const tflops = effectiveTflops(gpu, format === "fp8" ? "fp8" : "bf16", false);
  const mfu = method === "qlora" ? 0.24 : 0.4;
  const c = (method === "full" ? 6 : 4) + (checkpointing ? 2 : 0);
  const rate = tflops ? (mfu * tflops * 1e12 * gpus * (gpus > 1 ? TP_EFFICIENCY : 1)) / (c * activeParams) : null;
  const basis = `MFU ${mfu} of ${tflops ?? "?"} TFLOPS × ${gpus} GPU(s), ${c}·P FLOPs per token`;
  return {
    decodeTokensPerSec: null,
    perSequenceTokensPerSec: null,
    prefillTokensPerSec: null,
    trainTokensPerSec: rate,
    imagesPerSec: null,
    batch: 1,
    basis,
  };
}
