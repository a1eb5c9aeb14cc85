import type { Diagnostic } from "@akash-sdl/core";
import type { EstimateResult, ResourcePlan } from "@akash-sdl/estimator";

/**
 * One plan in the stable JSON shape other tools read.
 *
 * @example
 * const fits = (p: EstimatePlanJson): boolean => p.fits && p.perGpu.totalGiB <= p.perGpu.usableGiB;
 */
export interface EstimatePlanJson {
  readonly gpu: { readonly vendor: string; readonly model: string; readonly ramGiB: number };
  readonly gpuCount: number;
  readonly fits: boolean;
  readonly reason: string;
  readonly perGpu: {
    readonly weightsGiB: number;
    readonly kvCacheGiB: number;
    readonly activationsGiB: number;
    readonly overheadGiB: number;
    readonly totalGiB: number;
    readonly usableGiB: number;
    /** Fine-tuning only: gradients and optimiser state per GPU (the text shows them too). */
    readonly gradientsGiB?: number;
    readonly optimizerGiB?: number;
  };
  readonly weightsTotalGiB: number;
  readonly kvBytesPerToken: number | null;
  readonly maxContext: number | null;
  readonly cpu: number;
  readonly memoryGiB: number;
  readonly storageGiB: number;
  readonly decodeTokensPerSec: number | null;
  readonly prefillTokensPerSec: number | null;
  // Additions after the stable fields (readers may ignore them).
  readonly interface: string;
  readonly nodes: number;
  readonly engine: string;
  readonly weightFormat: string;
  readonly kvDtype: string;
  readonly context: number;
  readonly concurrency: number;
  readonly headroomGiB: number;
  readonly shmGiB: number;
  readonly trainTokensPerSec: number | null;
  readonly costPerHour: number | null;
  readonly costPerMillionTokens: number | null;
  /** Sequences and tokens per step the activation peak was sized for (LLM serving), else null. */
  readonly maxNumSeqs: number | null;
  readonly maxBatchedTokens: number | null;
  readonly perSequenceTokensPerSec: number | null;
  /** Diffusion: images per second and cost per thousand images (priced), else null. */
  readonly imagesPerSec: number | null;
  readonly costPerThousandImages: number | null;
  readonly fixes: readonly { readonly kind: string; readonly description: string; readonly value: string | number }[];
  /** Everything else the text output shows: layout, ephemeral storage, host sizing rules, notes, speed basis. */
  readonly task: string;
  readonly parallel: { readonly tensor: number; readonly pipeline: number; readonly data: number };
  readonly ephemeralGiB: number;
  readonly hostRules: { readonly cpu: string; readonly memory: string; readonly storage: string; readonly shm: string };
  readonly notes: readonly string[];
  readonly speedBasis: string;
}

/**
 * The whole `akash-sdl estimate --format json` document.
 *
 * @example
 * const best = (j: EstimateJson): EstimatePlanJson | undefined => j.plans.find((p) => p.fits);
 */
export interface EstimateJson {
  readonly model: { readonly id: string; readonly params: number; readonly activeParams: number } | null;
  readonly plans: readonly EstimatePlanJson[];
  readonly diagnostics: readonly Diagnostic[];
}

const round = (n: number | null, digits = 1): number | null =>
  n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * One plan as JSON: the stable fields first, in the documented order, then additions.
 *
 * @example
 * planToJson(result.plans[0]).perGpu.totalGiB;
 */
export function planToJson(p: ResourcePlan): EstimatePlanJson {
  return {
    gpu: { vendor: p.gpu.vendor, model: p.gpu.model, ramGiB: p.gpu.ramGiB },
    gpuCount: p.gpuCount,
    fits: p.fits,
    reason: p.reason,
    perGpu: {
      weightsGiB: p.perGpu.weightsGiB,
      kvCacheGiB: p.perGpu.kvCacheGiB,
      activationsGiB: p.perGpu.activationsGiB,
      overheadGiB: p.perGpu.overheadGiB,
      totalGiB: p.perGpu.totalGiB,
      usableGiB: p.perGpu.usableGiB,
      ...(p.perGpu.gradientsGiB !== undefined ? { gradientsGiB: p.perGpu.gradientsGiB } : {}),
      ...(p.perGpu.optimizerGiB !== undefined ? { optimizerGiB: p.perGpu.optimizerGiB } : {}),
    },
    weightsTotalGiB: p.weightsTotalGiB,
    kvBytesPerToken: p.kvBytesPerToken,
    maxContext: p.maxContext,
    cpu: p.host.cpu,
    memoryGiB: p.host.memoryGiB,
    storageGiB: p.host.storageGiB,
    decodeTokensPerSec: round(p.throughput.decodeTokensPerSec),
    prefillTokensPerSec: round(p.throughput.prefillTokensPerSec),
    interface: p.gpu.interface,
    nodes: p.nodes,
    engine: p.engine,
    weightFormat: p.weightFormat,
    kvDtype: p.kvDtype,
    context: p.context,
    concurrency: p.concurrency,
    headroomGiB: p.perGpu.headroomGiB,
    shmGiB: p.host.shmGiB,
    trainTokensPerSec: round(p.throughput.trainTokensPerSec),
    costPerHour: p.costPerHour,
    costPerMillionTokens: p.costPerMillionTokens,
    maxNumSeqs: p.engineLimits?.maxSeqs ?? null,
    maxBatchedTokens: p.engineLimits?.batchedTokens ?? null,
    perSequenceTokensPerSec: round(p.throughput.perSequenceTokensPerSec),
    imagesPerSec: p.throughput.imagesPerSec ? Math.round(p.throughput.imagesPerSec * 1000) / 1000 : null,
    costPerThousandImages: p.costPerThousandImages ?? null,
    fixes: p.fixes.map((f) => ({ kind: f.kind, description: f.description, value: f.value })),
    task: p.task,
    parallel: { tensor: p.parallel.tensor, pipeline: p.parallel.pipeline, data: p.parallel.data },
    ephemeralGiB: p.host.ephemeralGiB,
    hostRules: {
      cpu: p.host.rules.cpu,
      memory: p.host.rules.memory,
      storage: p.host.rules.storage,
      shm: p.host.rules.shm,
    },
    notes: [...p.notes],
    speedBasis: p.throughput.basis,
  };
}

/**
 * The JSON document for an estimate result.
 *
 * @example
 * JSON.stringify(estimateToJson(result), null, 2);
 */
export function estimateToJson(result: EstimateResult, limit: number = Number.POSITIVE_INFINITY): EstimateJson {
  return {
    model: result.model
      ? {
          id: result.model.id,
          params: result.model.params,
          activeParams: result.model.activeParams,
        }
      : null,
    plans: result.plans.slice(0, limit).map(planToJson),
    diagnostics: result.diagnostics,
  };
}
