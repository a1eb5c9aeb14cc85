import type { ModelSpec } from "@akash-sdl/catalog";
import { parseModelRef } from "./resolve-model.js";

/**
 * Catalogue models of the same family as an unknown reference, nearest in size first:
 * `qwen2.5-9b` → Qwen2.5-7B, Qwen2.5-14B; `llama3.1:13b` → Llama-3.1-8B, Llama-3.1-70B. The family
 * is the name before its size token (`9b`, `1.5b`); `[]` when the name states no size or no
 * catalogue model shares the family.
 *
 * @example
 * suggestByFamilyAndSize("Qwen/Qwen2.5-9B-Instruct", MODELS, 2); // ["Qwen/Qwen2.5-7B", "Qwen/Qwen2.5-14B"]
 */
export function suggestByFamilyAndSize(ref: string, models: readonly ModelSpec[], limit = 3): string[] {
  let name = ref.trim().toLowerCase();
  if (name.includes("/")) name = name.slice(name.lastIndexOf("/") + 1);
  const m = /(^|[-_:.])(\d+(?:\.\d+)?)b(?![a-z0-9])/.exec(name);
  if (!m?.[2]) return [];
  const size = Number(m[2]) * 1e9;
  const family = parseModelRef(name.slice(0, m.index)).key;
  if (!family || !(size > 0)) return [];
  return models
    .filter(
      (x) =>
        x.task === "text-generation" &&
        parseModelRef(x.id).key.startsWith(family) &&
        /^\d/.test(parseModelRef(x.id).key.slice(family.length)),
    )
    .sort((a, b) => Math.abs(Math.log(a.params / size)) - Math.abs(Math.log(b.params / size)))
    .slice(0, limit)
    .map((x) => x.id);
}
