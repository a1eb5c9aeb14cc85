import type { GpuSpec } from "@akash-sdl/catalog";
import type { EngineProfile } from "./engine-profiles.js";

/**
 * An engine's scheduler limits: tokens per profiling step and sequences the sampler holds.
 *
 * @example
 * const limits: SchedulerLimits = { batchedTokens: 8192, maxSeqs: 1024 };
 */
export interface SchedulerLimits {
  /** Tokens per scheduler (and profiling) step. */
  readonly batchedTokens: number;
  /** Sequences scheduled at once (and sampled in the warm-up). */
  readonly maxSeqs: number;
}

/**
 * Tokens per profiling step and sequences the sampler holds, as the engine would pick them on a
 * GPU, with explicit settings (`--max-num-batched-tokens`, `--max-num-seqs`) taking precedence.
 * vLLM caps the sequences at the batched tokens (`max_num_seqs ≤ max_num_batched_tokens`).
 *
 * @example
 * schedulerLimits(ENGINE_PROFILES.vllm, { model: "h100", ramGiB: 80 }); // { batchedTokens: 8192, maxSeqs: 1024 }
 */
export function schedulerLimits(
  engine: EngineProfile,
  gpu: Pick<GpuSpec, "model" | "ramGiB">,
  set: { readonly maxBatchedTokens?: number; readonly maxNumSeqs?: number } = {},
): SchedulerLimits {
  // vLLM `get_batch_defaults`: device memory ≥ 70 GiB and "a100" not in the device name.
  const large =
    engine.largeGpuLimits && gpu.ramGiB >= 70 && !/^a100/i.test(gpu.model) ? engine.largeGpuLimits : undefined;
  const batchedTokens = set.maxBatchedTokens ?? large?.batchedTokens ?? engine.batchedTokens;
  const maxSeqs = Math.min(set.maxNumSeqs ?? large?.maxSeqs ?? engine.maxSeqs, batchedTokens);
  return { batchedTokens, maxSeqs };
}
