import type { GpuInterface, GpuSku, GpuVendor } from "./gpu-spec.js";

/**
 * Filter for {@link findGpus} and {@link findGpuSkus}: every given field must match exactly (SDL spelling).
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
 * `true` when the SKU matches every field the query gives (exact comparison; an empty query matches all).
 *
 * @example
 * matchesGpuQuery({ vendor: "nvidia", model: "h100", ramGiB: 80, interface: "sxm", inProviderDb: true }, { model: "h100" }); // true
 */
export function matchesGpuQuery(g: GpuSku, query: GpuQuery): boolean {
  return (
    (query.vendor === undefined || g.vendor === query.vendor) &&
    (query.model === undefined || g.model === query.model) &&
    (query.ramGiB === undefined || g.ramGiB === query.ramGiB) &&
    (query.interface === undefined || g.interface === query.interface) &&
    (query.inProviderDb === undefined || g.inProviderDb === query.inProviderDb)
  );
}
