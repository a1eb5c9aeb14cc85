import { ENGINE_PROFILES, schedulerLimits, toResources, type ResourcePlan } from "@akash-sdl/estimator";
import type { ComputeProfileSpec, ParamsSpec } from "./sdl-spec.js";

/**
 * A compute profile and the service's storage params for one node of a plan: GPU model and
 * memory, CPU, memory, an ephemeral root volume, a persistent `models` volume at the engine's
 * cache folder and a RAM-class `shm` volume at `/dev/shm` when the engine needs shared memory
 * (all from the estimator's `toResources`).
 *
 * @example
 * planProfile(plan, "/data").profile.resources.gpu?.units; // plan.gpuCount
 */
export function planProfile(
  plan: ResourcePlan,
  mount?: string,
): { profile: ComputeProfileSpec; params: ParamsSpec; nodes: number } {
  const sdl = toResources(plan, { pinInterface: plan.gpu.interface === "sxm" });
  const vendor = Object.fromEntries(
    Object.entries(sdl.resources.gpu.attributes.vendor).map(([name, models]) => [
      name,
      (models ?? []).map((m) => ({ model: m.model, ram: m.ram, ...(m.interface ? { interface: m.interface } : {}) })),
    ]),
  );
  const storage = sdl.resources.storage.map((v) => ({
    ...(v.name !== undefined ? { name: v.name } : {}),
    size: v.size,
    ...(v.attributes
      ? {
          attributes: {
            persistent: v.attributes.persistent ?? false,
            ...(v.attributes.class ? { class: v.attributes.class } : {}),
          },
        }
      : {}),
  }));
  const params: ParamsSpec = {
    storage: Object.fromEntries(
      sdl.mounts.map((m) => [
        m.volume,
        { mount: m.volume === "shm" ? m.mount : (mount ?? m.mount), readOnly: m.readOnly },
      ]),
    ),
  };
  return {
    profile: {
      resources: {
        cpu: { units: sdl.resources.cpu.units },
        memory: { size: sdl.resources.memory.size },
        gpu: { units: sdl.resources.gpu.units, attributes: { vendor } },
        storage,
      },
    },
    params,
    nodes: sdl.nodes,
  };
}

/**
 * GPUs per node of a plan.
 *
 * @example
 * gpusPerNode({ gpuCount: 8, nodes: 2 } as ResourcePlan); // 4
 */
export function gpusPerNode(plan: ResourcePlan): number {
  return Math.max(1, Math.round(plan.gpuCount / Math.max(1, plan.nodes)));
}

/**
 * The `--max-num-seqs` to pass when the plan lowered it below the engine's default on that GPU,
 * else `undefined`.
 *
 * @example
 * loweredMaxSeqs(plan); // 64 when the estimator capped concurrency to fit
 */
export function loweredMaxSeqs(plan: ResourcePlan): number | undefined {
  const limits = plan.engineLimits;
  if (limits === undefined) return undefined;
  const defaults = schedulerLimits(ENGINE_PROFILES[plan.engine], plan.gpu);
  return limits.maxSeqs < defaults.maxSeqs ? limits.maxSeqs : undefined;
}

/**
 * The last part of a Hugging Face id (`meta-llama/Llama-3.1-8B` → `Llama-3.1-8B`).
 *
 * @example
 * baseName("openai/whisper-large-v3"); // "whisper-large-v3"
 */
export function baseName(id: string): string {
  return id.slice(id.lastIndexOf("/") + 1);
}
