/**
 * Facts that differ between a catalogue model and a later release of the same architecture.
 * The catalogue keeps one entry per architecture; a variant with a longer native context
 * (Qwen3 "2507" releases, Phi-3 "128k", Qwen2.5 "1M") is sized with the base architecture
 * and the variant's own `max_position_embeddings`, so no false "context too long" appears.
 *
 * @example
 * const c = (v: ModelVariant): number => v.maxContext;
 */
export interface ModelVariant {
  /** Catalogue id of the architecture the variant shares. */
  readonly base: string;
  /** Matches the variant's name (without the organisation), case-insensitive. */
  readonly pattern: RegExp;
  /** The variant's native maximum context in tokens (`max_position_embeddings`). */
  readonly maxContext: number;
  /** Where the figure comes from. */
  readonly source: string;
}

const QWEN3_2507 =
  'Hugging Face model cards and config.json of Qwen/Qwen3-*-2507 (Instruct and Thinking): "Context Length: 262,144 natively", max_position_embeddings 262144';
const PHI3_128K =
  "Hugging Face config.json of microsoft/Phi-3-{mini,medium}-128k-instruct: max_position_embeddings 131072 (LongRoPE)";
const QWEN25_1M = "Hugging Face config.json of Qwen/Qwen2.5-{7B,14B}-Instruct-1M: max_position_embeddings 1010000";

/**
 * Known variants whose maximum context differs from their catalogue base.
 *
 * @example
 * MODEL_VARIANTS.some((v) => v.maxContext === 262_144); // true
 */
export const MODEL_VARIANTS: readonly ModelVariant[] = [
  {
    base: "Qwen/Qwen3-235B-A22B",
    pattern: /^qwen3-235b-a22b-(instruct|thinking)-2507\b/i,
    maxContext: 262_144,
    source: QWEN3_2507,
  },
  {
    base: "Qwen/Qwen3-30B-A3B",
    pattern: /^qwen3-30b-a3b-(instruct|thinking)-2507\b/i,
    maxContext: 262_144,
    source: QWEN3_2507,
  },
  { base: "Qwen/Qwen3-4B", pattern: /^qwen3-4b-(instruct|thinking)-2507\b/i, maxContext: 262_144, source: QWEN3_2507 },
  { base: "microsoft/Phi-3-mini-4k-instruct", pattern: /^phi-3-mini-128k\b/i, maxContext: 131_072, source: PHI3_128K },
  {
    base: "microsoft/Phi-3-medium-4k-instruct",
    pattern: /^phi-3-medium-128k\b/i,
    maxContext: 131_072,
    source: PHI3_128K,
  },
  { base: "Qwen/Qwen2.5-7B", pattern: /^qwen2\.5-7b-instruct-1m\b/i, maxContext: 1_010_000, source: QWEN25_1M },
  { base: "Qwen/Qwen2.5-14B", pattern: /^qwen2\.5-14b-instruct-1m\b/i, maxContext: 1_010_000, source: QWEN25_1M },
];

/**
 * The variant a model reference names, if any: the organisation, an `hf.co/` prefix and a
 * `:quant` or `.gguf` suffix are ignored and an Ollama tag is read as `name-tag`, so GGUF,
 * FP8 and Ollama forms of a variant match too.
 *
 * @example
 * findModelVariant("Qwen/Qwen3-235B-A22B-Instruct-2507-FP8")?.maxContext; // 262144
 */
export function findModelVariant(ref: string): ModelVariant | undefined {
  let name = ref.trim();
  if (name.includes("/")) name = name.slice(name.lastIndexOf("/") + 1).replace(/:.*$/, "");
  // An Ollama tag names the variant after the colon: `qwen3:235b-a22b-instruct-2507-q4_K_M`.
  else name = name.replace(":", "-");
  name = name.replace(/\.gguf$/i, "");
  return MODEL_VARIANTS.find((v) => v.pattern.test(name));
}
