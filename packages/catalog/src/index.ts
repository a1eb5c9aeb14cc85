/**
 * @akash-sdl/catalog — GPU and AI-model data with types and look-ups, no dependencies.
 *
 * @packageDocumentation
 */
export type { GpuInterface, GpuSku, GpuSpec, GpuVendor, SpecConfidence } from "./gpu-spec.js";
export type { ModelSpec, ModelTask } from "./model-spec.js";
export type { GpuQuery } from "./matches-gpu-query.js";
export type { GpuModelNamesOptions } from "./gpu-model-names.js";
export { GPUS } from "./generated/gpus.js";
export { GPU_SKUS } from "./generated/gpu-skus.js";
export { MODELS } from "./generated/models.js";
export { findModel } from "./find-model.js";
export { suggestModels } from "./suggest-models.js";
export { findGpus } from "./find-gpus.js";
export { findGpuSkus } from "./find-gpu-skus.js";
export { gpuModelNames } from "./gpu-model-names.js";
export { findGpuByPciId } from "./find-gpu-by-pci-id.js";
export { suggestGpuModels } from "./suggest-gpu-models.js";
export type { ChainLimits, DenomInfo, NetworkId, NetworkInfo } from "./networks/index.js";
export { CHAIN_LIMITS, NETWORKS, findDenom } from "./networks/index.js";
