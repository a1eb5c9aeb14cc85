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
  /**
   * The engine the reference's form implies: `ollama` for Ollama tags and `hf.co/…:QUANT`
   * (Ollama's Hugging Face syntax), `llama.cpp` for `*-GGUF` repos and `*.gguf` files.
   */
  readonly engine?: "ollama" | "llama.cpp";
  /** The known variant the reference names; `spec` then carries the variant's maximum context. */
  readonly knownVariant?: ModelVariant;
}

/** Name tokens that mark a variant of the same architecture. */
const VARIANT_TOKENS = new Set([
  "instruct",
  "chat",
  "it",
  "hf",
  "base",
  "thinking",
  "latest",
  "dynamic",
  "hybrid",
  "text",
]);

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
 * const p: ParsedModelRef = { key: "llama318b", format: "q4_k_m", ollamaTag: true, gguf: true };
 */
export interface ParsedModelRef {
  /** Lower-case name without organisation, variant and format words or punctuation. */
  readonly key: string;
  /** Weight format the name states. */
  readonly format?: WeightFormat;
  /** `true` for an Ollama tag (`qwen3:30b-a3b`) or Ollama's `hf.co/{user}/{repo}:{quant}` form. */
  readonly ollamaTag: boolean;
  /** `true` when the name is a GGUF repo, file or quantisation (`*-GGUF`, `*.gguf`, `:Q4_K_M`). */
  readonly gguf: boolean;
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
  let name = ref
    .trim()
    .toLowerCase()
    .replace(/^(?:https?:\/\/)?(?:www\.)?/, "");
  // Ollama pulls GGUF repos as `hf.co/{user}/{repo}:{quant}` (Ollama docs, "Use Ollama with any
  // GGUF model on Hugging Face Hub"); a bare `name:tag` is an Ollama library tag.
  const hfPrefix = /^(?:hf\.co|huggingface\.co)\//.test(name);
  const ollamaTag =
    (!name.includes("/") && /^[a-z0-9.\-_]+:[a-z0-9.\-_]+$/.test(name)) || (hfPrefix && name.includes(":"));
  if (name.includes("/")) name = name.slice(name.lastIndexOf("/") + 1);
  // A file name: `Model-Q4_K_M.gguf`, split files `…-00001-of-00003.gguf`.
  const ggufFile = /\.gguf$/.test(name);
  name = name.replace(/\.gguf$/, "").replace(/-\d{5}-of-\d{5}$/, "");
  let format: WeightFormat | undefined;
  // GGUF quantisation names contain underscores (`q4_k_m`, unsloth's `UD-Q4_K_XL`); take them
  // out before splitting.
  const quant = /(?:^|[-_:.])((?:ud-)?(?:q\d_k_(?:xl|[sml])|q\d_k|q\d_\d|iq\d_[a-z]+|bf16|f16))(?=$|[-_:.])/.exec(name);
  const ggufQuant = quant?.[1] !== undefined && !/^(bf16|f16)$/.test(quant[1]);
  const gguf = ggufFile || ggufQuant || /(?:^|[-_.])gguf(?=$|[-_:.])/.test(name);
  if (quant?.[1] && (gguf || ggufQuant)) {
    format = parseWeightFormat(quant[1].replace(/^ud-/, ""));
    name = name.replace(quant[1], "");
  }
  name = name.replace(/[-_:.]+$/, "");
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
  return { key, ...(format ? { format } : {}), ollamaTag, gguf };
}

/**
 * Finds the catalogue model for an id, alias or variant name. Exact ids and aliases come first
 * (`findModel`); otherwise names are matched after {@link parseModelRef}. Ollama tags and GGUF
 * references without a quantisation default to Q4_K_M (MXFP4 for gpt-oss), and the reference's
 * form names the engine (`ollama` or `llama.cpp`).
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
  const spec =
    base ??
    (parsed.key
      ? catalog.models.find(
          (m) => parseModelRef(m.id).key === parsed.key || m.aliases.some((a) => parseModelRef(a).key === parsed.key),
        )
      : undefined);
  if (!spec) return undefined;
  const format = parsed.format ?? (parsed.ollamaTag || parsed.gguf ? defaultGgufFormat(spec) : undefined);
  const engine = parsed.ollamaTag ? "ollama" : parsed.gguf ? "llama.cpp" : undefined;
  return {
    spec: known && base ? { ...base, maxContext: known.maxContext } : spec,
    variant: true,
    ollamaTag: parsed.ollamaTag,
    ...(format ? { format } : {}),
    ...(engine ? { engine } : {}),
    ...(known && base ? { knownVariant: known } : {}),
  };
}

/**
 * The weights a GGUF reference without a quantisation gets: Q4_K_M (Ollama library tags and the
 * usual llama.cpp pick), except gpt-oss, whose GGUF files keep the MXFP4 experts (ggml-org/gpt-oss
 * GGUF repos; Ollama's `gpt-oss:20b` is a 14 GB MXFP4 download).
 */
function defaultGgufFormat(spec: ModelSpec): WeightFormat {
  return /mxfp4/i.test(spec.dtype) ? "mxfp4" : "q4_k_m";
}
