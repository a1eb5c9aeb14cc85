import { MODELS, findModel } from "@akash-sdl/catalog";
import { describe, expect, it } from "vitest";
import { parseModelRef, resolveModelRef } from "../src/index.js";

const catalog = { findModel, models: MODELS };

describe("model references", () => {
  it("finds ids and aliases exactly", () => {
    expect(resolveModelRef("meta-llama/Llama-3.1-8B", catalog)).toMatchObject({
      variant: false,
      spec: { id: "meta-llama/Llama-3.1-8B" },
    });
    expect(resolveModelRef("llama-3-8b", catalog)?.spec.id).toBe("meta-llama/Meta-Llama-3-8B");
  });

  it.each([
    ["meta-llama/Meta-Llama-3.1-8B-Instruct", "meta-llama/Llama-3.1-8B", undefined],
    ["meta-llama/Meta-Llama-3.1-405B-Instruct-FP8", "meta-llama/Llama-3.1-405B", "fp8"],
    ["hugging-quants/Meta-Llama-3.1-405B-Instruct-AWQ-INT4", "meta-llama/Llama-3.1-405B", "awq"],
    ["Qwen/Qwen3-235B-A22B-Instruct-2507-FP8", "Qwen/Qwen3-235B-A22B", "fp8"],
    ["deepseek-ai/DeepSeek-R1-0528", "deepseek-ai/DeepSeek-R1", undefined],
    ["meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8", "meta-llama/Llama-4-Maverick-17B-128E-Instruct", "fp8"],
    ["unsloth/Meta-Llama-3.1-8B-bnb-4bit", "meta-llama/Llama-3.1-8B", "nf4"],
    ["bartowski/Meta-Llama-3.1-8B-Instruct-GGUF:Q5_K_M", "meta-llama/Llama-3.1-8B", "q5_k_m"],
    ["llama3.1:8b", "meta-llama/Llama-3.1-8B", "q4_k_m"],
    ["llama3.1:8b-instruct-q8_0", "meta-llama/Llama-3.1-8B", "q8_0"],
    ["gemma3:4b", "google/gemma-3-4b-it", "q4_k_m"],
  ])("resolves the variant %s", (ref, id, format) => {
    const r = resolveModelRef(ref, catalog);
    expect(r?.spec.id).toBe(id);
    expect(r?.variant).toBe(true);
    expect(r?.format).toBe(format);
  });

  it.each([
    "deepseek-ai/DeepSeek-V3.1",
    "meta-llama/Llama-3.2-11B-Vision-Instruct",
    "Qwen/QwQ-32B",
    "NousResearch/Hermes-4-405B-FP8",
    "no-such-model",
  ])("does not invent a match for %s", (ref) => {
    expect(resolveModelRef(ref, catalog)).toBeUndefined();
  });

  it("normalises names to comparable keys", () => {
    expect(parseModelRef("Meta-Llama-3-8B-Instruct").key).toBe(parseModelRef("meta-llama/Meta-Llama-3-8B").key);
    expect(parseModelRef("Mistral-7B-Instruct-v0.3").key).not.toBe(parseModelRef("Mistral-7B-v0.1").key);
  });
});
