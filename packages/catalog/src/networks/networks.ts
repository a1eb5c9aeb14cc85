import type { ChainLimits, DenomInfo, NetworkId, NetworkInfo } from "./network-info.js";

const TI = 1n << 40n;
const MI = 1n << 20n;

/**
 * The chain's group limits. Source: akash-network/chain-sdk `go/node/deployment/v1beta4`
 * `ValidateDeploymentGroups` and `go/node/types/resources/v1beta4` limits, as summarised in
 * SDL-SPEC §3.8 (commit 55f1c683). The same on every network (they are code constants, not params).
 *
 * @example
 * CHAIN_LIMITS.gpuMax; // 24
 */
export const CHAIN_LIMITS: ChainLimits = {
  cpuMilliMin: 10,
  cpuMilliMax: 384_000,
  gpuMax: 24,
  memoryMin: MI,
  memoryMax: 2n * TI,
  storageMin: 5n * MI,
  storageMax: 32n * TI,
  totalCpuMilliMax: 19_200_000,
  totalGpuMax: 1200,
  totalMemoryMax: 2n * TI * 50n,
  totalStorageMax: 32n * TI * 50n,
  unitPriceMax: 10_000_000,
  source: "chain-sdk go/node/deployment/v1beta4 ValidateDeploymentGroups (SDL-SPEC §3.8)",
};

const UAKT: DenomInfo = {
  denom: "uakt",
  symbol: "AKT",
  exponent: 6,
  kind: "native",
  source: "chain-sdk ts AKT_DENOM; SDL schema enum uakt|uact (SDL-SPEC-ADDENDUM A §1.3)",
};
const UACT: DenomInfo = {
  denom: "uact",
  symbol: "ACT",
  exponent: 6,
  kind: "native",
  source: "chain-sdk ts ACT_DENOM (alpha.45); SDL schema enum uakt|uact (SDL-SPEC-ADDENDUM A §1.3)",
};

/** Average block time used by Akash Console (`averageBlockTime = 6.098` s in deploy-web's price utils; PEERS.md §1). */
const BLOCK_TIME = 6.098;
const BLOCK_TIME_SOURCE = "Akash Console's averageBlockTime in deploy-web priceUtils, PEERS.md §1";

/**
 * Every known network. The USDC IBC denoms come from akashjs / chain-sdk ≤ alpha.25
 * `USDC_IBC_DENOMS` (mainnet and sandbox; testnet has none).
 *
 * @example
 * NETWORKS.sandbox.denoms.length; // 3
 */
export const NETWORKS: Readonly<Record<NetworkId, NetworkInfo>> = {
  mainnet: {
    id: "mainnet",
    name: "Akash mainnet",
    denoms: [
      UAKT,
      UACT,
      {
        denom: "ibc/170C677610AC31DF0904FFE09CD3B5C657492170E7E52372E48756B71E56F2F1",
        symbol: "USDC",
        exponent: 6,
        kind: "ibc",
        source: "akashjs / chain-sdk alpha.25 USDC_IBC_DENOMS.mainnet",
      },
    ],
    limits: CHAIN_LIMITS,
    blockTimeSeconds: BLOCK_TIME,
    blockTimeSource: BLOCK_TIME_SOURCE,
  },
  sandbox: {
    id: "sandbox",
    name: "Akash sandbox",
    denoms: [
      UAKT,
      UACT,
      {
        denom: "ibc/12C6A0C374171B595A0A9E18B83FA09D295FB1F2D8C6DAA3AC28683471752D84",
        symbol: "USDC",
        exponent: 6,
        kind: "ibc",
        source: "akashjs / chain-sdk alpha.25 USDC_IBC_DENOMS.sandbox",
      },
    ],
    limits: CHAIN_LIMITS,
    blockTimeSeconds: BLOCK_TIME,
    blockTimeSource: BLOCK_TIME_SOURCE,
  },
  testnet: {
    id: "testnet",
    name: "Akash testnet",
    denoms: [UAKT, UACT],
    limits: CHAIN_LIMITS,
    blockTimeSeconds: BLOCK_TIME,
    blockTimeSource: BLOCK_TIME_SOURCE,
  },
};

/**
 * The network's entry for a denom, or `undefined` when the network does not accept it.
 *
 * @example
 * findDenom("mainnet", "uact")?.symbol; // "ACT"
 */
export function findDenom(network: NetworkId, denom: string): DenomInfo | undefined {
  return NETWORKS[network].denoms.find((d) => d.denom === denom);
}
