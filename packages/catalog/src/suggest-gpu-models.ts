import type { GpuVendor } from "./gpu-spec.js";
import { gpuModelNames } from "./gpu-model-names.js";
import { rankSuggestions, type SuggestionCandidate } from "./rank-suggestions.js";

// The candidates of each vendor, built once (the catalogue is constant).
const candidatesByVendor = new Map<GpuVendor, readonly SuggestionCandidate[]>();

/**
 * Closest provider-DB model names of a vendor to an unknown model name, for "did you mean"
 * hints (same scoring as {@link suggestModels}); closest first, at most `limit`, may be empty.
 *
 * @example
 * suggestGpuModels("nvidia", "h10");        // ["h100", ...]
 * suggestGpuModels("nvidia", "rtx-4090");   // ["rtx4090", ...]
 */
export function suggestGpuModels(vendor: GpuVendor, query: string, limit = 3): readonly string[] {
  let candidates = candidatesByVendor.get(vendor);
  if (candidates === undefined) {
    candidates = gpuModelNames(vendor).map((name) => ({ names: [name] }));
    candidatesByVendor.set(vendor, candidates);
  }
  return rankSuggestions(query.toLowerCase(), candidates, limit);
}
