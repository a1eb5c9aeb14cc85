import { MODELS } from "./generated/models.js";
import { rankSuggestions } from "./rank-suggestions.js";

/**
 * Closest model ids or aliases to a query that {@link findModel} did not resolve, for
 * "did you mean" hints: at most `limit` names, one per model, closest first. Each model is scored
 * by its best name (id or alias) by edit distance, where a name that matches the query up to a
 * `-`/`.`/`/` boundary counts as close (`mistral-7b` suggests `mistral-7b-v0.1`). Far-off names
 * are not suggested, so the result may be empty.
 *
 * @example
 * suggestModels("lama-3.1-8b");     // ["llama-3.1-8b", ...]
 * suggestModels("mistral-7b", 2);   // ["mistral-7b-v0.1", "mistral-7b-instruct"]
 */
export function suggestModels(query: string, limit = 5): readonly string[] {
  return rankSuggestions(
    query,
    MODELS.map((m) => ({ names: [...m.aliases, m.id] })),
    limit,
  );
}
