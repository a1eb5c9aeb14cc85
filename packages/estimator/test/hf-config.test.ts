// `config.json` → inline architecture (issue 11). The configs below are the published Hugging Face
// config.json values of each repository (fields the estimate reads; others omitted); each must
// give the parameter count and KV size of the same model in the catalogue.
import { findModel } from "@akash-sdl/catalog";
import { describe, expect, it } from "vitest";
import { architectureFromHfConfig, buildProfile, estimate, kvBytesPerToken } from "../src/index.js";

/** meta-llama/Llama-3.1-8B config.json. */
const LLAMA_31_8B = {
  architectures: ["LlamaForCausalLM"],
  model_type: "llama",
  num_hidden_layers: 32,
  hidden_size: 4096,
  num_attention_heads: 32,
  num_key_value_heads: 8,
  intermediate_size: 14336,
  vocab_size: 128256,
  max_position_embeddings: 131072,
  torch_dtype: "bfloat16",
  tie_word_embeddings: false,
  rope_theta: 500000,
  rope_scaling: { rope_type: "llama3", factor: 8 },
};
/** Qwen/Qwen3-30B-A3B config.json. */
const QWEN3_30B_A3B = {
  model_type: "qwen3_moe",
  num_hidden_layers: 48,
  hidden_size: 2048,
  num_attention_heads: 32,
  num_key_value_heads: 4,
  head_dim: 128,
  intermediate_size: 6144,
  moe_intermediate_size: 768,
  num_experts: 128,
  num_experts_per_tok: 8,
  decoder_sparse_step: 1,
  vocab_size: 151936,
  max_position_embeddings: 40960,
  torch_dtype: "bfloat16",
  tie_word_embeddings: false,
  sliding_window: null,
  use_sliding_window: false,
};
/** deepseek-ai/DeepSeek-V3 config.json (native FP8, one MTP layer). */
const DEEPSEEK_V3 = {
  model_type: "deepseek_v3",
  num_hidden_layers: 61,
  hidden_size: 7168,
  num_attention_heads: 128,
  num_key_value_heads: 128,
  intermediate_size: 18432,
  moe_intermediate_size: 2048,
  n_routed_experts: 256,
  n_shared_experts: 1,
  num_experts_per_tok: 8,
  first_k_dense_replace: 3,
  q_lora_rank: 1536,
  kv_lora_rank: 512,
  qk_nope_head_dim: 128,
  qk_rope_head_dim: 64,
  v_head_dim: 128,
  vocab_size: 129280,
  max_position_embeddings: 163840,
  torch_dtype: "bfloat16",
  tie_word_embeddings: false,
  num_nextn_predict_layers: 1,
  quantization_config: {
    quant_method: "fp8",
    fmt: "e4m3",
    activation_scheme: "dynamic",
    weight_block_size: [128, 128],
  },
};
/** openai/gpt-oss-20b config.json. */
const GPT_OSS_20B = {
  model_type: "gpt_oss",
  num_hidden_layers: 24,
  hidden_size: 2880,
  num_attention_heads: 64,
  num_key_value_heads: 8,
  head_dim: 64,
  intermediate_size: 2880,
  num_local_experts: 32,
  num_experts_per_tok: 4,
  experts_per_token: 4,
  vocab_size: 201088,
  max_position_embeddings: 131072,
  sliding_window: 128,
  tie_word_embeddings: false,
  torch_dtype: "bfloat16",
  layer_types: Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? "sliding_attention" : "full_attention")),
  quantization_config: {
    quant_method: "mxfp4",
    modules_to_not_convert: ["model.layers.*.self_attn", "model.layers.*.mlp.router", "model.embed_tokens", "lm_head"],
  },
};

const catalogProfile = (id: string) => buildProfile(findModel(id)!).profile!;

describe("Hugging Face config.json", () => {
  it.each([
    ["meta-llama/Llama-3.1-8B", LLAMA_31_8B, undefined],
    ["Qwen/Qwen3-30B-A3B", QWEN3_30B_A3B, undefined],
    ["deepseek-ai/DeepSeek-V3", DEEPSEEK_V3, "fp8"],
    ["openai/gpt-oss-20b", GPT_OSS_20B, "mxfp4"],
  ] as const)(
    "%s: the config gives the catalogue's parameters within 1 percent and the same KV bytes per token",
    (id, config, format) => {
      const r = architectureFromHfConfig(config, id);
      const profile = buildProfile(r.architecture!).profile!;
      const ref = catalogProfile(id);
      expect(Math.abs(profile.params / ref.params - 1)).toBeLessThan(0.01);
      expect(kvBytesPerToken(profile, "auto")).toBe(kvBytesPerToken(ref, "auto"));
      expect(profile.maxContext).toBe(ref.maxContext);
      expect(r.format).toBe(format);
    },
  );

  it("reads MLA, MoE, windows and tied embeddings", () => {
    const ds = architectureFromHfConfig(DEEPSEEK_V3).architecture!;
    expect([ds.attention, ds.kvHeads, ds.headDim, ds.moe?.firstDenseLayers, ds.moe?.sharedExperts]).toEqual([
      "mla",
      1,
      576,
      3,
      1,
    ]);
    const oss = architectureFromHfConfig(GPT_OSS_20B).architecture!;
    expect([oss.slidingWindow, oss.globalLayerEvery, oss.experts, oss.expertsPerToken]).toEqual([128, 2, 32, 4]);
    // Qwen3 configs carry a sliding_window that use_sliding_window switches off.
    expect(
      architectureFromHfConfig({ ...QWEN3_30B_A3B, sliding_window: 32768 }).architecture?.slidingWindow,
    ).toBeUndefined();
    // Gemma 3 (google/gemma-3-27b-it): multimodal config with a text_config, 5 local : 1 global, tied.
    const gemma = architectureFromHfConfig({
      model_type: "gemma3",
      vision_config: { hidden_size: 1152 },
      text_config: {
        model_type: "gemma3_text",
        num_hidden_layers: 62,
        hidden_size: 5376,
        num_attention_heads: 32,
        num_key_value_heads: 16,
        head_dim: 128,
        intermediate_size: 21504,
        sliding_window: 1024,
        sliding_window_pattern: 6,
        vocab_size: 262208,
        max_position_embeddings: 131072,
      },
      torch_dtype: "bfloat16",
      tie_word_embeddings: true,
    });
    expect([
      gemma.architecture?.layers,
      gemma.architecture?.slidingWindow,
      gemma.architecture?.globalLayerEvery,
      gemma.architecture?.tieEmbeddings,
    ]).toEqual([62, 1024, 6, true]);
    expect(gemma.diagnostics.map((d) => d.code)).toEqual(["estimate/config-field-ignored"]);
    expect(gemma.diagnostics[0]?.message).toMatch(/vision_config/);
  });

  it.each([
    [{ quant_method: "awq", bits: 4, group_size: 128 }, "awq"],
    [{ quant_method: "gptq", bits: 4 }, "gptq"],
    [{ quant_method: "gptq", bits: 8 }, "int8"],
    [{ quant_method: "bitsandbytes", load_in_4bit: true, bnb_4bit_quant_type: "nf4" }, "nf4"],
    [
      { quant_method: "compressed-tensors", config_groups: { group_0: { weights: { num_bits: 8, type: "float" } } } },
      "fp8",
    ],
  ])("quantization_config %j → %s", (q, format) => {
    expect(architectureFromHfConfig({ ...LLAMA_31_8B, quantization_config: q }).format).toBe(format);
  });

  it("names what it cannot use and never throws", () => {
    const ds = architectureFromHfConfig(DEEPSEEK_V3);
    expect(ds.diagnostics.map((d) => d.code)).toEqual(["estimate/config-field-ignored"]);
    expect(ds.diagnostics[0]?.message).toMatch(/num_nextn_predict_layers/);
    const odd = architectureFromHfConfig({ ...LLAMA_31_8B, quantization_config: { quant_method: "hqq" } });
    expect(odd.format).toBeUndefined();
    expect(odd.diagnostics[0]?.message).toMatch(/hqq/);
    for (const bad of [null, [], "x", 3])
      expect(architectureFromHfConfig(bad).diagnostics.map((d) => d.code)).toEqual(["estimate/invalid-config"]);
    expect(architectureFromHfConfig({}).architecture).toBeDefined();
    expect(estimate({ model: architectureFromHfConfig({}).architecture! }).diagnostics.map((d) => d.code)).toContain(
      "estimate/incomplete-architecture",
    );
  });

  it("a config estimates like the catalogue model", () => {
    const a = estimate({
      model: architectureFromHfConfig(LLAMA_31_8B, "meta-llama/Llama-3.1-8B").architecture!,
      context: 8192,
      constraints: { gpuModels: ["a100:80"] },
    }).plans[0]!;
    const b = estimate({ model: "meta-llama/Llama-3.1-8B", context: 8192, constraints: { gpuModels: ["a100:80"] } })
      .plans[0]!;
    expect(a.perGpu.weightsGiB).toBeCloseTo(b.perGpu.weightsGiB, 1);
    expect(a.kvBytesPerToken).toBe(b.kvBytesPerToken);
  });
});
