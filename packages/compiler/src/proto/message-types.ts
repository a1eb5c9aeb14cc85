/**
 * TypeScript shapes of the deployment transaction messages (`akash.deployment` v1beta3 / v1beta4 /
 * v1beta5) and what they carry besides group specs: the deployment id, deposit and reclamation.
 * Facts from the `.proto` files of `akash-network/chain-sdk` at commit
 * `55f1c6837f99b17f103c4e8701f24305bd1eef9a` under `proto/node/akash/` (cited per type), and
 * `google/protobuf/duration.proto`. Conventions as in `types.ts`.
 */
import type { Coin, GroupSpec, GroupSpecV1beta5 } from "./types.js";

/**
 * A deployment's identity. `akash/deployment/v1/deployment.proto` (`DeploymentID`; same layout
 * in `v1beta3/deployment.proto`): 1 `owner` bech32 string, 2 `dseq` uint64.
 *
 * @example
 * const id: DeploymentID = { owner: "akash1…", dseq: 1234n };
 */
export interface DeploymentID {
  /** Field 1, `string owner` (bech32 address; the signer). */
  owner: string;
  /** Field 2, `uint64 dseq` (deployment sequence, usually the block height). */
  dseq: bigint;
}

/**
 * `google.protobuf.Duration`: 1 `seconds` int64, 2 `nanos` int32.
 *
 * @example
 * const day: Duration = { seconds: 86400n, nanos: 0 };
 */
export interface Duration {
  /** Field 1, `int64 seconds`. */
  seconds: bigint;
  /** Field 2, `int32 nanos`. */
  nanos: number;
}

/**
 * `akash/deployment/v1/deployment.proto` (`DeploymentReclamation`): 1 `min_window`
 * google.protobuf.Duration (non-nullable, stdduration: always written).
 *
 * @example
 * const reclamation: DeploymentReclamation = { minWindow: { seconds: 86400n, nanos: 0 } };
 */
export interface DeploymentReclamation {
  /** Field 1, `Duration min_window`. */
  minWindow: Duration;
}

/**
 * `akash.base.deposit.v1.Source` (`akash/base/deposit/v1/deposit.proto`): `invalid` = 0,
 * `balance` = 1, `grant` = 2.
 *
 * @example
 * const sources: DepositSource[] = ["grant", "balance"];
 */
export type DepositSource = "invalid" | "balance" | "grant";

/**
 * `akash/base/deposit/v1/deposit.proto` (`Deposit`): 1 `amount` Coin (non-nullable),
 * 5 `sources` repeated enum (2–4 reserved; Go writes it packed, `2a len …`).
 *
 * @example
 * const deposit: Deposit = { amount: { denom: "uact", amount: "5000000" }, sources: ["balance"] };
 */
export interface Deposit {
  /** Field 1, `Coin amount`. */
  amount: Coin;
  /** Field 5, `repeated Source sources` (JSON `deposit_sources`). */
  sources: DepositSource[];
}

/**
 * `akash.deployment.v1beta4.MsgCreateDeployment` (`akash/deployment/v1beta4/deploymentmsg.proto`):
 * 1 `id` (non-nullable), 2 `groups`, 3 `hash` bytes (the 32-byte version hash), 4 `deposit`
 * (non-nullable), 5 `reclamation` (nullable).
 *
 * @example
 * const msg: MsgCreateDeployment = {
 *   id: { owner: "akash1…", dseq: 1n },
 *   groups: [],
 *   hash: new Uint8Array(32),
 *   deposit: { amount: { denom: "uact", amount: "5000000" }, sources: ["balance"] },
 * };
 */
export interface MsgCreateDeployment {
  /** Field 1, `DeploymentID id`. */
  id: DeploymentID;
  /** Field 2, `repeated GroupSpec groups`. */
  groups: GroupSpec[];
  /** Field 3, `bytes hash` (SHA-256 of the sorted manifest JSON). */
  hash: Uint8Array;
  /** Field 4, `Deposit deposit`. */
  deposit: Deposit;
  /** Field 5, `DeploymentReclamation reclamation` (omitted when absent). */
  reclamation?: DeploymentReclamation | undefined;
}

/**
 * `akash.deployment.v1beta4.MsgUpdateDeployment` (and v1beta5): 1 `id`, 3 `hash` (field 2 unused).
 *
 * @example
 * const msg: MsgUpdateDeployment = { id: { owner: "akash1…", dseq: 1n }, hash: new Uint8Array(32) };
 */
export interface MsgUpdateDeployment {
  /** Field 1, `DeploymentID id`. */
  id: DeploymentID;
  /** Field 3, `bytes hash` (the new manifest version). */
  hash: Uint8Array;
}

/**
 * `akash.deployment.v1beta4.MsgCloseDeployment` (same layout in v1beta3 and v1beta5): 1 `id`.
 *
 * @example
 * const msg: MsgCloseDeployment = { id: { owner: "akash1…", dseq: 1n } };
 */
export interface MsgCloseDeployment {
  /** Field 1, `DeploymentID id`. */
  id: DeploymentID;
}

/**
 * `akash.deployment.v1beta3.MsgCreateDeployment` (`akash/deployment/v1beta3/deploymentmsg.proto`):
 * 1 `id`, 2 `groups` (v1beta3 GroupSpec, same wire layout as v1beta4), 3 `version` bytes,
 * 4 `deposit` Coin (non-nullable), 5 `depositor` string.
 *
 * @example
 * const msg: MsgCreateDeploymentV1beta3 = {
 *   id: { owner: "akash1…", dseq: 1n }, groups: [], version: new Uint8Array(32),
 *   deposit: { denom: "uakt", amount: "5000000" }, depositor: "akash1…",
 * };
 */
export interface MsgCreateDeploymentV1beta3 {
  /** Field 1, `DeploymentID id`. */
  id: DeploymentID;
  /** Field 2, `repeated GroupSpec groups`. */
  groups: GroupSpec[];
  /** Field 3, `bytes version` (the same 32-byte hash v1beta4 calls `hash`). */
  version: Uint8Array;
  /** Field 4, `Coin deposit`. */
  deposit: Coin;
  /** Field 5, `string depositor` (bech32; usually the owner). */
  depositor: string;
}

/**
 * `akash.deployment.v1beta3.MsgUpdateDeployment`: 1 `id`, 3 `version` bytes.
 *
 * @example
 * const msg: MsgUpdateDeploymentV1beta3 = { id: { owner: "akash1…", dseq: 1n }, version: new Uint8Array(32) };
 */
export interface MsgUpdateDeploymentV1beta3 {
  /** Field 1, `DeploymentID id`. */
  id: DeploymentID;
  /** Field 3, `bytes version`. */
  version: Uint8Array;
}

/**
 * `akash.deployment.v1beta5.MsgCreateDeployment` (`akash/deployment/v1beta5/deploymentmsg.proto`,
 * protos only on chain-sdk main): 1 `id`, 2 `groups` (v1beta5), 3 `hash`, 4 `deposits` repeated
 * Deposit. No `reclamation`.
 *
 * @example
 * const msg: MsgCreateDeploymentV1beta5 = {
 *   id: { owner: "akash1…", dseq: 1n }, groups: [], hash: new Uint8Array(32),
 *   deposits: [{ amount: { denom: "uact", amount: "5000000" }, sources: ["balance"] }],
 * };
 */
export interface MsgCreateDeploymentV1beta5 {
  /** Field 1, `DeploymentID id`. */
  id: DeploymentID;
  /** Field 2, `repeated GroupSpec groups`. */
  groups: GroupSpecV1beta5[];
  /** Field 3, `bytes hash`. */
  hash: Uint8Array;
  /** Field 4, `repeated Deposit deposits`. */
  deposits: Deposit[];
}
