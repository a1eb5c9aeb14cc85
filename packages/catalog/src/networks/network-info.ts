/**
 * The Akash networks the toolkit knows.
 *
 * @example
 * const id: NetworkId = "mainnet";
 */
export type NetworkId = "mainnet" | "sandbox" | "testnet";

/**
 * One price denomination a network accepts for deployment pricing.
 *
 * @example
 * const act: DenomInfo = { denom: "uact", symbol: "ACT", exponent: 6, kind: "native", source: "…" };
 */
export interface DenomInfo {
  /** The on-chain denom, e.g. `uakt` or `ibc/170C…F2F1`. */
  readonly denom: string;
  /** The display symbol, e.g. `AKT`. */
  readonly symbol: string;
  /** Decimal places between the display unit and the denom (`6`: 1 AKT = 10^6 uakt). */
  readonly exponent: number;
  /** `native` for chain tokens, `ibc` for tokens bridged over IBC. */
  readonly kind: "native" | "ibc";
  /** Where the fact comes from. */
  readonly source: string;
}

/**
 * The chain's per-group resource limits (Go `ValidateDeploymentGroups`, deployment v1beta4).
 * Per-unit values apply to one resource unit; totals are multiplied by `count`.
 *
 * @example
 * CHAIN_LIMITS.cpuMilliMax; // 384000
 */
export interface ChainLimits {
  /** Least millicpu per unit. */
  readonly cpuMilliMin: number;
  /** Most millicpu per unit. */
  readonly cpuMilliMax: number;
  /** Most GPUs per unit. */
  readonly gpuMax: number;
  /** Least memory per unit, bytes. */
  readonly memoryMin: bigint;
  /** Most memory per unit, bytes. */
  readonly memoryMax: bigint;
  /** Least size of one storage volume, bytes. */
  readonly storageMin: bigint;
  /** Most size of one storage volume, bytes. */
  readonly storageMax: bigint;
  /** Most millicpu in one group (sum over units × count). */
  readonly totalCpuMilliMax: number;
  /** Most GPUs in one group. */
  readonly totalGpuMax: number;
  /** Most memory in one group, bytes. */
  readonly totalMemoryMax: bigint;
  /** Most bytes of one volume × count. */
  readonly totalStorageMax: bigint;
  /** Highest price per unit and block, in denom units (not multiplied by count). */
  readonly unitPriceMax: number;
  /** Where the limits come from. */
  readonly source: string;
}

/**
 * What the toolkit knows about one network.
 *
 * @example
 * NETWORKS.mainnet.denoms.map((d) => d.denom); // ["uakt", "uact", "ibc/170C…"]
 */
export interface NetworkInfo {
  /** The id used in options (`--network`). */
  readonly id: NetworkId;
  /** A display name. */
  readonly name: string;
  /** Denoms accepted for deployment pricing. */
  readonly denoms: readonly DenomInfo[];
  /** Group and resource limits. */
  readonly limits: ChainLimits;
  /** Average block time in seconds, for per-block → per-hour/month price conversions. */
  readonly blockTimeSeconds: number;
  /** Where the block time comes from. */
  readonly blockTimeSource: string;
}
