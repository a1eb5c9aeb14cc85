// Types for scripts/generate-catalog.mjs (used by the tests).
import type { GpuInterface, GpuSku, GpuSpec } from "../src/gpu-spec.js";
import type { ModelSpec } from "../src/model-spec.js";

export declare const PACKAGE_DIR: string;
export declare const PROVIDER_DB_PATH: string;
export declare const CURATED_GPUS_PATH: string;
export declare const MODELS_PATH: string;
export declare const OUTPUT_GPUS: string;
export declare const OUTPUT_GPU_SKUS: string;
export declare const OUTPUT_MODELS: string;
export declare function resolveDataDir(arg?: string): string;
export declare function normalizeInterface(raw: string): GpuInterface;
export declare function parseMemoryGiB(raw: string): number;
export declare function normalizePciId(raw: string): string;
export declare function compareGpus(a: GpuSpec, b: GpuSpec): number;
export declare function buildGpus(providerDb: unknown, curated: readonly unknown[]): GpuSpec[];
export declare function toGpuSkus(gpus: readonly GpuSpec[]): GpuSku[];
export declare function toGpuDetails(gpus: readonly GpuSpec[]): Omit<GpuSpec, keyof GpuSku>[];
export declare function primaryAlias(id: string): string;
export declare function derivedAliases(primary: string): string[];
export declare function buildAliases(ids: readonly string[]): Map<string, string[]>;
export declare function buildModels(models: readonly unknown[]): ModelSpec[];
export declare function toTsLiteral(value: unknown, indent?: string): string;
export declare function readSourceMd(
  path: string,
): { repo: string | undefined; commit: string | undefined; sha256: Map<string, string> } | undefined;
export declare function generateCatalog(dataDir: string): Record<string, string>;
