/**
 * `akash.deployment.v1beta5` transaction messages (`akash/deployment/v1beta5/deploymentmsg.proto`,
 * chain-sdk `55f1c6837f99b17f103c4e8701f24305bd1eef9a`). The protos exist on chain-sdk main but the
 * chain still runs v1beta4: use these only behind an explicit option. No `reclamation` field.
 */
import { defineMessage, type MessageCodec } from "../proto/codec.js";
import { DeploymentIDCodec, DepositCodec } from "../proto/deployment-codec.js";
import { GroupSpecV1beta5Codec } from "../proto/group-spec-codec.js";
import type { MsgCloseDeployment, MsgCreateDeploymentV1beta5, MsgUpdateDeployment } from "../proto/types.js";

/**
 * `akash.deployment.v1beta5.MsgCreateDeployment`: 1 `id`, 2 `groups` (units with `prices`),
 * 3 `hash`, 4 `deposits` (repeated Deposit).
 *
 * @example
 * const bytes = MsgCreateDeploymentV1beta5Codec.encode(msg).finish();
 */
export const MsgCreateDeploymentV1beta5Codec: MessageCodec<MsgCreateDeploymentV1beta5> =
  defineMessage<MsgCreateDeploymentV1beta5>("akash.deployment.v1beta5.MsgCreateDeployment", [
    { no: 1, name: "id", kind: "message", codec: DeploymentIDCodec, nullable: false },
    { no: 2, name: "groups", kind: "message", codec: GroupSpecV1beta5Codec, repeated: true },
    { no: 3, name: "hash", kind: "bytes" },
    { no: 4, name: "deposits", kind: "message", codec: DepositCodec, repeated: true },
  ]);

/**
 * `akash.deployment.v1beta5.MsgUpdateDeployment`: 1 `id`, 3 `hash`.
 *
 * @example
 * MsgUpdateDeploymentV1beta5Codec.encode({ id: { owner: "akash1…", dseq: 1n }, hash }).finish();
 */
export const MsgUpdateDeploymentV1beta5Codec: MessageCodec<MsgUpdateDeployment> = defineMessage<MsgUpdateDeployment>(
  "akash.deployment.v1beta5.MsgUpdateDeployment",
  [
    { no: 1, name: "id", kind: "message", codec: DeploymentIDCodec, nullable: false },
    { no: 3, name: "hash", kind: "bytes" },
  ],
);

/**
 * `akash.deployment.v1beta5.MsgCloseDeployment`: 1 `id`.
 *
 * @example
 * MsgCloseDeploymentV1beta5Codec.encode({ id: { owner: "akash1…", dseq: 1n } }).finish();
 */
export const MsgCloseDeploymentV1beta5Codec: MessageCodec<MsgCloseDeployment> = defineMessage<MsgCloseDeployment>(
  "akash.deployment.v1beta5.MsgCloseDeployment",
  [{ no: 1, name: "id", kind: "message", codec: DeploymentIDCodec, nullable: false }],
);
