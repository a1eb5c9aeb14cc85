import type { ModelSpec } from "@akash-sdl/catalog";
import { parseWeightFormat } from "./formats.js";
import { findModelVariant, type ModelVariant } from "./model-variants.js";
import type { WeightFormat } from "./request.js";

/**
 * A catalogue model found for a reference, with what the reference's name adds.
 *
 * @example
 * const quantised = (r: ResolvedModel): boolean => r.format !== undefined;
 */
export interface ResolvedModel {
  readonly spec: ModelSpec;
  /** `true` when the reference names a variant (instruct, dated, quantised) rather than the id or an alias. */
  readonly variant: boolean;
  /** Weight format the name states (`-FP8`, `-AWQ-INT4`, `:8b-q8_0`), or Ollama's default Q4_K_M for a bare tag. */
  readonly format?: WeightFormat;
  /** `true` for an Ollama tag (`llama3.1:8b`). */
  readonly ollamaTag: boolean;
  /** The known variant the reference names; `spec` then carries the variant's maximum context. */
  readonly knownVariant?: ModelVariant;
}

/** Name tokens that mark a variant of the same architecture. */
const VARIANT_TOKENS = new Set(["instruct", "chat", "it", "hf", "base", "thinking", "latest", "dynamic", "hybrid", "text"]);

/** Name tokens that state a weight format (quantised checkpoint names). */
const FORMAT_TOKENS: ReadonlyArray<readonly [RegExp, WeightFormat]> = [
  [/^(awq)$/, "awq"],
  [/^(gptq)$/, "gptq"],
  [/^(fp8|float8|w8a8-fp8)$/, "fp8"],
  [/^(int8|w8a8|8bit)$/, "int8"],
  [/^(int4|w4a16)$/, "int4"],
  [/^(bnb|4bit|nf4)$/, "nf4"],
  [/^(mxfp4)$/, "mxfp4"],
];

/**
 * A model reference reduced to a matching key and what its name says about the format.
 *
 * @example
 * const p: ParsedModelRef = { key: "llama318b", format: "q4_k_m", ollamaTag: true };
 */
export interface ParsedModelRef {
  readonly key: string;
  readonly format?: WeightFormat;
  readonly ollamaTag: boolean;
}

/**
 * Normalises a model reference for matching: drops the organisation, a leading `Meta-` before
 * `Llama`, variant words (`Instruct`, `it`, dates such as `2507`) and format words, then all
 * punctuation — so `hugging-quants/Meta-Llama-3.1-405B-Instruct-AWQ-INT4` and `llama3.1:405b`
 * both become `llama31405b`.
 *
 * @example
 * parseModelRef("Qwen/Qwen3-235B-A22B-Instruct-2507-FP8").key; // "qwen3235ba22b"
 */
export function parseModelRef(ref: string): ParsedModelRef {
  let name = ref.trim().toLowerCase();
  const ollamaTag = !name.includes("/") && /^[a-z0-9.\-_]+:[a-z0-9.\-_]+$/.test(name);
  if (name.includes("/")) name = name.slice(name.lastIndexOf("/") + 1);
  let format: WeightFormat | undefined;
  // GGUF quantisation names contain underscores (`q4_k_m`); take them out before splitting.
  const gguf = /(?:^|[-_:.])(q\d_k_[sml]|q\d_k|q\d_\d|iq\d_[a-z]+)(?=$|[-_:.])/.exec(name);
  if (gguf?.[1]) {
    format = parseWeightFormat(gguf[1]);
    name = name.replace(gguf[1], "");
  }
  const tokens: string[] = [];
  for (const tok of name.split(/[-_:\s]+/)) {
    if (!tok) continue;
    const fmt = FORMAT_TOKENS.find(([re]) => re.test(tok))?.[1];
    if (fmt) {
      format = format === "int4" && (fmt === "awq" || fmt === "gptq") ? fmt : (format ?? fmt);
      continue;
    }
    if (tok === "gguf" || VARIANT_TOKENS.has(tok) || /^\d{4}$/.test(tok)) continue;
    tokens.push(tok);
  }
  if (tokens[0] === "meta" && tokens[1]?.startsWith("llama")) tokens.shift();
  const key = tokens.join("").replace(/[^a-z0-9]/g, "");
  return { key, ...(format ? { format } : {}), ollamaTag };
}

/**
 * Finds the catalogue model for an id, alias or variant name. Exact ids and aliases come first
 * (`findModel`); otherwise names are matched after {@link parseModelRef}. Ollama tags without a
 * quantisation default to Q4_K_M, the format of Ollama's library tags.
 *
 * @example
 * resolveModelRef("meta-llama/Meta-Llama-3.1-405B-Instruct-FP8", catalog)?.format; // "fp8"
 */
export function resolveModelRef(
  ref: string,
  catalog: { readonly findModel: (id: string) => ModelSpec | undefined; readonly models: readonly ModelSpec[] },
): ResolvedModel | undefined {
  const exact = catalog.findModel(ref) ?? catalog.models.find((m) => m.id.toLowerCase() === ref.trim().toLowerCase());
  if (exact) return { spec: exact, variant: false, ollamaTag: false };
  const parsed = parseModelRef(ref);
  const known = findModelVariant(ref);
  const base = known && catalog.models.find((m) => m.id === known.base);
  if (known && base) {
    const format = parsed.format ?? (parsed.ollamaTag ? "q4_k_m" : undefined);
    return { spec: { ...base, maxContext: known.maxContext }, variant: true, ollamaTag: parsed.ollamaTag, knownVariant: known, ...(format ? { format } : {}) };
  }
  if (!parsed.key) return undefined;
  const spec = catalog.models.find(
    (m) => parseModelRef(m.id).key === parsed.key || m.aliases.some((a) => parseModelRef(a).key === parsed.key),
  );
  if (!spec) return undefined;
  const format = parsed.format ?? (parsed.ollamaTag ? "q4_k_m" : undefined);
  return { spec, variant: true, ollamaTag: parsed.ollamaTag, ...(format ? { format } : {}) };
}
