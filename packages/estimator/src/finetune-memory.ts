import { mlpWidths, trainingActivationBytes } from "./activation-bytes.js";
import type { ModelProfile } from "./model-profile.js";
import type { ParamParts } from "./param-count.js";
import type { FinetuneMethod, OptimizerName, WeightFormat } from "./request.js";
import { trainingOverheadBytes } from "./runtime-overhead.js";
import { weightBytes } from "./weights-bytes.js";

/**
 * Fine-tuning settings.
 *
 * @example
 * const s: FinetuneSetup = { method: "lora", optimizer: "adamw", format: "bf16", sequenceLength: 2048, microBatch: 1, checkpointing: true, loraRank: 16 };
 */
export interface FinetuneSetup {
  readonly method: FinetuneMethod;
  readonly optimizer: OptimizerName;
  /** Format of the model weights during training (16-bit unless QLoRA's NF4). */
  readonly format: WeightFormat;
  readonly sequenceLength: number;
  readonly microBatch: number;
  readonly checkpointing: boolean;
  readonly loraRank: number;
}

/**
 * Per-GPU fine-tuning memory in bytes.
 *
 * @example
 * const statesPerGpu = (m: FinetuneMemory): number => m.weights + m.gradients + m.optimizer;
 */
export interface FinetuneMemory {
  readonly weights: number;
  readonly gradients: number;
  readonly optimizer: number;
  readonly activations: number;
  readonly overhead: number;
  readonly total: number;
  /** Parameters being trained. */
  readonly trainable: number;
}

/**
 * bitsandbytes 4-bit layers keep ~30 % more activation memory than 16-bit ones: LitGPT's
 * resource tables (A100, Alpaca, micro-batch 1) measure LoRA → QLoRA (nf4-dq) peaks of
 * 21.30 → 13.84 GB (Llama-2-7B) and 38.12 → 22.55 GB (13B); after the weight difference the
 * activation part grows 1.32× and 1.30×.
 */
const QLORA_ACTIVATION_FACTOR = 1.3;

/**
 * Optimiser state bytes per trained parameter, including the fp32 master copy for mixed
 * precision: AdamW 12 (4 master + 4 m + 4 v; ZeRO paper accounting), 8-bit Adam 6 (m, v in
 * 1 B each — bitsandbytes; HF "model memory anatomy": 2 B instead of 8), SGD with momentum 8,
 * Adafactor 4 (factored second moments are negligible).
 *
 * @example
 * optimizerBytesPerParam("adamw", true); // 12
 */
export function optimizerBytesPerParam(optimizer: OptimizerName, masterCopy: boolean): number {
  const states = optimizer === "adamw" ? 8 : optimizer === "adamw-8bit" ? 2 : optimizer === "sgd" ? 4 : 0;
  return states + (masterCopy ? 4 : 0);
}

/**
 * LoRA adapter parameters: `r × (d_in + d_out)` for every attention projection (q, k, v, o) and
 * dense MLP matrix of every layer ("all-linear" targets, as axolotl/Unsloth recipes use); routed
 * experts are not adapted. Diffusion denoisers: ≈ 0.25 % of the denoiser per rank-16 step.
 *
 * @example
 * loraParams(llama3_8b, paramParts(llama3_8b), 16); // ≈ 42M
 */
export function loraParams(m: ModelProfile, parts: ParamParts, rank: number): number {
  if (m.traits.kind === "diffusion") return (m.params * 0.0025 * rank) / 16;
  const h = m.hiddenSize;
  const q = m.traits.attention === "mla" ? h : m.heads * m.headDim;
  const kv = m.traits.attention === "mla" ? h : m.kvHeads * m.headDim;
  const w = mlpWidths(m, parts);
  const attention = rank * (h + q + 2 * (h + kv) + (q + h));
  const mlp = w.dense > 0 ? w.matrices * rank * (h + w.dense) : 0;
  const layers = m.traits.kind === "encoder-decoder" ? m.encoderLayers + 2 * m.decoderLayers : m.layers;
  return layers * (attention + mlp);
}

/**
 * Per-GPU memory of a fine-tuning run over `gpus` GPUs with fully sharded states (FSDP / ZeRO-3).
 * - full: 16-bit weights 2 B + gradients 2 B + optimiser (AdamW 12 B) = 16 B/param
 *   (ZeRO; HF's anatomy gives 18 with fp32 gradients), ÷ GPUs;
 * - LoRA: frozen 16-bit base ÷ GPUs + adapters at 16 B/param (fp32 adapter, gradient, Adam m/v —
 *   PEFT upcasts adapters to fp32);
 * - QLoRA: NF4 base (4.127 bits on matrices, 16-bit embeddings) + the same adapters.
 * Activations per GPU at its micro-batch (see `trainingActivationBytes`; × 1.3 for QLoRA), plus
 * ~1 GiB overhead. Check: LitGPT's Llama-2-7B/13B LoRA peaks (21.30 / 38.12 GB) within 2 %.
 *
 * @example
 * finetuneMemory(llama3_8b, parts, { method: "lora", optimizer: "adamw", format: "bf16", sequenceLength: 2048, microBatch: 1, checkpointing: true, loraRank: 16 }, 1);
 */
export function finetuneMemory(
  m: ModelProfile,
  parts: ParamParts,
  s: FinetuneSetup,
  gpus: number,
  extraActivations = 0,
): FinetuneMemory {
  const n = Math.max(1, gpus);
  const base16 = extraActivations + (m.traits.kind === "diffusion" ? 0 : trainingActivationBytes(m, parts, s));
  const activations = s.method === "qlora" ? base16 * QLORA_ACTIVATION_FACTOR : base16;
  const overhead = trainingOverheadBytes(n);
  if (s.method === "full") {
    const wBytes = weightBytes(parts, s.format).total;
    const perParam = wBytes / Math.max(1, m.params);
    const weights = wBytes / n;
    const gradients = (m.params * perParam) / n;
    const optimizer = (m.params * optimizerBytesPerParam(s.optimizer, perParam < 4)) / n;
    const total = weights + gradients + optimizer + activations + overhead;
    return { weights, gradients, optimizer, activations, overhead, total, trainable: m.params };
  }
  const base = weightBytes(parts, s.method === "qlora" ? "nf4" : s.format).total;
  const trainable = loraParams(m, parts, s.loraRank);
  const weights = base / n + trainable * 4;
  const gradients = trainable * 4;
  const optimizer = trainable * optimizerBytesPerParam(s.optimizer, false);
  const total = weights + gradients + optimizer + activations + overhead;
  return { weights, gradients, optimizer, activations, overhead, total, trainable };
}
