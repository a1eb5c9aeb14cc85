import { kvElementBytes } from "./formats.js";
import type { ModelProfile } from "./model-profile.js";
import type { KvCacheDtype } from "./request.js";

/**
 * Which layers keep a full-length KV cache and which only a window.
 *
 * @example
 * const l: KvLayout = { fullLayers: 10, windowLayers: 52, window: 1024, elementsPerLayer: 4096, replicated: false };
 */
export interface KvLayout {
  /** Layers attending over the whole sequence. */
  readonly fullLayers: number;
  /** Layers attending within `window` tokens (sliding window / chunked attention). */
  readonly windowLayers: number;
  readonly window: number;
  /** Cached elements per token per layer: `2 × kvHeads × headDim` (K and V), or the MLA latent. */
  readonly elementsPerLayer: number;
  /** MLA's single latent is replicated on every tensor-parallel rank. */
  readonly replicated: boolean;
}

/**
 * KV layout of a decoder. GQA: `2 × n_kv_heads × head_dim` per layer — vLLM's page size
 * `2 · block_size · num_kv_heads · head_size · dtype_size` (v1 `kv_cache_interface.py`).
 * MLA: `kv_lora_rank + qk_rope_head_dim` = 576 per layer (MaxText `deepseek3-671b.yml`).
 * Windowed layers per family traits (Gemma 2/3, gpt-oss, Llama 4, Mistral-7B-v0.1).
 *
 * @example
 * kvLayout(llama3_8b).elementsPerLayer; // 2048
 */
export function kvLayout(m: ModelProfile): KvLayout {
  const mla = m.traits.attention === "mla";
  const elementsPerLayer = mla ? m.headDim : 2 * m.kvHeads * m.headDim;
  const window = m.slidingWindow ?? 0;
  if (!window) return { fullLayers: m.layers, windowLayers: 0, window: 0, elementsPerLayer, replicated: mla };
  const every = m.traits.globalLayerEvery;
  const fullLayers = every ? Math.floor(m.layers / every) : 0;
  return { fullLayers, windowLayers: m.layers - fullLayers, window, elementsPerLayer, replicated: mla };
}

/**
 * KV bytes per token for the whole model with every layer caching it (the per-token cost while
 * the sequence is shorter than any window): `2 × L × n_kv × head_dim × bytes`.
 *
 * @example
 * kvBytesPerToken(llama3_8b, "auto"); // 131072
 */
export function kvBytesPerToken(m: ModelProfile, dtype: KvCacheDtype): number {
  const l = kvLayout(m);
  return (l.fullLayers + l.windowLayers) * l.elementsPerLayer * kvElementBytes(dtype);
}

/**
 * KV bytes of one sequence of `tokens` for the whole model: full layers hold every token,
 * windowed layers at most `window` tokens.
 *
 * @example
 * kvBytesForSequence(llama3_8b, "auto", 8192) / 2 ** 30; // 1
 */
export function kvBytesForSequence(m: ModelProfile, dtype: KvCacheDtype, tokens: number): number {
  const l = kvLayout(m);
  const t = Math.max(0, tokens);
  const cached = l.fullLayers * t + l.windowLayers * Math.min(t, l.window);
  return cached * l.elementsPerLayer * kvElementBytes(dtype);
}

/**
 * How many ways the KV cache is split across tensor-parallel ranks: `min(TP, n_kv_heads)`
 * (heads are replicated when `n_kv_heads < TP`; vllm #21348: Qwen3-235B 4 KV heads on TP4 →
 * 48,128 B/token/GPU); 1 for MLA.
 *
 * @example
 * kvShards(qwen3_235b, 8); // 4
 */
export function kvShards(m: ModelProfile, tensor: number): number {
  if (kvLayout(m).replicated) return 1;
  return Math.max(1, Math.min(tensor, m.kvHeads));
}

/**
 * KV bytes on one GPU for `concurrency` sequences of `tokens`, split over tensor ranks and
 * pipeline stages (layers).
 *
 * @example
 * kvBytesPerGpu(llama3_70b, "auto", 8192, 1, 2, 1) / 2 ** 30; // 1.25
 */
export function kvBytesPerGpu(
  m: ModelProfile,
  dtype: KvCacheDtype,
  tokens: number,
  concurrency: number,
  tensor: number,
  pipeline: number,
): number {
  return (
    (kvBytesForSequence(m, dtype, tokens) * Math.max(1, concurrency)) / kvShards(m, tensor) / Math.max(1, pipeline)
  );
}
