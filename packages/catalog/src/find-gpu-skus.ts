import { GPU_SKUS } from "./generated/gpu-skus.js";
import type { GpuSku } from "./gpu-spec.js";
import { type GpuQuery, matchesGpuQuery } from "./matches-gpu-query.js";

/**
 * Like {@link findGpus}, but answers from `GPU_SKUS` (vendor, model, memory, interface and
 * provider-DB presence only), so a bundle that uses it does not carry the PCI ids and performance
 * figures of `GPUS` (~29 KB of its ~36 KB minified). Same matches, same order.
 *
 * @example
 * findGpuSkus({ model: "h100" }).map((g) => g.interface);          // ["pcie", "sxm"]
 * findGpuSkus({ vendor: "nvidia", model: "a100", ramGiB: 80 }).length; // 2
 */
export function findGpuSkus(query: GpuQuery = {}): readonly GpuSku[] {
  return GPU_SKUS.filter((g) => matchesGpuQuery(g, query));
}
