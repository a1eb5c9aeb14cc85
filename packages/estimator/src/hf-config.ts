import { createDiagnostic, type Diagnostic } from "@akash-sdl/core";
import type { MoeArchitecture } from "./moe-architecture.js";
import type { ModelArchitecture, WeightFormat } from "./request.js";

/**
 * An inline architecture read from a Hugging Face `config.json`, the weight format its
 * `quantization_config` states, and diagnostics for fields the estimate cannot use.
 *
 * @example
 * const layers = (r: HfConfigArchitecture): number | undefined => r.architecture?.layers;
 */
export interface HfConfigArchitecture {
  readonly architecture?: ModelArchitecture;
  /** Checkpoint weight format from `quantization_config` (AWQ, GPTQ, FP8, MXFP4, bitsandbytes). */
  readonly format?: WeightFormat;
  readonly diagnostics: Diagnostic[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === "object" && !Array.isArray(v);
const pos = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) && v > 0 ? v : undefined);

/** `model_type` → catalogue family, where the family changes the structure (window layout, MLA, MLP). */
const FAMILIES: Readonly<Record<string, string>> = {
  gemma2: "gemma2",
  gemma3: "gemma3",
  gemma3_text: "gemma3",
  gpt_oss: "gpt-oss",
  llama4: "llama4",
  llama4_text: "llama4",
  deepseek_v3: "deepseek-v3",
  deepseek_v2: "deepseek-v2",
  kimi_k2: "kimi-k2",
  falcon: "falcon",
  qwen3_moe: "qwen3-moe",
  qwen2_moe: "qwen2-moe",
  mixtral: "mixtral",
  phimoe: "phi-moe",
};

/** `model_type`s whose MLP has two matrices (GELU), per their transformers modelling code. */
const PLAIN_MLP: ReadonlySet<string> = new Set([
  "gpt2",
  "gpt_neox",
  "gptj",
  "opt",
  "bloom",
  "phi",
  "starcoder2",
  "gpt_bigcode",
  "falcon",
]);

/**
 * Fields that change memory or speed but that the estimate does not model; they are named in an
 * `estimate/config-field-ignored` warning (vision/audio towers, multi-token prediction layers,
 * hybrid linear-attention or state-space layers).
 */
const UNUSED_FIELDS: Readonly<Record<string, string>> = {
  vision_config: "the vision encoder's weights",
  audio_config: "the audio encoder's weights",
  num_nextn_predict_layers: "the multi-token-prediction layers",
  linear_num_value_heads: "the linear-attention layers",
  full_attention_interval: "the hybrid linear-attention layout",
  mamba_d_state: "the state-space (Mamba) layers",
  ssm_cfg: "the state-space (Mamba) layers",
  attn_layer_indices: "the hybrid attention layout",
};

/** Weight format of a `quantization_config` (transformers quantizer names), or why it is unknown. */
function quantFormat(q: Obj): WeightFormat | string {
  const method = String(q["quant_method"] ?? "").toLowerCase();
  const bits = pos(q["bits"]) ?? pos(q["w_bit"]);
  if (method === "awq") return bits === 8 ? "int8" : "awq";
  if (method === "gptq") return bits === 8 ? "int8" : "gptq";
  if (method === "fp8" || method === "fbgemm_fp8") return "fp8";
  if (method === "mxfp4") return "mxfp4";
  if (method === "bitsandbytes") return q["load_in_8bit"] === true ? "int8" : "nf4";
  if (method === "compressed-tensors") {
    const text = JSON.stringify(q).toLowerCase();
    if (text.includes("float") && text.includes('"num_bits":8')) return "fp8";
    if (text.includes('"num_bits":8')) return "int8";
    if (text.includes('"num_bits":4')) return "int4";
  }
  return `quantization_config.quant_method '${method || "?"}'`;
}

/**
 * Reads a Hugging Face `config.json` (already parsed) into an inline {@link ModelArchitecture}:
 * sizes (`num_hidden_layers`, `hidden_size`, heads, `head_dim`, `intermediate_size`,
 * `vocab_size`, `max_position_embeddings`), `torch_dtype`/`dtype`, `tie_word_embeddings`, sliding
 * windows (`sliding_window` unless `use_sliding_window` is false; `layer_types`,
 * `sliding_window_pattern`), MoE (`num_local_experts`/`num_experts`/`n_routed_experts`,
 * `num_experts_per_tok`, `moe_intermediate_size`, shared experts, `first_k_dense_replace`), MLA
 * (`kv_lora_rank` + `qk_rope_head_dim`) and `quantization_config`. Multimodal configs use their
 * `text_config`. Never throws: a non-object gives an `estimate/invalid-config` error.
 *
 * @example
 * architectureFromHfConfig({ model_type: "llama", num_hidden_layers: 32, hidden_size: 4096, num_attention_heads: 32, num_key_value_heads: 8, vocab_size: 128256, intermediate_size: 14336 }).architecture?.kvHeads; // 8
 */
export function architectureFromHfConfig(config: unknown, id = "config.json"): HfConfigArchitecture {
  const diagnostics: Diagnostic[] = [];
  if (!isObj(config)) {
    diagnostics.push(
      createDiagnostic("estimate/invalid-config", "The model configuration is not a JSON object.", undefined, {
        hints: ["Pass the config.json of a Hugging Face model repository."],
      }),
    );
    return { diagnostics };
  }
  const c: Obj = isObj(config["text_config"]) ? { ...config, ...config["text_config"] } : config;
  const modelType = String(c["model_type"] ?? config["model_type"] ?? "").toLowerCase();
  const layers = pos(c["num_hidden_layers"]) ?? pos(c["n_layer"]) ?? pos(c["num_layers"]);
  const hiddenSize = pos(c["hidden_size"]) ?? pos(c["n_embd"]) ?? pos(c["d_model"]);
  const heads = pos(c["num_attention_heads"]) ?? pos(c["n_head"]);
  let kvHeads = pos(c["num_key_value_heads"]) ?? pos(c["num_kv_heads"]) ?? (c["multi_query"] === true ? 1 : undefined);
  let headDim = pos(c["head_dim"]);
  const experts = pos(c["num_local_experts"]) ?? pos(c["num_experts"]) ?? pos(c["n_routed_experts"]);
  const expertsPerToken = pos(c["num_experts_per_tok"]) ?? pos(c["experts_per_token"]) ?? pos(c["moe_topk"]);
  const intermediate = pos(c["intermediate_size"]) ?? pos(c["ffn_dim"]);

  // MLA caches one latent of kv_lora_rank + qk_rope_head_dim per token and layer (DeepSeek-V2/V3 config.json).
  const kvLora = pos(c["kv_lora_rank"]);
  const mla =
    kvLora !== undefined
      ? {
          qLoraRank: pos(c["q_lora_rank"]) ?? 0,
          kvLoraRank: kvLora,
          qkNopeHeadDim: pos(c["qk_nope_head_dim"]) ?? 128,
          qkRopeHeadDim: pos(c["qk_rope_head_dim"]) ?? 64,
          vHeadDim: pos(c["v_head_dim"]) ?? 128,
        }
      : undefined;
  if (mla) {
    kvHeads = 1;
    headDim = mla.kvLoraRank + mla.qkRopeHeadDim;
  }

  let moe: MoeArchitecture | undefined;
  if (experts) {
    const expertWidth =
      pos(c["moe_intermediate_size"]) ??
      (modelType === "llama4" || modelType === "llama4_text" ? intermediate : undefined) ??
      intermediate ??
      0;
    const sharedWidth = pos(c["shared_expert_intermediate_size"]);
    const shared = pos(c["n_shared_experts"]) ?? pos(c["num_shared_experts"]) ?? (sharedWidth ? 1 : undefined);
    const denseWidth = pos(c["intermediate_size_mlp"]) ?? (pos(c["moe_intermediate_size"]) ? intermediate : undefined);
    moe = {
      expertWidth,
      ...(shared ? { sharedExperts: shared } : {}),
      ...(sharedWidth ? { sharedWidth } : {}),
      ...(pos(c["first_k_dense_replace"]) ? { firstDenseLayers: pos(c["first_k_dense_replace"]) } : {}),
      ...((pos(c["interleave_moe_layer_step"]) ?? pos(c["decoder_sparse_step"]))
        ? { moeLayerStep: pos(c["interleave_moe_layer_step"]) ?? pos(c["decoder_sparse_step"]) }
        : {}),
      ...(denseWidth ? { denseWidth } : {}),
      ...(mla ? { mla } : {}),
      // gpt-oss: q/k/v/o biases with one sink per head, expert and router biases (modeling_gpt_oss.py).
      ...(c["router_bias"] === true || modelType === "gpt_oss" ? { routerBias: true } : {}),
      ...(modelType === "gpt_oss" ? { attentionBiasAndSinks: true, expertBias: true } : {}),
      ...(typeof c["tie_word_embeddings"] === "boolean" ? { tieEmbeddings: c["tie_word_embeddings"] } : {}),
      source: `${id} (Hugging Face config.json)`,
    };
  }

  // Windows: `layer_types` (transformers ≥ 4.53), else Gemma 3's `sliding_window_pattern`, else
  // every layer (Mistral-7B-v0.1) unless `use_sliding_window` is false (Qwen2/Qwen3 configs).
  const types = Array.isArray(c["layer_types"]) ? c["layer_types"].map(String) : undefined;
  const full = types?.filter((t) => t === "full_attention").length;
  const window = c["use_sliding_window"] === false ? undefined : pos(c["sliding_window"]);
  let globalLayerEvery: number | undefined;
  if (window && types && full !== undefined && full > 0 && full < types.length)
    globalLayerEvery = Math.round(types.length / full);
  else if (window && pos(c["sliding_window_pattern"])) globalLayerEvery = pos(c["sliding_window_pattern"]);
  const windowed = window !== undefined && (types === undefined || (full !== undefined && full < types.length));

  let format: WeightFormat | undefined;
  const unused: string[] = [];
  if (isObj(c["quantization_config"])) {
    const f = quantFormat(c["quantization_config"]);
    if (f.includes(" ")) unused.push(`${f} (the weights are sized at the config dtype)`);
    else format = f as WeightFormat;
  }
  for (const [field, what] of Object.entries(UNUSED_FIELDS))
    if (field in c || field in config) unused.push(`${field} (${what})`);
  if (types?.some((t) => t !== "full_attention" && t !== "sliding_attention"))
    unused.push("layer_types other than full/sliding attention");
  if (unused.length > 0) {
    diagnostics.push(
      createDiagnostic(
        "estimate/config-field-ignored",
        `The estimate does not model ${unused.join(", ")} of ${id}.`,
        undefined,
        {
          hints: ["Memory and speed leave these parts out; add their size as headroom or describe the model inline."],
          data: { fields: unused },
        },
      ),
    );
  }

  const dtype =
    typeof c["torch_dtype"] === "string" ? c["torch_dtype"] : typeof c["dtype"] === "string" ? c["dtype"] : undefined;
  const architecture: ModelArchitecture = {
    id,
    ...(FAMILIES[modelType] ? { family: FAMILIES[modelType] } : modelType ? { family: modelType } : {}),
    task: "text-generation",
    ...(layers ? { layers } : {}),
    ...(hiddenSize ? { hiddenSize } : {}),
    ...(heads ? { heads } : {}),
    ...(kvHeads ? { kvHeads } : {}),
    ...(headDim ? { headDim } : {}),
    ...(pos(c["vocab_size"]) ? { vocab: pos(c["vocab_size"]) } : {}),
    ...(intermediate && !experts
      ? { intermediateSize: intermediate }
      : moe?.denseWidth
        ? { intermediateSize: moe.denseWidth }
        : {}),
    ...(pos(c["max_position_embeddings"]) ? { maxContext: pos(c["max_position_embeddings"]) } : {}),
    ...(dtype ? { dtype } : {}),
    ...(typeof c["tie_word_embeddings"] === "boolean" ? { tieEmbeddings: c["tie_word_embeddings"] } : {}),
    ...(windowed && window ? { slidingWindow: window } : {}),
    ...(globalLayerEvery ? { globalLayerEvery } : {}),
    ...(experts ? { experts, expertsPerToken: expertsPerToken ?? 1 } : {}),
    ...(moe ? { moe } : {}),
    ...(mla ? { attention: "mla" as const } : {}),
    ...(PLAIN_MLP.has(modelType) ? { mlp: "plain" as const } : {}),
  };
  return { architecture, ...(format ? { format } : {}), diagnostics };
}
