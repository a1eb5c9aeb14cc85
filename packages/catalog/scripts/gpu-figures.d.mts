// Types for scripts/gpu-figures.mjs (used by the generator and the tests).
import type { GpuSpec } from "../src/gpu-spec.js";

/** Sourced figures for one provider-database GPU that gpus.json leaves without them. */
export interface GpuFigures {
  readonly model: string;
  readonly ramGiB: number;
  readonly bandwidthGBs?: number;
  readonly fp16Tflops?: number;
  readonly fp16TflopsFp16Accumulate?: number;
  readonly fp32Tflops?: number;
  readonly memoryType?: string;
  readonly eccDefault?: boolean;
  readonly computeCapability?: number;
  readonly source: string;
}
export declare const GPU_FIGURES: readonly GpuFigures[];
export declare function withGpuFigures<T extends Partial<GpuSpec> & { model: string; ramGiB: number }>(entry: T): T;
