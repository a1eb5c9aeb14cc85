import type { EngineProfile } from "./engine-profiles.js";
import type { ModelProfile } from "./model-profile.js";
import type { ParamParts } from "./param-count.js";

/**
 * MLP widths the activation formulas need.
 *
 * @example
 * const w: MlpWidths = { dense: 14336, expert: 0, matrices: 3 };
 */
export interface MlpWidths {
  /** Dense MLP width per layer (0 for MoE layers without a dense MLP). */
  readonly dense: number;
  /** Width of one routed expert (0 for dense models). */
  readonly expert: number;
  /** Matrices per MLP: 3 gated, 2 plain. */
  readonly matrices: number;
}

/**
 * MLP widths, from the catalogue (or the sourced MoE layout) or, when neither gives one, from
 * the counted matrix parameters.
 *
 * @example
 * mlpWidths(llama3_8b, paramParts(llama3_8b)).dense; // 14336
 */
export function mlpWidths(m: ModelProfile, parts: ParamParts): MlpWidths {
  const matrices = m.traits.mlp === "gated" ? 3 : 2;
  const h = m.hiddenSize || 1;
  const L = m.layers || 1;
  if (m.experts > 0) {
    const expert = m.intermediateSize ?? m.moe?.expertWidth ?? parts.experts / (L * m.experts * matrices * h);
    return { dense: 0, expert, matrices };
  }
  const attn = attentionDims(m);
  const fromParts = Math.max(0, (parts.linear / L - (2 * h * attn.q + 2 * h * attn.kv)) / (matrices * h));
  const dense = m.intermediateSize ?? (m.traits.intermediateFactor ? m.traits.intermediateFactor * h : fromParts);
  return { dense, expert: 0, matrices };
}

/** Query and key/value widths (MLA models: the hidden size, not the cached latent). */
function attentionDims(m: ModelProfile): { q: number; kv: number } {
  if (m.traits.attention === "mla") return { q: m.hiddenSize, kv: m.hiddenSize };
  return { q: m.heads * m.headDim, kv: m.kvHeads * m.headDim };
}

/**
 * What one profiling step holds: tokens in the forward pass and sequences whose logits are sampled.
 *
 * @example
 * const step: ProfileStep = { tokens: 8192, sequences: 1024 };
 */
export interface ProfileStep {
  readonly tokens: number;
  readonly sequences: number;
}

/**
 * Inference activation / workspace peak per GPU, in bytes, as paged engines profile it: one
 * forward pass over `T` batched tokens, then the sampler over `S` sequences. The forward pass's
 * buffers are freed before sampling, so the peak is the larger of
 * - forward: hidden/attention buffers `T·4h`, MLP buffers `T·3·I/TP` (gate+up output and
 *   activation), fused-MoE workspaces `T·k·(max(2·I_e/TP, h) + I_e/TP)` (vLLM `fused_moe`
 *   `workspace13` and `workspace2`), all 16-bit;
 * - sampling: `S × V × samplerBytesPerLogit` (vLLM sorts the logits for top-k/top-p: 38 B, see
 *   `engine-profiles.ts`) plus the `T·h` hidden states kept from the forward pass.
 * The sampler term is the same at every TP degree (logits are gathered over the whole vocabulary):
 * vLLM logged 1.26 GiB on Llama-3-8B at TP1 and at TP2 (PR #10511); this gives 1.22 GiB for both.
 * llama.cpp's compute buffer holds `n_ubatch` rows of fp32 logits and hidden states.
 *
 * @example
 * inferenceActivationBytes(llama3_8b, paramParts(llama3_8b), ENGINE_PROFILES.vllm, 1, { tokens: 8192, sequences: 256 }) / 2 ** 30; // ≈ 1.22
 */
export function inferenceActivationBytes(
  m: ModelProfile,
  parts: ParamParts,
  engine: EngineProfile,
  tensor: number,
  step?: Partial<ProfileStep>,
): number {
  const h = m.hiddenSize;
  const V = m.vocab;
  const tp = Math.max(1, tensor);
  const w = mlpWidths(m, parts);
  const T = step?.tokens ?? engine.batchedTokens;
  if (engine.inputEmbeddingOnHost) {
    // ggml compute buffer: fp32 logits for the micro-batch + fp32 hidden/MLP intermediates.
    return T * (V * 4 + (4 * h + w.matrices * (w.dense + w.expert * m.expertsPerToken)) * 4);
  }
  const dense = T * (4 * h + (3 * w.dense) / tp) * 2;
  const ie = w.expert / tp;
  const moe = m.experts > 0 ? T * m.expertsPerToken * (Math.max(2 * ie, h) + ie) * 2 : 0;
  const sequences = Math.min(step?.sequences ?? engine.maxSeqs, T);
  const sampler = sequences * V * engine.samplerBytesPerLogit + T * h * 2;
  return Math.max(dense + moe, sampler);
}

/**
 * Fine-tuning activation settings.
 *
 * @example
 * const shape: TrainingShape = { sequenceLength: 2048, microBatch: 1, checkpointing: true };
 */
export interface TrainingShape {
  readonly sequenceLength: number;
  readonly microBatch: number;
  readonly checkpointing: boolean;
}

/**
 * Training activations per GPU in bytes, 16-bit, FlashAttention (no `a·s²` score matrices),
 * no dropout. Per layer: attention `2sb(3h + q + 2kv)` (norm and projection inputs, Q/K/V,
 * attention output) and MLP `2sb(2h + 4I)` gated / `2sb(2h + 2I)` plain — the SwiGLU form of
 * Korthikanti et al. (arXiv:2205.05198: `34·s·b·h` per layer with a 4h GELU MLP). With
 * checkpointing only each layer's input `2sbh` is kept plus one layer being recomputed. Logits
 * add `s·b·V·(2 + 4)` bytes (16-bit logits and the fp32 copy for the loss).
 *
 * @example
 * trainingActivationBytes(llama3_8b, paramParts(llama3_8b), { sequenceLength: 2048, microBatch: 1, checkpointing: true });
 */
export function trainingActivationBytes(m: ModelProfile, parts: ParamParts, shape: TrainingShape): number {
  const h = m.hiddenSize;
  const w = mlpWidths(m, parts);
  const { q, kv } = attentionDims(m);
  const I = w.dense + w.expert * m.expertsPerToken;
  const mlpFactor = w.matrices === 3 ? 4 : 2;
  const perLayer = (s: number, cross: number): number =>
    2 * s * shape.microBatch * ((3 * h + q + 2 * kv) * (1 + cross) + 2 * h + mlpFactor * I);
  const stack = (layers: number, s: number, cross: number): number =>
    shape.checkpointing ? layers * 2 * s * shape.microBatch * h + perLayer(s, cross) : layers * perLayer(s, cross);
  if (m.traits.kind === "encoder-decoder") {
    const dec = Math.min(shape.sequenceLength, m.maxContext);
    return (
      stack(m.encoderLayers, m.audioContextFrames, 0) +
      stack(m.decoderLayers, dec, 1) +
      dec * shape.microBatch * m.vocab * 6
    );
  }
  const s = shape.sequenceLength;
  const logits = m.traits.kind === "decoder" ? s * shape.microBatch * m.vocab * 6 : 0;
  return stack(m.layers, s, 0) + logits;
}
