/**
 * Multi-head latent attention projection sizes (DeepSeek-V2/V3 `config.json`).
 *
 * @example
 * const mla: MlaDims = { qLoraRank: 1536, kvLoraRank: 512, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128 };
 */
export interface MlaDims {
  /** `q_lora_rank`: queries go through a rank-r down/up projection (0: a direct `h × heads·(nope+rope)` projection). */
  readonly qLoraRank: number;
  /** `kv_lora_rank`: width of the compressed key/value latent. */
  readonly kvLoraRank: number;
  /** `qk_nope_head_dim`: per-head query/key width without rotary positions. */
  readonly qkNopeHeadDim: number;
  /** `qk_rope_head_dim`: rotary part, shared by all heads for keys. */
  readonly qkRopeHeadDim: number;
  /** `v_head_dim`: per-head value width. */
  readonly vHeadDim: number;
}

/**
 * MoE layout facts the catalogue does not hold, needed to count a MoE model's parameters.
 *
 * @example
 * const phi: MoeArchitecture = { expertWidth: 6400, source: "transformers configuration_phimoe.py defaults" };
 */
export interface MoeArchitecture {
  /** Width of one routed expert MLP (`moe_intermediate_size`, or `intermediate_size` in Mixtral-style configs). */
  readonly expertWidth: number;
  /** Always-active shared experts per MoE layer (`n_shared_experts`; Llama 4: 1). */
  readonly sharedExperts?: number;
  /** Width of one shared expert (default `expertWidth`). */
  readonly sharedWidth?: number;
  /** Leading layers with a dense MLP instead of experts (`first_k_dense_replace`). */
  readonly firstDenseLayers?: number;
  /** Every n-th layer is MoE, the others dense (`interleave_moe_layer_step`; default 1). */
  readonly moeLayerStep?: number;
  /** Dense-layer MLP width (`intermediate_size`; Llama 4 `intermediate_size_mlp`). */
  readonly denseWidth?: number;
  /** Multi-head latent attention projections (DeepSeek); absent for GQA. */
  readonly mla?: MlaDims;
  /** Biases on the attention projections plus one learned sink per head (gpt-oss). */
  readonly attentionBiasAndSinks?: boolean;
  /** Biases on the expert matrices (gpt-oss `mlp_bias`). */
  readonly expertBias?: boolean;
  /** One bias per expert on the router (gpt-oss router bias, DeepSeek `e_score_correction_bias`). */
  readonly routerBias?: boolean;
  /** Whether the output head shares the input embedding (`tie_word_embeddings`); all tables here: untied. */
  readonly tieEmbeddings?: boolean;
  /** Where the numbers come from (repository@commit path). */
  readonly source: string;
}

const DEEPSEEK_V3: MoeArchitecture = {
  expertWidth: 2048,
  sharedExperts: 1,
  firstDenseLayers: 3,
  denseWidth: 18432,
  mla: { qLoraRank: 1536, kvLoraRank: 512, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128 },
  routerBias: true,
  tieEmbeddings: false,
  source:
    "AI-Hypercomputer/maxtext@5505348a42500a40234286f360e3af6a062dcc08 src/maxtext/configs/models/deepseek3-671b.yml " +
    "(base_moe_mlp_dim 2048, shared_experts 1, first_num_dense_layers 3, base_mlp_dim 18432, q_lora_rank 1536, " +
    "kv_lora_rank 512, qk_nope_head_dim 128, qk_rope_head_dim 64, v_head_dim 128, routed_bias true, " +
    "logits_via_embedding false); MTP module excluded as in deepseek-ai/DeepSeek-V3@0b39205aed0d4b1f9a2798e8551e4059c8f94b0c README_WEIGHTS.md (671B main model)",
};

const GPT_OSS = (source: string): MoeArchitecture => ({
  expertWidth: 2880,
  attentionBiasAndSinks: true,
  expertBias: true,
  routerBias: true,
  tieEmbeddings: false,
  source,
});

const LLAMA4 = (step: number, source: string): MoeArchitecture => ({
  expertWidth: 8192,
  sharedExperts: 1,
  moeLayerStep: step,
  denseWidth: 16384,
  tieEmbeddings: false,
  source,
});

/**
 * Sourced MoE layouts keyed by catalogue model id. Biases that the configs mark but that
 * are below 0.01 % of the total (Phi-3.5-MoE attention biases) are left out.
 *
 * @example
 * MOE_ARCHITECTURES["openai/gpt-oss-20b"]?.expertWidth; // 2880
 */
export const MOE_ARCHITECTURES: Readonly<Record<string, MoeArchitecture>> = {
  "deepseek-ai/DeepSeek-V3": DEEPSEEK_V3,
  "deepseek-ai/DeepSeek-R1": DEEPSEEK_V3,
  "microsoft/Phi-3.5-MoE-instruct": {
    expertWidth: 6400,
    tieEmbeddings: false,
    source:
      "huggingface/transformers@040e1a7e4bb4f48ff62dfbbb1f6f8eff23e894ac src/transformers/models/phimoe/configuration_phimoe.py " +
      "(defaults = microsoft/Phi-3.5-MoE-instruct: intermediate_size 6400, num_local_experts 16, top-2, untied)",
  },
  "openai/gpt-oss-20b": GPT_OSS(
    "AI-Hypercomputer/maxtext@5505348a42500a40234286f360e3af6a062dcc08 src/maxtext/configs/models/gpt-oss-20b.yml " +
      "(base_moe_mlp_dim 2880, attention_bias, attention_sink, mlp_bias, routed_bias, 32 experts top-4, logits_via_embedding false)",
  ),
  "openai/gpt-oss-120b": GPT_OSS(
    "AI-Hypercomputer/maxtext@153e5fe1d7971cbd64fecbe84416dc9f1859b473 src/maxtext/configs/models/gpt-oss-120b.yml " +
      "(base_moe_mlp_dim 2880, attention_bias, attention_sink, mlp_bias, routed_bias, 128 experts top-4, logits_via_embedding false)",
  ),
  "meta-llama/Llama-4-Scout-17B-16E-Instruct": LLAMA4(
    1,
    "AI-Hypercomputer/maxtext@5505348a42500a40234286f360e3af6a062dcc08 src/maxtext/configs/models/llama4-17b-16e.yml " +
      "(base_moe_mlp_dim 8192, shared_experts 1, interleave_moe_layer_step 1: every layer MoE, logits_via_embedding false; text model only)",
  ),
  "meta-llama/Llama-4-Maverick-17B-128E-Instruct": LLAMA4(
    2,
    "AI-Hypercomputer/maxtext@5505348a42500a40234286f360e3af6a062dcc08 src/maxtext/configs/models/llama4-17b-128e.yml " +
      "(base_moe_mlp_dim 8192, base_mlp_dim 16384, shared_experts 1, interleave_moe_layer_step 2; text model only); " +
      "NVIDIA/Megatron-LM@7b4fbe95fbeb708894f377c49fcdac2b166a1158 examples/post_training/modelopt/conf/meta-llama/Llama-4-Maverick-17B-128E-Instruct.sh " +
      "(--untie-embeddings-and-output-weights, --disable-bias-linear, --moe-layer-freq ([0,1]*24), --moe-shared-expert-intermediate-size 8192)",
  ),
};

/**
 * The sourced MoE layout of a catalogue model, if the table has one.
 *
 * @example
 * moeArchitecture("meta-llama/Llama-4-Maverick-17B-128E-Instruct")?.moeLayerStep; // 2
 */
export function moeArchitecture(id: string | undefined): MoeArchitecture | undefined {
  return id === undefined ? undefined : MOE_ARCHITECTURES[id];
}

/**
 * Number of MoE layers among `layers`: layer `l` (0-based) is MoE when `l ≥ firstDenseLayers`
 * and `(l + 1) % moeLayerStep = 0` (HF `Llama4TextConfig.moe_layers`; DeepSeek `first_k_dense_replace`).
 *
 * @example
 * moeLayerCount(48, { expertWidth: 8192, moeLayerStep: 2, source: "" }); // 24
 */
export function moeLayerCount(layers: number, moe: MoeArchitecture): number {
  const step = Math.max(1, moe.moeLayerStep ?? 1);
  let n = 0;
  for (let l = moe.firstDenseLayers ?? 0; l < layers; l++) if ((l + 1) % step === 0) n++;
  return n;
}
