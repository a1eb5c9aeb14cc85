export { parse } from "./parse.js";
export type { ParseOptions, ParseResult } from "./parse.js";
export { buildDocument } from "./build-document.js";
export type { BuildDocumentResult } from "./build-document.js";
export { decoderFor } from "./build-version.js";
export { sdlMapGet } from "./sdl-map-get.js";
export { resolveGoScalar, isGoNull, goShortTag } from "./go-resolve.js";
export type { GoResolved } from "./go-resolve.js";
export type { SdlEntry, SdlKey, SdlList, SdlMap, SdlNodeBase, SdlObjectBase, SdlPath, SdlScalar } from "./sdl-node.js";
export type {
  SdlDecoder,
  SdlDeployment,
  SdlDocument,
  SdlEndpoint,
  SdlPlacementDeployment,
  SdlReclamation,
  SdlVersion,
} from "./sdl-document.js";
export type {
  SdlCredentials,
  SdlDependency,
  SdlExpose,
  SdlExposeTo,
  SdlHttpOptions,
  SdlParams,
  SdlPermissions,
  SdlService,
  SdlStorageParams,
} from "./sdl-service.js";
export type {
  SdlComputeProfile,
  SdlCpu,
  SdlGpu,
  SdlGpuAttributes,
  SdlGpuModel,
  SdlMemory,
  SdlPlacementProfile,
  SdlPrice,
  SdlProfiles,
  SdlResources,
  SdlSignedBy,
  SdlStorage,
  SdlStorageAttributes,
  SdlStorageVolume,
} from "./sdl-profiles.js";
export { referenceIndex } from "./reference-index.js";
export type {
  ReferenceIndex,
  SdlDefinition,
  SdlDefinitionKind,
  SdlReference,
  SdlReferenceRole,
} from "./reference-index.js";
