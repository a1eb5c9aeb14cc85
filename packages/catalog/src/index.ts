/**
 * @akash-sdl/catalog — GPU and AI-model data with types and look-ups, no dependencies.
 *
 * @packageDocumentation
 */
export type { GpuInterface, GpuSpec, GpuVendor, SpecConfidence } from "./gpu-spec.js";
export type { ModelSpec, ModelTask } from "./model-spec.js";
export type { GpuQuery } from "./find-gpus.js";
export type { GpuModelNamesOptions } from "./gpu-model-names.js";
export { GPUS } from "./generated/gpus.js";
export { MODELS } from "./generated/models.js";
export { findModel } from "./find-model.js";
export { suggestModels } from "./suggest-models.js";
export { findGpus } from "./find-gpus.js";
export { gpuModelNames } from "./gpu-model-names.js";
export { findGpuByPciId } from "./find-gpu-by-pci-id.js";
export { suggestGpuModels } from "./suggest-gpu-models.js";
export type { ChainLimits, DenomInfo, NetworkId, NetworkInfo } from "./networks/index.js";
export { CHAIN_LIMITS, NETWORKS, findDenom } from "./networks/index.js";
