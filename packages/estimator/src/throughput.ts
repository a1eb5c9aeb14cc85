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

/**
 * Decode and prefill speed of an LLM plan (ESTIMATOR.md §5.1):
 * - decode step `t = max((W_read/TP + B·KV_seq/shards) / (η_bw·BW) + L·τ, 2·P_active·B / (TP·MFU·FLOPS))`
 *   with a per-layer latency τ (kernel launches, all-reduces),
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
  const basis =
    `η_bw ${eta} of ${gpu.bandwidthGBs ?? "?"} GB/s (${hbm ? "HBM" : "GDDR"}, ${s.engine.name}), ${m.layers} layers × ${kernelsPerLayer(m)} kernels, ` +
    `prefill MFU ${mfu} / decode MFU ${decodeMfu} of ${tflops ? Math.round(tflops) : "?"} TFLOPS` +
    (tp > 1 ? `, ${2 * m.layers} all-reduces per token, ×${TP_EFFICIENCY} multi-GPU scaling (gpu_poor)` : "") +
    (s.format === "nf4" ? ", bitsandbytes NF4 ÷3 (gpu_poor)" : "");

  let decode: number | null = null;
  let perSeq: number | null = null;
  if (bw) {
    const w = weightBytes(s.parts, s.format);
    const touched = m.experts > 0 ? 1 - (1 - m.expertsPerToken / m.experts) ** B : 1;
    const head = w.output > 0 ? w.output : w.embedding;
    const weightRead = (w.dense + head + w.experts * touched) / tp;
    const seqLen = Math.min(s.context, shape.promptTokens + (shape.outputTokens ?? 256) / 2);
    const kvRead = (B * kvBytesForSequence(m, s.kvDtype, seqLen)) / (s.engine.tensorParallel ? kvShards(m, tp) : 1);
    const perLayer =
      s.engine.layerLatencyUs * (kernelsPerLayer(m) / DENSE_LAYER_KERNELS) +
      (tp > 1 ? 2 * s.engine.allReduceLatencyUs : 0);
    const latency = (m.layers * perLayer) / 1e6;
    const memTime = (weightRead + kvRead) / (eta * bw) + latency;
    const computeTime = tflops ? (2 * m.activeParams * B) / (tp * decodeMfu * tflops * 1e12) : 0;
    const step = (Math.max(memTime, computeTime) / scale) * bnbSlowdown(s.format);
    decode = B / step;
    perSeq = 1 / step;
  }
  let prefill: number | null = null;
  if (tflops) {
    const n = Math.max(1, shape.promptTokens);
    const dAttn = m.heads * (m.traits.attention === "mla" ? 192 : m.headDim);
    const flops = 2 * m.activeParams * n + 2 * m.layers * n * n * dAttn;
    prefill = n / (flops / (mfu * tflops * 1e12 * tp * scale)) / bnbSlowdown(s.format);
  }
  return {
    decodeTokensPerSec: decode,
    perSequenceTokensPerSec: perSeq,
    prefillTokensPerSec: prefill,
    trainTokensPerSec: null,
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
    batch: 1,
    basis,
  };
}
