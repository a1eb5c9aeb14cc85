import type { NetworkId } from "@akash-sdl/catalog";

export type { NetworkId } from "@akash-sdl/catalog";

/**
 * Which deploy path the verdict is for: `go` (provider-services, the Go reference), `console`
 * (the official TS SDK 1.0.0-alpha.45 that Console deploys with), `portable` (both must accept)
 * or `any` (at least one must accept; the default).
 *
 * @example
 * const target: DeployTarget = "portable";
 */
export type DeployTarget = "any" | "go" | "console" | "portable";

/**
 * Options of {@link validate}.
 *
 * @example
 * const options: ValidateOptions = { target: "go", network: "mainnet" };
 */
export interface ValidateOptions {
  /** The deploy path to judge for (default `any`). */
  readonly target?: DeployTarget;
  /**
   * The network whose denoms and limits apply. Limits are the same everywhere; a price denom the
   * named network does not accept is an error for every target. Without a network, a denom no
   * known network accepts is a warning (provider-services itself takes any valid denom).
   */
  readonly network?: NetworkId;
  /** Alias of `target: "console"` (kept for the older CLI flag); `target` wins when both are given. */
  readonly strict?: boolean;
}

/**
 * Options with every default filled in.
 *
 * @example
 * resolveOptions({ strict: true }).target; // "console"
 */
export interface ResolvedValidateOptions {
  /** The deploy target. */
  readonly target: DeployTarget;
  /** The network (`mainnet` when none was given). */
  readonly network: NetworkId;
  /** `true` when the caller named the network: only then is a denom it does not accept an error. */
  readonly networkChosen: boolean;
}

const TARGETS: ReadonlySet<string> = new Set(["any", "go", "console", "portable"]);
const NETWORK_IDS: ReadonlySet<string> = new Set(["mainnet", "sandbox", "testnet"]);

/**
 * Fills in defaults; throws for an unknown target or network (a programmer error).
 *
 * @example
 * resolveOptions({}).network; // "mainnet"
 */
export function resolveOptions(options: ValidateOptions = {}): ResolvedValidateOptions {
  const target = options.target ?? (options.strict === true ? "console" : "any");
  const network = options.network ?? "mainnet";
  if (!TARGETS.has(target)) throw new Error(`unknown deploy target: ${String(target)}`);
  if (!NETWORK_IDS.has(network)) throw new Error(`unknown network: ${String(network)}`);
  return { target, network, networkChosen: options.network !== undefined };
}
