import type { EngineProfile } from "./engine-profiles.js";

const GIB = 2 ** 30;

/**
 * Per-GPU memory outside the model's tensors, in bytes: CUDA context, cuBLAS workspaces, NCCL
 * and custom all-reduce buffers. It grows with tensor parallelism, more over NVLink (NVLS and
 * IPC buffers) than over PCIe: vLLM measured 1.79 GiB at TP1 and 3.58 GiB/GPU at TP2 on H100
 * SXM (vllm PR #10511). CUDA context alone is 0.3–1 GiB (pytorch #20532, #28113, #107667).
 *
 * @example
 * runtimeOverheadBytes(ENGINE_PROFILES.vllm, 2, true) / 2 ** 30; // 3.58
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
