import { NETWORKS, type NetworkId } from "@akash-sdl/catalog";
import type { ResourcePlan } from "@akash-sdl/estimator";
import type { PriceSpec } from "./sdl-spec.js";

/**
 * How a price ceiling is derived.
 *
 * @example
 * const o: PriceOptions = { network: "mainnet", denom: "uact", headroom: 1.25 };
 */
export interface PriceOptions {
  /** Network whose block time converts hours to blocks (default `mainnet`). */
  readonly network?: NetworkId;
  /** `uact` (default; 1 ACT is treated as 1 USD, as Console does) or `uakt`. */
  readonly denom?: string;
  /** USD per AKT, needed for `uakt` (default 1). */
  readonly aktUsd?: number;
  /** USD per hour to allow; default: the plan's cost, else 0.05 USD per GiB of GPU memory. */
  readonly usdPerHour?: number;
  /** Factor over the expected price, so that bids are not refused (default 1.25). */
  readonly headroom?: number;
}

/**
 * The hourly USD figure a plan is priced at: the estimator's cost when it has one, else an
 * assumed 0.05 USD per GiB of GPU memory per hour (an H100 80 GB ≈ 4 USD/h), at least 0.1 USD/h.
 *
 * @example
 * planUsdPerHour(plan); // 4 for one H100 80 GB without a price table
 */
export function planUsdPerHour(plan: ResourcePlan): number {
  if (plan.costPerHour !== null && plan.costPerHour > 0) return plan.costPerHour;
  return Math.max(0.1, plan.gpuCount * plan.gpu.ramGiB * 0.05);
}

/**
 * A price ceiling per block for a plan in a network denom: USD per hour × headroom, converted with
 * the network's block time (blocks per hour = 3600 / block time) and the denom's 10^6 exponent.
 *
 * @example
 * priceCeiling(plan, { denom: "uact" }); // { denom: "uact", amount: 8468 } for 4 USD/h
 */
export function priceCeiling(plan: ResourcePlan | undefined, options: PriceOptions = {}): PriceSpec {
  const network = NETWORKS[options.network ?? "mainnet"];
  const denom = options.denom ?? "uact";
  const usd = (options.usdPerHour ?? (plan ? planUsdPerHour(plan) : 0.1)) * (options.headroom ?? 1.25);
  const perBlockUsd = (usd * network.blockTimeSeconds) / 3600;
  const units = denom === "uakt" ? perBlockUsd / (options.aktUsd ?? 1) : perBlockUsd;
  return { denom, amount: Math.max(1, Math.ceil(units * 1e6)) };
}
