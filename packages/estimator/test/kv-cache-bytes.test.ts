import { MODELS } from "@akash-sdl/catalog";
import { describe, expect, it } from "vitest";
import { buildProfile, kvBytesForSequence, kvBytesPerGpu, kvBytesPerToken, kvLayout, kvShards } from "../src/index.js";
import { model } from "./support/fixtures.js";

describe("KV cache bytes", () => {
  const decoders = MODELS.filter((m) => m.kvBytesPerTokenBf16 !== undefined);

  it.each(decoders.map((m) => [m.id, m] as const))("%s: all-layer bytes per token match the catalogue", (_id, m) => {
    const { profile } = buildProfile(m);
    expect(kvBytesPerToken(profile!, "bf16")).toBe(m.kvBytesPerTokenBf16);
  });

  it("grows linearly with tokens on full-attention models", () => {
    const { profile } = model("meta-llama/Llama-3.1-8B");
    expect(kvBytesForSequence(profile, "auto", 32_768)).toBe(4 * kvBytesForSequence(profile, "auto", 8192));
  });

  it("caps sliding-window layers at the window (Gemma 3: 5 local layers of 1024 per global layer)", () => {
    const { profile } = model("google/gemma-3-27b-it");
    const l = kvLayout(profile);
    expect(l.fullLayers).toBe(10);
    expect(l.windowLayers).toBe(52);
    const perLayerToken = 2 * 16 * 128 * 2;
    expect(kvBytesForSequence(profile, "auto", 32_768)).toBe((10 * 32_768 + 52 * 1024) * perLayerToken);
    // Counting every layer at full length over-estimates by ~5× at 32k (gguf-parser-go #28).
    expect(kvBytesPerToken(profile, "auto") * 32_768).toBeGreaterThan(5 * kvBytesForSequence(profile, "auto", 32_768));
  });

  it("caps every layer of Mistral-7B-v0.1 at its 4096-token window, but not v0.3", () => {
    const v01 = model("mistralai/Mistral-7B-v0.1").profile;
    const v03 = model("mistralai/Mistral-7B-Instruct-v0.3").profile;
    expect(kvBytesForSequence(v01, "auto", 32_768)).toBe(kvBytesForSequence(v01, "auto", 4096));
    expect(kvBytesForSequence(v03, "auto", 32_768)).toBe(8 * kvBytesForSequence(v03, "auto", 4096));
  });

  it("gives gpt-oss half its layers a 128-token window and Llama 4 three quarters an 8192-token chunk", () => {
    const oss = kvLayout(model("openai/gpt-oss-120b").profile);
    expect([oss.fullLayers, oss.windowLayers, oss.window]).toEqual([18, 18, 128]);
    const scout = kvLayout(model("meta-llama/Llama-4-Scout-17B-16E-Instruct").profile);
    expect([scout.fullLayers, scout.windowLayers, scout.window]).toEqual([12, 36, 8192]);
  });

  it("splits KV heads over tensor ranks up to the KV head count, and never splits an MLA latent", () => {
    const l70 = model("meta-llama/Llama-3.1-70B").profile;
    expect(kvShards(l70, 4)).toBe(4);
    expect(kvShards(l70, 16)).toBe(8);
    const ds = model("deepseek-ai/DeepSeek-R1").profile;
    expect(kvShards(ds, 8)).toBe(1);
    expect(kvBytesPerGpu(ds, "auto", 1000, 1, 8, 1)).toBe(kvBytesForSequence(ds, "auto", 1000));
  });

  it("multiplies by concurrency and divides by pipeline stages", () => {
    const { profile } = model("meta-llama/Meta-Llama-3-8B");
    expect(kvBytesPerGpu(profile, "auto", 4096, 4, 1, 2)).toBe((4 * kvBytesForSequence(profile, "auto", 4096)) / 2);
  });

  it("sizes GGUF KV types by their blocks (q8_0 34 B per 32)", () => {
    const { profile } = model("meta-llama/Meta-Llama-3-8B");
    expect(kvBytesPerToken(profile, "q8_0")).toBe((131_072 / 2) * (34 / 32));
  });
});
