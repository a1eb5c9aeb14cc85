import type { GpuSpec } from "@akash-sdl/catalog";
import { inferenceActivationBytes, mlpWidths } from "./activation-bytes.js";
import type { EngineProfile } from "./engine-profiles.js";
import { schedulerLimits } from "./scheduler-limits.js";
import { hasNvlink, visibleMemoryGiB } from "./gpu-traits.js";
import { kvBytesPerGpu } from "./kv-cache-bytes.js";
import { largestFitting } from "./max-context.js";
import type { ModelProfile } from "./model-profile.js";
import type { ParallelLayout } from "./parallel-layout.js";
import type { ParamParts } from "./param-count.js";
import type { PerGpuMemory } from "./plan.js";
import type { KvCacheDtype, WeightFormat } from "./request.js";
import { runtimeOverheadBytes } from "./runtime-overhead.js";
import { weightBytes, weightBytesPerGpu } from "./weights-bytes.js";
import type { SchedulerLimits } from "./scheduler-limits.js";

const GIB = 2 ** 30;

/**
 * Everything an LLM inference fit depends on, apart from the GPU and the layout.
 *
 * @example
 * const s: InferenceSetup = { model: profile, parts, engine: ENGINE_PROFILES.vllm, format: "bf16", kvDtype: "auto", context: 8192, concurrency: 1 };
 */
export interface InferenceSetup {
  readonly model: ModelProfile;
  readonly parts: ParamParts;
  readonly engine: EngineProfile;
  readonly format: WeightFormat;
  readonly kvDtype: KvCacheDtype;
  /** Tokens per sequence. */
  readonly context: number;
  readonly concurrency: number;
  /** Overrides the engine's memory fraction. */
  readonly utilization?: number;
  /** Sequences the engine schedules at once (vLLM `--max-num-seqs`); the engine's default otherwise. */
  readonly maxNumSeqs?: number;
  /** Tokens per scheduler step (vLLM `--max-num-batched-tokens`); the engine's default otherwise. */
  readonly maxBatchedTokens?: number;
}

/**
 * Result of the memory fit of one GPU model × layout.
 *
 * @example
 * const tokens = (f: InferenceFit): number => f.maxContext;
 */
export interface InferenceFit {
  readonly perGpu: PerGpuMemory;
  readonly fits: boolean;
  readonly reason: string;
  /** Largest context per sequence (at the setup's concurrency) the KV room holds; 0 if none. */
  readonly maxContext: number;
  /** Bytes left for the KV cache on the busiest GPU. */
  readonly kvRoomBytes: number;
  readonly weightsTotalBytes: number;
  /** Memory fraction applied. */
  readonly fraction: number;
  /** Tokens per profiling step and sampled sequences the activation peak was sized for. */
  readonly step: SchedulerLimits;
}

const round2 = (bytes: number): number => Math.round((bytes / GIB) * 100) / 100;
const gib = (bytes: number): string => `${(bytes / GIB).toFixed(1)} GiB`;
const tokens = (n: number): string => Math.floor(n).toLocaleString("en-US");

const roundUp = (x: number, to: number): number => Math.ceil(x / to) * to;

/** Growth of the expert weights from the engine's MXFP4 kernel padding (1 when none applies). */
function expertPadding(s: InferenceSetup, tensor: number): number {
  const p = s.engine.mxfp4Padding;
  if (!p || s.format !== "mxfp4" || s.model.experts === 0 || !s.model.hiddenSize) return 1;
  const ie = mlpWidths(s.model, s.parts).expert / Math.max(1, tensor);
  if (!(ie > 0)) return 1;
  const h = s.model.hiddenSize;
  return (roundUp(h, p.hidden) / h) * (roundUp(ie, p.intermediate) / ie);
}

/** SGLang-style engines serve with a pool this small at least (tokens per sequence). */
const MIN_POOL_TOKENS = 4096;

/**
 * Fits an LLM on one GPU model with a layout: `static = W/(TP·PP) + O(TP) + A`, KV per GPU
 * `KV(T)·concurrency / min(TP, n_kv) / PP`, and the engine's rule — vLLM:
 * `static + KV ≤ util × VRAM` (vllm `gpu_worker.py::determine_available_memory`); SGLang:
 * `W + O + KV ≤ mem_fraction_static × VRAM` with activations in the remainder.
 *
 * @example
 * fitInference(setup, h100, { tensor: 2, pipeline: 1, data: 1, nodes: 1, divisible: true }).fits;
 */
export function fitInference(s: InferenceSetup, gpu: GpuSpec, layout: ParallelLayout): InferenceFit {
  const visible = visibleMemoryGiB(gpu) * GIB;
  const fraction = s.utilization ?? s.engine.memoryFraction(layout.tensor);
  const file = weightBytes(s.parts, s.format);
  const pad = expertPadding(s, layout.tensor);
  const w = pad === 1 ? file : { ...file, experts: file.experts * pad, total: file.total + file.experts * (pad - 1) };
  const weights = weightBytesPerGpu(w, {
    tensor: layout.tensor,
    pipeline: layout.pipeline,
    inputEmbeddingOnHost: s.engine.inputEmbeddingOnHost,
  });
  const overhead = runtimeOverheadBytes(s.engine, layout.tensor, hasNvlink(gpu));
  const step = schedulerLimits(s.engine, gpu, {
    ...(s.maxNumSeqs !== undefined ? { maxNumSeqs: s.maxNumSeqs } : {}),
    ...(s.maxBatchedTokens !== undefined ? { maxBatchedTokens: s.maxBatchedTokens } : {}),
  });
  const activations = inferenceActivationBytes(s.model, s.parts, s.engine, layout.tensor, {
    tokens: step.batchedTokens,
    sequences: step.maxSeqs,
  });
  const kvFor = (t: number): number =>
    kvBytesPerGpu(s.model, s.kvDtype, t, s.concurrency, layout.tensor, layout.pipeline);
  const kv = kvFor(s.context);
  const budget = fraction * visible;
  const staticOnly = s.engine.fractionCovers === "static";
  const reserve = staticOnly ? visible - budget : 0;
  const kvRoom = staticOnly ? budget - weights - overhead : budget - weights - overhead - activations;
  const usable = staticOnly ? budget + Math.min(activations, reserve) : budget;
  const cap = Math.max(s.model.maxContext, s.context);
  const maxContext = kvRoom > 0 ? largestFitting(cap, (t) => kvFor(t) <= kvRoom) : 0;
  // An engine that caps its pool (SGLang) allocates what is left, not the requested context's KV:
  // the plan then reports the pool it really holds, so a fitting plan never exceeds usable memory.
  const capped =
    kv > kvRoom && kvRoom > 0 && !s.engine.contextMustFit && maxContext >= Math.min(s.context, MIN_POOL_TOKENS);
  const heldKv = capped ? kvFor(maxContext) : kv;
  const total = weights + overhead + activations + heldKv;
  const perGpu: PerGpuMemory = {
    weightsGiB: round2(weights),
    kvCacheGiB: round2(heldKv),
    activationsGiB: round2(activations),
    overheadGiB: round2(overhead),
    totalGiB: round2(total),
    usableGiB: round2(usable),
    headroomGiB: round2(usable - total),
  };
  const budgetText = `${s.engine.name} ${fraction.toFixed(2)} × ${gib(visible)}`;
  const base = { perGpu, maxContext, kvRoomBytes: kvRoom, weightsTotalBytes: file.total, fraction, step };

  if (weights + overhead >= budget) {
    return {
      ...base,
      fits: false,
      reason: `Weights alone (${gib(weights)} per GPU) with ${gib(overhead)} runtime overhead exceed the ${gib(budget)} the engine may use (${budgetText}).`,
    };
  }
  if (staticOnly && activations > reserve) {
    return {
      ...base,
      fits: false,
      reason: `Activations (${gib(activations)}) do not fit in the ${gib(reserve)} ${s.engine.name} keeps outside its static pool; lower the memory fraction or the chunked-prefill size.`,
    };
  }
  if (kvRoom <= 0) {
    return {
      ...base,
      fits: false,
      reason: `Weights, activations and overhead (${gib(weights + activations + overhead)}) leave no room for a KV cache within ${gib(budget)} (${budgetText}).`,
    };
  }
  const seqs = s.concurrency > 1 ? ` × ${s.concurrency} sequences` : "";
  if (kv <= kvRoom) {
    return {
      ...base,
      fits: true,
      reason: `Fits: ${gib(weights)} weights + ${gib(kv)} KV for ${tokens(s.context)} tokens${seqs} + ${gib(activations)} activations + ${gib(overhead)} overhead = ${gib(total)} of ${gib(usable)} usable per GPU (${budgetText}).`,
    };
  }
  if (capped) {
    return {
      ...base,
      fits: true,
      reason: `Fits with a capped pool: the KV cache holds ${tokens(maxContext)} tokens${seqs} (${gib(kvRoom)}), less than the requested ${tokens(s.context)}; ${s.engine.name} starts and limits requests to the pool.`,
    };
  }
  return {
    ...base,
    fits: false,
    reason: `The KV cache for ${tokens(s.context)} tokens${seqs} needs ${gib(kv)} per GPU but only ${gib(kvRoom)} is left after weights, activations and overhead; ${maxContext > 0 ? `up to ${tokens(maxContext)} tokens fit` : "no context fits"}.`,
  };
}
