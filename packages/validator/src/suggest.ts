import { suggestKey } from "@akash-sdl/core";

/**
 * Hints for a name that points nowhere: "did you mean …?" when a close name exists, else the
 * fallback advice.
 *
 * @example
 * suggestionHint("wbe", ["web"], "Define it"); // ["Did you mean 'web'?"]
 */
export function suggestionHint(name: string, candidates: readonly string[], fallback: string): string[] {
  const best = suggestKey(name, candidates);
  return best === undefined ? [`${fallback}.`] : [`Did you mean '${best}'?`];
}
