/**
 * cosmjs glue: `EncodeObject` shapes (`{ typeUrl, value }`) for every deployment message, a
 * `Registry` that knows them (so `SigningStargateClient.signAndBroadcast` can encode what we build),
 * and `Any` wrapping / unwrapping.
 */
import { Registry, type GeneratedType } from "@cosmjs/proto-signing";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { MessageCodec } from "../proto/codec.js";
import type {
  MsgCloseDeployment,
  MsgCreateDeployment,
  MsgCreateDeploymentV1beta3,
  MsgCreateDeploymentV1beta5,
  MsgUpdateDeployment,
  MsgUpdateDeploymentV1beta3,
} from "../proto/types.js";
import {
  MsgCloseDeploymentV1beta3Codec,
  MsgCreateDeploymentV1beta3Codec,
  MsgUpdateDeploymentV1beta3Codec,
} from "./deployment-v1beta3.js";
import { MsgCloseDeploymentCodec, MsgCreateDeploymentCodec, MsgUpdateDeploymentCodec } from "./deployment-v1beta4.js";
import {
  MsgCloseDeploymentV1beta5Codec,
  MsgCreateDeploymentV1beta5Codec,
  MsgUpdateDeploymentV1beta5Codec,
} from "./deployment-v1beta5.js";
import {
  MSG_CLOSE_DEPLOYMENT_TYPE_URL,
  MSG_CLOSE_DEPLOYMENT_V1BETA3_TYPE_URL,
  MSG_CLOSE_DEPLOYMENT_V1BETA5_TYPE_URL,
  MSG_CREATE_DEPLOYMENT_TYPE_URL,
  MSG_CREATE_DEPLOYMENT_V1BETA3_TYPE_URL,
  MSG_CREATE_DEPLOYMENT_V1BETA5_TYPE_URL,
  MSG_UPDATE_DEPLOYMENT_TYPE_URL,
  MSG_UPDATE_DEPLOYMENT_V1BETA3_TYPE_URL,
  MSG_UPDATE_DEPLOYMENT_V1BETA5_TYPE_URL,
} from "./type-urls.js";

/**
 * A deployment message as cosmjs wants it: the type URL and the (unencoded) message.
 *
 * @example
 * const msg: DeploymentEncodeObject = { typeUrl: "/akash.deployment.v1beta4.MsgCloseDeployment", value: { id } };
 * await client.signAndBroadcast(owner, [msg], "auto");
 */
export type DeploymentEncodeObject =
  | { readonly typeUrl: typeof MSG_CREATE_DEPLOYMENT_TYPE_URL; readonly value: MsgCreateDeployment }
  | { readonly typeUrl: typeof MSG_UPDATE_DEPLOYMENT_TYPE_URL; readonly value: MsgUpdateDeployment }
  | { readonly typeUrl: typeof MSG_CLOSE_DEPLOYMENT_TYPE_URL; readonly value: MsgCloseDeployment }
  | { readonly typeUrl: typeof MSG_CREATE_DEPLOYMENT_V1BETA3_TYPE_URL; readonly value: MsgCreateDeploymentV1beta3 }
  | { readonly typeUrl: typeof MSG_UPDATE_DEPLOYMENT_V1BETA3_TYPE_URL; readonly value: MsgUpdateDeploymentV1beta3 }
  | { readonly typeUrl: typeof MSG_CLOSE_DEPLOYMENT_V1BETA3_TYPE_URL; readonly value: MsgCloseDeployment }
  | { readonly typeUrl: typeof MSG_CREATE_DEPLOYMENT_V1BETA5_TYPE_URL; readonly value: MsgCreateDeploymentV1beta5 }
  | { readonly typeUrl: typeof MSG_UPDATE_DEPLOYMENT_V1BETA5_TYPE_URL; readonly value: MsgUpdateDeployment }
  | { readonly typeUrl: typeof MSG_CLOSE_DEPLOYMENT_V1BETA5_TYPE_URL; readonly value: MsgCloseDeployment };

/**
 * The `MsgCreateDeployment` encode objects, whichever API version.
 *
 * @example
 * const create: MsgCreateDeploymentEncodeObject = toMsgCreateDeployment(text, options).value!;
 */
export type MsgCreateDeploymentEncodeObject = Extract<
  DeploymentEncodeObject,
  { typeUrl: `/akash.deployment.${string}.MsgCreateDeployment` }
>;

const CODECS: ReadonlyMap<string, MessageCodec<unknown>> = new Map<string, MessageCodec<unknown>>([
  [MSG_CREATE_DEPLOYMENT_TYPE_URL, MsgCreateDeploymentCodec],
  [MSG_UPDATE_DEPLOYMENT_TYPE_URL, MsgUpdateDeploymentCodec],
  [MSG_CLOSE_DEPLOYMENT_TYPE_URL, MsgCloseDeploymentCodec],
  [MSG_CREATE_DEPLOYMENT_V1BETA3_TYPE_URL, MsgCreateDeploymentV1beta3Codec],
  [MSG_UPDATE_DEPLOYMENT_V1BETA3_TYPE_URL, MsgUpdateDeploymentV1beta3Codec],
  [MSG_CLOSE_DEPLOYMENT_V1BETA3_TYPE_URL, MsgCloseDeploymentV1beta3Codec],
  [MSG_CREATE_DEPLOYMENT_V1BETA5_TYPE_URL, MsgCreateDeploymentV1beta5Codec],
  [MSG_UPDATE_DEPLOYMENT_V1BETA5_TYPE_URL, MsgUpdateDeploymentV1beta5Codec],
  [MSG_CLOSE_DEPLOYMENT_V1BETA5_TYPE_URL, MsgCloseDeploymentV1beta5Codec],
]);

function codecFor(typeUrl: string): MessageCodec<unknown> {
  const codec = CODECS.get(typeUrl);
  if (codec === undefined) throw new TypeError(`not a deployment message type URL: ${typeUrl}`);
  return codec;
}

/**
 * `[typeUrl, GeneratedType]` pairs for every deployment message, to merge into a cosmjs
 * `Registry` (e.g. beside `defaultRegistryTypes` of `@cosmjs/stargate`).
 *
 * @example
 * const registry = new Registry([...defaultRegistryTypes, ...deploymentRegistryTypes]);
 */
export const deploymentRegistryTypes: ReadonlyArray<readonly [string, GeneratedType]> = [...CODECS].map(
  ([typeUrl, codec]) => [typeUrl, codec as GeneratedType] as const,
);

/**
 * A cosmjs `Registry` with the deployment messages (plus any `extra` types, e.g. the bank and
 * staking types of `@cosmjs/stargate`'s `defaultRegistryTypes`).
 *
 * @example
 * const client = await SigningStargateClient.connectWithSigner(rpc, wallet, { registry: createDeploymentRegistry() });
 */
export function createDeploymentRegistry(extra: Iterable<readonly [string, GeneratedType]> = []): Registry {
  return new Registry(
    [...extra, ...deploymentRegistryTypes].map(([url, type]) => [url, type] as [string, GeneratedType]),
  );
}

/**
 * Encodes a deployment message to its protobuf bytes (what goes inside the `Any`).
 *
 * @example
 * const bytes = encodeDeploymentMessage({ typeUrl: MSG_CLOSE_DEPLOYMENT_TYPE_URL, value: { id } });
 */
export function encodeDeploymentMessage(message: DeploymentEncodeObject): Uint8Array {
  return codecFor(message.typeUrl).encode(message.value).finish();
}

/**
 * Decodes the bytes of a deployment message of the given type URL. Throws on an unknown type URL
 * or malformed bytes.
 *
 * @example
 * const msg = decodeDeploymentMessage(MSG_CREATE_DEPLOYMENT_TYPE_URL, bytes);
 */
export function decodeDeploymentMessage(typeUrl: string, bytes: Uint8Array): DeploymentEncodeObject {
  return { typeUrl, value: codecFor(typeUrl).decode(bytes) } as DeploymentEncodeObject;
}

/**
 * Wraps a deployment message in a `google.protobuf.Any` (type URL + bytes), as a transaction body
 * carries it.
 *
 * @example
 * const any = toAny({ typeUrl: MSG_CLOSE_DEPLOYMENT_TYPE_URL, value: { id } });
 */
export function toAny(message: DeploymentEncodeObject): Any {
  return { typeUrl: message.typeUrl, value: encodeDeploymentMessage(message) };
}

/**
 * Unwraps a `google.protobuf.Any` holding a deployment message.
 *
 * @example
 * const { typeUrl, value } = fromAny(txBody.messages[0]);
 */
export function fromAny(any: Any): DeploymentEncodeObject {
  return decodeDeploymentMessage(any.typeUrl, any.value);
}
