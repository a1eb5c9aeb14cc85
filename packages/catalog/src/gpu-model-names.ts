import { GPU_SKUS } from "./generated/gpu-skus.js";
import type { GpuVendor } from "./gpu-spec.js";

/**
 * Options for {@link gpuModelNames}.
 *
 * @example
 * gpuModelNames("nvidia", { includeNotInProviderDb: true });
 */
export interface GpuModelNamesOptions {
  /**
   * Also list models that only the curated figures know (e.g. `l40s`, `a10`), which no provider
   * advertises at the catalogue's provider-DB snapshot. Default `false`.
   */
  readonly includeNotInProviderDb?: boolean;
}

/**
 * Distinct SDL model names of a vendor, sorted: by default the names of the provider GPU
 * database, i.e. what an SDL's `gpu.attributes.vendor.<vendor>[].model` can match.
 *
 * @example
 * gpuModelNames("amd");                                     // ["mi100", "mi60"]
 * gpuModelNames("amd", { includeNotInProviderDb: true });   // ["mi100", "mi250", "mi300x", "mi60"]
 */
export function gpuModelNames(vendor: GpuVendor, options: GpuModelNamesOptions = {}): readonly string[] {
  const all = options.includeNotInProviderDb === true;
  const names = new Set<string>();
  for (const g of GPU_SKUS) if (g.vendor === vendor && (all || g.inProviderDb)) names.add(g.model);
  return [...names].sort();
}
