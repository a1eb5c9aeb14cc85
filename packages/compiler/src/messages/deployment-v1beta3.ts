/**
 * `akash.deployment.v1beta3` transaction messages, for chains before the v1beta4 upgrade
 * (`akash/deployment/v1beta3/deploymentmsg.proto`, chain-sdk `55f1c6837f99b17f103c4e8701f24305bd1eef9a`).
 * Group specs, resources and attributes (`akash.base.v1beta3`) have the v1beta4 field layout, so
 * the v1beta4 group codecs write the same bytes.
 */
import { defineMessage, type MessageCodec } from "../proto/codec.js";
import { CoinCodec } from "../proto/coin-codec.js";
import { DeploymentIDCodec } from "../proto/deployment-codec.js";
import { GroupSpecCodec } from "../proto/group-spec-codec.js";
import type { MsgCloseDeployment, MsgCreateDeploymentV1beta3, MsgUpdateDeploymentV1beta3 } from "../proto/types.js";

/**
 * `akash.deployment.v1beta3.MsgCreateDeployment`: 1 `id`, 2 `groups`, 3 `version` bytes,
 * 4 `deposit` Coin (nullable=false), 5 `depositor` string.
 *
 * @example
 * const bytes = MsgCreateDeploymentV1beta3Codec.encode(msg).finish();
 */
export const MsgCreateDeploymentV1beta3Codec: MessageCodec<MsgCreateDeploymentV1beta3> =
  defineMessage<MsgCreateDeploymentV1beta3>("akash.deployment.v1beta3.MsgCreateDeployment", [
    { no: 1, name: "id", kind: "message", codec: DeploymentIDCodec, nullable: false },
    { no: 2, name: "groups", kind: "message", codec: GroupSpecCodec, repeated: true },
    { no: 3, name: "version", kind: "bytes" },
    { no: 4, name: "deposit", kind: "message", codec: CoinCodec, nullable: false },
    { no: 5, name: "depositor", kind: "string" },
  ]);

/**
 * `akash.deployment.v1beta3.MsgUpdateDeployment`: 1 `id`, 3 `version`.
 *
 * @example
 * MsgUpdateDeploymentV1beta3Codec.encode({ id: { owner: "akash1…", dseq: 1n }, version }).finish();
 */
export const MsgUpdateDeploymentV1beta3Codec: MessageCodec<MsgUpdateDeploymentV1beta3> =
  defineMessage<MsgUpdateDeploymentV1beta3>("akash.deployment.v1beta3.MsgUpdateDeployment", [
    { no: 1, name: "id", kind: "message", codec: DeploymentIDCodec, nullable: false },
    { no: 3, name: "version", kind: "bytes" },
  ]);

/**
 * `akash.deployment.v1beta3.MsgCloseDeployment`: 1 `id`.
 *
 * @example
 * MsgCloseDeploymentV1beta3Codec.encode({ id: { owner: "akash1…", dseq: 1n } }).finish();
 */
export const MsgCloseDeploymentV1beta3Codec: MessageCodec<MsgCloseDeployment> = defineMessage<MsgCloseDeployment>(
  "akash.deployment.v1beta3.MsgCloseDeployment",
  [{ no: 1, name: "id", kind: "message", codec: DeploymentIDCodec, nullable: false }],
);
