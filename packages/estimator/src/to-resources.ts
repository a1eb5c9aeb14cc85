import type { GpuInterface, GpuVendor } from "@akash-sdl/catalog";
import type { PlainGpuModel, PlainResources, PlainStorageVolume } from "@akash-sdl/core";
import { ENGINE_PROFILES } from "./engine-profiles.js";
import type { ResourcePlan } from "./plan.js";

/**
 * One entry of `gpu.attributes.vendor.<vendor>` as the SDL writes it (core's plain model, narrowed).
 *
 * @example
 * const g: PlanGpuModel = { model: "h100", ram: "80Gi" };
 */
export interface PlanGpuModel extends PlainGpuModel {
  readonly model: string;
  /** Memory with unit, e.g. `80Gi`. */
  readonly ram: string;
  readonly interface?: GpuInterface;
}

/**
 * One entry of `resources.storage`.
 *
 * @example
 * const shm: PlanStorageVolume = { name: "shm", size: "10Gi", attributes: { persistent: false, class: "ram" } };
 */
export interface PlanStorageVolume extends PlainStorageVolume {
  /** Absent for the default (ephemeral) volume. */
  readonly name?: string;
  readonly size: string;
  readonly attributes?: { readonly persistent?: boolean; readonly class?: string };
}

/**
 * A compute profile's `resources` block, typed.
 *
 * @example
 * const gpus = (r: PlanResources): number => r.gpu.units;
 */
export interface PlanResources extends PlainResources {
  readonly cpu: { readonly units: number };
  readonly memory: { readonly size: string };
  readonly gpu: {
    readonly units: number;
    readonly attributes: { readonly vendor: Partial<Record<GpuVendor, readonly PlanGpuModel[]>> };
  };
  readonly storage: readonly PlanStorageVolume[];
}

/**
 * Where a service mounts a named volume (`services.<name>.params.storage`).
 *
 * @example
 * const m: SdlMount = { volume: "shm", mount: "/dev/shm", readOnly: false };
 */
export interface SdlMount {
  readonly volume: string;
  readonly mount: string;
  readonly readOnly: boolean;
}

/**
 * Everything SDL generation needs from a plan.
 *
 * @example
 * const multiNode = (p: SdlResourcePlan): boolean => p.nodes > 1;
 */
export interface SdlResourcePlan {
  /** Resources of one node's service. */
  readonly resources: PlanResources;
  /** Nodes (services or deployment count) the plan spans; 1 for single-node plans. */
  readonly nodes: number;
  readonly mounts: readonly SdlMount[];
}

/**
 * Options for {@link toResources}.
 *
 * @example
 * const options: ToResourcesOptions = { pinInterface: true, persistentClass: "beta2" };
 */
export interface ToResourcesOptions {
  /** Storage class of the persistent model volume (default `beta3`, NVMe on Akash). */
  readonly persistentClass?: string;
  /** Write the GPU interface (`sxm`/`pcie`); off by default, since memory is what the fit needs. */
  readonly pinInterface?: boolean;
  /** Name of the persistent volume (default `models`). */
  readonly volumeName?: string;
}

/**
 * Turns a plan into typed SDL resources for one node: GPU attributes as the SDL writes them
 * (`vendor.nvidia[].model/ram`), CPU, memory, a default ephemeral volume, a persistent volume
 * for model files mounted at the engine's cache folder, and a RAM-class `shm` volume at
 * `/dev/shm` when the engine needs shared memory.
 *
 * @example
 * toResources(plan).resources.gpu.attributes.vendor.nvidia?.[0]; // { model: "h100", ram: "80Gi" }
 */
export function toResources(plan: ResourcePlan, options: ToResourcesOptions = {}): SdlResourcePlan {
  const perNode = Math.max(1, Math.round(plan.gpuCount / Math.max(1, plan.nodes)));
  const volume = options.volumeName ?? "models";
  const gpuModel: PlanGpuModel = {
    model: plan.gpu.model,
    ram: `${plan.gpu.ramGiB}Gi`,
    ...(options.pinInterface ? { interface: plan.gpu.interface } : {}),
  };
  const storage: PlanStorageVolume[] = [
    { size: `${plan.host.ephemeralGiB}Gi` },
    {
      name: volume,
      size: `${plan.host.storageGiB}Gi`,
      attributes: { persistent: true, class: options.persistentClass ?? "beta3" },
    },
  ];
  const mounts: SdlMount[] = [{ volume, mount: ENGINE_PROFILES[plan.engine].cacheMount, readOnly: false }];
  if (plan.host.shmGiB > 0) {
    storage.push({ name: "shm", size: `${plan.host.shmGiB}Gi`, attributes: { persistent: false, class: "ram" } });
    mounts.push({ volume: "shm", mount: "/dev/shm", readOnly: false });
  }
  return {
    resources: {
      cpu: { units: plan.host.cpu },
      memory: { size: `${plan.host.memoryGiB}Gi` },
      gpu: { units: perNode, attributes: { vendor: { [plan.gpu.vendor]: [gpuModel] } } },
      storage,
    },
    nodes: Math.max(1, plan.nodes),
    mounts,
  };
}
