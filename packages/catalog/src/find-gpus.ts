import { GPUS } from "./generated/gpus.js";
import type { GpuSpec } from "./gpu-spec.js";
import { type GpuQuery, matchesGpuQuery } from "./matches-gpu-query.js";

/**
 * GPU SKUs matching every field of the query, in catalogue order (vendor, model, memory,
 * interface), with PCI ids and performance figures. An empty query returns the whole catalogue.
 * Comparison is exact, as providers match SDL attributes: `H100` finds nothing. When the figures
 * are not needed, {@link findGpuSkus} answers the same from a much smaller table.
 *
 * @example
 * findGpus({ model: "h100" }).map((g) => g.interface);          // ["pcie", "sxm"]
 * findGpus({ vendor: "nvidia", model: "a100", ramGiB: 80 }).length; // 2
 */
export function findGpus(query: GpuQuery = {}): readonly GpuSpec[] {
  return GPUS.filter((g) => matchesGpuQuery(g, query));
}
