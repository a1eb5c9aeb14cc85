import type { EngineProfile } from "./engine-profiles.js";
import type { ModelProfile } from "./model-profile.js";

/**
 * How a plan's GPUs share the model.
 *
 * @example
 * const l: ParallelLayout = { tensor: 8, pipeline: 3, data: 1, nodes: 3, divisible: true };
 */
export interface ParallelLayout {
  readonly tensor: number;
  readonly pipeline: number;
  /** Replicas (each holds the whole model); used for models that do not split. */
  readonly data: number;
  readonly nodes: number;
  /** `false` when the GPU count could not all go to tensor parallelism inside a node. */
  readonly divisible: boolean;
}

/**
 * The largest total GPU count an estimate considers or accepts as a pin (`constraints.gpuCount`,
 * `constraints.maxGpus`): far above any Akash deployment, low enough that every loop over counts
 * and layouts stays instant. Larger values are an `estimate/invalid-option` error.
 *
 * @example
 * MAX_GPU_COUNT; // 1024
 */
export const MAX_GPU_COUNT = 1024;

/**
 * The largest `constraints.maxGpusPerNode` accepted (the biggest GPU servers hold 8–16 GPUs).
 *
 * @example
 * MAX_GPUS_PER_NODE; // 64
 */
export const MAX_GPUS_PER_NODE = 64;

/**
 * Whether `t` is a valid tensor-parallel degree: it must divide the attention heads, and the KV
 * heads must divide by it or it by them (vLLM checks both; vllm #414, #596, #11797).
 *
 * @example
 * validTensorDegree(llama3_8b, 8); // true (32 heads, 8 KV heads)
 */
export function validTensorDegree(m: ModelProfile, t: number): boolean {
  if (t <= 1) return true;
  if (!m.heads || m.heads % t !== 0) return false;
  const kv = m.traits.attention === "mla" ? 1 : m.kvHeads;
  return kv % t === 0 || t % kv === 0;
}

/**
 * Splits `count` GPUs: up to `maxPerNode` per node; inside a node the largest valid tensor
 * degree, the rest (and every extra node) as pipeline stages. Engines without tensor
 * parallelism split layers only. Models that do not split (diffusion, Whisper, embeddings)
 * run one replica per GPU.
 *
 * @example
 * parallelLayout(llama3_70b, ENGINE_PROFILES.vllm, 16, 8); // { tensor: 8, pipeline: 2, nodes: 2, ... }
 */
export function parallelLayout(
  m: ModelProfile,
  engine: EngineProfile,
  count: number,
  maxPerNode: number,
): ParallelLayout {
  // Clamped so that a hostile count cannot make the degree search below run for long.
  const n = Math.min(MAX_GPU_COUNT, Math.max(1, Math.floor(count) || 1));
  const perNodeCap = Math.min(MAX_GPUS_PER_NODE, Math.max(1, Math.floor(maxPerNode) || 1));
  const nodes = Math.ceil(n / perNodeCap);
  if (m.traits.kind !== "decoder") return { tensor: 1, pipeline: 1, data: n, nodes, divisible: true };
  const perNode = Math.ceil(n / nodes);
  if (!engine.tensorParallel) return { tensor: 1, pipeline: n, data: 1, nodes, divisible: true };
  let tensor = 1;
  for (let t = perNode; t >= 1; t--) {
    if (perNode % t === 0 && validTensorDegree(m, t)) {
      tensor = t;
      break;
    }
  }
  const pipeline = Math.max(1, Math.floor(n / tensor));
  return { tensor, pipeline, data: 1, nodes, divisible: tensor === perNode && n % perNode === 0 };
}

/**
 * GPU counts worth trying: 1, 2, 4, 8 inside a node, then whole extra nodes up to `maxGpus`.
 *
 * @example
 * candidateCounts(8, 32); // [1, 2, 4, 8, 16, 24, 32]
 */
export function candidateCounts(maxPerNode: number, maxGpus: number): number[] {
  maxPerNode = Math.min(MAX_GPUS_PER_NODE, Math.max(1, Math.floor(maxPerNode) || 1));
  maxGpus = Math.min(MAX_GPU_COUNT, Math.max(1, Math.floor(maxGpus) || 1));
  const out: number[] = [];
  for (let c = 1; c <= Math.min(maxPerNode, maxGpus); c *= 2) out.push(c);
  if (!out.includes(maxPerNode) && maxPerNode <= maxGpus) out.push(maxPerNode);
  for (let c = maxPerNode * 2; c <= maxGpus; c += maxPerNode) out.push(c);
  return out;
}
