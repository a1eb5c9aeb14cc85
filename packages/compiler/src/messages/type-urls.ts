/**
 * Type URLs of the deployment messages (`/` + the fully-qualified protobuf name, as `Any` and
 * cosmjs registries use them). Package names from `proto/node/akash/deployment/*\/deploymentmsg.proto`
 * (chain-sdk `55f1c6837f99b17f103c4e8701f24305bd1eef9a`).
 */

/**
 * `/akash.deployment.v1beta4.MsgCreateDeployment` — the current chain's message.
 *
 * @example
 * registry.lookupType(MSG_CREATE_DEPLOYMENT_TYPE_URL);
 */
export const MSG_CREATE_DEPLOYMENT_TYPE_URL = "/akash.deployment.v1beta4.MsgCreateDeployment";
/**
 * `/akash.deployment.v1beta4.MsgUpdateDeployment`.
 *
 * @example
 * ({ typeUrl: MSG_UPDATE_DEPLOYMENT_TYPE_URL, value: { id, hash } });
 */
export const MSG_UPDATE_DEPLOYMENT_TYPE_URL = "/akash.deployment.v1beta4.MsgUpdateDeployment";
/**
 * `/akash.deployment.v1beta4.MsgCloseDeployment`.
 *
 * @example
 * ({ typeUrl: MSG_CLOSE_DEPLOYMENT_TYPE_URL, value: { id } });
 */
export const MSG_CLOSE_DEPLOYMENT_TYPE_URL = "/akash.deployment.v1beta4.MsgCloseDeployment";
/**
 * `/akash.deployment.v1beta3.MsgCreateDeployment` — chains before the v1beta4 upgrade.
 *
 * @example
 * ({ typeUrl: MSG_CREATE_DEPLOYMENT_V1BETA3_TYPE_URL, value: msgV1beta3 });
 */
export const MSG_CREATE_DEPLOYMENT_V1BETA3_TYPE_URL = "/akash.deployment.v1beta3.MsgCreateDeployment";
/**
 * `/akash.deployment.v1beta3.MsgUpdateDeployment`.
 *
 * @example
 * ({ typeUrl: MSG_UPDATE_DEPLOYMENT_V1BETA3_TYPE_URL, value: { id, version } });
 */
export const MSG_UPDATE_DEPLOYMENT_V1BETA3_TYPE_URL = "/akash.deployment.v1beta3.MsgUpdateDeployment";
/**
 * `/akash.deployment.v1beta3.MsgCloseDeployment`.
 *
 * @example
 * ({ typeUrl: MSG_CLOSE_DEPLOYMENT_V1BETA3_TYPE_URL, value: { id } });
 */
export const MSG_CLOSE_DEPLOYMENT_V1BETA3_TYPE_URL = "/akash.deployment.v1beta3.MsgCloseDeployment";
/**
 * `/akash.deployment.v1beta5.MsgCreateDeployment` — protos on chain-sdk main, not yet on chain.
 *
 * @example
 * ({ typeUrl: MSG_CREATE_DEPLOYMENT_V1BETA5_TYPE_URL, value: msgV1beta5 });
 */
export const MSG_CREATE_DEPLOYMENT_V1BETA5_TYPE_URL = "/akash.deployment.v1beta5.MsgCreateDeployment";
/**
 * `/akash.deployment.v1beta5.MsgUpdateDeployment`.
 *
 * @example
 * ({ typeUrl: MSG_UPDATE_DEPLOYMENT_V1BETA5_TYPE_URL, value: { id, hash } });
 */
export const MSG_UPDATE_DEPLOYMENT_V1BETA5_TYPE_URL = "/akash.deployment.v1beta5.MsgUpdateDeployment";
/**
 * `/akash.deployment.v1beta5.MsgCloseDeployment`.
 *
 * @example
 * ({ typeUrl: MSG_CLOSE_DEPLOYMENT_V1BETA5_TYPE_URL, value: { id } });
 */
export const MSG_CLOSE_DEPLOYMENT_V1BETA5_TYPE_URL = "/akash.deployment.v1beta5.MsgCloseDeployment";
