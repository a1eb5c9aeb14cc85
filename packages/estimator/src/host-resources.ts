import type { HostResources } from "./plan.js";

const GIB = 2 ** 30;
const ceilTo = (x: number, step: number): number => Math.ceil(x / step) * step;
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/**
 * What the host-side rules need to know about a plan.
 *
 * @example
 * const h: HostInput = { workload: "llm-inference", gpusPerNode: 2, weightsPerNodeBytes: 141e9, checkpointBytes: 141e9, needsShm: true };
 */
export interface HostInput {
  readonly workload: "llm-inference" | "finetune" | "diffusion" | "speech" | "embedding";
  readonly gpusPerNode: number;
  /** Bytes of weights one node loads (they pass through host memory). */
  readonly weightsPerNodeBytes: number;
  /** Bytes downloaded to the model volume. */
  readonly checkpointBytes: number;
  /** Extra bytes written to the model volume (fine-tuning checkpoints). */
  readonly outputBytes?: number;
  /** The engine needs `/dev/shm` (NCCL, multi-process engines, data loaders). */
  readonly needsShm: boolean;
}

/**
 * CPU, RAM, storage and shared memory for the SDL. No authoritative formula exists; these rules
 * are fitted to the awesome-akash LLM templates (ESTIMATOR.md §7: 4–12 vCPU for one GPU, 32–64 for
 * eight; RAM ≥ max(16 Gi, weights per node) up to 256 Gi; model volume 1.3–2.5 × checkpoint;
 * shm 10 Gi, 32 Gi for 8-GPU SGLang) and stated with every number.
 *
 * @example
 * hostResources({ workload: "llm-inference", gpusPerNode: 1, weightsPerNodeBytes: 16e9, checkpointBytes: 16e9, needsShm: true }).cpu; // 8
 */
export function hostResources(h: HostInput): HostResources {
  const n = Math.max(1, h.gpusPerNode);
  const weights = h.weightsPerNodeBytes / GIB;
  const checkpoint = h.checkpointBytes / GIB;
  const training = h.workload === "finetune";
  const cpu = training ? clamp(8 * n, 8, 96) : h.workload === "llm-inference" ? clamp(8 * n, 4, 64) : 8;
  const cpuRule = training
    ? "8 vCPU per GPU for data loading and the training processes (8–96)."
    : h.workload === "llm-inference"
      ? "8 vCPU per GPU (API server, scheduler, tokenizer and one worker per GPU), 4–64, fitted to awesome-akash templates."
      : "8 vCPU for pre- and post-processing (decoding audio or images, tokenising).";
  const memoryGiB = training ? clamp(ceilTo(weights + 16, 8), 32, 512) : clamp(ceilTo(weights + 8, 8), 16, 256);
  const memoryRule = training
    ? "Weights per node + 16 GiB (loading, data pipeline), 32–512 GiB."
    : "Weights per node + 8 GiB, since weights pass through host memory while loading; 16–256 GiB (ESTIMATOR.md §7).";
  const outputs = (h.outputBytes ?? 0) / GIB;
  const storageGiB = ceilTo(checkpoint * 1.25 + 20 + outputs, 10);
  const storageRule =
    `Model files ${checkpoint.toFixed(1)} GiB × 1.25 (download staging, hub cache) + 20 GiB (compiled kernels, engine caches)` +
    (outputs > 0 ? ` + ${outputs.toFixed(1)} GiB of training outputs` : "") +
    ", rounded up to 10 GiB.";
  const shmGiB = h.needsShm ? (training ? 16 : n >= 8 ? 32 : 10) : 0;
  const shmRule = h.needsShm
    ? training
      ? "16 GiB RAM-backed /dev/shm for data-loader workers and NCCL."
      : `${shmGiB} GiB RAM-backed /dev/shm for NCCL and inter-process queues (awesome-akash: 10 Gi, 32 Gi for 8 GPUs).`
    : "No shared memory needed by this engine.";
  return {
    cpu,
    memoryGiB,
    storageGiB,
    ephemeralGiB: 20,
    shmGiB,
    checkpointGiB: Math.round(checkpoint * 100) / 100,
    rules: { cpu: cpuRule, memory: memoryRule, storage: storageRule, shm: shmRule },
  };
}
