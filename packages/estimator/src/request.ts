import type { GpuSpec, ModelSpec } from "@akash-sdl/catalog";
import type { MoeArchitecture } from "./moe-architecture.js";

/**
 * What the workload does with the model.
 *
 * @example
 * const t: EstimateTask = "finetune";
 */
export type EstimateTask = "inference" | "finetune";

/**
 * Serving or training engines with their own memory rules (see `engine-profiles.ts`).
 * `ollama` shares llama.cpp's rules with Ollama's defaults.
 *
 * @example
 * const e: EngineName = "sglang";
 */
export type EngineName =
  | "vllm"
  | "sglang"
  | "tgi"
  | "llama.cpp"
  | "ollama"
  | "transformers"
  | "diffusers"
  | "openai-whisper"
  | "faster-whisper"
  | "tei";

/**
 * Weight formats: plain dtypes, weight-only integer formats (`int4` = AWQ/GPTQ-style 4-bit with
 * group-128 scales), bitsandbytes `nf4`, MXFP4 (gpt-oss experts) and GGUF quantisation types.
 *
 * @example
 * const f: WeightFormat = "q4_k_m";
 */
export type WeightFormat =
  | "fp32"
  | "bf16"
  | "fp16"
  | "fp8"
  | "int8"
  | "int4"
  | "awq"
  | "gptq"
  | "nf4"
  | "mxfp4"
  | "q8_0"
  | "q6_k"
  | "q5_k_m"
  | "q5_k_s"
  | "q4_k_m"
  | "q4_k_s"
  | "q4_0"
  | "iq4_xs"
  | "q3_k_l"
  | "q2_k";

/**
 * KV-cache element types; `auto` follows the engine (16-bit for every engine modelled here).
 *
 * @example
 * const d: KvCacheDtype = "fp8";
 */
export type KvCacheDtype = "auto" | "fp32" | "bf16" | "fp16" | "fp8" | "q8_0" | "q4_0";

/**
 * Fine-tuning methods.
 *
 * @example
 * const m: FinetuneMethod = "qlora";
 */
export type FinetuneMethod = "full" | "lora" | "qlora";

/**
 * Optimisers with different state sizes.
 *
 * @example
 * const o: OptimizerName = "adamw-8bit";
 */
export type OptimizerName = "adamw" | "adamw-8bit" | "sgd" | "adafactor";

/**
 * Diffusion pipelines can keep only the running component on the GPU.
 *
 * @example
 * const o: DiffusionOffload = "model";
 */
export type DiffusionOffload = "none" | "model" | "sequential";

/**
 * A model described inline instead of by catalogue id. Only the numbers the estimate needs are
 * required: `params` (or enough architecture to count them), and for the KV cache `layers`,
 * `kvHeads`, `headDim`. The optional fields refine special attention and MoE layouts.
 *
 * @example
 * const arch: ModelArchitecture = { id: "my-7b", layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 8, headDim: 128, vocab: 32000, intermediateSize: 14336, maxContext: 32768 };
 */
export interface ModelArchitecture
  extends Partial<Omit<ModelSpec, "aliases" | "source" | "notes" | "officialVramGB" | "kvBytesPerTokenBf16">> {
  /** MLP kind: `gated` (SwiGLU/GeGLU, 3 matrices) or `plain` (2 matrices). */
  readonly mlp?: "gated" | "plain";
  /** Attention kind: `mla` caches one latent of `headDim` elements per layer (DeepSeek). */
  readonly attention?: "gqa" | "mla";
  /** One layer in this many uses full attention; the others use `slidingWindow` (Gemma 3: 6). */
  readonly globalLayerEvery?: number;
  /** MoE layout (expert width, shared experts, dense layers, MLA sizes); default: the sourced table for catalogue ids. */
  readonly moe?: MoeArchitecture;
}

/**
 * Constraints on the GPUs a plan may use.
 *
 * @example
 * const c: EstimateConstraints = { gpuModels: ["h100", "a100:80"], maxGpusPerNode: 8 };
 */
export interface EstimateConstraints {
  /** Akash GPU model names allowed (`h100`, `rtx4090`); an entry may pin memory as `a100:80`. */
  readonly gpuModels?: readonly string[];
  /** Pin the total GPU count (the plan is returned even when it does not fit). */
  readonly gpuCount?: number;
  /** GPUs per node (default 8); larger counts span nodes with pipeline parallelism. */
  readonly maxGpusPerNode?: number;
  /** Largest total GPU count to consider (default 32). */
  readonly maxGpus?: number;
  /** Budget in the price table's currency per hour for the whole plan. */
  readonly budgetPerHour?: number;
  /** Also consider GPUs missing from the Akash provider database (L40S, L4, MI300X ...). */
  readonly includeUnofferedGpus?: boolean;
}

/**
 * Prices per GPU-hour keyed `model`, `model:ramGi` or `model:ramGi:interface` (most specific wins).
 *
 * @example
 * const prices: PriceTable = { h100: 2.2, "a100:80": 1.3 };
 */
export type PriceTable = Readonly<Record<string, number>>;

/**
 * One estimation request. Everything but `model` has a default.
 *
 * @example
 * const req: EstimateRequest = { model: "llama-3.1-8b", engine: "vllm", context: 8192, concurrency: 4 };
 */
export interface EstimateRequest {
  /** Catalogue id or alias (variants such as `-Instruct-FP8` resolve too), or an inline architecture. */
  readonly model: string | ModelArchitecture;
  readonly task?: EstimateTask;
  readonly engine?: EngineName | string;
  /** Weight format; default: the published dtype (GGUF `q4_k_m` for llama.cpp/Ollama). */
  readonly dtype?: WeightFormat | string;
  readonly kvDtype?: KvCacheDtype | string;
  /** Tokens per sequence the KV cache must hold (default: the engine's default context). */
  readonly context?: number;
  /** Sequences served at once (default 1). */
  readonly concurrency?: number;
  /** Prompt length for the prefill and decode speed figures (default min(context, 1024)). */
  readonly promptTokens?: number;
  /**
   * Tokens generated per request for the decode speed figure (default min(context − prompt, 256)):
   * each step reads the KV cache of the mean sequence, prompt + output / 2.
   */
  readonly outputTokens?: number;
  /** Share of GPU memory the engine may take (vLLM `--gpu-memory-utilization`, SGLang `--mem-fraction-static`). */
  readonly gpuMemoryUtilization?: number;
  /**
   * Sequences the engine schedules at once (vLLM `--max-num-seqs`); default: the engine's (vLLM
   * 1024 on ≥ 70 GiB GPUs other than A100, 256 elsewhere; 256 on vLLM before v0.8). vLLM warms the
   * sampler up for this many sequences, which costs memory on large-vocabulary models.
   */
  readonly maxNumSeqs?: number;
  /** Tokens per scheduler step (vLLM `--max-num-batched-tokens`); default: the engine's (vLLM 8192 / 2048). */
  readonly maxBatchedTokens?: number;
  readonly method?: FinetuneMethod | string;
  readonly optimizer?: OptimizerName | string;
  /** Fine-tuning sequence length (default min(context ?? 2048, model max)). */
  readonly sequenceLength?: number;
  /** Fine-tuning micro-batch per GPU (default 1). */
  readonly microBatch?: number;
  /** Fine-tuning activation checkpointing (default true). */
  readonly gradientCheckpointing?: boolean;
  /** LoRA rank (default 16; 64 for QLoRA as in the QLoRA paper). */
  readonly loraRank?: number;
  /** Diffusion: image side in pixels (default: the model's) and images per batch (default 1). */
  readonly resolution?: number;
  readonly batchSize?: number;
  readonly offload?: DiffusionOffload | string;
  /** Diffusion: `enable_vae_slicing()` (decode the batch one image at a time). */
  readonly vaeSlicing?: boolean;
  /** Diffusion: `enable_vae_tiling()` (decode in tiles of the VAE's sample size). */
  readonly vaeTiling?: boolean;
  /** Diffusion: a tiny autoencoder (TAESD, TAESDXL, TAEF1) instead of the VAE. */
  readonly tinyVae?: boolean;
  /** Diffusion: denoising steps (default: the pipeline's, 50 for SD/SDXL, 28 for FLUX.1-dev, 4 for schnell). */
  readonly steps?: number;
  readonly constraints?: EstimateConstraints;
  readonly prices?: PriceTable;
}

/**
 * Where the estimate looks GPUs and models up; defaults to `@akash-sdl/catalog`.
 *
 * @example
 * const catalog: EstimateCatalog = { gpus: GPUS, models: MODELS, findModel, suggestModels };
 */
export interface EstimateCatalog {
  readonly gpus: readonly GpuSpec[];
  /** The catalogue model for an id or alias, if any. */
  readonly findModel: (idOrAlias: string) => ModelSpec | undefined;
  readonly models: readonly ModelSpec[];
  /** Close catalogue ids for a name that matched none ("did you mean"). */
  readonly suggestModels: (query: string, limit?: number) => readonly string[];
}
