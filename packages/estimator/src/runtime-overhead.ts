import type { EngineProfile } from "./engine-profiles.js";

const GIB = 2 ** 30;

/**
 * Per-GPU memory outside the model's tensors that counts against the engine's budget, in bytes:
 * cuBLAS workspaces, NCCL and custom all-reduce buffers (and, for engines that size their cache
 * from free memory, the CUDA context: 0.3–1 GiB, pytorch #20532, #28113, #107667). It grows with
 * tensor parallelism, more over NVLink (NVLS and IPC buffers) than over PCIe: vLLM's start-up
 * increase is 0.25 GiB at TP1 and 2.04 GiB/GPU at TP ≥ 2 over NVLink (vllm PRs #12126, #10511,
 * #21429; see `engine-profiles.ts`).
 *
 * @example
 * runtimeOverheadBytes(ENGINE_PROFILES.vllm, 4, true) / 2 ** 30; // 2.04
 */
export function runtimeOverheadBytes(engine: EngineProfile, tensor: number, nvlink: boolean): number {
  const extra = tensor > 1 ? (nvlink ? engine.overhead.tpNvlink : engine.overhead.tpPcie) : 0;
  return (engine.overhead.base + extra) * GIB;
}

/**
 * Per-GPU overhead while training: CUDA context and cuBLAS workspace (~1 GiB, pytorch #107667
 * reports ~0.3–1 GB for the context) plus NCCL buffers when sharded over several GPUs.
 *
 * @example
 * trainingOverheadBytes(1) / 2 ** 30; // 1
 */
export function trainingOverheadBytes(gpus: number): number {
  return (1 + (gpus > 1 ? 0.5 : 0)) * GIB;
}
