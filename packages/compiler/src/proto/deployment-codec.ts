/**
 * Codecs of the deployment identity, reclamation and deposit messages:
 * `akash/deployment/v1/deployment.proto`, `akash/base/deposit/v1/deposit.proto` (chain-sdk
 * `55f1c6837f99b17f103c4e8701f24305bd1eef9a`) and `google/protobuf/duration.proto`.
 */
import { CoinCodec } from "./coin-codec.js";
import { defineMessage, type MessageCodec } from "./codec.js";
import type { DeploymentID, DeploymentReclamation, Deposit, DepositSource, Duration } from "./types.js";

/**
 * `akash.base.deposit.v1.Source` names by number.
 *
 * @example
 * DEPOSIT_SOURCES[1]; // "balance"
 */
export const DEPOSIT_SOURCES: readonly DepositSource[] = ["invalid", "balance", "grant"];

/**
 * `akash.deployment.v1.DeploymentID`: 1 `owner`, 2 `dseq` uint64 (v1beta3's `DeploymentID` has
 * the same fields).
 *
 * @example
 * DeploymentIDCodec.encode({ owner: "akash1…", dseq: 7n }).finish();
 */
export const DeploymentIDCodec: MessageCodec<DeploymentID> = defineMessage<DeploymentID>(
  "akash.deployment.v1.DeploymentID",
  [
    { no: 1, name: "owner", kind: "string" },
    { no: 2, name: "dseq", kind: "uint64" },
  ],
);

/**
 * `google.protobuf.Duration`: 1 `seconds` int64, 2 `nanos` int32.
 *
 * @example
 * DurationCodec.encode({ seconds: 86400n, nanos: 0 }).finish(); // 08 80 a3 05
 */
export const DurationCodec: MessageCodec<Duration> = defineMessage<Duration>("google.protobuf.Duration", [
  { no: 1, name: "seconds", kind: "int64" },
  { no: 2, name: "nanos", kind: "int32" },
]);

/**
 * `akash.deployment.v1.DeploymentReclamation`: 1 `min_window` (nullable=false, always written).
 *
 * @example
 * DeploymentReclamationCodec.encode({ minWindow: { seconds: 86400n, nanos: 0 } }).finish(); // 0a 04 08 80 a3 05
 */
export const DeploymentReclamationCodec: MessageCodec<DeploymentReclamation> = defineMessage<DeploymentReclamation>(
  "akash.deployment.v1.DeploymentReclamation",
  [{ no: 1, name: "minWindow", kind: "message", codec: DurationCodec, nullable: false }],
);

/**
 * `akash.base.deposit.v1.Deposit`: 1 `amount` Coin (nullable=false), 5 `sources` (packed, as
 * gogoproto writes it: `2a <len> 01 02`).
 *
 * @example
 * DepositCodec.encode({ amount: { denom: "uact", amount: "5000000" }, sources: ["balance"] }).finish();
 */
export const DepositCodec: MessageCodec<Deposit> = defineMessage<Deposit>("akash.base.deposit.v1.Deposit", [
  { no: 1, name: "amount", kind: "message", codec: CoinCodec, nullable: false },
  { no: 5, name: "sources", kind: "enum", values: DEPOSIT_SOURCES, repeated: true },
]);
