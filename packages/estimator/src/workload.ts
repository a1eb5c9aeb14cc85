import type { GpuSpec } from "@akash-sdl/catalog";
import type { ModelProfile } from "./model-profile.js";
import type { ParallelLayout } from "./parallel-layout.js";
import type { ParamParts } from "./param-count.js";
import type { FixKind, HostResources, PerGpuMemory, Throughput } from "./plan.js";
import type {
  DiffusionOffload,
  EngineName,
  EstimateTask,
  FinetuneMethod,
  KvCacheDtype,
  OptimizerName,
  WeightFormat,
} from "./request.js";
import type { SchedulerLimits } from "./scheduler-limits.js";

/**
 * Every setting a plan depends on, after defaults. Fixes are expressed as changes to these.
 *
 * @example
 * const longer = (k: Knobs): Partial<Knobs> => ({ context: k.context * 2 });
 */
export interface Knobs {
  readonly task: EstimateTask;
  readonly engine: EngineName;
  readonly format: WeightFormat;
  readonly kvDtype: KvCacheDtype;
  /** Tokens per sequence (fine-tuning: sequence length). */
  readonly context: number;
  readonly concurrency: number;
  readonly promptTokens: number;
  /** Generated tokens per request (decode speed figure). */
  readonly outputTokens: number;
  readonly utilization?: number;
  /** Engine scheduler limits set explicitly (otherwise the engine's defaults for the GPU). */
  readonly maxNumSeqs?: number;
  readonly maxBatchedTokens?: number;
  readonly method: FinetuneMethod;
  readonly optimizer: OptimizerName;
  readonly microBatch: number;
  readonly checkpointing: boolean;
  readonly loraRank: number;
  readonly resolution: number;
  readonly batch: number;
  readonly offload: DiffusionOffload;
  readonly vaeSlicing: boolean;
  readonly vaeTiling: boolean;
  readonly tinyVae: boolean;
  /** Denoising steps, when given (otherwise the pipeline's default). */
  readonly steps?: number;
}

/**
 * The outcome of sizing one GPU model × count.
 *
 * @example
 * const tight = (e: Evaluation): boolean => e.fits && e.perGpu.headroomGiB < 1;
 */
export interface Evaluation {
  readonly fits: boolean;
  readonly reason: string;
  readonly perGpu: PerGpuMemory;
  readonly layout: ParallelLayout;
  readonly weightsTotalBytes: number;
  readonly kvBytesPerToken: number | null;
  readonly maxContext: number | null;
  readonly host: HostResources;
  readonly throughput: Throughput;
  readonly notes: readonly string[];
  /** Tokens per profiling step and sampled sequences the activation peak assumed (LLM serving). */
  readonly engineLimits?: SchedulerLimits;
}

/**
 * A workload (LLM serving, fine-tuning, diffusion, speech, embeddings) that can size GPUs.
 *
 * @example
 * const fitsOn = (w: Workload, g: GpuSpec): boolean => w.evaluate(g, 1, 8).fits;
 */
export interface Workload {
  readonly model: ModelProfile;
  readonly parts: ParamParts;
  readonly knobs: Knobs;
  /** GPU counts to try, smallest first. */
  counts(maxPerNode: number, maxGpus: number): number[];
  /** Sizes the workload on `count` GPUs of one model, with some knobs changed. */
  evaluate(gpu: GpuSpec, count: number, maxPerNode: number, change?: Partial<Knobs>): Evaluation;
  /** Knob changes worth proposing when a plan does not fit, most preferred first. */
  fixCandidates(current: Evaluation): readonly FixCandidate[];
}

/**
 * A knob change that may make a plan fit, with how to say it.
 *
 * @example
 * const c: FixCandidate = { kind: "kv-dtype", change: { kvDtype: "fp8" }, value: "fp8", description: "Store the KV cache in fp8." };
 */
export interface FixCandidate {
  readonly kind: FixKind;
  readonly change: Partial<Knobs>;
  readonly value: string | number;
  readonly description: string;
}
