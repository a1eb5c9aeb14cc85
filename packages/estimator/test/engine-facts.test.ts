// Engine facts (issue 11): TEI's GPU floor, llama.cpp's KV cache types.
import { describe, expect, it } from "vitest";
import { estimate } from "../src/index.js";

describe("engine facts", () => {
  it("TEI needs compute capability 7.5 (Turing) or newer: V100 and P100 are refused, T4 is fine", () => {
    // text-embeddings-inference README: images for Turing, Ampere, Ada, Hopper; Volta unsupported.
    const v100 = estimate({ model: "BAAI/bge-large-en-v1.5", engine: "tei", constraints: { gpuModels: ["v100"] } })
      .plans[0]!;
    expect(v100.fits).toBe(false);
    expect(v100.reason).toMatch(/compute capability 7\.5/);
    const t4 = estimate({ model: "BAAI/bge-large-en-v1.5", engine: "tei", constraints: { gpuModels: ["t4"] } })
      .plans[0]!;
    expect(t4.fits).toBe(true);
  });

  it("an fp8 KV request on llama.cpp says it became q8_0", () => {
    const r = estimate({ model: "llama-3.1-8b", engine: "llama.cpp", kvDtype: "fp8" });
    expect(r.plans[0]?.kvDtype).toBe("q8_0");
    const d = r.diagnostics.find((x) => x.code === "estimate/engine-mismatch");
    expect(d?.message).toMatch(/no fp8 KV cache; the estimate uses q8_0/);
  });
});
