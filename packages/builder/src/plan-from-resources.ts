import type { GpuInterface, GpuVendor } from "@akash-sdl/catalog";
import type { EngineName, KvCacheDtype, ResourcePlan, WeightFormat } from "@akash-sdl/estimator";

/**
 * Resources given by hand instead of an estimate, for templates used without the estimator.
 *
 * @example
 * const r: ExplicitResources = { engine: "vllm", gpu: { model: "h100", ramGiB: 80 }, gpuCount: 2, cpu: 16, memoryGiB: 128, storageGiB: 200 };
 */
export interface ExplicitResources {
  /** The engine the template runs. */
  readonly engine: EngineName;
  /** GPU model and memory per GPU (vendor `nvidia`, interface `pcie` by default). */
  readonly gpu: {
    readonly model: string;
    readonly ramGiB: number;
    readonly vendor?: GpuVendor;
    readonly interface?: GpuInterface;
  };
  /** GPUs on one node (default 1). */
  readonly gpuCount?: number;
  /** CPU units (default 4 per GPU). */
  readonly cpu?: number;
  /** RAM in GiB (default: GPU memory × count, at least 16). */
  readonly memoryGiB?: number;
  /** Persistent model volume in GiB (default 100). */
  readonly storageGiB?: number;
  /** Root volume in GiB (default 20). */
  readonly ephemeralGiB?: number;
  /** `/dev/shm` in GiB (default 10 for vLLM, SGLang and TGI, else 0). */
  readonly shmGiB?: number;
  /** Context in tokens (default 8192). */
  readonly context?: number;
  /** Concurrent sequences (default 1). */
  readonly concurrency?: number;
  /** Weight format (default `bf16`, `q4_k_m` for llama.cpp and Ollama). */
  readonly weightFormat?: WeightFormat;
  /** KV-cache dtype (default `auto`). */
  readonly kvDtype?: KvCacheDtype;
}

/**
 * A {@link ResourcePlan} from explicit resources, so every template also works without an
 * estimate: one node, tensor parallel over the GPUs, memory figures unknown (0), no cost.
 *
 * @example
 * vllmTemplate({ model: "Qwen/Qwen3-8B", plan: planFromResources({ engine: "vllm", gpu: { model: "l40s", ramGiB: 48 } }) });
 */
export function planFromResources(r: ExplicitResources): ResourcePlan {
  const count = Math.max(1, Math.floor(r.gpuCount ?? 1));
  const gguf = r.engine === "llama.cpp" || r.engine === "ollama";
  const shm = r.shmGiB ?? (r.engine === "vllm" || r.engine === "sglang" || r.engine === "tgi" ? 10 : 0);
  return {
    gpu: {
      vendor: r.gpu.vendor ?? "nvidia",
      model: r.gpu.model,
      ramGiB: r.gpu.ramGiB,
      interface: r.gpu.interface ?? "pcie",
    },
    gpuCount: count,
    nodes: 1,
    parallel: { tensor: gguf ? 1 : count, pipeline: 1, data: 1 },
    task: "inference",
    engine: r.engine,
    weightFormat: r.weightFormat ?? (gguf ? "q4_k_m" : "bf16"),
    kvDtype: r.kvDtype ?? "auto",
    context: r.context ?? 8192,
    concurrency: r.concurrency ?? 1,
    fits: true,
    reason: "Resources given explicitly; not checked by the estimator.",
    fixes: [],
    perGpu: {
      weightsGiB: 0,
      kvCacheGiB: 0,
      activationsGiB: 0,
      overheadGiB: 0,
      totalGiB: 0,
      usableGiB: 0,
      headroomGiB: 0,
    },
    weightsTotalGiB: 0,
    kvBytesPerToken: null,
    maxContext: null,
    host: {
      cpu: r.cpu ?? 4 * count,
      memoryGiB: r.memoryGiB ?? Math.max(16, r.gpu.ramGiB * count),
      storageGiB: r.storageGiB ?? 100,
      ephemeralGiB: r.ephemeralGiB ?? 20,
      shmGiB: shm,
      checkpointGiB: 0,
      rules: { cpu: "given", memory: "given", storage: "given", shm: "given" },
    },
    throughput: {
      decodeTokensPerSec: null,
      perSequenceTokensPerSec: null,
      prefillTokensPerSec: null,
      trainTokensPerSec: null,
      batch: r.concurrency ?? 1,
      basis: "none",
    },
    costPerHour: null,
    costPerMillionTokens: null,
    offered: true,
    notes: ["Resources given explicitly."],
  };
}
