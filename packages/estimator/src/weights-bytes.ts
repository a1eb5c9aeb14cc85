import { FORMAT_BITS } from "./formats.js";
import type { ParamParts } from "./param-count.js";
import type { WeightFormat } from "./request.js";

/**
 * Weight bytes of a whole model, by class.
 *
 * @example
 * const perToken = (w: WeightBytes): number => w.dense + w.output;
 */
export interface WeightBytes {
  readonly total: number;
  readonly embedding: number;
  readonly output: number;
  /** Attention, dense MLP, norms: read for every token. */
  readonly dense: number;
  /** Routed experts: only `k/E` of them are read per token at batch 1. */
  readonly experts: number;
}

/**
 * Weight bytes: `W = Σ_class n_params × bits/8` (accelerate `estimate.py` sizes dtypes the same
 * way; vLLM's "model weights take 14.96GiB" for Llama-3-8B is 8.03e9 × 2 B / 2^30).
 *
 * @example
 * weightBytes({ embedding: 0, output: 0, linear: 8.03e9, experts: 0, other: 0 }, "bf16").total / 2 ** 30; // 14.96
 */
export function weightBytes(parts: ParamParts, format: WeightFormat): WeightBytes {
  const f = FORMAT_BITS[format];
  const embedding = (parts.embedding * f.embedding) / 8;
  // Tied models: llama.cpp stores the shared embedding as the output tensor (Q6_K in K-quant mixes).
  const tiedGguf = f.gguf && parts.output === 0;
  const embeddingBytes = tiedGguf ? (parts.embedding * f.output) / 8 : embedding;
  const output = (parts.output * f.output) / 8;
  const dense = (parts.linear * f.linear) / 8 + (parts.other * f.other) / 8;
  const experts = (parts.experts * f.experts) / 8;
  return { total: embeddingBytes + output + dense + experts, embedding: embeddingBytes, output, dense, experts };
}

/**
 * How the weights are spread over GPUs.
 *
 * @example
 * const split: WeightSplit = { tensor: 8, pipeline: 1 };
 */
export interface WeightSplit {
  /** Tensor-parallel degree (matrices split column/row-wise, vocabulary split). */
  readonly tensor: number;
  /** Pipeline stages (layers split; embedding on the first stage, head on the last). */
  readonly pipeline: number;
  /** The engine keeps the input embedding in host memory (llama.cpp). */
  readonly inputEmbeddingOnHost?: boolean;
}

/**
 * Weight bytes on the busiest GPU: layers split over `tensor × pipeline` GPUs; the embedding and
 * head split over the tensor ranks and sit on the first / last pipeline stage.
 *
 * @example
 * weightBytesPerGpu(weightBytes(parts, "bf16"), { tensor: 2, pipeline: 1 });
 */
export function weightBytesPerGpu(w: WeightBytes, split: WeightSplit): number {
  const tp = Math.max(1, split.tensor);
  const pp = Math.max(1, split.pipeline);
  const embedding = split.inputEmbeddingOnHost && w.output > 0 ? 0 : w.embedding;
  const layers = (w.dense + w.experts) / (tp * pp);
  const ends = pp > 1 ? Math.max(embedding, w.output) : embedding + w.output;
  return layers + ends / tp;
}
