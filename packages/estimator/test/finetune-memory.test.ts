import { describe, expect, it } from "vitest";
import {
  buildProfile,
  finetuneMemory,
  loraParams,
  optimizerBytesPerParam,
  paramParts,
  trainingActivationBytes,
  visibleMemoryGiB,
  type FinetuneSetup,
  type ModelArchitecture,
} from "../src/index.js";
import { GIB, gpu, model, rel } from "./support/fixtures.js";

const base: FinetuneSetup = {
  method: "lora",
  optimizer: "adamw",
  format: "bf16",
  sequenceLength: 2048,
  microBatch: 1,
  checkpointing: true,
  loraRank: 16,
};

const inline = (a: ModelArchitecture) => {
  const p = buildProfile(a).profile;
  if (!p) throw new Error("inline architecture incomplete");
  return { profile: p, parts: paramParts(p) };
};

describe("fine-tuning memory", () => {
  it("full fine-tuning with AdamW holds 16 B/param of states (ZeRO accounting)", () => {
    const { profile, parts } = model("meta-llama/Llama-3.1-8B");
    const m = finetuneMemory(profile, parts, { ...base, method: "full" }, 1);
    expect((m.weights + m.gradients + m.optimizer) / profile.params).toBeCloseTo(16, 5);
    expect(optimizerBytesPerParam("adamw", true)).toBe(12);
  });

  it("8-bit Adam keeps 2 B of moments instead of 8 (HF model memory anatomy)", () => {
    expect(optimizerBytesPerParam("adamw", false) - optimizerBytesPerParam("adamw-8bit", false)).toBe(6);
    const { profile, parts } = model("meta-llama/Llama-3.1-8B");
    const a = finetuneMemory(profile, parts, { ...base, method: "full" }, 1);
    const b = finetuneMemory(profile, parts, { ...base, method: "full", optimizer: "adamw-8bit" }, 1);
    expect((a.optimizer - b.optimizer) / profile.params).toBeCloseTo(6, 5);
  });

  it("is at least twice accelerate's 8 B/param lower bound for mixed-precision Adam", () => {
    const { profile, parts } = model("mistralai/Mistral-7B-v0.1");
    expect(finetuneMemory(profile, parts, { ...base, method: "full" }, 1).total).toBeGreaterThan(
      2 * 8 * profile.params,
    );
  });

  it("shards states over GPUs (FSDP / ZeRO-3) but not activations", () => {
    const { profile, parts } = model("meta-llama/Llama-3.1-70B");
    const one = finetuneMemory(profile, parts, { ...base, method: "full" }, 1);
    const eight = finetuneMemory(profile, parts, { ...base, method: "full" }, 8);
    expect(eight.optimizer).toBeCloseTo(one.optimizer / 8, 0);
    expect(eight.activations).toBe(one.activations);
  });

  // LitGPT tutorials/resource-tables.md: A100, bf16-true, Alpaca (longest example 1304 tokens),
  // micro-batch 1, no activation checkpointing, LoRA r=8; "Max GPU RAM" in GB (1e9 B).
  it.each([
    ["meta-llama/Llama-2-7b-hf", "lora", 1, 21.3],
    ["meta-llama/Llama-2-7b-hf", "lora", 2, 29.07],
    ["meta-llama/Llama-2-7b-hf", "qlora", 1, 13.84],
    ["meta-llama/Llama-2-13b-hf", "lora", 1, 38.12],
    ["meta-llama/Llama-2-13b-hf", "qlora", 1, 22.55],
  ] as const)("%s %s micro-batch %d matches LitGPT's %d GB within 15 %%", (id, method, mb, gb) => {
    const { profile, parts } = model(id);
    const m = finetuneMemory(
      profile,
      parts,
      { ...base, method, sequenceLength: 1304, microBatch: mb, checkpointing: false, loraRank: 8 },
      1,
    );
    expect(rel(m.total / 1e9, gb)).toBeLessThan(0.15);
  });

  it("QLoRA fits LLaMA-65B on one 48 GB GPU, while 16-bit full fine-tuning needs > 780 GB (QLoRA paper)", () => {
    const llama65 = inline({
      id: "llama-65b",
      layers: 80,
      hiddenSize: 8192,
      heads: 64,
      kvHeads: 64,
      headDim: 128,
      vocab: 32000,
      intermediateSize: 22016,
      tieEmbeddings: false,
      maxContext: 2048,
    });
    const q = finetuneMemory(
      llama65.profile,
      llama65.parts,
      { ...base, method: "qlora", loraRank: 64, sequenceLength: 512 },
      1,
    );
    expect(q.total / GIB).toBeLessThan(visibleMemoryGiB(gpu("rtxa6000", 48, "pcie")));
    const full = finetuneMemory(llama65.profile, llama65.parts, { ...base, method: "full" }, 1);
    expect(full.total / 1e9).toBeGreaterThan(780);
  });

  it("LoRA on GPT-3 175B holds ≈350 GB of frozen 16-bit weights, full fine-tuning ≥ 1.2 TB (LoRA paper)", () => {
    const gpt3 = inline({
      id: "gpt3-175b",
      family: "gpt3",
      layers: 96,
      hiddenSize: 12288,
      heads: 96,
      vocab: 50257,
      mlp: "plain",
      intermediateSize: 4 * 12288,
      tieEmbeddings: true,
      maxContext: 2048,
    });
    expect(rel(gpt3.profile.params, 175e9)).toBeLessThan(0.01);
    const lora = finetuneMemory(gpt3.profile, gpt3.parts, { ...base, loraRank: 4, sequenceLength: 512 }, 1);
    expect(rel(lora.weights / 1e9, 350)).toBeLessThan(0.03);
    expect(finetuneMemory(gpt3.profile, gpt3.parts, { ...base, method: "full" }, 1).total / 1e12).toBeGreaterThan(1.2);
  });

  it("counts LoRA adapters on every attention and MLP projection: r × (d_in + d_out)", () => {
    const { profile, parts } = model("meta-llama/Meta-Llama-3-8B");
    const perLayer = 16 * (4096 + 4096 + 2 * (4096 + 1024) + (4096 + 4096)) + 3 * 16 * (4096 + 14336);
    expect(loraParams(profile, parts, 16)).toBe(32 * perLayer);
  });

  it("activation checkpointing keeps one input per layer instead of every intermediate", () => {
    const { profile, parts } = model("meta-llama/Meta-Llama-3-8B");
    const shape = { sequenceLength: 4096, microBatch: 1 };
    const full = trainingActivationBytes(profile, parts, { ...shape, checkpointing: false });
    const ckpt = trainingActivationBytes(profile, parts, { ...shape, checkpointing: true });
    expect(ckpt).toBeLessThan(full / 4);
    // Without checkpointing: s·b·(13h + 8I) per layer (SwiGLU form of Korthikanti's 34·s·b·h) + logits.
    expect(full).toBe(32 * 4096 * (13 * 4096 + 8 * 14336) + 4096 * 128256 * 6);
  });

  it("grows with the micro-batch and the sequence length", () => {
    const { profile, parts } = model("Qwen/Qwen2.5-7B");
    const a = finetuneMemory(profile, parts, base, 1);
    expect(finetuneMemory(profile, parts, { ...base, microBatch: 4 }, 1).activations).toBeCloseTo(4 * a.activations, 0);
    expect(finetuneMemory(profile, parts, { ...base, sequenceLength: 8192 }, 1).total).toBeGreaterThan(a.total);
  });
});
