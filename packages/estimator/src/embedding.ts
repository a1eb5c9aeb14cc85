import { mlpWidths } from "./activation-bytes.js";
import type { EngineProfile } from "./engine-profiles.js";
import { FORMAT_BITS } from "./formats.js";
import type { ModelProfile } from "./model-profile.js";
import type { ParamParts } from "./param-count.js";
import { weightBytes } from "./weights-bytes.js";

const GIB = 2 ** 30;

/**
 * Per-GPU memory of an embedding model server, in bytes.
 *
 * @example
 * const gib = (m: EmbeddingMemory): number => m.total / 2 ** 30;
 */
export interface EmbeddingMemory {
  readonly weights: number;
  readonly activations: number;
  readonly overhead: number;
  readonly total: number;
  /** Tokens per forward batch the activations were sized for. */
  readonly batchTokens: number;
  readonly rule: string;
}

/**
 * Embedding (encoder) models have no KV cache: memory is weights plus one forward batch of
 * `T` tokens — hidden states and MLP intermediates `T·(4h + I)` elements at the compute dtype —
 * plus attention scores `batch × heads × s²` when the engine has no fused attention
 * (text-embeddings-inference uses flash attention; `--max-batch-tokens` 16384 by default).
 *
 * @example
 * embeddingMemory(bgeLarge, parts, ENGINE_PROFILES.tei, "fp16", 512).total / 2 ** 30; // ≈ 1.4
 */
export function embeddingMemory(
  m: ModelProfile,
  parts: ParamParts,
  engine: EngineProfile,
  format: Parameters<typeof weightBytes>[1],
  sequence: number,
): EmbeddingMemory {
  const weights = weightBytes(parts, format).total;
  const bytes = Math.max(2, FORMAT_BITS[format].linear / 8 >= 4 ? 4 : 2);
  const T = Math.max(sequence, engine.batchedTokens);
  const I = mlpWidths(m, parts).dense || 4 * m.hiddenSize;
  const fused = engine.name === "tei" || engine.name === "vllm" || engine.name === "sglang";
  const batch = Math.max(1, Math.floor(T / Math.max(1, sequence)));
  const scores = fused ? 0 : batch * m.heads * sequence * sequence * bytes;
  const activations = T * (4 * m.hiddenSize + I) * bytes + scores;
  const overhead = 0.5 * GIB;
  return {
    weights,
    activations,
    overhead,
    total: weights + activations + overhead,
    batchTokens: T,
    rule: `${engine.name}: weights + one batch of ${T} tokens (hidden and MLP states${fused ? "" : " and attention scores"}) + 0.5 GiB context.`,
  };
}
