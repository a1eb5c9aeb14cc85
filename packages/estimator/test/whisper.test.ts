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

// faster-whisper README benchmark, large-v2 on GPU (VRAM in MB as nvidia-smi reports, i.e. MiB):
// fp16 beam 5 4525, fp16 batch_size=8 6090, int8 2926, int8 batch_size=8 4500.
describe("faster-whisper batched VRAM", () => {
  const MIB = 2 ** 20;
  it.each([
    ["fp16", 1, 4525],
    ["fp16", 8, 6090],
    ["int8", 1, 2926],
    ["int8", 8, 4500],
  ] as const)("large-v3 %s at batch %d needs about %d MiB, within 5 percent", (format, batch, mib) => {
    const total =
      speechMemory(model("openai/whisper-large-v3").profile, { engine: "faster-whisper", format, batch }).total / MIB;
    expect(Math.abs(total / mib - 1)).toBeLessThan(0.05);
  });

  it("each extra chunk costs about the README's 224 MiB, not 7× that", () => {
    const m = model("openai/whisper-large-v3").profile;
    const one = speechMemory(m, { engine: "faster-whisper", format: "fp16", batch: 1 }).total;
    const eight = speechMemory(m, { engine: "faster-whisper", format: "fp16", batch: 8 }).total;
    const perChunk = (eight - one) / 7 / MIB;
    expect(perChunk).toBeGreaterThan(200);
    expect(perChunk).toBeLessThan(260);
  });
});
