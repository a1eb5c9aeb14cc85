import type { GpuSpec } from "@akash-sdl/catalog";
import type { EngineProfile } from "./engine-profiles.js";
import { computeCapability } from "./gpu-traits.js";

/**
 * Why an engine cannot run on a GPU, or `undefined` when it can.
 *
 * @example
 * engineGpuProblem(ENGINE_PROFILES.vllm, { vendor: "nvidia", model: "p40" } as GpuSpec); // "vllm needs compute capability 7.0 or newer; p40 has 6.1."
 */
export function engineGpuProblem(engine: EngineProfile, gpu: Pick<GpuSpec, "vendor" | "model">): string | undefined {
  if (gpu.vendor === "amd")
    return engine.amd.test(gpu.model.toLowerCase())
      ? undefined
      : `${engine.name} does not support ${gpu.model} through ROCm.`;
  const cc = computeCapability(gpu);
  if (cc !== undefined && cc < engine.minComputeCapability) {
    return `${engine.name} needs compute capability ${engine.minComputeCapability.toFixed(1)} or newer; ${gpu.model} has ${cc.toFixed(1)}.`;
  }
  return undefined;
}
