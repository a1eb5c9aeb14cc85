/**
 * @akash-sdl/compiler — manifest, version hash, group specs and deployment messages.
 *
 * @example
 * import { COMPILER_VERSION } from "@akash-sdl/compiler";
 *
 * @packageDocumentation
 */

/**
 * The package version.
 *
 * @example
 * COMPILER_VERSION; // "0.1.0"
 */
export const COMPILER_VERSION = "0.1.0";

// --- manifest, hash, group specs, compile (src/compile, src/manifest, src/hash, src/go) ---
export { compile } from "./compile/compile.js";
export type { CompiledDeployment, CompileResult } from "./compile/compile.js";
export type { CompileOptions } from "./compile/run-validation.js";
export { tsSdkSize, tsSdkTimeout } from "./compile/ts-sdk-size.js";
export { buildGroups } from "./manifest/build-groups.js";
export type { BuiltDeployment } from "./manifest/build-groups.js";
export { NO_OVERRIDES } from "./manifest/build-resources.js";
export type { TsValueOverrides } from "./manifest/build-resources.js";
export { groupSpecsJson } from "./manifest/group-specs-json.js";
export { manifestJson, resourcesJson, attributesJson } from "./manifest/manifest-json.js";
export type {
  Manifest,
  ManifestCredentials,
  ManifestExpose,
  ManifestGroup,
  ManifestHttpOptions,
  ManifestService,
  ManifestServiceParams,
  ManifestStorageParams,
} from "./manifest/manifest-types.js";
export { manifestToJson, manifestToSortedJson, manifestVersion, manifestVersionHex } from "./hash/manifest-version.js";
export type { Sha256 } from "./hash/manifest-version.js";
export { goJsonMarshal, goJsonQuote, goSortJson } from "./go/go-json.js";
export type { GoJsonValue } from "./go/go-json.js";
export { goSort, goSortStable } from "./go/go-sort.js";
export type { GoLess } from "./go/go-sort.js";
export { goStringCompare, goStringLess, goTrimSpace } from "./go/go-strings.js";
export { SDL } from "./shim/sdl.js";
export type { SdlError, SdlHandle, SdlShim } from "./shim/sdl.js";
// --- end manifest ---

// --- protobuf types, encoders and messages (src/proto, src/messages) ---
export type {
  Attribute,
  CPU,
  Coin,
  DecCoin,
  Deposit,
  DepositSource,
  DeploymentID,
  DeploymentReclamation,
  Duration,
  Endpoint,
  EndpointKind,
  GPU,
  GroupSpec,
  GroupSpecV1beta5,
  Memory,
  MsgCloseDeployment,
  MsgCreateDeployment,
  MsgCreateDeploymentV1beta3,
  MsgCreateDeploymentV1beta5,
  MsgUpdateDeployment,
  MsgUpdateDeploymentV1beta3,
  PlacementRequirements,
  ResourceUnit,
  ResourceUnitV1beta5,
  ResourceValue,
  Resources,
  SignedBy,
  Storage,
} from "./proto/types.js";
export type { DeepPartial, FieldKind, FieldSpec, MessageCodec } from "./proto/codec.js";
export { defineMessage } from "./proto/codec.js";
export { atomicsToLegacyDec, legacyDecToAtomics } from "./proto/decimal.js";
export { AttributeCodec, PlacementRequirementsCodec, SignedByCodec } from "./proto/attributes-codec.js";
export { CoinCodec, DecCoinCodec } from "./proto/coin-codec.js";
export {
  CPUCodec,
  ENDPOINT_KINDS,
  EndpointCodec,
  GPUCodec,
  MemoryCodec,
  ResourceValueCodec,
  ResourcesCodec,
  StorageCodec,
} from "./proto/resources-codec.js";
export {
  DEPOSIT_SOURCES,
  DeploymentIDCodec,
  DeploymentReclamationCodec,
  DepositCodec,
  DurationCodec,
} from "./proto/deployment-codec.js";
export {
  GroupSpecCodec,
  GroupSpecV1beta5Codec,
  ResourceUnitCodec,
  ResourceUnitV1beta5Codec,
} from "./proto/group-spec-codec.js";
export {
  MsgCloseDeploymentCodec,
  MsgCreateDeploymentCodec,
  MsgUpdateDeploymentCodec,
} from "./messages/deployment-v1beta4.js";
export {
  MsgCloseDeploymentV1beta3Codec,
  MsgCreateDeploymentV1beta3Codec,
  MsgUpdateDeploymentV1beta3Codec,
} from "./messages/deployment-v1beta3.js";
export {
  MsgCloseDeploymentV1beta5Codec,
  MsgCreateDeploymentV1beta5Codec,
  MsgUpdateDeploymentV1beta5Codec,
} from "./messages/deployment-v1beta5.js";
export {
  MSG_CLOSE_DEPLOYMENT_TYPE_URL,
  MSG_CLOSE_DEPLOYMENT_V1BETA3_TYPE_URL,
  MSG_CLOSE_DEPLOYMENT_V1BETA5_TYPE_URL,
  MSG_CREATE_DEPLOYMENT_TYPE_URL,
  MSG_CREATE_DEPLOYMENT_V1BETA3_TYPE_URL,
  MSG_CREATE_DEPLOYMENT_V1BETA5_TYPE_URL,
  MSG_UPDATE_DEPLOYMENT_TYPE_URL,
  MSG_UPDATE_DEPLOYMENT_V1BETA3_TYPE_URL,
  MSG_UPDATE_DEPLOYMENT_V1BETA5_TYPE_URL,
} from "./messages/type-urls.js";
export type { DeploymentEncodeObject, MsgCreateDeploymentEncodeObject } from "./messages/encode-objects.js";
export {
  createDeploymentRegistry,
  decodeDeploymentMessage,
  deploymentRegistryTypes,
  encodeDeploymentMessage,
  fromAny,
  toAny,
} from "./messages/encode-objects.js";
export { decodeBech32, isAccountAddress } from "./messages/bech32.js";
export type {
  CheckedDeploymentOptions,
  DeploymentIdInput,
  DeploymentOptionsInput,
} from "./messages/check-deployment-options.js";
export { checkDeploymentId, checkDeploymentOptions, parseCoin } from "./messages/check-deployment-options.js";
export type { DeploymentIdOptions, ToMsgUpdateDeploymentResult } from "./messages/update-close-deployment.js";
export { toMsgCloseDeployment, toMsgUpdateDeployment } from "./messages/update-close-deployment.js";
export type {
  DeploymentApiVersion,
  ToMsgCreateDeploymentOptions,
  ToMsgCreateDeploymentResult,
} from "./messages/to-msg-create-deployment.js";
export { toMsgCreateDeployment } from "./messages/to-msg-create-deployment.js";
// --- end protobuf ---
