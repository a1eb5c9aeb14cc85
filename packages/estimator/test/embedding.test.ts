import { describe, expect, it } from "vitest";
import { ENGINE_PROFILES, embeddingMemory, estimate } from "../src/index.js";
import { GIB, model } from "./support/fixtures.js";

describe("embedding models", () => {
  it("hold weights plus one batch of tokens, no KV cache", () => {
    const { profile, parts } = model("BAAI/bge-large-en-v1.5");
    const m = embeddingMemory(profile, parts, ENGINE_PROFILES.tei, "fp16", 512);
    expect(m.weights).toBeCloseTo(profile.params * 2, -6);
    expect(m.batchTokens).toBe(16384);
    expect(m.total / GIB).toBeLessThan(2);
  });

  it("materialises attention scores only without fused attention", () => {
    const { profile, parts } = model("BAAI/bge-m3");
    const tei = embeddingMemory(profile, parts, ENGINE_PROFILES.tei, "fp16", 8192);
    const hf = embeddingMemory(profile, parts, ENGINE_PROFILES.transformers, "fp16", 8192);
    expect(hf.activations).toBeGreaterThan(tei.activations);
  });

  it("estimate() gives every embedding model a one-GPU plan", () => {
    for (const id of ["bge-large-en-v1.5", "bge-m3", "nomic-embed-text-v1.5", "all-minilm-l6-v2"]) {
      const r = estimate({ model: id });
      expect(r.plans[0]?.fits).toBe(true);
      expect(r.plans[0]?.gpuCount).toBe(1);
    }
  });
});
