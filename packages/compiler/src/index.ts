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
export { tsSdkSize } from "./compile/ts-sdk-size.js";
export { buildGroups } from "./manifest/build-groups.js";
export type { BuiltDeployment } from "./manifest/build-groups.js";
export type { SizeOverrides } from "./manifest/build-resources.js";
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
export { goJsonMarshal, goJsonQuote, goSortJson } from "./go/go-json.js";
export type { GoJsonValue } from "./go/go-json.js";
export { goSort, goSortStable } from "./go/go-sort.js";
export type { GoLess } from "./go/go-sort.js";
export { goStringCompare, goStringLess, goTrimSpace } from "./go/go-strings.js";
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
// --- end protobuf ---
