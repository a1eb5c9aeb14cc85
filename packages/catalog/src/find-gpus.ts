import { GPUS } from "./generated/gpus.js";
import type { GpuInterface, GpuSpec, GpuVendor } from "./gpu-spec.js";

/**
 * Filter for {@link findGpus}: every given field must match exactly (SDL spelling).
 *
 * @example
 * const query: GpuQuery = { vendor: "nvidia", model: "a100", ramGiB: 80 };
 */
export interface GpuQuery {
  /** Vendor key, e.g. `nvidia`. */
  readonly vendor?: GpuVendor;
  /** Akash model name, e.g. `h100` (lower-case, as in the SDL). */
  readonly model?: string;
  /** Memory in GiB, e.g. `80` for `ram: 80Gi`. */
  readonly ramGiB?: number;
  /** SDL interface, `pcie` or `sxm`. */
  readonly interface?: GpuInterface;
  /** Only SKUs the provider GPU database does (`true`) or does not (`false`) list. */
  readonly inProviderDb?: boolean;
}

/**
 * GPU SKUs matching every field of the query, in catalogue order (vendor, model, memory,
 * interface). An empty query returns the whole catalogue. Comparison is exact, as providers
 * match SDL attributes: `H100` finds nothing.
 *
 * @example
 * findGpus({ model: "h100" }).map((g) => g.interface);          // ["pcie", "sxm"]
 * findGpus({ vendor: "nvidia", model: "a100", ramGiB: 80 }).length; // 2
 */
export function findGpus(query: GpuQuery = {}): readonly GpuSpec[] {
  return GPUS.filter(
    (g) =>
      (query.vendor === undefined || g.vendor === query.vendor) &&
      (query.model === undefined || g.model === query.model) &&
      (query.ramGiB === undefined || g.ramGiB === query.ramGiB) &&
      (query.interface === undefined || g.interface === query.interface) &&
      (query.inProviderDb === undefined || g.inProviderDb === query.inProviderDb),
  );
}
