import type { Diagnostic } from "@akash-sdl/core";
import type { GpuInterface, GpuVendor, ModelTask } from "@akash-sdl/catalog";
import type { EngineName, EstimateTask, FinetuneMethod, KvCacheDtype, WeightFormat } from "./request.js";
import type { SchedulerLimits } from "./scheduler-limits.js";

/**
 * The GPU of a plan as the SDL names it.
 *
 * @example
 * const g: PlanGpu = { vendor: "nvidia", model: "h100", ramGiB: 80, interface: "sxm" };
 */
export interface PlanGpu {
  readonly vendor: GpuVendor;
  /** Akash model name (`h100`). */
  readonly model: string;
  /** Memory per GPU in GiB (`80` → `ram: 80Gi`). */
  readonly ramGiB: number;
  readonly interface: GpuInterface;
  /**
   * Dense 16-bit TFLOPS the catalogue lists, when known: ranks plans of compute-bound tasks
   * without a token rate (diffusion denoising) so that a 2016 P100 does not come first.
   */
  readonly fp16Tflops?: number;
}

/**
 * Memory of one GPU in GiB (2^30 bytes), by what uses it.
 *
 * @example
 * const m: PerGpuMemory = { weightsGiB: 14.96, kvCacheGiB: 1, activationsGiB: 1.27, overheadGiB: 1.79, totalGiB: 19.02, usableGiB: 71.3, headroomGiB: 52.28 };
 */
export interface PerGpuMemory {
  /** Model weights resident on this GPU (for fine-tuning: the model copy being trained or frozen). */
  readonly weightsGiB: number;
  /** KV cache for the requested context × concurrency (0 when not applicable). */
  readonly kvCacheGiB: number;
  /** Activation / workspace peak. */
  readonly activationsGiB: number;
  /** CUDA context, communication buffers and engine non-torch memory. */
  readonly overheadGiB: number;
  /** Fine-tuning only: gradients. */
  readonly gradientsGiB?: number;
  /** Fine-tuning only: optimiser states (incl. fp32 master weights). */
  readonly optimizerGiB?: number;
  /** Sum of the parts above. */
  readonly totalGiB: number;
  /** What the engine lets the parts use (vLLM: utilisation × visible memory). */
  readonly usableGiB: number;
  /** `usableGiB − totalGiB`; negative when it does not fit. */
  readonly headroomGiB: number;
}

/**
 * What a fix changes.
 *
 * @example
 * const k: FixKind = "kv-dtype";
 */
export type FixKind =
  | "context"
  | "max-num-seqs"
  | "utilization"
  | "engine"
  | "kv-dtype"
  | "format"
  | "concurrency"
  | "method"
  | "optimizer"
  | "checkpointing"
  | "batch"
  | "vae"
  | "offload"
  | "gpus"
  | "gpu";

/**
 * A change that would make a plan fit (or fit better).
 *
 * @example
 * const f: PlanFix = { kind: "context", description: "Lower the context to 28,672 tokens (--max-model-len 28672).", value: 28672 };
 */
export interface PlanFix {
  readonly kind: FixKind;
  /** One plain sentence, e.g. "Use an fp8 KV cache (--kv-cache-dtype fp8)." */
  readonly description: string;
  /** The value to use (tokens, dtype, format, GPU count or `model:ramGi`). */
  readonly value: string | number;
}

/**
 * Host-side resources with the rule that produced each number.
 *
 * @example
 * const shm = (h: HostResources): string => `${h.shmGiB}Gi`;
 */
export interface HostResources {
  readonly cpu: number;
  readonly memoryGiB: number;
  /** Persistent volume for model files, cache and room to download. */
  readonly storageGiB: number;
  /** Container root (ephemeral) storage. */
  readonly ephemeralGiB: number;
  /** Shared memory (`/dev/shm`, SDL storage class `ram`); 0 when the engine needs none. */
  readonly shmGiB: number;
  /** Download size of the model files in GiB. */
  readonly checkpointGiB: number;
  /** One sentence per number: how it was computed. */
  readonly rules: { readonly cpu: string; readonly memory: string; readonly storage: string; readonly shm: string };
}

/**
 * Speed estimate with the calibration used.
 *
 * @example
 * const perSeq = (t: Throughput): number | null => t.perSequenceTokensPerSec;
 */
export interface Throughput {
  /** Output tokens/s summed over the concurrent sequences (decode). */
  readonly decodeTokensPerSec: number | null;
  /** Output tokens/s of one sequence at that concurrency. */
  readonly perSequenceTokensPerSec: number | null;
  /** Prompt tokens/s for one prompt of `promptTokens`. */
  readonly prefillTokensPerSec: number | null;
  /** Training tokens/s (fine-tuning plans). */
  readonly trainTokensPerSec: number | null;
  /** Images per second (diffusion plans). */
  readonly imagesPerSec?: number | null;
  /** Sequences decoded together (min of concurrency and what the KV cache holds). */
  readonly batch: number;
  /** Calibration factors and where they come from. */
  readonly basis: string;
}

/**
 * One way to run the workload: a GPU model × count with memory, host resources, speed and cost.
 *
 * @example
 * const fits = (p: ResourcePlan): boolean => p.fits && p.perGpu.headroomGiB >= 0;
 */
export interface ResourcePlan {
  readonly gpu: PlanGpu;
  readonly gpuCount: number;
  /** Nodes the plan spans (GPUs per node = gpuCount / nodes). */
  readonly nodes: number;
  readonly parallel: { readonly tensor: number; readonly pipeline: number; readonly data: number };
  readonly task: EstimateTask;
  readonly engine: EngineName;
  readonly weightFormat: WeightFormat;
  readonly kvDtype: KvCacheDtype;
  readonly method?: FinetuneMethod;
  /** Tokens per sequence the plan was sized for (fine-tuning: sequence length). */
  readonly context: number;
  readonly concurrency: number;
  readonly fits: boolean;
  /** Why it fits or not, in one or two plain sentences. */
  readonly reason: string;
  readonly fixes: readonly PlanFix[];
  readonly perGpu: PerGpuMemory;
  readonly weightsTotalGiB: number;
  /** KV bytes per token of one sequence for the whole model (all layers), at the plan's KV dtype. */
  readonly kvBytesPerToken: number | null;
  /** Largest context (per sequence, at the plan's concurrency) that fits; null when not applicable. */
  readonly maxContext: number | null;
  readonly host: HostResources;
  readonly throughput: Throughput;
  /** Cost per hour of the whole plan, when a price is known. */
  readonly costPerHour: number | null;
  /** Cost per million output (or training) tokens at the plan's throughput. */
  readonly costPerMillionTokens: number | null;
  /** Cost per thousand images (diffusion plans) at the plan's images per second. */
  readonly costPerThousandImages?: number | null;
  /** Whether the GPU is in the Akash provider database. */
  readonly offered: boolean;
  /** Other facts worth knowing (engine caps, rules applied). */
  readonly notes: readonly string[];
  /** LLM serving: tokens per profiling step and sequences the activation peak was sized for. */
  readonly engineLimits?: SchedulerLimits;
}

/**
 * The model an estimate used, after resolving ids, aliases and variants.
 *
 * @example
 * const moe = (m: EstimatedModel): boolean => m.activeParams < m.params;
 */
export interface EstimatedModel {
  readonly id: string;
  readonly task: ModelTask;
  readonly family: string;
  readonly params: number;
  readonly activeParams: number;
  readonly maxContext: number;
}

/**
 * What {@link estimate} returns: ranked plans (best first), diagnostics, and the model used.
 *
 * @example
 * const best = (r: EstimateResult): ResourcePlan | undefined => r.plans.find((p) => p.fits);
 */
export interface EstimateResult {
  readonly model?: EstimatedModel;
  readonly plans: readonly ResourcePlan[];
  readonly diagnostics: readonly Diagnostic[];
}
