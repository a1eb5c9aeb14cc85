/**
 * How a model family is put together, where the catalogue's numbers do not say it.
 *
 * @example
 * const t: FamilyTraits = { kind: "decoder", mlp: "gated", attention: "gqa", positions: "rope", globalLayerEvery: 6 };
 */
export interface FamilyTraits {
  /** `decoder` LLM, `encoder` (BERT-style embedding model), `encoder-decoder` (Whisper), `diffusion` pipeline. */
  readonly kind: "decoder" | "encoder" | "encoder-decoder" | "diffusion";
  /** `gated` MLPs have three matrices (SwiGLU/GeGLU), `plain` two (GELU). */
  readonly mlp: "gated" | "plain";
  /** MLP width as a multiple of the hidden size when `intermediateSize` is not given. */
  readonly intermediateFactor?: number;
  /** `mla`: one compressed latent per token and layer (DeepSeek-V2/V3), replicated across TP ranks. */
  readonly attention: "gqa" | "mla";
  /**
   * One layer in this many attends globally; the others attend within a window. Absent with a
   * `slidingWindow` means every layer is windowed (Mistral-7B-v0.1).
   */
  readonly globalLayerEvery?: number;
  /** Window (tokens) when the catalogue gives none (Llama 4 chunked attention). */
  readonly window?: number;
  /** `learned` absolute position embeddings (BERT, Whisper decoder) add `positions × hidden` params. */
  readonly positions: "learned" | "rope";
}

const DECODER: FamilyTraits = { kind: "decoder", mlp: "gated", attention: "gqa", positions: "rope" };

/**
 * Family facts with their sources. Only structure lives here; sizes come from the catalogue.
 * - gemma2: alternating local (4096) / global layers — Gemma 2 report; HF `Gemma2Config`.
 * - gemma3: 5 local (1024; 512 for 1B) : 1 global — Gemma 3 report; `sliding_window_pattern` 6.
 * - gpt-oss: alternating banded-window (128) / dense layers — OpenAI gpt-oss model card.
 * - llama4: 3 of 4 layers use chunked attention, chunk 8192 — HF `Llama4TextConfig.attention_chunk_size`.
 * - deepseek-v3/v2, kimi-k2: multi-head latent attention (kv_lora_rank 512 + rope 64) — MaxText `deepseek3-671b.yml`.
 * - falcon: GELU MLP of 4 × hidden — Falcon modelling code (`dense_h_to_4h`).
 * - bge, minilm (BERT), nomic-bert (SwiGLU, rotary), whisper (GELU, learned decoder positions).
 */
const TRAITS: Readonly<Record<string, FamilyTraits>> = {
  gemma2: { ...DECODER, globalLayerEvery: 2 },
  gemma3: { ...DECODER, globalLayerEvery: 6 },
  "gpt-oss": { ...DECODER, globalLayerEvery: 2 },
  llama4: { ...DECODER, globalLayerEvery: 4, window: 8192 },
  "deepseek-v3": { ...DECODER, attention: "mla" },
  "deepseek-v2": { ...DECODER, attention: "mla" },
  "kimi-k2": { ...DECODER, attention: "mla" },
  falcon: { ...DECODER, mlp: "plain", intermediateFactor: 4 },
  bge: { kind: "encoder", mlp: "plain", intermediateFactor: 4, attention: "gqa", positions: "learned" },
  minilm: { kind: "encoder", mlp: "plain", intermediateFactor: 4, attention: "gqa", positions: "learned" },
  bert: { kind: "encoder", mlp: "plain", intermediateFactor: 4, attention: "gqa", positions: "learned" },
  "nomic-bert": { kind: "encoder", mlp: "gated", intermediateFactor: 4, attention: "gqa", positions: "rope" },
  whisper: { kind: "encoder-decoder", mlp: "plain", intermediateFactor: 4, attention: "gqa", positions: "learned" },
  "stable-diffusion": { kind: "diffusion", mlp: "plain", attention: "gqa", positions: "rope" },
  flux: { kind: "diffusion", mlp: "plain", attention: "gqa", positions: "rope" },
};

const BY_TASK: Readonly<Record<string, FamilyTraits>> = {
  "text-generation": DECODER,
  embedding: { kind: "encoder", mlp: "plain", intermediateFactor: 4, attention: "gqa", positions: "learned" },
  "speech-to-text": TRAITS["whisper"] ?? DECODER,
  "text-to-image": { kind: "diffusion", mlp: "plain", attention: "gqa", positions: "rope" },
};

/**
 * Structural traits of a model family, falling back to the defaults of its task.
 *
 * @example
 * familyTraits("gemma3", "text-generation").globalLayerEvery; // 6
 */
export function familyTraits(family: string | undefined, task: string | undefined): FamilyTraits {
  const f = (family ?? "").toLowerCase();
  const exact = TRAITS[f];
  if (exact) return exact;
  for (const [name, traits] of Object.entries(TRAITS)) {
    if (f.startsWith(name)) return traits;
  }
  return BY_TASK[task ?? "text-generation"] ?? DECODER;
}
