// Model references as people paste them (issue 11): GGUF repos and files, Ollama's `hf.co/…:QUANT`,
// Ollama library tags and quantised safetensors repos get the engine family and weight format
// their form implies, and the "estimated as" line names the format and engine the plan uses.
import { MODELS, findModel } from "@akash-sdl/catalog";
import { describe, expect, it } from "vitest";
import { estimate, parseModelRef, resolveModelRef } from "../src/index.js";

const catalog = { findModel, models: MODELS };

describe("model references as pasted", () => {
  it.each([
    // llama.cpp `-hf user/repo[:quant]` and GGUF repos/files (llama.cpp README, "-hf" option).
    ["bartowski/Meta-Llama-3.1-8B-Instruct-GGUF", "meta-llama/Llama-3.1-8B", "llama.cpp", "q4_k_m"],
    ["bartowski/Meta-Llama-3.1-8B-Instruct-GGUF:Q5_K_M", "meta-llama/Llama-3.1-8B", "llama.cpp", "q5_k_m"],
    ["Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf", "meta-llama/Llama-3.1-8B", "llama.cpp", "q4_k_m"],
    ["llama-2-7b-chat.Q4_K_M.gguf", "meta-llama/Llama-2-7b-hf", "llama.cpp", "q4_k_m"],
    ["Qwen3-32B-Q8_0-00001-of-00002.gguf", "Qwen/Qwen3-32B", "llama.cpp", "q8_0"],
    ["unsloth/gpt-oss-20b-GGUF", "openai/gpt-oss-20b", "llama.cpp", "mxfp4"],
    // Ollama: `ollama run hf.co/{user}/{repo}:{quant}` (Ollama docs) and library tags.
    ["hf.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF:Q4_K_M", "meta-llama/Llama-3.1-8B", "ollama", "q4_k_m"],
    ["hf.co/unsloth/Qwen3-8B-GGUF:UD-Q4_K_XL", "Qwen/Qwen3-8B", "ollama", "q4_k_m"],
    ["qwen3:30b-a3b", "Qwen/Qwen3-30B-A3B", "ollama", "q4_k_m"],
    ["llama3.1:70b-instruct-q8_0", "meta-llama/Llama-3.1-70B", "ollama", "q8_0"],
    ["gpt-oss:120b", "openai/gpt-oss-120b", "ollama", "mxfp4"],
    // Quantised safetensors repos stay on vLLM.
    ["Qwen/Qwen2.5-7B-Instruct-AWQ", "Qwen/Qwen2.5-7B", undefined, "awq"],
    ["Qwen/Qwen2.5-7B-Instruct-GPTQ-Int4", "Qwen/Qwen2.5-7B", undefined, "gptq"],
    ["Qwen/Qwen3-8B-FP8", "Qwen/Qwen3-8B", undefined, "fp8"],
  ])("%s → %s on %s with %s", (ref, id, engine, format) => {
    const r = resolveModelRef(ref, catalog);
    expect(r?.spec.id).toBe(id);
    expect(r?.engine).toBe(engine);
    expect(r?.format).toBe(format);
  });

  it("marks GGUF names and leaves safetensors names alone", () => {
    expect(parseModelRef("TheBloke/Llama-2-7B-Chat-GGUF").gguf).toBe(true);
    expect(parseModelRef("Qwen/Qwen3-8B-FP8").gguf).toBe(false);
    expect(parseModelRef("Qwen/Qwen3-8B").gguf).toBe(false);
  });

  it.each([
    ["bartowski/Meta-Llama-3.1-8B-Instruct-GGUF", "llama.cpp", "q4_k_m"],
    ["hf.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF:Q6_K", "ollama", "q6_k"],
    ["llama3.1:70b-instruct-q8_0", "ollama", "q8_0"],
    ["Qwen/Qwen2.5-7B-Instruct-AWQ", "vllm", "awq"],
    ["gpt-oss:20b", "ollama", "mxfp4"],
  ])("the info line and the plan agree for %s", (ref, engine, format) => {
    const r = estimate({ model: ref });
    const p = r.plans[0]!;
    expect([p.engine, p.weightFormat]).toEqual([engine, format]);
    const info = r.diagnostics.find((d) => d.code === "estimate/model-variant")!;
    expect(info.message).toContain(`with ${format} weights on ${engine}`);
    // Ollama and llama.cpp load gpt-oss as MXFP4: no engine-mismatch warning.
    expect(r.diagnostics.map((d) => d.code)).not.toContain("estimate/engine-mismatch");
  });

  it("an explicit engine still wins over the reference's form", () => {
    const p = estimate({ model: "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF:Q8_0", engine: "ollama" }).plans[0]!;
    expect([p.engine, p.weightFormat]).toEqual(["ollama", "q8_0"]);
  });

  it("a GGUF Q4_K_M of an 8B model is sized as GGUF, not as 16-bit weights", () => {
    const gguf = estimate({
      model: "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF",
      constraints: { gpuModels: ["rtx4090"] },
    }).plans[0]!;
    // llama.cpp quantize README: Llama-3.1-8B Q4_K_M 4.8944 bpw → 4.58 GiB.
    expect(gguf.weightsTotalGiB).toBeGreaterThan(4.4);
    expect(gguf.weightsTotalGiB).toBeLessThan(4.8);
  });
});
