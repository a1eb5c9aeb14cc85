import type { GpuSpec } from "@akash-sdl/catalog";
import type { PriceTable } from "./request.js";

const norm = (key: string): string =>
  key
    .trim()
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/[/-]/g, ":")
    .split(":")
    .map((part) => part.replace(/^(\d+(?:\.\d+)?)(?:gib|gi|gb|g)$/, "$1"))
    .join(":");

/**
 * Price per GPU-hour for a GPU from a table keyed `model`, `model:ram` or `model:ram:interface`
 * (`h100`, `a100:80Gi`, `h100:80:sxm`; case and `Gi` suffix ignored). The most specific key wins.
 * Prices are whatever the caller supplies (e.g. from the Akash Console API `/v1/gpu-prices`,
 * "derived from recent bids"); the estimator never fetches them.
 *
 * @example
 * priceFor({ model: "h100", ramGiB: 80, interface: "sxm" } as GpuSpec, { h100: 2.2, "h100:80:sxm": 2.5 }); // 2.5
 */
export function priceFor(
  gpu: Pick<GpuSpec, "model" | "ramGiB" | "interface">,
  prices: PriceTable | undefined,
): number | undefined {
  if (!prices) return undefined;
  const table = new Map<string, number>();
  for (const [k, v] of Object.entries(prices))
    if (typeof v === "number" && Number.isFinite(v) && v >= 0) table.set(norm(k), v);
  const m = gpu.model.toLowerCase();
  return table.get(`${m}:${gpu.ramGiB}:${gpu.interface}`) ?? table.get(`${m}:${gpu.ramGiB}`) ?? table.get(m);
}

/**
 * Cost of a plan.
 *
 * @example
 * const c: PlanCost = { perHour: 2.4, perMillionTokens: 0.67 };
 */
export interface PlanCost {
  readonly perHour: number;
  /** `null` when the throughput is unknown. */
  readonly perMillionTokens: number | null;
}

/**
 * `$/h = price × N_gpu`; `$/Mtok = price × N_gpu × 10^6 / (3600 × tokens/s)` (ESTIMATOR.md §0).
 *
 * @example
 * planCost(2, 1, 1000); // { perHour: 2, perMillionTokens: 0.5556 }
 */
export function planCost(pricePerGpuHour: number, gpuCount: number, tokensPerSec: number | null): PlanCost {
  const perHour = pricePerGpuHour * gpuCount;
  const perMillionTokens =
    tokensPerSec && tokensPerSec > 0 ? Math.round(((perHour * 1e6) / (3600 * tokensPerSec)) * 10000) / 10000 : null;
  return { perHour: Math.round(perHour * 10000) / 10000, perMillionTokens };
}
