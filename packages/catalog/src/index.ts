/**
 * @akash-sdl/catalog — GPU and AI-model data with types, no dependencies.
 *
 * @packageDocumentation
 */
export type { GpuInterface, GpuSpec, GpuVendor, SpecConfidence } from "./gpu-spec.js";
export type { ModelSpec, ModelTask } from "./model-spec.js";
