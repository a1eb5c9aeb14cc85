export type {
  PlainCredentials,
  PlainExpose,
  PlainExposeTo,
  PlainHttpOptions,
  PlainParams,
  PlainSdl,
  PlainService,
} from "./plain-sdl.js";
export type {
  PlainDeploymentEntry,
  PlainGpu,
  PlainGpuModel,
  PlainPlacement,
  PlainPrice,
  PlainProfiles,
  PlainResources,
  PlainStorageVolume,
} from "./plain-profiles.js";
export { toPlainResources, toPlainSdl } from "./to-plain-sdl.js";
