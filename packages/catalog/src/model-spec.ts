/**
 * What a catalogue model does.
 *
 * @example
 * const task: ModelTask = "text-generation";
 */
export type ModelTask = "text-generation" | "speech-to-text" | "text-to-image" | "embedding";

/**
 * One AI model with the architecture numbers the estimator needs. Numbers that a model family
 * does not have (e.g. `kvHeads` of a diffusion model) are absent.
 *
 * @example
 * const m: ModelSpec = { id: "meta-llama/Meta-Llama-3-8B", aliases: ["llama-3-8b"], family: "llama3", task: "text-generation", params: 8030261248, activeParams: 8030261248, maxContext: 8192, dtype: "bfloat16", source: "…" };
 */
export interface ModelSpec {
  /** Hugging Face id, e.g. `meta-llama/Llama-3.1-8B-Instruct`. */
  readonly id: string;
  /** Short names accepted on the command line, e.g. `llama-3.1-8b`. Lower-case, unique. */
  readonly aliases: readonly string[];
  /** Model family, e.g. `llama3.1`, `qwen3-moe`, `whisper`. */
  readonly family: string;
  /** What the model does. */
  readonly task: ModelTask;
  /** Total parameter count. */
  readonly params: number;
  /** Parameters active per token (MoE); equals `params` for dense models; absent when not applicable. */
  readonly activeParams?: number;
  /** Transformer layers (for encoder-decoder models such as Whisper: the encoder's; see `encoderLayers`, `decoderLayers`). */
  readonly layers?: number;
  /** Hidden size (d_model). */
  readonly hiddenSize?: number;
  /** Attention heads. */
  readonly heads?: number;
  /** Key/value heads (GQA); equals `heads` without GQA. */
  readonly kvHeads?: number;
  /** Dimension of one head. */
  readonly headDim?: number;
  /** Vocabulary size. */
  readonly vocab?: number;
  /** Longest supported context, in tokens. */
  readonly maxContext: number;
  /** Published weight dtype, as the source states it (e.g. `bfloat16`, `float8_e4m3fn`). */
  readonly dtype: string;
  /** KV-cache bytes per token at 16-bit precision, when the source states it. */
  readonly kvBytesPerTokenBf16?: number;
  /** MLP intermediate size. */
  readonly intermediateSize?: number;
  /** `true` when input and output embeddings share weights. */
  readonly tieEmbeddings?: boolean;
  /** Sliding-window size (tokens) for layers that use local attention. */
  readonly slidingWindow?: number;
  /** Number of experts (MoE). */
  readonly experts?: number;
  /** Experts routed per token (MoE). */
  readonly expertsPerToken?: number;
  /** Encoder layers (encoder-decoder models such as Whisper). */
  readonly encoderLayers?: number;
  /** Decoder layers (encoder-decoder models). */
  readonly decoderLayers?: number;
  /** VRAM the authors state is required, in GB. */
  readonly officialVramGB?: number;
  /** Audio context frames (Whisper). */
  readonly audioContextFrames?: number;
  /** Parameter counts of sub-models (diffusion: `unet`, `text_encoder`, `vae`, ...). */
  readonly components?: Readonly<Record<string, number>>;
  /** Default image resolution in pixels (diffusion). */
  readonly defaultResolution?: number;
  /** Where the numbers come from. */
  readonly source: string;
  /** Free-text remarks. */
  readonly notes?: string;
}
