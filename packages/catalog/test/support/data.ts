import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * The shared data folder: `$AKASH_SDL_DATA`, else `../shared/data` beside the repository.
 * Tests that need it skip with a visible message when it is absent.
 */
export const DATA_DIR: string = resolve(
  process.env["AKASH_SDL_DATA"] ?? join(import.meta.dirname, "../../../../../shared/data"),
);

/** `true` when the data folder exists. */
export const HAS_DATA: boolean = existsSync(join(DATA_DIR, "models.json"));

if (!HAS_DATA) {
  console.warn(`[akash-sdl tests] data not found at ${DATA_DIR}: catalog data tests are skipped (set AKASH_SDL_DATA)`);
}

/** Parses a JSON file of the data folder (only call when {@link HAS_DATA}). */
export function readData<T>(rel: string): T {
  return JSON.parse(readFileSync(join(DATA_DIR, rel), "utf8")) as T;
}

/** The provider GPU database shape. */
export type ProviderDb = Record<
  string,
  { name: string; devices: Record<string, { name: string; interface: string; memory_size: string }> }
>;

/** One curated gpus.json entry (the fields the tests look at). */
export interface CuratedGpu {
  vendor: string;
  model: string;
  ramGiB: number;
  interface: string;
  pciIds: string[];
  inAkashProviderGpuDb: boolean;
  bandwidthGBs: number | null;
  fp16Tflops: number | null;
  fp16TflopsFp16Accumulate?: number;
}

/** Provider DB (only call when {@link HAS_DATA}). */
export const providerDb = (): ProviderDb => readData<ProviderDb>("provider-configs/devices/pcie/gpus.json");
/** Curated GPU figures (only call when {@link HAS_DATA}). */
export const curatedGpus = (): CuratedGpu[] => readData<CuratedGpu[]>("gpus.json");
/** Curated models (only call when {@link HAS_DATA}). */
export const sourceModels = (): Record<string, unknown>[] => readData<Record<string, unknown>[]>("models.json");
