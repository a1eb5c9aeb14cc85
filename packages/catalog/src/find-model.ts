import { MODELS } from "./generated/models.js";
import type { ModelSpec } from "./model-spec.js";

/**
 * Finds a catalogued model by its Hugging Face id (exact, then case-insensitive) or by one of its
 * aliases (case-insensitive). Surrounding whitespace is ignored. Returns `undefined` when nothing
 * matches; use {@link suggestModels} for "did you mean" hints.
 *
 * @example
 * findModel("meta-llama/Llama-3.1-8B")?.params; // 8030261248
 * findModel("LLAMA-3-8B")?.id;                 // "meta-llama/Meta-Llama-3-8B"
 * findModel("no-such-model");                  // undefined
 */
export function findModel(idOrAlias: string): ModelSpec | undefined {
  const query = idOrAlias.trim();
  if (query === "") return undefined;
  const exact = MODELS.find((m) => m.id === query);
  if (exact !== undefined) return exact;
  const lower = query.toLowerCase();
  return MODELS.find((m) => m.id.toLowerCase() === lower) ?? MODELS.find((m) => m.aliases.includes(lower));
}
