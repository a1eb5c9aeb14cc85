export type { ChainLimits, DenomInfo, NetworkId, NetworkInfo } from "./network-info.js";
export { CHAIN_LIMITS, NETWORKS, findDenom } from "./networks.js";
