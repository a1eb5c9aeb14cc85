import { describe, expect, it } from "vitest";
import { estimate, speechMemory } from "../src/index.js";
import { model } from "./support/fixtures.js";

// openai/whisper README "Required VRAM".
const README: ReadonlyArray<readonly [string, number]> = [
  ["openai/whisper-tiny", 1],
  ["openai/whisper-base", 1],
  ["openai/whisper-small", 2],
  ["openai/whisper-medium", 5],
  ["openai/whisper-large-v3", 10],
  ["openai/whisper-large-v3-turbo", 6],
];

describe("Whisper", () => {
  it.each(README)("%s needs about %d GB with the reference implementation", (id, gb) => {
    const total = speechMemory(model(id).profile, { engine: "openai-whisper", format: "fp32", batch: 1 }).total / 1e9;
    expect(Math.abs(total - gb)).toBeLessThan(Math.max(0.5, 0.15 * gb));
  });

  it("batched fp16 engines grow with the batch through the decoder KV (cross-attention over 1500 frames)", () => {
    const large = model("openai/whisper-large-v3").profile;
    const one = speechMemory(large, { engine: "transformers", format: "fp16", batch: 1 });
    const many = speechMemory(large, { engine: "transformers", format: "fp16", batch: 24 });
    expect(many.activations).toBeCloseTo(24 * one.activations, 0);
    expect(one.weights).toBe(large.params * 2);
  });

  it("faster-whisper int8 needs less than the reference implementation", () => {
    const large = model("openai/whisper-large-v3").profile;
    const ref = speechMemory(large, { engine: "openai-whisper", format: "fp32", batch: 1 }).total;
    expect(speechMemory(large, { engine: "faster-whisper", format: "int8", batch: 1 }).total).toBeLessThan(ref / 2);
  });

  it("estimate() sizes Whisper with its own rule", () => {
    const r = estimate({ model: "whisper-large-v3" });
    expect(r.diagnostics).toEqual([]);
    expect(r.plans[0]?.engine).toBe("openai-whisper");
    expect(r.plans[0]?.perGpu.kvCacheGiB).toBe(0);
  });
});
