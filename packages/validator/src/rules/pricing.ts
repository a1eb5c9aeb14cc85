import { findDenom, NETWORKS } from "@akash-sdl/catalog";
import type { NetworkInfo } from "@akash-sdl/catalog";
import type { SdlPrice } from "@akash-sdl/core";
import type { Rule } from "../rule-context.js";

/** Denoms Console's schema allows (alpha.45, addendum A §1.3). */
const CONSOLE_DENOMS: ReadonlySet<string> = new Set(["uakt", "uact"]);
const ATOMICS = 10n ** 18n;

/**
 * A per-block price in words per hour and per 30.44-day month, at the network's average block
 * time (the hint for every price diagnostic).
 *
 * @example
 * priceHint(1000, "uact", NETWORKS.mainnet); // "1000 uact per block ≈ 590,357 uact (0.59 ACT) per hour …"
 */
export function priceHint(amount: number, denom: string, network: NetworkInfo): string {
  const perHour = (amount * 3600) / network.blockTimeSeconds;
  const perMonth = perHour * 24 * 30.436875;
  const info = findDenom(network.id, denom);
  const display = (v: number): string =>
    info === undefined ? "" : ` (${group(v / 10 ** info.exponent, 2)} ${info.symbol})`;
  const fmt = (v: number): string => group(v, 0);
  return `${amount} ${denom} per block ≈ ${fmt(perHour)} ${denom}${display(perHour)} per hour ≈ ${fmt(perMonth)} ${denom}${display(perMonth)} per month, at ${network.blockTimeSeconds} s per block (${network.blockTimeSource}).`;
}

/** `1234567.891` → `1,234,567.89` (Intl is too slow to call per diagnostic). */
function group(value: number, decimals: number): string {
  const fixed = value.toFixed(decimals);
  const [whole = "", frac] = fixed.split(".");
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const trimmed = frac === undefined ? "" : frac.replace(/0+$/, "");
  return trimmed === "" ? digits : `${digits}.${trimmed}`;
}

/** Every denom some Akash network accepts for deployment prices (the catalogue is constant: built once). */
let networkDenoms: ReadonlySet<string> | undefined;

function anyNetworkDenom(denom: string): boolean {
  networkDenoms ??= new Set(Object.values(NETWORKS).flatMap((n) => n.denoms.map((d) => d.denom)));
  return networkDenoms.has(denom);
}

function amountNumber(price: SdlPrice): number | undefined {
  const atomics = price.amount?.value?.atomics;
  return atomics === undefined ? undefined : Number(atomics) / Number(ATOMICS);
}

/**
 * Prices of deployed profiles (SDL-SPEC §3.8, §4.7): a denom the network accepts (and that
 * Console's schema allows), one denom per group and for the whole deployment, and a unit price
 * within the chain's limit.
 *
 * @example
 * pricing.check(ctx);
 */
export const pricing: Rule = {
  name: "pricing",
  check(ctx) {
    const { network } = ctx;
    const limit = network.limits.unitPriceMax;
    const reported = new Set<SdlPrice>();
    let deploymentDenom: { denom: string; placement: string } | undefined;
    const groupDenoms = new Map<string, string>();
    for (const { value: placement } of ctx.doc.profiles?.placement?.entries ?? []) {
      for (const { key: pkey, value: price } of placement.pricing?.entries ?? []) {
        const denom = price.denom?.value;
        if (denom === undefined || price.denom === undefined || denom === "") continue;
        const amount = amountNumber(price);
        const hints = (): string[] => (amount === undefined ? [] : [priceHint(amount, denom, network)]);
        if (!ctx.networkChosen && !anyNetworkDenom(denom)) {
          ctx.report(
            "price/unknown-denom",
            `No Akash network accepts the denom '${denom}' for deployment prices.`,
            price.denom,
            "console",
            {
              hints: ["Use 'uact' (or 'uakt'); pass a network to make this an error."],
              compat: { instead: "provider-services builds the message, which the chain then refuses" },
            },
          );
        } else if (findDenom(network.id, denom) === undefined) {
          ctx.report(
            "price/denom-not-accepted",
            `The ${network.name} does not accept the denom '${denom}' for deployment prices.`,
            price.denom,
            "chain",
            {
              hints: [
                `Use ${network.denoms
                  .filter((d) => d.kind === "native")
                  .map((d) => `'${d.denom}'`)
                  .join(" or ")}.`,
              ],
              data: { network: network.id },
            },
          );
        } else if (!CONSOLE_DENOMS.has(denom)) {
          ctx.report(
            "price/denom-not-in-console",
            `Console prices only in uakt or uact, not in '${denom}'.`,
            price.denom,
            "console",
            {
              compat: { instead: "provider-services accepts the IBC denom", portable: "'uact'" },
            },
          );
        }
        if (amount !== undefined && amount > limit && price.amount !== undefined) {
          reported.add(price);
          ctx.report(
            "price/above-limit",
            `The price ${amount} ${denom} per block for '${pkey.name}' is above the chain's limit of ${limit} per unit.`,
            price.amount,
            "chain",
            {
              hints: [`Lower it to at most ${limit}.`, ...hints()],
              data: { actual: amount, limit },
            },
          );
        }
      }
    }
    // One denom per group (Go panics on a mix) and one across groups (SDL-SPEC §3.8), for what is deployed.
    for (const d of ctx.deployed) {
      if (d.placement === undefined || d.profileName === undefined) continue;
      const price = d.placement.pricing?.entries.findLast((e) => e.key.name === d.profileName)?.value;
      const denom = price?.denom?.value;
      if (price === undefined || denom === undefined || price.denom === undefined) continue;
      const group = groupDenoms.get(d.placementName);
      if (group === undefined) groupDenoms.set(d.placementName, denom);
      else if (group !== denom && !reported.has(price)) {
        reported.add(price);
        ctx.report(
          "price/mixed-denoms",
          `The placement '${d.placementName}' prices in both '${group}' and '${denom}'; a group has one denom.`,
          price.denom,
          "chain",
          `Price every profile of '${d.placementName}' in '${group}'.`,
        );
        continue;
      }
      if (deploymentDenom === undefined) deploymentDenom = { denom, placement: d.placementName };
      else if (
        deploymentDenom.denom !== denom &&
        d.placementName !== deploymentDenom.placement &&
        !reported.has(price)
      ) {
        reported.add(price);
        ctx.report(
          "price/mixed-denoms",
          `The placement '${d.placementName}' prices in '${denom}' but '${deploymentDenom.placement}' in '${deploymentDenom.denom}'; a deployment has one denom.`,
          price.denom,
          "chain",
          `Use '${deploymentDenom.denom}' everywhere.`,
        );
      }
    }
  },
};
