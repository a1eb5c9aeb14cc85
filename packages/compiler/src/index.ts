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
