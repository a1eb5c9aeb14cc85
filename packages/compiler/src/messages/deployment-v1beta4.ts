/**
 * `akash.deployment.v1beta4` transaction messages — the current chain's API
 * (`akash/deployment/v1beta4/deploymentmsg.proto`, chain-sdk `55f1c6837f99b17f103c4e8701f24305bd1eef9a`).
 */
import { defineMessage, type MessageCodec } from "../proto/codec.js";
import { DeploymentIDCodec, DeploymentReclamationCodec, DepositCodec } from "../proto/deployment-codec.js";
import { GroupSpecCodec } from "../proto/group-spec-codec.js";
import type { MsgCloseDeployment, MsgCreateDeployment, MsgUpdateDeployment } from "../proto/types.js";

/**
 * `akash.deployment.v1beta4.MsgCreateDeployment`: 1 `id` (nullable=false), 2 `groups`, 3 `hash`,
 * 4 `deposit` (nullable=false), 5 `reclamation` (nullable, omitted when absent).
 *
 * @example
 * const bytes = MsgCreateDeploymentCodec.encode(msg).finish();
 * MsgCreateDeploymentCodec.decode(bytes); // deep-equals msg
 */
export const MsgCreateDeploymentCodec: MessageCodec<MsgCreateDeployment> = defineMessage<MsgCreateDeployment>(
  "akash.deployment.v1beta4.MsgCreateDeployment",
  [
    { no: 1, name: "id", kind: "message", codec: DeploymentIDCodec, nullable: false },
    { no: 2, name: "groups", kind: "message", codec: GroupSpecCodec, repeated: true },
    { no: 3, name: "hash", kind: "bytes" },
    { no: 4, name: "deposit", kind: "message", codec: DepositCodec, nullable: false },
    { no: 5, name: "reclamation", kind: "message", codec: DeploymentReclamationCodec },
  ],
);

/**
 * `akash.deployment.v1beta4.MsgUpdateDeployment`: 1 `id`, 3 `hash` (field 2 is unused).
 *
 * @example
 * MsgUpdateDeploymentCodec.encode({ id: { owner: "akash1…", dseq: 1n }, hash }).finish();
 */
export const MsgUpdateDeploymentCodec: MessageCodec<MsgUpdateDeployment> = defineMessage<MsgUpdateDeployment>(
  "akash.deployment.v1beta4.MsgUpdateDeployment",
  [
    { no: 1, name: "id", kind: "message", codec: DeploymentIDCodec, nullable: false },
    { no: 3, name: "hash", kind: "bytes" },
  ],
);

/**
 * `akash.deployment.v1beta4.MsgCloseDeployment`: 1 `id`.
 *
 * @example
 * MsgCloseDeploymentCodec.encode({ id: { owner: "akash1…", dseq: 1n } }).finish();
 */
export const MsgCloseDeploymentCodec: MessageCodec<MsgCloseDeployment> = defineMessage<MsgCloseDeployment>(
  "akash.deployment.v1beta4.MsgCloseDeployment",
  [{ no: 1, name: "id", kind: "message", codec: DeploymentIDCodec, nullable: false }],
);
